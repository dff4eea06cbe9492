/*
 * South Korea between the United States and China, 1950–2025: eras and events.
 *
 * Each date was checked against stored copies of the pages cited on the event (no live web); at
 * most two sources per event. Where US and Korean reports give different days, the Korean date
 * (KST) is used and the event has a `note`. http:// addresses of outlets that serve https were
 * switched to https with the same path; "http only" marks addresses left as found. A title in
 * [square brackets] describes a page whose stored copy did not show its headline.
 *
 * korean-war 1950-06-25..1953-07-27: Washington Post (1999); FRUS 1952–54 XV editorial note (signed 10:12 a.m. KST 27 Jul).
 * chinese-peoples-volunteers-cross-yalu 1950-10-19: People's Daily (2020); People's Daily Portuguese (2018, 25 Oct commemorated).
 * armistice-agreement-signed 1953-07-27: FRUS editorial note (Eisenhower spoke at 10 p.m. on 26 Jul, Washington time).
 * us-rok-mutual-defense-treaty 1953-10-01: American Presidency Project (Eisenhower's message to the Senate).
 * seoul-olympics 1988-09-17..10-02: Los Angeles Times, 17 Sep; Chicago Tribune, 3 Oct (closing on Sunday 2 Oct; http only).
 * rok-soviet-diplomatic-relations 1990-09-30: Korea Times (Andrei Lankov, 2010).
 * rok-china-diplomatic-relations 1992-08-24: New York Times, 24 Aug 1992.
 * hallyu-term-in-china 1999: Mokkoji Korea (KOCIS glossary: Beijing Youth Daily, Nov 1999). Year only: other pages say mid-1999.
 * korus-fta-in-force 2012-03-15: USTR announcement of 21 Feb 2012 (Textile World reprint).
 * gangnam-style-release 2012-07-15: Washington Post Wonkblog.
 * gangnam-style-one-billion-views 2012-12-22: eToday, 22 Dec (about 01:50 KST; 21 Dec in the US).
 * xi-jinping-state-visit-seoul 2014-07-03..04: Korea Herald, 3 Jul; Xinhua via ecns.cn ("two-day state visit"; http only).
 * park-attends-beijing-victory-parade 2015-09-03: Korea Herald, 3 Sep.
 * korea-china-fta-in-force 2015-12-20: KBS World Radio.
 * thaad-deployment-decision 2016-07-08: Reuters, 8 Jul (Friday, KST); Air & Space Forces Magazine (Pentagon, 7 Jul US time).
 * china-hallyu-restrictions 2016-08: Freemuse, 12 Aug (first reports 2–7 Aug). Month only: no written order exists.
 * thaad-first-elements-arrive 2017-03-06: Military.com (landed Monday night, 6 Mar).
 * china-group-tour-ban 2017-03-15: UPI, 3 Mar (order given 2 Mar, effective 15 Mar); Hankyoreh, 7 Mar (Lotte Mart).
 * moon-jae-in-inaugurated 2017-05-10: Hankyoreh.
 * three-nos-and-normalisation-agreement 2017-10-30..31: Hankyoreh, 31 Oct (Kang on 30 Oct); Korea Herald/Yonhap, 31 Oct.
 * moon-jae-in-state-visit-china 2017-12-13..16: Korea Herald, 17 Dec (four-day visit, returned Saturday 16 Dec).
 * pyeongchang-olympics-joint-march 2018-02-09: Korea Herald/Yonhap, 9 Feb.
 * panmunjom-inter-korean-summit 2018-04-27: Korea Herald, 27 Apr.
 * singapore-trump-kim-summit 2018-06-12: Boston Globe (signed "Tuesday" in Singapore).
 * pyongyang-inter-korean-summit 2018-09-18..20: Pyongyang Joint Declaration (Columbia Law School copy).
 * panmunjom-trump-kim-moon-meeting 2019-06-30: CNN.
 * parasite-best-picture 2020-02-10: Maeil Shinmun, 10 Feb.
 * bts-dynamite-hot-100 2020-09-01: Korea Economic Daily, 1 Sep.
 * yoon-inauguration 2022-05-10: Korea JoongAng Daily.
 * han-kang-nobel-literature 2024-10-10: The National.
 * yoon-martial-law 2024-12-03: Hindustan Times (Reuters/AFP); CBS Nocut News (declared about 10:20 p.m. KST, vote on 4 Dec).
 * yoon-removed-from-office 2025-04-04: KBS News.
 * lee-jae-myung-takes-office 2025-06-03..04: Korea.net (term began 6:21 a.m. 4 Jun).
 * pew-poll-us-top-ally 2025-07: KBS News, 9 Jul; BBC. Month only: Pew released it 8 Jul US time.
 * us-korea-tariff-deal 2025-07-31: UPI, 31 Jul.
 * georgia-battery-plant-raid 2025-09-04..12: Korea JoongAng Daily, 9 Sep (raid on 4 Sep) and 12 Sep (landing).
 * visa-free-chinese-tour-groups 2025-09-29: Korea JoongAng Daily, 30 Sep.
 * no-trump-no-china-protests 2025-10..11-01: BBC; El Mundo, 3 Nov (Gyeongju rally on Saturday 1 Nov). Start: month only.
 * trump-ready-to-meet-kim 2025-10-25..27: Korea JoongAng Daily, 25 Oct (first remark) and 27 Oct (second); BBC.
 * trump-lee-gyeongju-summit 2025-10-29: Korea JoongAng Daily, 29 Oct.
 * trump-xi-busan-meeting 2025-10-30: Korea Herald, 30 Oct; Hindustan Times, 30 Oct.
 * xi-state-visit-lee-xi-summit 2025-10-30..11-01: Korea Herald, 30 Oct (arrival); KBS World (summit on Saturday 1 Nov); BBC.
 * apec-gyeongju-leaders-meeting 2025-10-31..11-01: Korea JoongAng Daily and KBS World, 1 Nov ("two-day" summit).
 *
 * BBC = Laura Bicker's report (bbcNoTrumpNoChina); its stored copies show no publication date (about
 * 27–28 Oct 2025), so it carries its access date. Era bounds are dates of events in this file.
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

const frusArmistice = {
  title: 'Editorial Note (FRUS 1952–1954, Korea, vol. XV, part 2, doc. 723)',
  url: 'https://history.state.gov/historicaldocuments/frus1952-54v15p2/d723',
  publisher: 'Office of the Historian, US Department of State',
  accessed: '2026-11-28',
} satisfies Source;

const heraldXiArrives = {
  title: 'Xi in S. Korea for 1st time in 11 years for talks with Trump, Lee',
  url: 'https://www.koreaherald.com/article/10604852',
  publisher: 'The Korea Herald',
  published: '2025-10-30',
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
    // From the joint march at PyeongChang to the last leaders' meeting of that round, at Panmunjom.
    {
      id: 'moon-engagement',
      start: '2018-02-09',
      end: '2019-06-30',
      label: { en: "Moon Jae-in's engagement with the North", ko: '문재인 정부의 대북 관여' },
    },
    // From Lee's inauguration to the close of APEC week in Gyeongju.
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
        en: 'North Korea invaded the South, which a US-led UN force defended; the fighting stopped with an armistice, not a peace treaty.',
        ko: '북한의 남침으로 시작된 전쟁에 미국 주도의 유엔군이 참전했고, 전투는 평화협정 없이 정전협정으로 멈췄다.',
      },
      category: 'security',
      sources: [
        {
          title: 'The Korean War Begins',
          publisher: 'The Washington Post',
          url: 'https://www.washingtonpost.com/archive/lifestyle/1999/07/04/the-korean-war-begins/04c7e895-259a-4603-a623-6ce4679f4d95/',
          published: '1999-07-04',
        },
        frusArmistice,
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
        en: "As UN forces neared China, its People's Volunteers crossed the Yalu, turning the war into a clash with the US-led coalition.",
        ko: '유엔군이 중국 국경에 다가서자 중국인민지원군이 압록강을 건너 참전해 전쟁은 미·중 대결로 번졌다.',
      },
      note: {
        en: 'China marks 25 October, the day of the first battle.',
        ko: '중국은 첫 전투일인 10월 25일을 기념한다.',
      },
      category: 'security',
      sources: [
        {
          title: "[Report on the CPV's 70th anniversary]",
          publisher: "People's Daily Online",
          url: 'https://en.people.cn/n3/2020/1023/c90000-9772499.html',
          published: '2020-10-23',
        },
        {
          title: "[Report on the 25 October 2018 ceremony at a Chinese People's Volunteers cemetery]",
          publisher: "People's Daily Online (Portuguese)",
          url: 'https://portuguese.people.cn/n3/2018/1026/c309810-9512156.html',
          published: '2018-10-26',
        },
      ],
    },
    {
      id: 'armistice-agreement-signed',
      start: '1953-07-27',
      title: { en: 'Armistice Agreement signed at Panmunjom', ko: '판문점 정전협정 체결' },
      summary: {
        en: "The UN Command and the North Korean and Chinese commanders signed the armistice, setting up the DMZ; Syngman Rhee's government refused to sign.",
        ko: '유엔군사령부와 북한군·중국인민지원군이 정전협정에 서명해 비무장지대가 설정됐다. 이승만 정부는 서명을 거부했다.',
      },
      note: { en: 'Korean date; still 26 July in Washington.', ko: '한국 날짜 기준. 워싱턴은 아직 26일이었다.' },
      category: 'security',
      sources: [frusArmistice],
    },
    {
      id: 'us-rok-mutual-defense-treaty',
      start: '1953-10-01',
      title: { en: 'US–ROK Mutual Defense Treaty signed', ko: '한미상호방위조약 서명' },
      summary: {
        en: 'Signed in Washington, the treaty lets US forces stay in Korea and remains the legal basis of the alliance.',
        ko: '워싱턴에서 서명된 이 조약은 미군 주둔의 근거로, 지금도 한미동맹의 법적 토대다.',
      },
      category: 'security',
      sources: [
        {
          title:
            'Special Message to the Senate Transmitting the Mutual Defense Treaty Between the United States and the Republic of Korea',
          publisher: 'The American Presidency Project',
          url: 'https://presidency.ucsb.edu/documents/special-message-the-senate-transmitting-the-mutual-defense-treaty-between-the-united',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'seoul-olympics',
      start: '1988-09-17',
      end: '1988-10-02',
      title: { en: 'Seoul hosts the 1988 Summer Olympics', ko: '서울 올림픽 개최' },
      summary: {
        en: 'Both Cold War blocs, including the Soviet Union and China, came to Seoul while North Korea stayed away.',
        ko: '북한이 불참한 가운데 당시 미수교국이던 소련과 중국 등 동서 양 진영이 모두 참가했다.',
      },
      category: 'society',
      sources: [
        {
          title: 'The Seoul Games / Day 1: Seoul Opens Its Doors, and the Games Begin',
          publisher: 'Los Angeles Times',
          url: 'https://www.latimes.com/archives/la-xpm-1988-09-17-sp-1955-story.html',
          published: '1988-09-17',
        },
        {
          title: 'Closing Ceremonies A Soulful Pageant',
          publisher: 'Chicago Tribune',
          url: 'http://articles.chicagotribune.com/1988-10-03/sports/8802040613_1_koreans-athletes-barcelona',
          published: '1988-10-03',
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
        en: "The foreign ministers established relations at the UN in New York, the high point of Roh Tae-woo's Nordpolitik.",
        ko: '양국 외무장관이 뉴욕 유엔본부에서 수교에 서명했다. 노태우 정부 북방정책의 최대 성과였다.',
      },
      category: 'diplomacy',
      sources: [
        {
          title: '[Andrei Lankov on 20 years of Korea–Russia ties]',
          publisher: 'The Korea Times',
          url: 'https://www.koreatimes.co.kr/www/news/special/2010/09/139_73495.html',
          published: '2010-09',
        },
      ],
    },
    {
      id: 'rok-china-diplomatic-relations',
      start: '1992-08-24',
      title: {
        en: 'South Korea and China establish diplomatic relations',
        ko: '한중 수교',
      },
      summary: {
        en: 'A joint communiqué ended four decades of hostility; Seoul recognised Beijing and cut official ties with Taipei.',
        ko: '수교 공동성명으로 40여 년의 적대 관계가 끝났고, 한국은 대만과 단교했다.',
      },
      category: 'diplomacy',
      sources: [
        {
          title: 'Chinese and South Koreans Formally Establish Relations',
          publisher: 'The New York Times',
          url: 'https://www.nytimes.com/1992/08/24/world/chinese-and-south-koreans-formally-establish-relations.html',
          published: '1992-08-24',
        },
      ],
    },
    {
      id: 'hallyu-term-in-china',
      start: '1999',
      title: {
        en: "Chinese press coins 'Hallyu', the Korean Wave",
        ko: "중국 언론에 '한류(韓流)' 등장",
      },
      summary: {
        en: "Beijing newspapers named the Chinese craze for Korean dramas and pop songs the 'Korean Wave'.",
        ko: "한국 드라마와 가요 열풍을 베이징 언론이 '한류(韓流)'라 부르기 시작했다.",
      },
      category: 'society',
      sources: [
        {
          title: 'Hallyu (Korean Wave) — K-lifestyle wiki',
          publisher: 'Mokkoji Korea (KOCIS)',
          url: 'https://2020.mokkojikorea.com/find/k-lifestyle-wiki/view/16',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'korus-fta-in-force',
      start: '2012-03-15',
      title: { en: 'Korea–US free trade agreement (KORUS FTA) takes effect', ko: '한미 FTA 발효' },
      summary: {
        en: 'Nearly 80% of US industrial exports to Korea became duty-free at once.',
        ko: '한국에 수출되는 미국산 공산품의 80% 가까이가 곧바로 무관세가 됐다.',
      },
      category: 'economy',
      sources: [
        {
          title: 'United States, Korea Set Date For Entry Into Force Of U.S.-Korea Trade Agreement',
          publisher: 'Textile World (USTR release)',
          url: 'https://www.textileworld.com/textile-world/textile-news/2012/02/united-states-korea-set-date-for-entry-into-force-of-u-s-korea-trade-agreement/',
          published: '2012-02-21',
        },
      ],
    },
    {
      id: 'gangnam-style-release',
      start: '2012-07-15',
      title: { en: "PSY releases 'Gangnam Style'", ko: "싸이 '강남스타일' 공개" },
      summary: {
        en: "PSY's send-up of Seoul's wealthy Gangnam and its horse dance went round the world within weeks.",
        ko: '서울 강남을 익살스럽게 비튼 싸이의 노래와 말춤이 몇 주 만에 전 세계로 퍼졌다.',
      },
      category: 'society',
      sources: [
        {
          title: "'Gangnam Style' turns one year old today",
          publisher: 'The Washington Post (Wonkblog)',
          url: 'https://www.washingtonpost.com/blogs/wonkblog/wp/2013/07/15/gangnam-style-turns-one-year-old-today/',
          published: '2013-07-15',
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
        en: "PSY's video became the first on YouTube to pass one billion views.",
        ko: '싸이의 뮤직비디오가 유튜브 사상 처음으로 조회수 10억 회를 넘었다.',
      },
      note: { en: 'Korean date; 21 December in the US.', ko: '한국 날짜 기준. 미국 날짜로는 21일이다.' },
      category: 'society',
      sources: [
        {
          title: '싸이, 유튜브 10억 뷰 돌파 기쁨 표현 "여러분~!!"',
          publisher: '이투데이 (eToday)',
          url: 'https://m.etoday.co.kr/view.php?idxno=668884',
          published: '2012-12-22',
        },
      ],
    },
    {
      id: 'xi-jinping-state-visit-seoul',
      start: '2014-07-03',
      end: '2014-07-04',
      title: { en: "Xi Jinping's state visit to Seoul", ko: '시진핑 주석 국빈 방한' },
      summary: {
        en: 'Xi met Park Geun-hye, the first Chinese leader to visit the South before the North.',
        ko: '시 주석이 박근혜 대통령과 정상회담을 했다. 중국 최고지도자가 북한보다 한국을 먼저 찾은 첫 사례다.',
      },
      category: 'diplomacy',
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
        en: 'Park watched the parade from Tiananmen beside Xi and Putin, a high point of ties with Beijing that unsettled Washington.',
        ko: '박 대통령이 톈안먼 성루에서 시진핑·푸틴과 함께 열병식을 지켜봤다. 한중 관계의 정점이었지만 미국은 불편해했다.',
      },
      category: 'diplomacy',
      sources: [
        {
          title: 'Park arrives in Shanghai after attending military parade',
          publisher: 'The Korea Herald',
          url: 'https://m.koreaherald.com/view.php?ud=20150903000350',
          published: '2015-09-03',
        },
      ],
    },
    {
      id: 'korea-china-fta-in-force',
      start: '2015-12-20',
      title: { en: 'Korea–China free trade agreement takes effect', ko: '한중 FTA 발효' },
      summary: {
        en: 'Tariffs on over 90% of goods were to go within 20 years.',
        ko: '20년에 걸쳐 품목의 90% 이상에서 관세가 사라지게 됐다.',
      },
      category: 'economy',
      sources: [
        {
          title: 'South Korea-China FTA Goes into Effect',
          publisher: 'KBS World Radio',
          url: 'https://world.kbs.co.kr/service/archive_view.htm?lang=e&id=sub_index&board_seq=720',
          published: '2015-12-28',
        },
      ],
    },
    {
      id: 'thaad-deployment-decision',
      start: '2016-07-08',
      title: { en: 'Seoul and Washington announce THAAD deployment', ko: '한미, 사드(THAAD) 배치 공식 발표' },
      summary: {
        en: 'The allies chose to deploy a US missile-defence battery against North Korea; China said its radar could watch Chinese territory.',
        ko: '한미가 북한 미사일에 대비해 주한미군에 사드를 배치하기로 하자, 중국은 레이더가 자국을 감시할 수 있다며 반발했다.',
      },
      note: { en: 'Korean date; 7 July in US releases.', ko: '한국 날짜 기준. 미국 발표로는 7월 7일이다.' },
      category: 'security',
      sources: [
        {
          title: 'South Korea aims deployment of U.S. THAAD anti-missile unit by end-2017: Yonhap',
          publisher: 'Reuters',
          url: 'https://www.reuters.com/article/us-southkorea-usa-thaad-deploy-idUSKCN0ZO07R',
          published: '2016-07-08',
        },
        {
          title: 'US, South Korea Agree to Deploy THAAD',
          publisher: 'Air & Space Forces Magazine',
          url: 'https://www.airandspaceforces.com/us-south-korea-agree-to-deploy-thaad/',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'china-hallyu-restrictions',
      start: '2016-08',
      title: {
        en: "China's unofficial ban on Korean pop culture ('Hallyu ban') begins",
        ko: '중국, 한한령(限韓令) 시작',
      },
      summary: {
        en: 'Korean shows, stars and concerts began vanishing from China on unwritten orders that Beijing never admitted.',
        ko: '중국에서 한국 프로그램과 연예인, 공연이 잇달아 사라졌다. 중국 정부는 이 비공식 제재를 인정한 적이 없다.',
      },
      category: 'society',
      sources: [
        {
          title: 'China: State agency reportedly bans South Korean stars over diplomatic feud',
          publisher: 'Freemuse',
          url: 'https://freemuse.org/news/12281/',
          published: '2016-08-12',
        },
      ],
    },
    {
      id: 'thaad-first-elements-arrive',
      start: '2017-03-06',
      title: { en: 'First THAAD components arrive in South Korea', ko: '사드 장비 첫 한국 반입' },
      summary: {
        en: 'The first launchers landed at Osan on the night North Korea fired four ballistic missiles.',
        ko: '북한이 탄도미사일 4발을 쏜 날 밤, 사드 발사대가 오산 공군기지에 처음 들어왔다.',
      },
      category: 'security',
      sources: [
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
        en: 'Beijing stopped group tours to South Korea, while Lotte Mart stores in China were shut after Lotte gave land for THAAD.',
        ko: '중국 당국의 지시로 한국행 단체관광이 끊겼고, 사드 부지를 내준 롯데의 중국 매장들도 영업정지를 당했다.',
      },
      category: 'economy',
      sources: [
        {
          title: 'Beijing to restrict tourism to South Korea amid THAAD protests',
          publisher: 'UPI',
          url: 'https://www.upi.com/Top_News/World-News/2017/03/03/Beijing-to-restrict-tourism-to-South-Korea-amid-THAAD-protests/8271488544074/',
          published: '2017-03-03',
        },
        {
          title: 'More Lotte Marts in China closed down for one month over supposed safety violations',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_international/785471.html',
          published: '2017-03-07',
        },
      ],
    },
    {
      id: 'moon-jae-in-inaugurated',
      start: '2017-05-10',
      title: { en: 'Moon Jae-in takes office as president', ko: '문재인 대통령 취임' },
      summary: {
        en: "Moon took office after the snap election that followed Park Geun-hye's removal.",
        ko: '박근혜 전 대통령 파면으로 치러진 조기 대선에서 이긴 문재인 대통령이 취임했다.',
      },
      category: 'politics',
      sources: [
        {
          title: 'Declaring an end to authoritarianism, Moon Jae-in sworn in as president',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_national/794358.html',
          published: '2017-05-11',
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
        en: 'Seoul said it would add no THAAD batteries, join no US missile defence and enter no military alliance with the US and Japan; a deal to restore ties followed.',
        ko: "정부가 사드 추가 배치, 미국 미사일방어(MD) 체계 참여, 한미일 군사동맹은 없다는 '3불' 입장을 밝혔고, 이튿날 한중은 관계 정상화에 합의했다.",
      },
      category: 'diplomacy',
      sources: [
        {
          title: 'SK Foreign Minister rules out additional THAAD deployments, joining US MD system',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_international/816853',
          published: '2017-10-31',
        },
        {
          title: "Korea, China agree to bring exchange, cooperation back onto 'normal' track",
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://m.koreaherald.com/view.php?ud=20171031000445',
          published: '2017-10-31',
        },
      ],
    },
    {
      id: 'moon-jae-in-state-visit-china',
      start: '2017-12-13',
      end: '2017-12-16',
      title: { en: "Moon Jae-in's state visit to China", ko: '문재인 대통령 국빈 방중' },
      summary: {
        en: 'Moon met Xi in Beijing and visited Chongqing, seeking to repair ties damaged by THAAD.',
        ko: '문 대통령이 베이징에서 시진핑 주석과 만나고 충칭을 찾아 사드로 틀어진 관계 회복에 나섰다.',
      },
      category: 'diplomacy',
      sources: [
        {
          title: "[Report on Moon's return from China]",
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20171217000025',
          published: '2017-12-17',
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
        en: "The two Koreas marched together under one flag, as Kim Jong Un's sister looked on.",
        ko: '남북 선수단이 한반도기를 앞세워 공동입장했고, 김정은 위원장의 여동생 김여정도 이를 지켜봤다.',
      },
      category: 'inter-korean',
      sources: [
        {
          title: '[Report on the joint Korean march]',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://www.koreaherald.com/view.php?ud=20180209000967',
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
        en: 'Moon and Kim pledged a nuclear-free peninsula and an end to the war.',
        ko: '문재인 대통령과 김정은 위원장이 완전한 비핵화와 종전 추진을 약속했다.',
      },
      category: 'inter-korean',
      sources: [
        {
          title: '[2018 Inter-Korean summit] Koreas to declare end to Korean War',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20180427000865',
          published: '2018-04-27',
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
        en: 'The first US–North Korea summit traded security guarantees for a pledge to work toward denuclearisation.',
        ko: '첫 북미 정상회담에서 미국은 안전 보장을, 북한은 완전한 비핵화 노력을 약속했다.',
      },
      note: { en: 'Korean date; 11 June in the US.', ko: '한국 날짜 기준. 미국 날짜로는 6월 11일이다.' },
      category: 'diplomacy',
      sources: [
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
        en: 'Moon and Kim signed a joint declaration and a military agreement, then climbed Mount Paektu together.',
        ko: '두 정상이 9월 평양공동선언과 군사분야 합의서에 서명하고 함께 백두산에 올랐다.',
      },
      category: 'inter-korean',
      sources: [
        {
          title: 'Pyongyang Joint Declaration',
          publisher: 'Columbia Law School',
          url: 'https://kls.law.columbia.edu/content/pyongyang-joint-declaration',
          accessed: '2026-11-28',
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
        en: 'Trump became the first sitting US president to step into North Korea.',
        ko: '트럼프 대통령이 현직 미국 대통령으로는 처음 북한 땅을 밟았다.',
      },
      category: 'diplomacy',
      sources: [
        {
          title: 'DMZ: Donald Trump steps into North Korea with Kim Jong Un',
          publisher: 'CNN',
          url: 'https://edition.cnn.com/politics/live-news/trump-dmz-kim-live-intl-hnk/h_8b23e071903b007d8ff1934be8457d2c',
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
        en: 'The first film not in English to win Best Picture.',
        ko: '비영어 영화 최초의 아카데미 작품상이다.',
      },
      note: {
        en: 'Korean date; 9 February in Los Angeles.',
        ko: '한국 날짜 기준. 로스앤젤레스 현지 날짜로는 9일이다.',
      },
      category: 'society',
      sources: [
        {
          title: "[속보] 봉준호 '기생충', 아카데미 작품상 수상…4관왕 쾌거",
          publisher: 'Maeil Shinmun',
          url: 'https://imaeil.com/page/view/2020021013261423410',
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
        en: 'The first South Korean act to top the Billboard Hot 100.',
        ko: "한국 가수 최초의 빌보드 '핫100' 1위다.",
      },
      note: { en: 'Korean date; 31 August in the US.', ko: '한국 날짜 기준. 미국 날짜로는 8월 31일이다.' },
      category: 'society',
      sources: [
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
      summary: { en: 'A conservative government returned after five years.', ko: '5년 만에 보수 정부가 들어섰다.' },
      category: 'politics',
      sources: [
        {
          title: "With bell ringing and midnight briefing, Yoon Suk-yeol becomes Korea's 20th president",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/2022/05/10/national/politics/Korea-Yoon-Sukyeol-president/20220510142308115.html',
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
      summary: { en: 'The first Korean winner of the literature prize.', ko: '한국인 최초의 노벨문학상이다.' },
      category: 'society',
      sources: [
        {
          title: 'Han Kang: Nobel Prize in Literature awarded to South Korean author',
          publisher: 'The National',
          url: 'https://www.thenationalnews.com/arts-culture/2024/10/10/han-kang-nobel-prize-in-literature-awarded-to-south-korean-author/',
          published: '2024-10-10',
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
        en: 'All 190 lawmakers present voted to end it, and it was lifted within about six hours.',
        ko: '국회가 재석 190명 전원 찬성으로 해제를 요구했고, 계엄은 약 6시간 만에 풀렸다.',
      },
      category: 'politics',
      sources: [
        {
          title: 'South Korea martial law: President Yoon Suk Yeol, parliament',
          publisher: 'Hindustan Times',
          url: 'https://www.hindustantimes.com/world-news/south-korea-martial-law-president-yoon-suk-yeol-parliament-101733260188019.html',
          published: '2024-12-04',
        },
        {
          title: '[Report on the vote to lift martial law]',
          publisher: 'CBS Nocut News',
          url: 'https://m.nocutnews.co.kr/news/6254593',
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
        en: "The Constitutional Court unanimously upheld Yoon's impeachment.",
        ko: '헌법재판소가 전원 일치로 탄핵을 인용했다.',
      },
      category: 'politics',
      sources: [
        {
          title: "[News Today] Court upholds Yoon's impeachment",
          publisher: 'KBS News',
          url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8219315',
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
        en: 'Lee won the snap election and took office the next morning without a transition.',
        ko: '조기 대선에서 당선된 이재명 대통령이 인수위 없이 이튿날 아침 임기를 시작했다.',
      },
      category: 'politics',
      sources: [
        {
          title: '[Report on Lee Jae-myung taking office]',
          publisher: 'Korea.net',
          url: 'https://www.korea.net/NewsFocus/policies/view?articleId=272644',
          published: '2025-06-04',
        },
      ],
    },
    {
      id: 'pew-poll-us-top-ally',
      start: '2025-07',
      title: {
        en: 'Poll: about 9 in 10 South Koreans name the US as their most important ally',
        ko: '퓨리서치 조사 "한국인 10명 중 9명, 미국이 가장 중요한 동맹"',
      },
      summary: {
        en: 'In a Pew Research Center survey, about nine in ten South Koreans named the US as their most important ally.',
        ko: '퓨리서치센터 조사에서 한국인 10명 중 9명꼴로 미국을 가장 중요한 동맹국으로 꼽았다.',
      },
      note: { en: 'Released 8 July, US time; month only.', ko: '미국 시간 7월 8일 발표돼 월 단위로 표기했다.' },
      category: 'security',
      sources: [
        {
          title: '한국인 10명 중 9명 "미국 가장 중요 동맹"…최대 위협 응답은 13%',
          publisher: 'KBS News',
          url: 'https://news.kbs.co.kr/news/view.do?ncd=8299523',
          published: '2025-07-09',
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
        en: 'Trump set a 15% tariff instead of 25% in return for $350 billion of Korean investment.',
        ko: '미국이 한국산 제품 관세를 25%가 아닌 15%로 정하는 대신 한국은 미국에 3,500억 달러를 투자하기로 했다.',
      },
      note: { en: 'Korean date; 30 July in the US.', ko: '한국 날짜 기준. 미국 날짜로는 30일이다.' },
      category: 'economy',
      sources: [
        {
          title: 'Trump, South Korea strike 15% tariff deal ahead of deadline',
          publisher: 'UPI',
          url: 'https://www.upi.com/Top_News/World-News/2025/07/31/korea-Trump-South-Korea-15-percent-tariff-deal/1541753935972/',
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
        en: 'US agents detained over 300 Koreans at a Hyundai–LG plant site; 316 flew home on 12 September.',
        ko: '미 당국이 현대차-LG 공장 건설 현장에서 한국인 300여 명을 구금했고, 316명이 12일 전세기로 귀국했다.',
      },
      category: 'diplomacy',
      sources: [
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
        en: 'Chinese groups of three or more could now stay up to 15 days without visas.',
        ko: '3인 이상 중국인 단체관광객이 비자 없이 최대 15일간 머물 수 있게 됐다.',
      },
      category: 'economy',
      sources: [
        {
          title:
            'Businesses optimistic about visa-free entry program for Chinese tourists though anti-China protests continue',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-30/national/socialAffairs/Businesses-optimistic-about-visafree-entry-program-for-Chinese-tourists-though-antiChina-protests-continue/2411521',
          published: '2025-09-30',
        },
      ],
    },
    {
      id: 'no-trump-no-china-protests',
      start: '2025-10',
      end: '2025-11-01',
      title: {
        en: '"No Trump! No China!" protests around the leaders\' visits',
        ko: "트럼프·시진핑 방한 전후 '노 트럼프! 노 차이나!' 시위",
      },
      summary: {
        en: "Rival rallies chanted 'No Trump!' and 'No China!' in Seoul, and protests went on in Gyeongju through APEC week.",
        ko: "서울 도심에서 '노 트럼프', '노 차이나' 집회가 열렸고, APEC 기간 경주에서도 찬반 집회가 이어졌다.",
      },
      category: 'society',
      sources: [
        bbcNoTrumpNoChina,
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
        en: "Trump said he would 'love' to meet Kim, even extending his trip; no meeting took place.",
        ko: '트럼프 대통령이 일정을 늘려서라도 김정은 위원장을 만나고 싶다고 했지만 회동은 없었다.',
      },
      note: {
        en: 'Korean dates; the first remark was on 24 October, US time.',
        ko: '한국 날짜 기준. 첫 발언은 미국 시간 10월 24일이었다.',
      },
      category: 'inter-korean',
      sources: [
        {
          title: "Trump 'open' to meeting North's Kim during upcoming Asia trip",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-25/national/diplomacy/Trump-open-to-meeting-Norths-Kim-during-upcoming-Asia-trip/2428707',
          published: '2025-10-25',
        },

        bbcNoTrumpNoChina,
        {
          title: "Trump says he would 'love to meet' North Korea's Kim again, could extend visit to do so",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-27/national/northKorea/Trump-says-he-would-love-to-meet-North-Koreas-Kim-again-could-extend-visit-to-do-so/2429837',
          published: '2025-10-27',
        },
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
        en: "Trump received Korea's highest honour and a replica Silla gold crown before talks with Lee.",
        ko: '트럼프 대통령이 무궁화대훈장과 신라 금관 모형을 받은 뒤 이 대통령과 회담했다.',
      },
      note: { en: 'Korean date; 28 October in the US.', ko: '한국 날짜 기준. 미국 날짜로는 28일이다.' },
      category: 'diplomacy',
      sources: [
        {
          title: "Trump presented with Korea's highest state honor and replica golden crown",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-29/national/diplomacy/Trump-presented-with-Koreas-highest-state-honor-and-replica-golden-crown/2431669',
          published: '2025-10-29',
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
        en: 'In their first talks in six years, Trump agreed to halve the fentanyl tariff on China, then flew home.',
        ko: '6년 만의 대면 회담에서 트럼프 대통령은 펜타닐 관세를 절반으로 낮추기로 하고 곧장 귀국했다.',
      },
      note: { en: 'Korean date; 29 October in the US.', ko: '한국 날짜 기준. 미국 날짜로는 29일이다.' },
      category: 'diplomacy',
      sources: [
        heraldXiArrives,
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
        en: "Xi's first visit since 2014 lasted three days, longer than Trump's, and ended with his first summit with Lee.",
        ko: '시 주석이 11년 만에 방한해 트럼프 대통령보다 긴 사흘을 머물렀고, 마지막 날 이 대통령과 첫 정상회담을 했다.',
      },
      category: 'diplomacy',
      sources: [
        heraldXiArrives,
        {
          title: '[Lee and Xi hold their first summit at the Gyeongju National Museum on Saturday]',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=197086',
          accessed: '2026-11-28',
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
        en: 'Leaders adopted the Gyeongju Declaration, and Lee handed the chair to Xi.',
        ko: '정상들이 경주 선언을 채택했고, 의장직은 시 주석에게 넘어갔다.',
      },
      category: 'diplomacy',
      sources: [
        {
          title: 'APEC summit wraps as Lee hands over chairmanship to Xi',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-11-01/national/diplomacy/APEC-summit-wraps-as-Lee-hands-over-chairmanship-to-Xi/2434441',
          published: '2025-11-01',
        },
        {
          title: 'APEC Summit Concludes with Handover of Leadership from Lee to Xi',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=197080',
          published: '2025-11-01',
        },
      ],
    },
  ],
} satisfies Chronology;
