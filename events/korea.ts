/*
 * South Korea's relations with the United States and China, 1950–2017: eras and events.
 *
 * How these dates were checked
 * ----------------------------
 * Each date was checked against the stored public pages cited in `sources`. Where the
 * stored copy was an http:// address of a major outlet that also serves https
 * (Washington Post, Reuters, Korea Herald, Korea JoongAng Daily, Hankyoreh,
 * People's Daily, UPI, Jakarta Post),
 * the address is given as https with the same path. Addresses from smaller sites are
 * left exactly as found, including the few that are http:// only (marked "http only").
 * One tracking parameter (&cloc=...) was removed from the Korea JoongAng Daily address.
 * Titles in [square brackets] describe the page: the stored copy did not show its headline.
 *
 * korean-war (1950-06-25 – 1953-07-27): CBS News timeline; Washington Post archive (1999).
 * chinese-peoples-volunteers-cross-yalu (1950-10-19): People's Daily English (2020-10-23) and
 *   China Radio International (2020-10-23) both say 19 Oct 1950. china.org.cn (2000, http only)
 *   calls 25 Oct the crossing date. People's Daily Portuguese (2018) calls 25 Oct the day the
 *   CPV first fought, and that is the day China commemorates. CONFLICT resolved: 19 Oct used (see note).
 * armistice-agreement-signed (1953-07-27): Wikipedia "Korean Armistice Agreement"; CBS News timeline.
 * us-rok-mutual-defense-treaty (1953-10-01): American Presidency Project (Eisenhower's message
 *   to the Senate: signed 1 Oct 1953; in force 17 Nov 1954). Wikipedia and the ROK MOFA
 *   treaty record (reproduced at http://www.tokdo.kr/detail.php?number=1037&thread=24r07, http only)
 *   both give 18 Nov 1954, Treaty No. 34. CONFLICT noted: the event is dated to the signing.
 * seoul-olympics (1988-09-17 – 1988-10-02): Los Angeles Times (17 Sep 1988; page 2 covers the
 *   Soviet and Chinese teams); olympic-champions.ru for the closing date of 2 Oct.
 * rok-soviet-diplomatic-relations (1990-09-30): Baltimore Sun / LA Times (1 Oct 1990, http only);
 *   Korean "today in history" page (onetour.tistory.com). KBS World (2022) places the principle
 *   agreement at the June 1990 summit. Time-zone point noted.
 * hallyu-term-in-china (1999): Mokkoji Korea (K-lifestyle glossary, citing the Korean Culture and
 *   Information Service): Beijing Youth Daily, Nov 1999. Routledge chapter abstract (Fahy):
 *   "the late 1990s". Other reference pages: "mid-1999". COARSENED to year precision.
 * rok-china-diplomatic-relations (1992-08-24): New York Times (24 Aug 1992); Korea Herald (2023).
 * korus-fta-in-force (2012-03-15): USTR announcement reprinted by Textile World (21 Feb 2012);
 *   Global Trade Expertise (http only).
 * gangnam-style-release (2012-07-15): Washington Post Wonkblog (15 Jul 2013); Kukmin Ilbo.
 * gangnam-style-one-billion-views (2012-12-22): eToday (22 Dec 2012): about 01:50 KST on the 22nd.
 *   IBTimes (http only) gives 15:50 GMT on 21 Dec, which is 00:50 on 22 Dec in Korea.
 *   YouTube Korea blog: 21 Dec. CONFLICT (time zone) resolved to the Korean date, 22 Dec.
 * xi-jinping-state-visit-seoul (2014-07-03 – 2014-07-04): Korea Herald (3 Jul 2014);
 *   Xinhua via ecns.cn ("two-day state visit"; http only); Arirang (4 Jul 2014, second day; http only).
 * park-attends-beijing-victory-parade (2015-09-03): Korea Herald (3 Sep 2015); Arirang (http only).
 * korea-china-fta-in-force (2015-12-20): KBS World Radio (28 Dec 2015); Korea Bizwire/Yonhap
 *   (9 Dec 2015, http only).
 * thaad-deployment-decision (2016-07-08): Reuters (Seoul, 8 Jul 2016); Air & Space Forces Magazine
 *   (Pentagon announcement on 7 Jul, US time). CONFLICT (time zone) resolved to the Korean date.
 * china-hallyu-restrictions (2016-08): Freemuse (12 Aug 2016), which sums up SCMP and Korea
 *   Herald (2 Aug), Variety (4 Aug) and NYT (7 Aug); Pollstar (Dec 2016); Jakarta Post (Nov 2016).
 *   No official start date exists, so this is COARSENED to month precision.
 * thaad-first-elements-arrive (2017-03-06): CGTN (7 Mar 2017); Military.com (8 Mar 2017).
 * china-group-tour-ban (2017-03-15): UPI (3 Mar 2017); Japan Times (6 Mar 2017); Hankyoreh
 *   (7 Mar 2017, for Lotte Mart); Reuters (28 Nov 2017, for the partial lifting). Order date vs
 *   effective date noted.
 * moon-jae-in-inaugurated (2017-05-10): Korea.net (10 May 2017); Hankyoreh (11 May 2017).
 * three-nos-and-normalisation-agreement (2017-10-30 – 2017-10-31): Hankyoreh (31 Oct 2017);
 *   Korea Herald/Yonhap (30 Oct via the
 *   khnews.kheraldm.com mirror, http only; 31 Oct); CGTN (31 Oct 2017). Both dates were checked.
 * moon-jae-in-state-visit-china (2017-12-13 – 2017-12-16): PRC Ministry of Foreign Affairs
 *   (6 Dec 2017); Korea JoongAng Daily (7 Dec 2017); Korea Herald/Yonhap (13 Dec 2017).
 *   The arrival on 13 Dec is confirmed. The 16 Dec end date comes from the announced itinerary,
 *   and no stored report of the departure was found.
 *
 * Not verified to the day, and coarsened: the 'Hallyu' term (year), the start of the Hallyu ban (month).
 * Not included: the Lotte Mart closures as their own event. They were staggered from late
 * February or early March 2017 onwards and are mentioned in the group-tour-ban summary instead.
 * Era bounds: each era starts on the day the previous one ends. These boundary dates are the
 * armistice, the PRC–ROK communiqué, the THAAD announcement and the 31 Oct 2017 agreement.
 */

/**
 * South Korea between Washington and Beijing, 2018–2025: eras and events.
 *
 * Every date was checked against stored copies of the pages cited on each event (search corpus
 * `pages`; no live web). Events abroad are dated by the KOREAN local date (KST, UTC+9) where US
 * and Korean reports give different days; each such case carries a `note`.
 *
 * What confirmed each date:
 * - pyeongchang-olympics-joint-march 2018-02-09: Kazinform (relaying Yonhap), 9 Feb 2018.
 * - panmunjom-inter-korean-summit 2018-04-27: Stratfor (27 Apr 2018); Ahram Online (Reuters).
 * - singapore-trump-kim-summit 2018-06-12: joint statement text ("June 12, 2018"), Epoch Times; Boston Globe.
 * - pyongyang-inter-korean-summit 2018-09-18..20: Pyongyang Joint Declaration (Columbia Law School
 *   copy, "September 18-20, 2018"); CGTN on the 20 Sept Mount Paektu visit and departure.
 * - panmunjom-trump-kim-moon-meeting 2019-06-30: CNN live coverage; Nhan Dan (Xinhua/Newsis photo).
 * - parasite-best-picture 2020-02-10 (KST): Maeil Shinmun and The Times, both 10 Feb 2020.
 * - bts-dynamite-hot-100 2020-09-01 (KST): NME (announced 31 Aug US time); Korea Economic Daily, 1 Sept.
 * - yoon-inauguration 2022-05-10: Korea JoongAng Daily, 10 May 2022; ABS-CBN (Reuters).
 * - han-kang-nobel-literature 2024-10-10: The National, 10 Oct 2024; Online Korea (8 p.m. KST).
 * - yoon-martial-law 2024-12-03: Hindustan Times (Reuters/AFP), 4 Dec 2024; Devdiscourse.
 * - yoon-removed-from-office 2025-04-04: KBS News, 4 Apr 2025; finanznachrichten (dpa-AFX).
 * - lee-jae-myung-takes-office 2025-06-03..04: Global Times (term began 6:21 a.m. 4 June, per Yonhap); Xinhua.
 * - pew-poll-us-top-ally 2025-07: KBS News, 9 Jul 2025 (Pew released it 8 Jul, US
 *   time); Pew Research Center report listing; BBC (Bicker).
 * - us-korea-tariff-deal 2025-07-31 (KST): UPI, 31 Jul 2025; China Daily, 31 Jul 2025.
 * - georgia-battery-plant-raid 2025-09-04..12: CNN via Local News 8 (raid "Thursday morning");
 *   Korea JoongAng Daily 9 Sept (raid on 4 Sept) and 12 Sept (charter landed 3:23 p.m.).
 * - visa-free-chinese-tour-groups 2025-09-29: Korea JoongAng Daily, 30 Sept 2025; Anadolu (aNews), 29 Sept.
 * - no-trump-no-china-protests 2025-10..2025-11-01: BBC (Bicker); Korea JoongAng Daily, 29 Oct;
 *   Asia News Network (Korea Herald), 30 Oct; El Mundo, 3 Nov (Gyeongju rally on Saturday 1 Nov).
 * - trump-ready-to-meet-kim 2025-10-25..27 (KST): Korea JoongAng Daily, 25 Oct; Yomiuri (27 Oct remark); BBC.
 * - trump-lee-gyeongju-summit 2025-10-29: Korea JoongAng Daily, 29 Oct (two articles).
 * - trump-xi-busan-meeting 2025-10-30 (KST): Korea Herald, 30 Oct; Hindustan Times, 30 Oct.
 * - xi-state-visit-lee-xi-summit 2025-10-30..11-01: Anadolu (Beijing's announcement of the
 *   30 Oct–1 Nov state visit, first in 11 years); Korea Herald, 30 Oct (arrival) and 1 Nov (summit); BBC.
 * - apec-gyeongju-leaders-meeting 2025-10-31..11-01: Anadolu (dates announced by Seoul);
 *   Korea JoongAng Daily, 1 Nov; CNN via KRDO, 1 Nov.
 *
 * Source titles: where a stored copy did not show the headline, the title is taken from the URL
 * slug or the article's lead (Boston Globe, NME, Online Korea, Hindustan Times, aNews, Xinhua).
 *
 * What I could not verify, and how it was coarsened:
 * - The Pew release falls on 8 July US time, but whether it was still 8 July or already 9 July in
 *   Korea is not stated; the event is dated to the month ('2025-07').
 * - The Seoul "No Trump!"/"No China!" rallies in the BBC report took place on a weekend just before
 *   Trump's arrival; only low-grade copies name the day, so the protest range starts at month
 *   precision ('2025-10'). Its end (1 Nov, a Gyeongju rally) is confirmed.
 * - The stored copies of the BBC article show it appeared about 27–28 October 2025 but do not give an
 *   exact publication date, so the BBC source carries only its access date.
 * - Left out: the Washington Declaration (26 Apr 2023) and the Camp David summit (18 Aug 2023). Both
 *   took place in US daytime, which ran across midnight in Korea, and no stored source gave times
 *   that would pin down one Korean date.
 */
import type { Chronology, Source } from '../src/model/types.js';

/** The BBC report the accompanying article relies on. */
const bbcNoTrumpNoChina = {
  title: "'No Trump! No China!': Caught in the middle, South Korea hosts rival superpowers",
  url: 'https://www.bbc.com/news/articles/cy7eyg0808xo',
  publisher: 'BBC News',
  author: 'Laura Bicker',
  accessed: '2025-11-02',
} satisfies Source;

export const koreaChronology = {
  title: { en: 'South Korea between Washington and Beijing', ko: '워싱턴과 베이징 사이의 한국' },
  description: {
    en: 'From the Korean War and the alliance it forged to Lee Jae-myung’s balancing diplomacy in 2025.',
    ko: '한국전쟁과 그 속에서 맺어진 동맹부터 2025년 이재명 정부의 균형 외교까지.',
  },
  categories: [
    { id: 'security', label: { en: 'Security and the alliance', ko: '안보·동맹' }, color: '#3a6fd8' },
    { id: 'economy', label: { en: 'Economy and trade', ko: '경제·통상' }, color: '#1d8a5a' },
    { id: 'diplomacy', label: { en: 'Diplomacy and summits', ko: '외교·정상회담' }, color: '#8a5cd6' },
    { id: 'inter-korean', label: { en: 'Inter-Korean relations', ko: '남북 관계' }, color: '#c45f0a' },
    { id: 'society', label: { en: 'Society and soft power', ko: '사회·소프트파워' }, color: '#c83f7c' },
    { id: 'politics', label: { en: 'Domestic politics', ko: '국내 정치' }, color: '#6e7c8e' },
  ],
  eras: [
    {
      id: 'korean-war',
      start: '1950-06-25',
      end: '1953-07-27',
      label: { en: 'Korean War', ko: '한국전쟁(6·25 전쟁)' },
    },
    {
      id: 'cold-war-alliance',
      start: '1953-07-27',
      end: '1992-08-24',
      label: { en: 'Cold War alliance', ko: '냉전기 한미동맹' },
    },
    {
      id: 'normalisation',
      start: '1992-08-24',
      end: '2016-07-08',
      label: {
        en: 'Normalisation with China and economic interdependence',
        ko: '한중 수교와 경제적 상호의존',
      },
    },
    {
      id: 'thaad-crisis',
      start: '2016-07-08',
      end: '2017-10-31',
      label: { en: 'THAAD crisis', ko: '사드(THAAD) 갈등' },
    },
    // Bounded by two events in this file: the joint Korean march at PyeongChang, which opened the
    // 2018 round of talks, and the last leaders' meeting of that round at Panmunjom. Moon's full term
    // (2017-05-10 to 2022-05-09) is longer, but after June 2019 there was no further summit.
    {
      id: 'moon-engagement',
      start: '2018-02-09',
      end: '2019-06-30',
      label: { en: "Moon Jae-in's engagement with the North", ko: '문재인 정부의 대북 관여' },
    },
    // From Lee's inauguration to the close of APEC week in Gyeongju, the last event in this file.
    {
      id: 'lee-balancing',
      start: '2025-06-04',
      end: '2025-11-01',
      label: { en: "Lee Jae-myung's balancing diplomacy", ko: '이재명 정부의 균형 외교' },
    },
  ],
  events: [
    {
      id: 'korean-war',
      start: '1950-06-25',
      end: '1953-07-27',
      title: { en: 'Korean War', ko: '한국전쟁(6·25 전쟁)' },
      summary: {
        en: 'North Korean troops crossed the 38th parallel on 25 June 1950, and a US-led United Nations force entered the war to defend the South. The fighting stopped with the armistice of 27 July 1953, but no peace treaty followed.',
        ko: '1950년 6월 25일 북한군이 38선을 넘어 남침하면서 전쟁이 시작됐고, 미국이 이끄는 유엔군이 한국을 지키기 위해 참전했다. 전투는 1953년 7월 27일 정전협정으로 멈췄지만 평화협정은 끝내 맺어지지 않았다.',
      },
      category: 'security',
      tags: ['korean-war', 'united-states', 'united-nations'],
      sources: [
        {
          title: '[Korean War timeline]',
          publisher: 'CBS News',
          url: 'https://www.cbsnews.com/news/the-korean-war-timeline/',
          published: '2018-07-06',
        },
        {
          title: 'The Korean War Begins',
          publisher: 'The Washington Post',
          url: 'https://www.washingtonpost.com/archive/lifestyle/1999/07/04/the-korean-war-begins/04c7e895-259a-4603-a623-6ce4679f4d95/',
          published: '1999-07-04',
        },
      ],
    },
    {
      id: 'chinese-peoples-volunteers-cross-yalu',
      start: '1950-10-19',
      title: {
        en: "China enters the war: the People's Volunteers cross the Yalu",
        ko: '중국인민지원군, 압록강 건너 참전',
      },
      summary: {
        en: "As UN forces pushed north towards the Chinese border, the first units of China's People's Volunteer Army crossed the Yalu River into North Korea. From then on the war was a direct clash between China and the US-led coalition.",
        ko: '유엔군이 중국 국경을 향해 북진하자 중국인민지원군 선발 부대가 압록강을 건너 북한 땅에 들어왔다. 이로써 전쟁은 중국과 미국 주도 연합군이 정면으로 맞붙는 국면으로 바뀌었다.',
      },
      category: 'security',
      tags: ['korean-war', 'china'],
      sources: [
        {
          title: "[Report on the 70th anniversary of the CPV's entry into the Korean War]",
          publisher: "People's Daily Online",
          url: 'https://en.people.cn/n3/2020/1023/c90000-9772499.html',
          published: '2020-10-23',
        },
        {
          title: '[Report on the CPV 70th-anniversary meeting in Beijing]',
          publisher: 'China Radio International (Filipino service)',
          url: 'https://filipino.cri.cn/chinanews/20201023/2c52c513-cf02-429a-a900-a6b3bde621d1.html',
          published: '2020-10-23',
        },
        {
          title: '[Report on the CPV cemetery ceremony of 25 October 2018]',
          publisher: "People's Daily Online (Portuguese)",
          url: 'https://portuguese.people.cn/n3/2018/1026/c309810-9512156.html',
          published: '2018-10-26',
        },
      ],
      note: {
        en: "Dated 19 October 1950, the day the first CPV units crossed the Yalu (People's Daily, China Radio International). China commemorates 25 October, the day of the CPV's first battle in Korea, and some Chinese pages give 25 October as the crossing date too. The date of the actual crossing is used here.",
        ko: '중국인민지원군 선발 부대가 압록강을 건넌 1950년 10월 19일을 기준으로 했다(인민일보·중국국제방송). 중국은 지원군이 처음 전투를 치른 10월 25일을 기념일로 삼고 있으며, 일부 중국 자료는 이날을 도하일로 적기도 한다. 여기서는 실제 도하일을 택했다.',
      },
    },
    {
      id: 'armistice-agreement-signed',
      start: '1953-07-27',
      title: { en: 'Armistice Agreement signed at Panmunjom', ko: '판문점 정전협정 체결' },
      summary: {
        en: "Representatives of the UN Command, the Korean People's Army and the Chinese People's Volunteers signed the armistice at Panmunjom. It ended the fighting and set up the Demilitarized Zone. Syngman Rhee's South Korean government refused to sign.",
        ko: '유엔군사령부와 북한 인민군, 중국인민지원군 대표가 판문점에서 정전협정에 서명하면서 포성이 멎고 비무장지대(DMZ)가 설정됐다. 이승만 정부는 협정 서명을 거부했다.',
      },
      category: 'security',
      tags: ['korean-war', 'armistice', 'dmz'],
      sources: [
        {
          title: 'Korean Armistice Agreement',
          publisher: 'Wikipedia',
          url: 'https://en.wikipedia.org/wiki/Korean_Armistice_Agreement',
          accessed: '2026-11-28',
        },
        {
          title: '[Korean War timeline]',
          publisher: 'CBS News',
          url: 'https://www.cbsnews.com/news/the-korean-war-timeline/',
          published: '2018-07-06',
        },
      ],
    },
    {
      id: 'us-rok-mutual-defense-treaty',
      start: '1953-10-01',
      title: { en: 'US–ROK Mutual Defense Treaty signed', ko: '한미상호방위조약 서명' },
      summary: {
        en: 'Foreign Minister Byeon Yeong-tae and Secretary of State John Foster Dulles signed the treaty in Washington. Each country pledged to act against an armed attack on the other in the Pacific, and US forces could be stationed in South Korea, making it the legal basis of the alliance.',
        ko: '변영태 외무부 장관과 존 포스터 덜레스 미 국무장관이 워싱턴에서 조약에 서명했다. 태평양 지역에서 어느 한쪽이 무력 공격을 받으면 함께 대응하고 미군의 한국 주둔을 허용한 것으로, 한미동맹의 법적 토대가 됐다.',
      },
      category: 'security',
      tags: ['alliance', 'united-states', 'treaty', 'usfk'],
      sources: [
        {
          title:
            'Special Message to the Senate Transmitting the Mutual Defense Treaty Between the United States and the Republic of Korea',
          publisher: 'The American Presidency Project, UC Santa Barbara',
          url: 'https://presidency.ucsb.edu/documents/special-message-the-senate-transmitting-the-mutual-defense-treaty-between-the-united',
          accessed: '2026-11-28',
        },
        {
          title: 'Mutual Defense Treaty (United States–South Korea)',
          publisher: 'Wikipedia',
          url: 'https://en.wikipedia.org/wiki/Mutual_Defense_Treaty_(United_States%E2%80%93South_Korea)',
          accessed: '2026-11-28',
        },
      ],
      note: {
        en: "Dated to the signing in Washington on 1 October 1953. Ratifications were exchanged in Washington on 17 November 1954, the entry-into-force date in US records. South Korea's treaty record (Treaty No. 34) gives 18 November 1954, which is the Korean local date to use if entry into force is shown as a separate event.",
        ko: '1953년 10월 1일 워싱턴 서명일을 기준으로 했다. 비준서는 1954년 11월 17일 워싱턴에서 교환됐고, 미국 기록은 이날을 발효일로 본다. 한국 외교부 조약 기록(조약 제34호)의 발효일은 1954년 11월 18일로, 발효를 따로 표시할 경우 이 한국 날짜를 쓴다.',
      },
    },
    {
      id: 'seoul-olympics',
      start: '1988-09-17',
      end: '1988-10-02',
      title: { en: 'Seoul hosts the 1988 Summer Olympics', ko: '서울 올림픽 개최' },
      summary: {
        en: "The Seoul Games brought together teams from both Cold War blocs, including the Soviet Union and China, neither of which then had diplomatic relations with Seoul. North Korea boycotted. The Games displayed South Korea's growth and opened the way to contacts with communist states.",
        ko: '서울 올림픽에는 동서 양 진영 선수단이 모두 참가했고, 당시 한국과 수교하지 않았던 소련과 중국도 선수단을 보냈다. 북한은 불참했다. 대회는 한국의 성장을 세계에 알리고 공산권과의 교류에 물꼬를 텄다.',
      },
      category: 'society',
      tags: ['olympics', 'soft-power', 'soviet-union', 'china'],
      sources: [
        {
          title: 'The Seoul Games / Day 1: Seoul Opens Its Doors, and the Games Begin',
          publisher: 'Los Angeles Times',
          author: 'Randy Harvey',
          url: 'https://www.latimes.com/archives/la-xpm-1988-09-17-sp-1955-story.html',
          published: '1988-09-17',
        },
        {
          title: 'Олимпийские игры 1988 года в Сеуле',
          publisher: 'olympic-champions.ru',
          url: 'https://olympic-champions.ru/olympic/seoul-1988',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'rok-soviet-diplomatic-relations',
      start: '1990-09-30',
      title: {
        en: 'South Korea and the Soviet Union establish diplomatic relations',
        ko: '한·소 수교',
      },
      summary: {
        en: "Foreign ministers Choi Ho-joong and Eduard Shevardnadze signed a communiqué at UN headquarters in New York establishing full relations. It was the biggest success of Roh Tae-woo's Nordpolitik and weakened North Korea's Cold War support.",
        ko: '최호중 외무장관과 셰바르드나제 소련 외무장관이 뉴욕 유엔본부에서 수교 공동 코뮈니케에 서명했다. 노태우 정부 북방정책의 최대 성과로, 냉전기 북한의 외교적 기반을 흔들었다.',
      },
      category: 'diplomacy',
      tags: ['nordpolitik', 'soviet-union', 'normalisation'],
      sources: [
        {
          title: 'Soviets set S. Korean, Israeli ties',
          publisher: 'The Baltimore Sun (Los Angeles Times)',
          author: 'Norman Kempster; Don Shannon',
          url: 'http://articles.baltimoresun.com/1990-10-01/news/1990274060_1_soviet-union-north-korea-south-korea',
          published: '1990-10-01',
        },
        {
          title: '오늘의 역사(9월30일): 1990년 9월 30일 한국과 소련, 85년 만에 수교',
          publisher: 'onetour.tistory.com',
          url: 'https://onetour.tistory.com/tag/%EB%AE%8C%ED%97%A8%ED%98%91%EC%A0%95',
          published: '2020-10-01',
        },
      ],
      note: {
        en: 'The communiqué was signed around midday on 30 September in New York, which was already 1 October in Seoul. Korean accounts still date the ties to 30 September, the day of signing, and that date is used here. Roh Tae-woo and Mikhail Gorbachev had agreed on establishing ties in principle at their San Francisco summit in June 1990.',
        ko: '공동 코뮈니케는 뉴욕 시간 9월 30일 정오 무렵 서명됐는데, 서울은 이미 10월 1일이었다. 한국 기록은 서명일인 9월 30일을 수교일로 적으며, 여기서도 이를 따랐다. 앞서 1990년 6월 샌프란시스코 정상회담에서 노태우 대통령과 고르바초프 서기장이 수교 원칙에 합의했다.',
      },
    },
    {
      id: 'rok-china-diplomatic-relations',
      start: '1992-08-24',
      title: {
        en: 'South Korea and China establish diplomatic relations',
        ko: '한중 수교',
      },
      summary: {
        en: "Foreign ministers Lee Sang-ock and Qian Qichen signed a joint communiqué in Beijing, ending four decades of hostility that dated from the Korean War. Seoul recognised the People's Republic as the sole legal government of China and broke off official relations with Taipei.",
        ko: '이상옥 외무장관과 첸치천 중국 외교부장이 베이징에서 수교 공동성명에 서명하면서 6·25 전쟁 이후 40여 년간 이어진 적대 관계에 마침표를 찍었다. 한국은 중화인민공화국을 중국의 유일 합법 정부로 승인하고 대만과 단교했다.',
      },
      category: 'diplomacy',
      tags: ['china', 'normalisation', 'nordpolitik', 'taiwan'],
      sources: [
        {
          title: 'Chinese and South Koreans Formally Establish Relations',
          publisher: 'The New York Times',
          url: 'https://www.nytimes.com/1992/08/24/world/chinese-and-south-koreans-formally-establish-relations.html',
          published: '1992-08-24',
        },
        {
          title: '[Feature on South Korea–China relations since the 1992 normalisation]',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20230719000482',
          published: '2023-07-19',
        },
      ],
    },
    {
      id: 'hallyu-term-in-china',
      start: '1999',
      title: {
        en: "Chinese press coins 'Hallyu', the Korean Wave",
        ko: "중국 언론, '한류' 명명",
      },
      summary: {
        en: "Beijing journalists began calling Chinese audiences' enthusiasm for South Korean TV dramas and pop music the 'Korean Wave' (hanliu). Korea itself soon took up the term as Hallyu.",
        ko: "한국 드라마와 대중가요에 열광하는 중국 시청자들의 모습을 베이징 언론이 '한류(韓流)'라고 부르기 시작했고, 이 말은 곧 한국에서도 널리 쓰이게 됐다.",
      },
      category: 'society',
      tags: ['hallyu', 'soft-power', 'china', 'k-pop'],
      sources: [
        {
          title: 'Hallyu (Korean Wave) — K-lifestyle wiki',
          publisher: 'Mokkoji Korea (citing the Korean Culture and Information Service)',
          url: 'https://2020.mokkojikorea.com/find/k-lifestyle-wiki/view/16',
          accessed: '2026-11-28',
        },
        {
          title: 'Hallyu in the South, hunger in the North (chapter abstract)',
          publisher: 'Routledge / Taylor & Francis',
          author: 'Sandra Fahy',
          url: 'https://www.taylorfrancis.com/chapters/edit/10.4324/9781351104128-7/hallyu-south-hunger-north-sandra-fahy?context=ubx&refId=f17fd6c2-3ec4-4baa-bcb7-7bcc8cbf7a78',
          accessed: '2026-11-28',
        },
      ],
      note: {
        en: "Sources disagree on the month. Some reference pages say mid-1999, the Mokkoji Korea glossary cites a Beijing Youth Daily article of November 1999, and an academic abstract says only 'the late 1990s'. The date is therefore given to the year.",
        ko: "시점은 자료마다 다르다. '1999년 중반'이라는 자료가 있고, 모꼬지 코리아 용어집은 1999년 11월 베이징청년보 기사를 들며, 한 학술서 초록은 '1990년대 후반'이라고만 적었다. 이에 따라 연도까지만 표기했다.",
      },
    },
    {
      id: 'korus-fta-in-force',
      start: '2012-03-15',
      title: { en: 'Korea–US free trade agreement (KORUS FTA) takes effect', ko: '한미 FTA 발효' },
      summary: {
        en: 'The Korea–US free trade agreement came into force after being signed in 2007 and renegotiated in 2010. Most US industrial exports to Korea became duty-free at once, and most other tariffs were set to be phased out over five to ten years.',
        ko: '2007년 서명되고 2010년 재협상을 거친 한미 자유무역협정(FTA)이 발효됐다. 미국산 공산품 대부분의 관세가 즉시 사라졌고, 나머지 관세도 대부분 5~10년에 걸쳐 철폐되도록 했다.',
      },
      category: 'economy',
      tags: ['fta', 'trade', 'united-states'],
      sources: [
        {
          title: 'United States, Korea Set Date For Entry Into Force Of U.S.-Korea Trade Agreement',
          publisher: 'Textile World (reprinting the USTR announcement)',
          url: 'https://www.textileworld.com/textile-world/textile-news/2012/02/united-states-korea-set-date-for-entry-into-force-of-u-s-korea-trade-agreement/',
          published: '2012-02-21',
        },
        {
          title: 'The U.S.-Korea Free Trade Agreement (UKFTA) Enters into Force March 15, 2012',
          publisher: 'Global Trade Expertise',
          url: 'http://www.globaltradeexpertise.com/news/2013/11/2/the-us-korea-free-trade-agreement-ukfta-enters-into-force-march-15-2012',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'gangnam-style-release',
      start: '2012-07-15',
      title: { en: "PSY releases 'Gangnam Style'", ko: "싸이 '강남스타일' 공개" },
      summary: {
        en: "PSY's tongue-in-cheek song about Seoul's wealthy Gangnam district, with its horse-riding dance, spread worldwide within weeks. It became a symbol of K-pop's global reach.",
        ko: "서울 강남의 부유층 문화를 익살스럽게 비튼 싸이의 '강남스타일'과 말춤이 공개 몇 주 만에 전 세계로 퍼지며 K팝의 세계적 확산을 상징하는 곡이 됐다.",
      },
      category: 'society',
      tags: ['hallyu', 'k-pop', 'soft-power'],
      sources: [
        {
          title: "'Gangnam Style' turns one year old today",
          publisher: 'The Washington Post (Wonkblog)',
          url: 'https://www.washingtonpost.com/blogs/wonkblog/wp/2013/07/15/gangnam-style-turns-one-year-old-today/',
          published: '2013-07-15',
        },
        {
          title: "[유튜브 조회수 톱10 '강남스타일' 1위 보도]",
          publisher: '국민일보 (Kukmin Ilbo)',
          url: 'https://www.kmib.co.kr/article/view_amp.asp?arcid=0009154212',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'gangnam-style-one-billion-views',
      start: '2012-12-22',
      title: {
        en: "'Gangnam Style' becomes YouTube's first video with a billion views",
        ko: "'강남스타일', 유튜브 최초 10억 뷰 돌파",
      },
      summary: {
        en: "About five months after release, PSY's video became the first on YouTube to pass one billion views. Around the world it was reported as a milestone for Korean pop culture.",
        ko: '싸이의 뮤직비디오가 공개 약 5개월 만에 유튜브 사상 처음으로 조회수 10억 건을 넘어섰다. 전 세계 언론이 이를 한국 대중문화의 이정표로 보도했다.',
      },
      category: 'society',
      tags: ['hallyu', 'k-pop', 'soft-power', 'youtube'],
      sources: [
        {
          title: '싸이, 유튜브 10억 뷰 돌파 기쁨 표현 "여러분~!!"',
          publisher: '이투데이 (eToday)',
          url: 'https://m.etoday.co.kr/view.php?idxno=668884',
          published: '2012-12-22',
        },
        {
          title: "'Gangnam Style' Reaches One Billion Views on YouTube",
          publisher: 'International Business Times',
          url: 'http://tv.ibtimes.com/gangnam-style-reaches-one-billion-views-youtube-8014',
          published: '2012-12-21',
        },
        {
          title: "['Gangnam Style' passes 5 billion views]",
          publisher: 'YouTube Korea Blog',
          url: 'https://youtube-kr.googleblog.com/2024/01/gangnam-style-5B.html',
          published: '2024-01',
        },
      ],
      note: {
        en: 'The counter passed one billion at about 15:50 GMT on 21 December 2012 (IBTimes), which was around 00:50–01:50 on 22 December in Seoul. US sources and YouTube give 21 December; the Korean local date, 22 December, is used.',
        ko: '조회수는 그리니치 표준시 2012년 12월 21일 15시 50분께 10억 건을 넘었다(IBTimes). 서울 시간으로는 22일 0시 50분~1시 50분께다. 미국 언론과 유튜브는 21일로 적지만, 여기서는 한국 날짜인 22일을 따랐다.',
      },
    },
    {
      id: 'xi-jinping-state-visit-seoul',
      start: '2014-07-03',
      end: '2014-07-04',
      title: { en: "Xi Jinping's state visit to Seoul", ko: '시진핑 주석 국빈 방한' },
      summary: {
        en: 'On his first trip to South Korea as president, Xi Jinping held a summit with Park Geun-hye and the two sides signed a dozen agreements. He was the first Chinese leader since 1992 to visit Seoul before visiting Pyongyang.',
        ko: '시진핑 중국 국가주석이 취임 후 처음으로 한국을 국빈 방문해 박근혜 대통령과 정상회담을 열었고, 양국은 12건의 협력 문서에 서명했다. 1992년 수교 이후 중국 최고지도자가 북한보다 한국을 먼저 찾은 것은 처음이었다.',
      },
      category: 'diplomacy',
      tags: ['china', 'summit', 'park-geun-hye', 'xi-jinping'],
      sources: [
        {
          title: 'Chinese leader Xi arrives in S. Korea for summit with Park',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20140703000740',
          published: '2014-07-03',
        },
        {
          title: 'Xi arrives in Seoul for state visit to South Korea',
          publisher: 'Xinhua (via ecns.cn)',
          url: 'http://www.ecns.cn/2014/07-03/122214.shtml',
          published: '2014-07-03',
        },
        {
          title: 'Chinese president continues highlighting Seoul-Beijing ties on 2nd day of state visit',
          publisher: 'Arirang News',
          url: 'http://www.arirang.co.kr/News/News_View.asp?nseq=164914',
          published: '2014-07-04',
        },
      ],
    },
    {
      id: 'park-attends-beijing-victory-parade',
      start: '2015-09-03',
      title: {
        en: "Park Geun-hye attends Beijing's Victory Day parade",
        ko: '박근혜 대통령, 중국 전승절 열병식 참석',
      },
      summary: {
        en: "Park Geun-hye watched China's parade for the 70th anniversary of the end of the Second World War from the Tiananmen rostrum, alongside Xi Jinping and Vladimir Putin, while most Western leaders stayed away. Her attendance marked a high point in Seoul–Beijing relations and was viewed with some unease in Washington.",
        ko: '박근혜 대통령이 중국의 항일전쟁 승리 70주년 열병식을 톈안먼 성루에서 시진핑 주석, 푸틴 러시아 대통령과 함께 지켜봤다. 서방 정상 대부분이 불참한 가운데 이뤄진 참석은 한중 밀월의 정점으로 꼽혔지만 미국 일각의 우려도 샀다.',
      },
      category: 'diplomacy',
      tags: ['china', 'park-geun-hye', 'xi-jinping'],
      sources: [
        {
          title: 'Park arrives in Shanghai after attending military parade',
          publisher: 'The Korea Herald',
          url: 'https://m.koreaherald.com/view.php?ud=20150903000350',
          published: '2015-09-03',
        },
        {
          title: 'China celebrates WWII victory, President Park attends military parade',
          publisher: 'Arirang News',
          url: 'http://www.arirang.com/News/News_View.asp?nseq=182971',
          published: '2015-09-03',
        },
      ],
    },
    {
      id: 'korea-china-fta-in-force',
      start: '2015-12-20',
      title: { en: 'Korea–China free trade agreement takes effect', ko: '한중 FTA 발효' },
      summary: {
        en: "The Korea–China free trade agreement, signed in June 2015, came into force. Both sides committed to remove tariffs on more than 90 percent of traded goods within 20 years, at a time when China was already South Korea's largest trading partner.",
        ko: '2015년 6월 서명된 한중 자유무역협정(FTA)이 발효됐다. 양국은 20년에 걸쳐 교역 품목의 90% 이상에서 관세를 없애기로 했으며, 당시 중국은 이미 한국의 최대 교역국이었다.',
      },
      category: 'economy',
      tags: ['fta', 'trade', 'china'],
      sources: [
        {
          title: 'South Korea-China FTA Goes into Effect',
          publisher: 'KBS World Radio',
          url: 'https://world.kbs.co.kr/service/archive_view.htm?lang=e&id=sub_index&board_seq=720',
          published: '2015-12-28',
        },
        {
          title: 'S. Korea-China free trade deal to take effect on Dec. 20',
          publisher: 'Korea Bizwire (Yonhap)',
          url: 'http://koreabizwire.com/s-korea-china-free-trade-deal-to-take-effect-on-dec-20',
          published: '2015-12-09',
        },
      ],
    },
    {
      id: 'thaad-deployment-decision',
      start: '2016-07-08',
      title: { en: 'Seoul and Washington announce THAAD deployment', ko: '한미, 사드(THAAD) 배치 공식 발표' },
      summary: {
        en: 'South Korea and the United States announced an alliance decision to deploy a THAAD missile-defence battery with US Forces Korea, saying it was aimed only at North Korean missiles. China strongly objected, arguing that the radar could see into its territory.',
        ko: '한미 양국이 주한미군에 사드(THAAD·고고도미사일방어체계) 1개 포대를 배치하기로 했다고 공식 발표했다. 양국은 북한 미사일에만 대응하는 것이라고 강조했지만, 중국은 사드 레이더가 자국 영토를 들여다볼 수 있다며 강하게 반발했다.',
      },
      category: 'security',
      tags: ['thaad', 'alliance', 'china', 'usfk'],
      sources: [
        {
          title: '[Report: South Korea says final decision made with US to deploy THAAD]',
          publisher: 'Reuters',
          url: 'https://uk.reuters.com/article/southkorea-usa-thaad-idUKS9N19T001',
          published: '2016-07-08',
        },
        {
          title: 'US, South Korea Agree to Deploy THAAD',
          publisher: 'Air & Space Forces Magazine',
          url: 'https://www.airandspaceforces.com/us-south-korea-agree-to-deploy-thaad/',
          accessed: '2026-11-28',
        },
      ],
      note: {
        en: "Announced in Seoul on Friday 8 July 2016. The Pentagon's release and US reports carry 7 July, US time. The Korean date is used.",
        ko: '서울에서 2016년 7월 8일(금) 발표됐다. 미 국방부 발표와 미국 언론은 미국 시간인 7월 7일로 적지만, 여기서는 한국 날짜를 따랐다.',
      },
    },
    {
      id: 'china-hallyu-restrictions',
      start: '2016-08',
      title: {
        en: "China's unofficial ban on Korean pop culture ('Hallyu ban') begins",
        ko: '중국, 한한령(限韓令) 시작',
      },
      summary: {
        en: 'Weeks after the THAAD decision, Chinese broadcasters and promoters reported verbal instructions to put Korean programmes, stars and concerts on hold. Beijing never admitted to a ban, but approvals for Korean performers and content largely stopped.',
        ko: '사드 배치 결정 몇 주 뒤부터 중국 방송사와 공연업계에 한국 프로그램과 연예인 출연, 공연을 보류하라는 구두 지침이 내려왔다는 보도가 잇따랐다. 중국 정부는 이를 공식 인정한 적이 없지만, 한국 연예인 공연과 콘텐츠 승인은 사실상 끊겼다.',
      },
      category: 'society',
      tags: ['thaad', 'hallyu', 'china', 'retaliation', 'k-pop'],
      sources: [
        {
          title: 'China: State agency reportedly bans South Korean stars over diplomatic feud',
          publisher: 'Freemuse',
          url: 'https://freemuse.org/news/12281/',
          published: '2016-08-12',
        },
        {
          title: 'China Enforces K-Pop Ban',
          publisher: 'Pollstar',
          url: 'https://news.pollstar.com/2016/12/01/china-enforces-k-pop-ban',
          published: '2016-12-01',
        },
        {
          title: 'Communist Party thinks Hallyu promotes soft, weak men',
          publisher: 'The Jakarta Post',
          url: 'https://www.thejakartapost.com/life/2016/11/25/communist-party-thinks-hallyu-promotes-soft-weak-men.html',
          published: '2016-11-25',
        },
      ],
      note: {
        en: 'China never issued a written order, so there is no exact start date. Month precision reflects the first reports in early August 2016 (South China Morning Post and Korea Herald on 2 August, Variety on 4 August, New York Times on 7 August, as summarised by Freemuse). Later coverage describes the restrictions as being enforced into 2017.',
        ko: '중국이 문서로 된 지시를 내린 적이 없어 정확한 시작일은 없다. 2016년 8월 초 첫 보도(8월 2일 사우스차이나모닝포스트·코리아헤럴드, 8월 4일 버라이어티, 8월 7일 뉴욕타임스, Freemuse 정리)를 근거로 월 단위로 표기했다. 이후 보도에 따르면 제한 조치는 2017년까지 이어졌다.',
      },
    },
    {
      id: 'thaad-first-elements-arrive',
      start: '2017-03-06',
      title: { en: 'First THAAD components arrive in South Korea', ko: '사드 장비 첫 한국 반입' },
      summary: {
        en: 'A US Air Force C-17 delivered the first THAAD components, including two launchers, to Osan Air Base on the night of 6 March. That was the same day North Korea fired four ballistic missiles.',
        ko: '북한이 탄도미사일 4발을 쏜 3월 6일 밤, 미 공군 C-17 수송기가 발사대 2기를 비롯한 사드 초기 장비를 오산 공군기지에 내려놓았다.',
      },
      category: 'security',
      tags: ['thaad', 'usfk', 'north-korea'],
      sources: [
        {
          title: 'S. Korea begins to deploy THAAD',
          publisher: 'CGTN',
          author: 'Huang Xinwei',
          url: 'https://news.cgtn.com/news/3d4d7a4d33676a4d/share_p.html',
          published: '2017-03-07',
        },
        {
          title: 'WATCH: THAAD Missile Launchers Arrive in South Korea',
          publisher: 'Military.com',
          url: 'https://military.com/defensetech/2017/03/08/thaad-missile-launchers-south-korea',
          published: '2017-03-08',
        },
      ],
    },
    {
      id: 'china-group-tour-ban',
      start: '2017-03-15',
      title: { en: 'China halts group tours to South Korea', ko: '중국, 한국 단체관광 금지' },
      summary: {
        en: "China's tourism authority told travel agencies to stop selling group tours to South Korea and to cancel those departing from 15 March. Around the same time, dozens of Lotte Mart stores in China were closed after fire-safety inspections, soon after Lotte agreed to provide land for THAAD.",
        ko: '중국 국가여유국이 여행사들에 한국 단체관광 상품 판매를 중단하라고 지시하면서 3월 15일부터 한국행 단체관광이 사실상 끊겼다. 비슷한 시기 롯데가 사드 부지를 내준 직후 중국 내 롯데마트 수십 곳도 소방 점검을 이유로 영업정지를 당했다.',
      },
      category: 'economy',
      tags: ['thaad', 'china', 'retaliation', 'tourism', 'lotte'],
      sources: [
        {
          title: 'Beijing to restrict tourism to South Korea amid THAAD protests',
          publisher: 'UPI',
          author: 'Ed Adamczyk',
          url: 'https://www.upi.com/Top_News/World-News/2017/03/03/Beijing-to-restrict-tourism-to-South-Korea-amid-THAAD-protests/8271488544074/',
          published: '2017-03-03',
        },
        {
          title: "South Korea's Lotte Group says four retail stores in China closed amid political tension",
          publisher: 'The Japan Times (Reuters)',
          url: 'https://www.japantimes.co.jp/news/2017/03/06/asia-pacific/south-koreas-lotte-group-says-four-retail-stores-china-closed-amid-political-tension/',
          published: '2017-03-06',
        },
        {
          title: 'More Lotte Marts in China closed down for one month over supposed safety violations',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_international/785471.html',
          published: '2017-03-07',
        },
        {
          title: 'China to partially lift travel ban to South Korea; keeps online sales curb',
          publisher: 'Reuters',
          url: 'https://www.reuters.com/article/us-sourthkorea-china-tour/china-partially-lifts-ban-on-group-tours-to-south-korea-yonhap-idUSKBN1DS0BD',
          published: '2017-11-28',
        },
      ],
      note: {
        en: 'Dated to 15 March 2017, when the ban took effect. The instruction was given verbally to Beijing travel agencies on 2 March and reported on 3 March, then spread to other regions. China partly lifted it for Beijing and Shandong in late November 2017.',
        ko: '금지 조치가 실제 시행된 2017년 3월 15일을 기준으로 했다. 지시는 3월 2일 베이징 여행사들에 구두로 전달돼 3일 보도됐고, 이후 다른 지역으로 확대됐다. 중국은 2017년 11월 말 베이징·산둥 지역에 한해 일부 해제했다.',
      },
    },
    {
      id: 'moon-jae-in-inaugurated',
      start: '2017-05-10',
      title: { en: 'Moon Jae-in takes office as president', ko: '문재인 대통령 취임' },
      summary: {
        en: 'Moon Jae-in was sworn in the day after winning the early election called when Park Geun-hye was removed from office. He promised to hold serious talks with both Washington and Beijing to settle the THAAD dispute.',
        ko: '박근혜 전 대통령 파면으로 치러진 조기 대선에서 승리한 문재인 대통령이 이튿날 취임했다. 그는 사드 문제를 풀기 위해 미국·중국과 진지하게 협의하겠다고 약속했다.',
      },
      category: 'politics',
      tags: ['moon-jae-in', 'election', 'thaad'],
      sources: [
        {
          title: "[Report on President Moon Jae-in's first day in office]",
          publisher: 'Korea.net (Korean Culture and Information Service)',
          author: 'Sohn JiAe',
          url: 'https://www.korea.net/NewsFocus/policies/view?articleId=145927',
          published: '2017-05-10',
        },
        {
          title: 'Declaring an end to authoritarianism, Moon Jae-in sworn in as president',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_national/794358.html',
          published: '2017-05-11',
        },
        {
          title: "Moon Jae-in sworn in as ROK's new president",
          publisher: 'China Daily (Hong Kong)',
          url: 'https://www.chinadailyhk.com/articles/140/61/140/1494411124901.html',
          published: '2017-05-10',
        },
      ],
    },
    {
      id: 'three-nos-and-normalisation-agreement',
      start: '2017-10-30',
      end: '2017-10-31',
      title: {
        en: "The 'three no's' and the Korea–China deal to restore ties",
        ko: "'3불(不)' 입장 표명과 한중 관계 정상화 합의",
      },
      summary: {
        en: 'On 30 October Foreign Minister Kang Kyung-wha told the National Assembly that Seoul was not considering further THAAD deployments, would not join a US-led missile-defence network and would not let trilateral cooperation with the US and Japan become a military alliance. On 31 October the two governments announced they would quickly restore exchanges in all fields while continuing to discuss THAAD.',
        ko: "강경화 외교부 장관은 10월 30일 국회 국정감사에서 사드 추가 배치를 검토하지 않고, 미국 미사일방어(MD) 체계에 참여하지 않으며, 한미일 안보협력을 군사동맹으로 발전시키지 않는다는 이른바 '3불' 입장을 밝혔다. 이튿날 한중 양국은 사드 문제를 계속 협의하면서 모든 분야의 교류·협력을 조속히 정상 궤도로 되돌리기로 했다고 발표했다.",
      },
      category: 'diplomacy',
      tags: ['thaad', 'china', 'three-nos', 'kang-kyung-wha'],
      sources: [
        {
          title: 'SK Foreign Minister rules out additional THAAD deployments, joining US MD system',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_international/816853',
          published: '2017-10-31',
        },
        {
          title: 'Korea not mulling any more THAAD deployments: foreign minister',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'http://khnews.kheraldm.com/view.php?ud=20171030000781',
          published: '2017-10-30',
        },
        {
          title: "Korea, China agree to bring exchange, cooperation back onto 'normal' track",
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://m.koreaherald.com/view.php?ud=20171031000445',
          published: '2017-10-31',
        },
        {
          title: "Beijing and Seoul agree to 'normalize' ties after THAAD",
          publisher: 'CGTN',
          url: 'https://news.cgtn.com/news/34556a4d33597a6333566d54/index.html',
          published: '2017-10-31',
        },
      ],
      note: {
        en: "The range covers two steps. Kang stated the 'three no's' to parliament on 30 October (Korean time), and the governments jointly announced their agreement on 31 October. The 31 October press release did not list the three points: it restated each side's THAAD position and agreed to keep discussing it. Seoul presented the three no's as a restatement of existing policy, not a new commitment to China.",
        ko: "두 단계를 함께 담았다. 강 장관의 국회 '3불' 발언은 10월 30일(한국 시간), 양국 정부의 합의 공동 발표는 10월 31일이다. 31일 발표문에는 3불 내용이 명시되지 않았고, 사드에 대한 양측 입장을 재확인하고 계속 협의하기로 한다는 내용이 담겼다. 한국 정부는 3불이 중국에 대한 새로운 약속이 아니라 기존 입장을 되풀이한 것이라고 설명했다.",
      },
    },
    {
      id: 'moon-jae-in-state-visit-china',
      start: '2017-12-13',
      end: '2017-12-16',
      title: { en: "Moon Jae-in's state visit to China", ko: '문재인 대통령 국빈 방중' },
      summary: {
        en: 'Moon Jae-in made his first state visit to China, holding a summit with Xi Jinping in Beijing and then travelling to Chongqing. Both sides hoped to repair relations damaged by the THAAD dispute.',
        ko: '문재인 대통령이 취임 후 처음으로 중국을 국빈 방문해 베이징에서 시진핑 주석과 정상회담을 하고 충칭을 찾았다. 사드 갈등으로 훼손된 양국 관계를 되살리려는 행보였다.',
      },
      category: 'diplomacy',
      tags: ['china', 'summit', 'moon-jae-in', 'xi-jinping', 'thaad'],
      sources: [
        {
          title: 'ROK President Moon Jae-in to Visit China',
          publisher: "Ministry of Foreign Affairs of the People's Republic of China",
          url: 'https://www.mfa.gov.cn/mfa_eng/xw/wsrc/202405/t20240530_11334832.html',
          published: '2017-12-06',
        },
        {
          title: "[Report announcing Moon Jae-in's 13–16 December state visit to China]",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/article/article.aspx?aid=3041750',
          published: '2017-12-07',
        },
        {
          title: "[Report on Moon Jae-in's arrival in Beijing]",
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://m.koreaherald.com/amp/view.php?ud=20171213000172',
          published: '2017-12-13',
        },
      ],
    },
    {
      id: 'pyeongchang-olympics-joint-march',
      start: '2018-02-09',
      title: {
        en: 'PyeongChang Winter Olympics open with a joint Korean march',
        ko: '평창 동계올림픽 개막, 남북 선수단 공동입장',
      },
      summary: {
        en: 'Athletes from both Koreas entered the opening ceremony together behind the Korean Unification Flag, the first such joint entry at an Olympics since 2006. Kim Jong Un’s sister Kim Yo-jong watched from the stands alongside President Moon Jae-in.',
        ko: '평창 동계올림픽 개막식에서 남북 선수단이 한반도기를 앞세우고 함께 입장했다. 올림픽 공동입장은 2006년 토리노 대회 이후 처음으로, 김정은 위원장의 여동생 김여정도 문재인 대통령과 함께 개막식을 지켜봤다.',
      },
      category: 'inter-korean',
      tags: ['olympics', 'moon-jae-in', 'north-korea'],
      sources: [
        {
          title: 'Koreas march under one flag at opening ceremony',
          publisher: 'Kazinform (Yonhap)',
          url: 'https://en.inform.kz/news/koreas-march-under-one-flag-at-opening-ceremony_a3147993/',
          published: '2018-02-09',
        },
      ],
    },
    {
      id: 'panmunjom-inter-korean-summit',
      start: '2018-04-27',
      title: {
        en: 'Moon and Kim sign the Panmunjom Declaration',
        ko: '판문점 남북정상회담, 판문점 선언 채택',
      },
      summary: {
        en: 'Moon Jae-in and Kim Jong Un held the first inter-Korean summit in over a decade at the Peace House on the southern side of Panmunjom. Their declaration pledged work toward complete denuclearisation, an end to the Korean War and a liaison office.',
        ko: '문재인 대통령과 김정은 국무위원장이 판문점 남측 평화의집에서 11년 만의 남북정상회담을 열었다. 두 정상은 완전한 비핵화와 종전 추진, 공동연락사무소 설치 등을 담은 판문점 선언에 서명했다.',
      },
      category: 'inter-korean',
      tags: ['summit', 'moon-jae-in', 'kim-jong-un', 'panmunjom'],
      sources: [
        {
          title: 'The Inter-Korean Summit, in Summary',
          publisher: 'Stratfor Worldview',
          url: 'https://worldview.stratfor.com/article/inter-korean-summit-north-korea-south-us',
          published: '2018-04-27',
        },
        {
          title: 'North, South Korea agree to goal of complete denuclearisation',
          publisher: 'Ahram Online (Reuters)',
          url: 'https://english.ahram.org.eg/NewsContent/2/9/298416/World/International/North,-South-Korea-agree-to-goal-of-complete-denuc.aspx',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'singapore-trump-kim-summit',
      start: '2018-06-12',
      title: {
        en: 'Trump and Kim meet in Singapore',
        ko: '싱가포르 북미정상회담',
      },
      summary: {
        en: 'Donald Trump and Kim Jong Un held the first meeting between a sitting US president and a North Korean leader, on Sentosa island. Their joint statement traded US security guarantees for a North Korean commitment to work toward complete denuclearisation of the peninsula.',
        ko: '도널드 트럼프 미국 대통령과 김정은 위원장이 싱가포르 센토사섬에서 사상 첫 북미 정상회담을 열었다. 양측은 미국의 대북 안전 보장과 한반도의 완전한 비핵화 노력을 맞바꾸는 공동성명에 서명했다.',
      },
      category: 'diplomacy',
      tags: ['summit', 'trump', 'kim-jong-un', 'united-states', 'north-korea'],
      note: {
        en: 'Dated by the Singapore local date, which is also the date in Korea; US reports filed the evening before (Eastern time) sometimes carry 11 June.',
        ko: '싱가포르 현지 날짜이자 한국 날짜 기준이다. 미국 동부시간으로는 전날(6월 11일) 밤이어서 일부 미국 보도는 11일 자로 나갔다.',
      },
      sources: [
        {
          title: "Full Text of Trump and Kim's Joint Statement",
          publisher: 'The Epoch Times',
          url: 'https://www.theepochtimes.com/uplift/full-text-of-trump-and-kims-joint-statement_2558906.html',
          published: '2018-06-12',
        },
        {
          title: 'Trump anticipates terrific relationship with Kim Jong Un',
          publisher: 'The Boston Globe',
          url: 'https://www.bostonglobe.com/news/world/2018/06/11/trump-anticipates-terrific-relationship-with-kim-jong/ojufTuxarq20ahLB8xGnuM/story.html',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'pyongyang-inter-korean-summit',
      start: '2018-09-18',
      end: '2018-09-20',
      title: {
        en: 'Moon visits Pyongyang for a third summit with Kim',
        ko: '평양 남북정상회담, 9월 평양공동선언',
      },
      summary: {
        en: 'Moon spent three days in Pyongyang, where he and Kim signed the September Pyongyang Joint Declaration and a military agreement to ease border tensions. The visit ended with the two leaders on Mount Paektu.',
        ko: '문 대통령이 2박 3일 일정으로 평양을 찾아 김 위원장과 세 번째 정상회담을 했다. 두 정상은 9월 평양공동선언과 군사분야 합의서를 채택했고, 마지막 날 함께 백두산에 올랐다.',
      },
      category: 'inter-korean',
      tags: ['summit', 'moon-jae-in', 'kim-jong-un', 'pyongyang'],
      sources: [
        {
          title: 'Pyongyang Joint Declaration',
          publisher: 'Columbia Law School, Center for Korean Legal Studies',
          url: 'https://kls.law.columbia.edu/content/pyongyang-joint-declaration',
          accessed: '2026-11-28',
        },
        {
          title: 'Moon heads home after third summit with Kim, joint declaration signed',
          publisher: 'CGTN',
          url: 'https://news.cgtn.com/news/3d3d414e34596a4d7a457a6333566d54/share_amp.html',
          published: '2018-09-20',
        },
      ],
    },
    {
      id: 'panmunjom-trump-kim-moon-meeting',
      start: '2019-06-30',
      title: {
        en: 'Trump steps into North Korea at Panmunjom',
        ko: '판문점 남·북·미 정상 회동',
      },
      summary: {
        en: 'Trump met Kim at the Demilitarized Zone and briefly crossed the demarcation line, the first sitting US president to set foot in North Korea. Moon joined them afterwards, the first time leaders of the three countries stood together.',
        ko: '트럼프 대통령이 판문점에서 김 위원장을 만나 군사분계선을 넘어 북측 땅을 밟은 첫 현직 미국 대통령이 됐다. 문 대통령도 뒤이어 합류해 남·북·미 정상이 처음으로 한자리에 섰다.',
      },
      category: 'diplomacy',
      tags: ['trump', 'kim-jong-un', 'moon-jae-in', 'panmunjom', 'dmz'],
      sources: [
        {
          title: 'DMZ: Donald Trump steps into North Korea with Kim Jong Un',
          publisher: 'CNN',
          url: 'https://edition.cnn.com/politics/live-news/trump-dmz-kim-live-intl-hnk/h_8b23e071903b007d8ff1934be8457d2c',
          published: '2019-06-30',
        },
        {
          title: 'Trump meets with Kim, crosses border into DPRK',
          publisher: 'Nhan Dan',
          url: 'https://en.nhandan.org.vn/world/item/7639402-trump-meets-with-kim-crosses-border-into-dprk.html',
          published: '2019-06-30',
        },
      ],
    },
    {
      id: 'parasite-best-picture',
      start: '2020-02-10',
      title: {
        en: "Bong Joon-ho's Parasite wins Best Picture",
        ko: "'기생충', 아카데미 작품상 수상",
      },
      summary: {
        en: "Parasite took four Oscars, including Best Picture, Best Director and Best International Feature. It was the first film not in English to win the Academy's top prize and the first South Korean film to win any Oscar.",
        ko: "봉준호 감독의 '기생충'이 제92회 아카데미 시상식에서 작품상·감독상·각본상·국제장편영화상 4관왕에 올랐다. 비영어 영화의 작품상 수상은 아카데미 역사상 처음이다.",
      },
      category: 'society',
      tags: ['film', 'soft-power', 'united-states'],
      note: {
        en: 'The ceremony was held on the evening of 9 February in Los Angeles, which was already 10 February in Korea; Korean media report it as "9일(현지시간)". Dated by the Korean date.',
        ko: '시상식은 로스앤젤레스 현지 시간 2월 9일 저녁에 열렸으며 한국 시간으로는 10일이다. 한국 날짜를 기준으로 삼았다.',
      },
      sources: [
        {
          title: "[속보] 봉준호 '기생충', 아카데미 작품상 수상…4관왕 쾌거",
          publisher: 'Maeil Shinmun',
          url: 'https://imaeil.com/page/view/2020021013261423410',
          published: '2020-02-10',
        },
        {
          title: 'Oscars 2020: South Korean film Parasite wins best picture',
          publisher: 'The Times',
          url: 'https://www.thetimes.co.uk/article/oscars-2020-south-korean-film-parasite-wins-best-picture-n562sk6mj',
          published: '2020-02-10',
        },
      ],
    },
    {
      id: 'bts-dynamite-hot-100',
      start: '2020-09-01',
      title: {
        en: "BTS's Dynamite tops the Billboard Hot 100",
        ko: "BTS '다이너마이트', 빌보드 핫100 1위",
      },
      summary: {
        en: "BTS's first all-English single debuted at No. 1 on the Hot 100, the chart dated 5 September. No South Korean act had topped the chart before; the previous best was Psy's No. 2 in 2012.",
        ko: "방탄소년단의 첫 영어 싱글 '다이너마이트'가 빌보드 메인 싱글 차트 '핫100'에 1위로 진입했다. 한국 가수가 핫100 정상에 오른 것은 처음으로, 종전 최고 기록은 2012년 싸이의 2위였다.",
      },
      category: 'society',
      tags: ['k-pop', 'soft-power', 'united-states'],
      note: {
        en: 'Billboard announced the result on 31 August US time, which was the morning of 1 September in Korea; Korean reports even differ on the local date. Dated by the Korean announcement date.',
        ko: '빌보드는 미국 현지 시간 8월 31일 발표했으며, 한국 시간으로는 9월 1일 아침이다. 국내 보도 사이에서도 현지 날짜 표기가 엇갈려 한국 발표 날짜를 기준으로 삼았다.',
      },
      sources: [
        {
          title: 'BTS become first international Korean group to top Billboard Hot 100 chart',
          publisher: 'NME',
          url: 'https://www.nme.com/news/music/bts-become-first-international-korean-group-top-billboard-hot-100-chart-2741912',
          published: '2020-08-31',
        },
        {
          title: '방탄소년단 정국 생일에 \'다이너마이트\' 빌보드 핫 100 1위…"계속 눈물 나"',
          publisher: 'Korea Economic Daily (한국경제)',
          url: 'https://hankyung.com/article/202009018431H',
          published: '2020-09-01',
        },
      ],
    },
    {
      id: 'yoon-inauguration',
      start: '2022-05-10',
      title: {
        en: 'Yoon Suk Yeol takes office',
        ko: '윤석열 대통령 취임',
      },
      summary: {
        en: 'Conservative Yoon Suk Yeol was sworn in as president outside the National Assembly, ending five years of liberal government. In his address he offered North Korea an "audacious plan" of economic aid in return for denuclearisation.',
        ko: '윤석열 대통령이 국회 앞마당에서 취임 선서를 하고 제20대 대통령 임기를 시작했다. 5년 만의 보수 정부 출범으로, 취임사에서 북한이 비핵화에 나서면 경제를 지원하겠다는 "담대한 계획"을 제시했다.',
      },
      category: 'politics',
      tags: ['yoon-suk-yeol', 'inauguration'],
      sources: [
        {
          title: "With bell ringing and midnight briefing, Yoon Suk-yeol becomes Korea's 20th president",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/2022/05/10/national/politics/Korea-Yoon-Sukyeol-president/20220510142308115.html',
          published: '2022-05-10',
        },
        {
          title: "Yoon sworn in as South Korea's new president",
          publisher: 'ABS-CBN News (Reuters)',
          url: 'https://news.abs-cbn.com/overseas/05/10/22/yoon-sworn-in-as-south-koreas-new-president',
          published: '2022-05-10',
        },
      ],
    },
    {
      id: 'han-kang-nobel-literature',
      start: '2024-10-10',
      title: {
        en: 'Han Kang wins the Nobel Prize in Literature',
        ko: '한강, 노벨문학상 수상',
      },
      summary: {
        en: 'The Swedish Academy named novelist Han Kang the 2024 laureate, citing prose that confronts historical trauma. She is the first South Korean to win the literature prize and the country’s second Nobel laureate after Kim Dae-jung.',
        ko: '스웨덴 한림원이 소설가 한강을 2024년 노벨문학상 수상자로 발표했다. 한국인 첫 노벨문학상이자, 2000년 김대중 전 대통령의 평화상 이후 두 번째 노벨상이다.',
      },
      category: 'society',
      tags: ['literature', 'soft-power', 'nobel'],
      sources: [
        {
          title: 'Han Kang: Nobel Prize in Literature awarded to South Korean author',
          publisher: 'The National',
          url: 'https://www.thenationalnews.com/arts-culture/2024/10/10/han-kang-nobel-prize-in-literature-awarded-to-south-korean-author/',
          published: '2024-10-10',
        },
        {
          title: "Novelist Han Gang wins Korea's first Nobel Prize in Literature",
          publisher: 'Online Korea',
          url: 'https://online-korea.com/en/post/korean-news-novelist-han-gang-wins-korea-s-first-nobel-prize-in-literature',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'yoon-martial-law',
      start: '2024-12-03',
      title: {
        en: 'Yoon declares martial law',
        ko: '윤석열 대통령 비상계엄 선포',
      },
      summary: {
        en: 'In a late-night televised address Yoon declared emergency martial law, accusing the opposition of anti-state activity. All 190 lawmakers present voted it down in the early hours of 4 December, and the cabinet lifted it about six hours after the declaration.',
        ko: '윤 대통령이 밤늦게 긴급 담화를 열어 야당의 "반국가 행위"를 이유로 비상계엄을 선포했다. 국회가 4일 새벽 재석 190명 전원 찬성으로 해제 요구안을 가결했고, 계엄은 선포 약 6시간 만에 국무회의를 거쳐 해제됐다.',
      },
      category: 'politics',
      tags: ['yoon-suk-yeol', 'martial-law', 'democracy'],
      sources: [
        {
          title: 'South Korea martial law: President Yoon Suk Yeol, parliament',
          publisher: 'Hindustan Times',
          url: 'https://www.hindustantimes.com/world-news/south-korea-martial-law-president-yoon-suk-yeol-parliament-101733260188019.html',
          published: '2024-12-04',
        },
        {
          title: 'South Korean Standoff: Martial Law Declared and Repealed in a Single Night',
          publisher: 'Devdiscourse',
          url: 'https://www.devdiscourse.com/article/law-order/3181456-south-korean-standoff-martial-law-declared-and-repealed-in-a-single-night',
          published: '2024-12-04',
        },
      ],
    },
    {
      id: 'yoon-removed-from-office',
      start: '2025-04-04',
      title: {
        en: 'Constitutional Court removes Yoon from office',
        ko: '헌법재판소, 윤석열 대통령 파면',
      },
      summary: {
        en: "All eight justices upheld parliament's impeachment of Yoon over the martial-law decree, removing him with immediate effect. The ruling triggered a snap presidential election within 60 days.",
        ko: '헌법재판소가 재판관 8명 전원 일치로 비상계엄 선포에 대한 탄핵소추를 인용해 윤 대통령을 파면했다. 파면은 선고 즉시 효력이 발생했고, 60일 안에 조기 대선을 치르게 됐다.',
      },
      category: 'politics',
      tags: ['yoon-suk-yeol', 'impeachment', 'constitutional-court'],
      sources: [
        {
          title: "[News Today] Court upholds Yoon's impeachment",
          publisher: 'KBS News',
          url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8219315',
          published: '2025-04-04',
        },
        {
          title: "South Korea's Impeached President Removed From Office",
          publisher: 'finanznachrichten.de (dpa-AFX / RTTNews)',
          url: 'https://www.finanznachrichten.de/nachrichten-2025-04/65029922-south-korea-s-impeached-president-removed-from-office-020.htm',
          published: '2025-04-04',
        },
      ],
    },
    {
      id: 'lee-jae-myung-takes-office',
      start: '2025-06-03',
      end: '2025-06-04',
      title: {
        en: 'Lee Jae-myung elected and sworn in',
        ko: '이재명 대통령 당선·취임',
      },
      summary: {
        en: 'Democratic Party candidate Lee Jae-myung won the 3 June snap election with 49.42% of the vote. Because there was no transition period, his term began early on 4 June when the election commission confirmed the result, and he took the oath at the National Assembly that day.',
        ko: '6월 3일 조기 대선에서 더불어민주당 이재명 후보가 49.42%를 얻어 당선됐다. 인수위 기간 없이 4일 오전 중앙선거관리위원회의 당선 확정과 동시에 임기를 시작했고, 같은 날 국회에서 취임 선서를 했다.',
      },
      category: 'politics',
      tags: ['lee-jae-myung', 'election', 'inauguration'],
      sources: [
        {
          title: "Lee Jae-myung sworn in as South Korea's 21st president",
          publisher: 'Global Times',
          url: 'https://www.globaltimes.cn/page/202506/1335379.shtml',
          published: '2025-06-04',
        },
        {
          title: "Lee Jae-myung sworn in as South Korea's new president",
          publisher: 'Xinhua',
          url: 'https://english.news.cn/20250604/454452689dd74d0eab563c91d055f0a7/c.html',
          published: '2025-06-04',
        },
      ],
    },
    {
      id: 'pew-poll-us-top-ally',
      start: '2025-07',
      title: {
        en: 'Poll: about 9 in 10 South Koreans name the US as their most important ally',
        ko: '퓨리서치 조사 "한국인 89%, 미국이 가장 중요한 동맹"',
      },
      summary: {
        en: 'In a Pew Research Center survey of 25 countries, 89% of South Korean respondents named the United States as their most important ally, second only to Israel. North Korea (40%) and China (33%) were most often named as the greatest threat; the Korean fieldwork ran from late February to late March.',
        ko: '미국 퓨리서치센터의 25개국 조사에서 한국 응답자의 89%가 미국을 가장 중요한 동맹으로 꼽아 이스라엘에 이어 두 번째로 높았다. 최대 위협국으로는 북한(40%)과 중국(33%)이 꼽혔으며, 한국 조사는 2월 말부터 3월 말까지 진행됐다.',
      },
      category: 'security',
      tags: ['public-opinion', 'alliance', 'united-states', 'china'],
      note: {
        en: 'Pew released the findings on 8 July, US time; Korean outlets reported them on 9 July. The Korean date of the release cannot be confirmed, so the event is dated to the month. The BBC report rounds the figure to "nearly 90%".',
        ko: '퓨리서치센터는 미국 현지 시간 7월 8일 결과를 공개했고 국내 언론은 9일 보도했다. 한국 시간 기준 공개 날짜를 확인할 수 없어 월 단위로 표기했다. BBC 보도는 이 수치를 "90% 가까이"로 전했다.',
      },
      sources: [
        {
          title: '한국인 10명 중 9명 "미국 가장 중요 동맹"…최대 위협 응답은 13%',
          publisher: 'KBS News',
          url: 'https://news.kbs.co.kr/news/view.do?ncd=8299523&req_by=aipick',
          published: '2025-07-09',
        },
        {
          title: 'People in Many Countries Consider the U.S. an Important Ally; Others See It as a Top Threat',
          publisher: 'Pew Research Center',
          url: 'https://www.pewresearch.org/regions-countries/multiple-regions-worldwide/page/3',
          accessed: '2026-11-28',
        },
        bbcNoTrumpNoChina,
      ],
    },
    {
      id: 'us-korea-tariff-deal',
      start: '2025-07-31',
      title: {
        en: 'US–South Korea tariff deal with a $350 billion investment pledge',
        ko: '한미 관세협상 타결, 3,500억 달러 대미 투자',
      },
      summary: {
        en: 'Trump announced that US tariffs on South Korean goods would be 15% rather than the threatened 25%, in return for $350 billion of Korean investment in the United States and $100 billion of energy purchases. Lee said $150 billion of the fund would go to shipbuilding cooperation.',
        ko: '트럼프 대통령이 한국산 제품 관세를 예고했던 25% 대신 15%로 정하고, 한국이 미국에 3,500억 달러를 투자하며 1,000억 달러어치 에너지를 사들이기로 했다고 발표했다. 이 대통령은 이 가운데 1,500억 달러가 조선 협력에 쓰인다고 밝혔다.',
      },
      category: 'economy',
      tags: ['tariffs', 'investment', 'trade', 'united-states'],
      note: {
        en: 'Trump posted the announcement on the afternoon of 30 July, US Eastern time, which was the morning of 31 July in Korea, when Lee also responded. Dated by the Korean date.',
        ko: '트럼프 대통령은 미국 동부시간 7월 30일 오후 발표했으며, 이는 한국 시간 31일 오전으로 이 대통령도 이날 입장을 냈다. 한국 날짜를 기준으로 삼았다.',
      },
      sources: [
        {
          title: 'Trump, South Korea strike 15% tariff deal ahead of deadline',
          publisher: 'UPI',
          url: 'https://www.upi.com/Top_News/World-News/2025/07/31/korea-Trump-South-Korea-15-percent-tariff-deal/1541753935972/',
          published: '2025-07-31',
        },
        {
          title: 'Trump sets 15% tariffs on South Korean imports under new deal',
          publisher: 'China Daily',
          url: 'https://www.chinadaily.com.cn/a/202507/31/WS688aca84a310c26fd717cb26.html',
          published: '2025-07-31',
        },
      ],
    },
    {
      id: 'georgia-battery-plant-raid',
      start: '2025-09-04',
      end: '2025-09-12',
      title: {
        en: 'US immigration raid on the Hyundai–LG battery plant in Georgia',
        ko: '미 조지아주 현대차-LG 배터리공장 이민 단속',
      },
      summary: {
        en: 'US agents raided the Hyundai–LG Energy Solution battery plant under construction in Ellabell, Georgia, detaining 475 people, more than 300 of them South Korean. After Seoul negotiated their voluntary departure, 316 Korean workers flew home on a Korean Air charter that landed at Incheon on 12 September.',
        ko: '미국 이민당국이 조지아주 엘라벨의 현대차-LG에너지솔루션 합작 배터리공장 건설 현장을 급습해 475명을 체포했으며, 이 중 300명 이상이 한국인이었다. 정부가 자진 출국 형식의 귀국을 협상한 끝에 한국인 316명이 대한항공 전세기를 타고 12일 인천공항에 도착했다.',
      },
      category: 'diplomacy',
      tags: ['immigration', 'investment', 'hyundai', 'united-states'],
      note: {
        en: 'The raid began on the morning of 4 September in Georgia, the evening of the same day in Korea; many Korean reports are dated 5 September. The charter left Atlanta at 11:38 a.m. on 11 September local time (already 12 September in Korea) and landed at Incheon at 3:23 p.m. on 12 September.',
        ko: '단속은 조지아 현지 시간 9월 4일 오전, 한국 시간으로는 같은 날 저녁에 시작됐으며 국내 보도는 대부분 5일 자로 나갔다. 전세기는 애틀랜타에서 현지 시간 11일 오전 11시 38분(한국 시간 12일)에 출발해 12일 오후 3시 23분 인천에 착륙했다.',
      },
      sources: [
        {
          title:
            'Inside the raid: How a monthslong federal immigration operation led to 475 arrests at a Hyundai plant in Georgia',
          publisher: 'CNN (via Local News 8)',
          url: 'https://localnews8.com/news/national-world/cnn-national/2025/09/06/inside-the-raid-how-a-monthslong-federal-immigration-operation-lead-to-475-arrests-at-a-hyundai-plant-in-georgia/',
          published: '2025-09-06',
        },
        {
          title: 'Korean nationals detained in U.S. ICE raid to return home on chartered flight',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-09/national/diplomacy/Korean-nationals-detained-in-US-ICE-raid-to-return-home-on-chartered-flight/2394674',
          published: '2025-09-09',
        },
        {
          title: 'Korean workers reunite with families after eight days in ICE detention',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-12/national/socialAffairs/Korean-workers-reunite-with-families-after-eight-days-in-ICE-detention--in-pictures/2397814',
          published: '2025-09-12',
        },
        bbcNoTrumpNoChina,
      ],
    },
    {
      id: 'visa-free-chinese-tour-groups',
      start: '2025-09-29',
      title: {
        en: 'Visa-free entry for Chinese tour groups begins',
        ko: '중국 단체관광객 무비자 입국 시행',
      },
      summary: {
        en: 'South Korea began letting groups of three or more Chinese tourists enter without visas for stays of up to 15 days, in a trial running to 30 June 2026. A cruise ship carrying about 2,200 Chinese passengers docked at Incheon on the first day.',
        ko: '3인 이상 중국인 단체관광객이 비자 없이 최대 15일간 머물 수 있는 시범 제도가 2026년 6월 30일까지 일정으로 시행에 들어갔다. 첫날 중국인 승객 2,200명가량을 태운 크루즈선이 인천항에 입항했다.',
      },
      category: 'economy',
      tags: ['tourism', 'visa', 'china'],
      sources: [
        {
          title:
            'Businesses optimistic about visa-free entry program for Chinese tourists though anti-China protests continue',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-30/national/socialAffairs/Businesses-optimistic-about-visafree-entry-program-for-Chinese-tourists-though-antiChina-protests-continue/2411521',
          published: '2025-09-30',
        },
        {
          title: 'South Korea begins visa-free entry for Chinese tourist',
          publisher: 'aNews (Anadolu, citing Yonhap)',
          url: 'https://www.anews.com.tr/asia/2025/09/29/south-korea-begins-visa-free-entry-for-chinese-tourist',
          published: '2025-09-29',
        },
        bbcNoTrumpNoChina,
      ],
    },
    {
      id: 'no-trump-no-china-protests',
      start: '2025-10',
      end: '2025-11-01',
      title: {
        en: '"No Trump! No China!" protests around the leaders\' visits',
        ko: "트럼프·시진핑 방한 앞뒤로 '노 트럼프! 노 차이나!' 시위",
      },
      summary: {
        en: 'Before Trump arrived, rival rallies in central Seoul chanted "No Trump!" near the US embassy and "No China!" at the gates of Gyeongbokgung Palace. Rallies for and against both leaders continued in Gyeongju through APEC week, with 28 reported on the day of Trump’s arrival alone.',
        ko: '트럼프 대통령 도착에 앞서 서울 도심에서는 미국대사관 인근의 반트럼프 집회와 경복궁 앞 반중 집회가 나란히 열렸다. APEC 기간 경주에서도 찬반 집회가 이어져 트럼프 대통령 도착 당일에만 28건이 신고됐다.',
      },
      category: 'society',
      tags: ['protest', 'anti-china-sentiment', 'apec', 'united-states', 'china'],
      note: {
        en: 'The BBC describes the Seoul rallies as taking place just before Trump’s arrival on 29 October, but the stored copies do not give their exact day, so the start is given only as October 2025. The last rally confirmed here was an anti-China protest in Gyeongju on 1 November.',
        ko: 'BBC는 서울 집회가 10월 29일 트럼프 대통령 도착 직전에 열렸다고 전했지만 정확한 날짜는 확인되지 않아 시작 시점을 2025년 10월로만 표기했다. 확인된 마지막 집회는 11월 1일 경주에서 열린 반중 시위다.',
      },
      sources: [
        bbcNoTrumpNoChina,
        {
          title: 'Trump opponents, supporters rally in Gyeongju as U.S. president arrives in city',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-29/national/diplomacy/Trump-opponents-supporters-rally-in-Gyeongju-as-US-president-arrives-in-city/2431713',
          published: '2025-10-29',
        },
        {
          title: "APEC 2025: South Korea's Gyeongju boils with rallies welcoming, rejecting US President Trump",
          publisher: 'Asia News Network (The Korea Herald)',
          url: 'https://asianews.network/apec-2025-south-koreas-gyeongju-boils-with-rallies-welcoming-rejecting-us-president-trump',
          published: '2025-10-30',
        },
        {
          title: '"Out Xi Jinping!": the anti-Chinese wave shaking the Asian democracy allied with Trump',
          publisher: 'El Mundo',
          url: 'https://www.mundoamerica.com/news/2025/11/03/6908914be9cf4ae8778b4577.html',
          published: '2025-11-03',
        },
      ],
    },
    {
      id: 'trump-ready-to-meet-kim',
      start: '2025-10-25',
      end: '2025-10-27',
      title: {
        en: 'Trump says he is ready to meet Kim Jong Un',
        ko: '트럼프 "김정은 만날 준비 돼 있다"',
      },
      summary: {
        en: 'Setting off on his Asia trip, Trump told reporters on Air Force One he was "100 percent" open to meeting Kim during his stop in South Korea, and on 27 October said he would "love" to, even extending the trip. No meeting took place.',
        ko: '아시아 순방길에 오른 트럼프 대통령이 전용기에서 방한 중 김정은 위원장과 만나는 데 "100% 열려 있다"고 밝혔고, 27일에는 순방 일정을 늘려서라도 만나고 싶다고 말했다. 회동은 성사되지 않았다.',
      },
      category: 'inter-korean',
      tags: ['trump', 'kim-jong-un', 'north-korea', 'united-states'],
      note: {
        en: 'The first remarks came on the evening of Friday 24 October, US Eastern time, which was 25 October in Korea; the "love to meet" remarks came on 27 October, between Kuala Lumpur and Tokyo. The range uses Korean dates.',
        ko: '첫 발언은 미국 동부시간 10월 24일(금) 저녁, 한국 시간 25일에 나왔고, "만나고 싶다"는 발언은 27일 쿠알라룸푸르에서 도쿄로 가는 기내에서 나왔다. 한국 날짜 기준으로 기간을 잡았다.',
      },
      sources: [
        {
          title: "Trump 'open' to meeting North's Kim during upcoming Asia trip",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-25/national/diplomacy/Trump-open-to-meeting-Norths-Kim-during-upcoming-Asia-trip/2428707',
          published: '2025-10-25',
        },
        {
          title: 'Trump Open to Extending Asia Trip to Meet with Kim Jong Un',
          publisher: 'The Japan News (Yomiuri Shimbun)',
          url: 'https://japannews.yomiuri.co.jp/?p=289302',
          accessed: '2026-11-28',
        },
        bbcNoTrumpNoChina,
      ],
    },
    {
      id: 'trump-lee-gyeongju-summit',
      start: '2025-10-29',
      title: {
        en: 'Trump arrives in Korea and meets Lee in Gyeongju',
        ko: '트럼프 방한, 경주 한미정상회담',
      },
      summary: {
        en: 'On his arrival for APEC week, Trump received the Grand Order of Mugunghwa and a replica Silla gold crown before a summit with Lee at the Gyeongju National Museum. Seoul said the two sides agreed the details of the tariff deal: $200 billion in cash investment capped at $20 billion a year, plus $150 billion in shipbuilding cooperation.',
        ko: 'APEC 참석차 방한한 트럼프 대통령이 국립경주박물관에서 무궁화대훈장과 신라 금관 모형을 받은 뒤 이 대통령과 정상회담을 했다. 정부는 연 200억 달러 한도의 현금 투자 2,000억 달러와 조선 협력 1,500억 달러로 관세협상 세부 내용에 합의했다고 밝혔다.',
      },
      category: 'diplomacy',
      tags: ['summit', 'trump', 'lee-jae-myung', 'apec', 'trade'],
      note: {
        en: 'Korean local date; it was still 28 October in Washington when the visit began.',
        ko: '한국 날짜 기준이다. 방한 일정이 시작될 때 워싱턴은 아직 10월 28일이었다.',
      },
      sources: [
        {
          title: "Trump presented with Korea's highest state honor and replica golden crown",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-29/national/diplomacy/Trump-presented-with-Koreas-highest-state-honor-and-replica-golden-crown/2431669',
          published: '2025-10-29',
        },
        {
          title: 'Korea, U.S. finalize bilateral trade deal, agree on $350 billion investment details',
          publisher: 'Korea JoongAng Daily (via Korea Daily US)',
          url: 'https://www.koreadailyus.com/korea-u-s-finalize-bilateral-trade-deal-agree-on-350-billion-investment-details',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'trump-xi-busan-meeting',
      start: '2025-10-30',
      title: {
        en: 'Trump and Xi meet in Busan',
        ko: '부산 미중 정상회담',
      },
      summary: {
        en: 'Trump and Xi Jinping held their first face-to-face talks in six years at Gimhae International Airport in Busan. Trump said he would halve the fentanyl-related tariff on Chinese goods to 10% while China kept rare earths flowing and resumed soybean purchases, then flew home.',
        ko: '트럼프 대통령과 시진핑 중국 국가주석이 부산 김해국제공항에서 6년 만에 대면 회담을 했다. 트럼프 대통령은 펜타닐 관련 대중 관세를 20%에서 10%로 낮추고 중국은 희토류 수출을 유지하며 미국산 대두 구매를 재개하기로 했다고 밝힌 뒤 곧바로 귀국길에 올랐다.',
      },
      category: 'diplomacy',
      tags: ['summit', 'trump', 'xi-jinping', 'trade', 'united-states', 'china'],
      note: {
        en: 'The talks began around 11 a.m. on 30 October in Korea, which was the evening of 29 October in Washington. Dated by the Korean date.',
        ko: '회담은 한국 시간 10월 30일 오전 11시께 시작됐으며, 워싱턴은 29일 저녁이었다. 한국 날짜를 기준으로 삼았다.',
      },
      sources: [
        {
          title: 'Xi in S. Korea for 1st time in 11 years for talks with Trump, Lee',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/article/10604852',
          published: '2025-10-30',
        },
        {
          title: "Trump cuts fentanyl tariffs on China to 10% after 'amazing' meeting with Xi",
          publisher: 'Hindustan Times',
          url: 'https://www.hindustantimes.com/world-news/trump-cuts-fentanyl-tariffs-on-china-to-10-after-amazing-meeting-with-xi-101761799740921.html',
          published: '2025-10-30',
        },
      ],
    },
    {
      id: 'xi-state-visit-lee-xi-summit',
      start: '2025-10-30',
      end: '2025-11-01',
      title: {
        en: "Xi's state visit and first summit with Lee",
        ko: '시진핑 11년 만의 국빈 방한, 첫 한중 정상회담',
      },
      summary: {
        en: "Xi made his first visit to South Korea since 2014, a three-day state visit that outlasted Trump's roughly day-long stay. At their first summit, in Gyeongju on 1 November, Lee and Xi witnessed seven memorandums of understanding, including a five-year renewal of a 70 trillion won currency swap.",
        ko: '시 주석이 2014년 이후 11년 만에 한국을 찾아 사흘간 국빈 방문 일정을 소화했다. 하루 남짓 머문 트럼프 대통령보다 긴 체류였다. 11월 1일 경주에서 열린 이 대통령과의 첫 정상회담에서는 70조 원 규모 통화스와프 5년 연장 등 양해각서 7건이 체결됐다.',
      },
      category: 'diplomacy',
      tags: ['summit', 'state-visit', 'xi-jinping', 'lee-jae-myung', 'china'],
      sources: [
        {
          title: "China's Xi to pay state visit to South Korea, 1st in 11 years",
          publisher: 'Anadolu Agency',
          url: 'https://www.aa.com.tr/en/asia-pacific/china-s-xi-to-pay-state-visit-to-south-korea-1st-in-11-years/3725444',
          accessed: '2026-11-28',
        },
        {
          title: 'Xi in S. Korea for 1st time in 11 years for talks with Trump, Lee',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/article/10604852',
          published: '2025-10-30',
        },
        {
          title: 'Lee, Xi renew FX swap, pledge deeper economic cooperation',
          publisher: 'The Korea Herald (via Overview Press)',
          url: 'https://www.overviewpress.com/articleExpanded/4APggSGHj1LvWzBzSnNdha/11-1-2025-22/lee-xi-renew-fx-swap-pledge-deeper-economic-cooperation',
          published: '2025-11-01',
        },
        bbcNoTrumpNoChina,
      ],
    },
    {
      id: 'apec-gyeongju-leaders-meeting',
      start: '2025-10-31',
      end: '2025-11-01',
      title: {
        en: 'APEC Economic Leaders’ Meeting in Gyeongju',
        ko: '경주 APEC 정상회의',
      },
      summary: {
        en: 'Lee chaired the two-day meeting of the 21 APEC economies, which adopted the Gyeongju Declaration and statements on artificial intelligence and demographic change. Trump skipped it after meeting Xi, and Lee handed the chair to Xi for China’s 2026 turn.',
        ko: '이 대통령 주재로 21개 회원 경제체 정상이 이틀간 회의를 열고 경주 선언과 인공지능·인구구조 변화 관련 문서를 채택했다. 트럼프 대통령은 시 주석과의 회담 뒤 불참했고, 이 대통령은 폐막과 함께 의장직을 내년 개최국 중국의 시 주석에게 넘겼다.',
      },
      category: 'diplomacy',
      tags: ['apec', 'multilateral', 'lee-jae-myung', 'xi-jinping'],
      sources: [
        {
          title: 'Trump, Xi will pay state visits to South Korea next week: Official',
          publisher: 'Anadolu Agency',
          url: 'https://www.aa.com.tr/en/asia-pacific/trump-xi-will-pay-state-visits-to-south-korea-next-week-official/3725352',
          accessed: '2026-11-28',
        },
        {
          title: 'APEC summit wraps as Lee hands over chairmanship to Xi',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-11-01/national/diplomacy/APEC-summit-wraps-as-Lee-hands-over-chairmanship-to-Xi/2434441',
          published: '2025-11-01',
        },
        {
          title: "China's Xi in the limelight at Pacific summit, with Trump conspicuous by his absence",
          publisher: 'CNN (via KRDO)',
          url: 'https://krdo.com/news/2025/11/01/chinas-xi-in-the-limelight-at-pacific-summit-with-trump-conspicuous-by-his-absence/',
          published: '2025-11-01',
        },
      ],
    },
  ],
} satisfies Chronology;
