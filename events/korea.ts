/*
 * South Korea between the United States and China, 1950–2025: eras and events.
 *
 * Dates were checked against stored copies of the cited pages (no live web). Where a cited page has no
 * stored copy, the event also cites a report that could be read. `accessed` is the day a page was last
 * checked; `published` is the page's own date.
 *
 * One date rule: an event is dated by the local date where it happened, as every cited source and
 * the Korean press ("18일(현지시간)") date it. Where Korea's calendar showed another day, the event's
 * `note` gives the Korean date. Every source address is https. A title in the form [Description: …] describes a page whose
 * stored copy did not show its headline; every other title is the headline as published. `language`
 * is the language a page is written in, as its address and publisher show (KBS World's `lang=g` is
 * German, ChosunBiz's /en/ pages are its English edition).
 *
 * Romanisation: people are named with the English spelling their own government uses (Lee Jae Myung,
 * Yoon Suk Yeol, Moon Jae-in, Park Geun-hye, Lee Myung-bak, Roh Tae-woo, Kim Jong Un), not one
 * hyphenation rule. Source titles keep the spelling the source printed.
 * Korean text writes country pairs without a middle dot: 한미, 한중, 미중, 북미, 남북미.
 * Places are spelled as Seoul's government romanises them (Mount Baekdu, Gyeongju, Seongju). Korean titles
 * name each leader with the office held (윤석열 대통령, 시진핑 주석, 김정은 위원장), as the summaries do.
 * English text uses straight apostrophes and single quotation marks; source titles keep what was printed.
 *
 * Choices that the sources alone do not make obvious:
 * rok-soviet-diplomatic-relations: a Baltimore Sun (Los Angeles Times) report of 1 Oct 1990 also
 *   gives 30 Sep at the UN, but its only address is http on a retired host, so it is not cited.
 * hallyu-term-in-china: year only; the first use of the word is disputed (Beijing Youth Daily,
 *   19 Nov 1999, per the culture ministry's white paper; a 1999 ministry CD, per Dong-A).
 * garlic-dispute: the accord was signed on 31 Jul (China.org.cn, Dong-A) or 1 Aug (People's Daily);
 *   the range ends on 2 Aug, when China's ban ended, which all of them give.
 * camp-david-trilateral-summit, lee-trump-white-house-summit, parasite-best-picture: local dates in
 *   the US, a day before Korea's, which their notes give.
 * apec-gyeongju-leaders-meeting: CNN's headline as the same article ran on KVIA (KRDO's stored copy
 *   starts at the byline; its address carries the same words).
 * trump-lee-gyeongju-summit: the trade terms are Kim Yong-beom's briefing of 29 Oct, as the Korea Herald
 *   reported it; the crown is a model of the Cheonmachong gold crown (its metal is disputed: not "gold").
 * han-kang-nobel-literature: with Parasite and BTS, the soft-power strand of the story, whose reach in
 *   China Beijing cut in the THAAD years (china-hallyu-restrictions).
 * pew-poll-us-top-ally: the day Pew released it, 8 Jul US time (Korean fieldwork 28 Feb–29 Mar).
 * no-trump-no-china-protests: the BBC places the rallies on a Saturday before Trump's arrival on
 *   Wednesday 29 Oct; News1 (via fnnews) and The Public date both marches to Saturday 25 Oct.
 * xi-state-visit-lee-xi-summit: "three days against Trump's two" rests on Korea JoongAng Daily, 30 Oct.
 *
 * BBC = Laura Bicker's report (bbcNoTrumpNoChina). The BBC address itself has no stored copy; its text
 * was read in stored republications dated 28 and 29 Oct 2025, so it carries the day it was checked.
 *
 * Lanes: every event sits in Washington (the alliance and relations with the US), Beijing (relations and
 * trade with China) or the peninsula and home (the two Koreas, politics, society), its main lane first,
 * then each other side the event itself involves: the armistice's signatories, the Six-Party Talks' hosts
 * and parties, Trump and Xi in Busan, the APEC meeting that Xi attended and Scott Bessent attended for
 * Trump, the rallies against both. An event that only provoked a side's comment stays in its own lane,
 * unless its summary gives that side's answer (THAAD's radar, the Taiwan Strait statement).
 *
 * Annotations give context that is not an event, each cited: Seoul's ties with Taipei until 1992 (a
 * band over the Beijing lane from the chronology's first day: the ties began before it does),
 * the peace treaty that never followed the armistice, and the agreed size of US Forces Korea.
 *
 * Eras cover the whole chronology without gaps or overlaps: each era ends the day before the next
 * begins. Their names describe periods and governments, not the governments' own verdicts; where an
 * era uses a government's name for its policy, the name is in quotation marks.
 */
import type { Chronology, Source } from '../src/model/types.js';

/** The BBC report the accompanying article relies on. */
const bbcNoTrumpNoChina = {
  title: "'No Trump! No China!': Caught in the middle, South Korea hosts rival superpowers",
  url: 'https://www.bbc.com/news/articles/cy7eyg0808xo',
  language: 'en',
  publisher: 'BBC News',
  author: 'Laura Bicker',
  accessed: '2026-11-30',
} satisfies Source;

const frusArmistice = {
  title: 'Editorial Note (FRUS 1952–1954, Korea, vol. XV, part 2, doc. 723)',
  url: 'https://history.state.gov/historicaldocuments/frus1952-54v15p2/d723',
  language: 'en',
  publisher: 'Office of the Historian, US Department of State',
  accessed: '2026-11-28',
} satisfies Source;

const heraldXiArrives = {
  title: 'Xi in S. Korea for 1st time in 11 years for talks with Trump, Lee',
  url: 'https://www.koreaherald.com/article/10604852',
  language: 'en',
  publisher: 'The Korea Herald',
  published: '2025-10-30',
} satisfies Source;

const joongangFactSheet = {
  title: 'Nuclear-propelled submarines on the horizon — Korea, U.S. finalize tariff, security fact sheet',
  url: 'https://koreajoongangdaily.joins.com/news/2025-11-14/national/socialAffairs/Korea-US-finalize-tariff-security-fact-sheet/2454349',
  language: 'en',
  publisher: 'Korea JoongAng Daily',
  published: '2025-11-14',
} satisfies Source;

export const koreaChronology = {
  title: { en: 'South Korea between Washington and Beijing', ko: '워싱턴과 베이징 사이의 한국' },
  description: {
    en: "From the Korean War and the alliance signed after the armistice to the Lee Jae Myung government's summits with Washington and Beijing in 2025.",
    ko: '한국전쟁과 정전 뒤 맺은 한미동맹부터 2025년 이재명 정부의 한미·한중 정상외교까지.',
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
    // Ends the day before relations with China: the Cold War itself was over by late 1991.
    {
      id: 'cold-war-alliance',
      start: '1953-07-28',
      end: '1992-08-23',
      label: { en: 'The alliance through the end of the Cold War', ko: '냉전이 끝날 때까지의 한미동맹' },
    },
    {
      id: 'normalisation',
      start: '1992-08-24',
      end: '2016-07-07',
      label: {
        en: 'Normalisation with China and economic interdependence',
        ko: '한중 수교와 경제적 상호의존',
      },
    },
    // From the deployment decision to the deal that restored ties.
    {
      id: 'thaad-dispute',
      start: '2016-07-08',
      end: '2017-10-31',
      label: { en: 'THAAD dispute', ko: '사드(THAAD) 갈등' },
    },
    // Moon took office on 10 May 2017, inside the THAAD era; this one begins the day after the deal.
    {
      id: 'moon-peace-process',
      start: '2017-11-01',
      end: '2022-05-09',
      label: {
        en: "Moon Jae-in government and its 'Korean Peninsula peace process'",
        ko: "문재인 정부와 '한반도 평화 프로세스'",
      },
    },
    {
      id: 'yoon-government',
      start: '2022-05-10',
      end: '2025-04-04',
      label: { en: 'Yoon Suk Yeol government', ko: '윤석열 정부' },
    },
    {
      id: 'acting-presidency',
      start: '2025-04-05',
      end: '2025-06-03',
      label: { en: "From Yoon's removal to the snap election", ko: '윤석열 대통령 파면부터 조기 대선까지' },
    },
    // Lee's term began at 6:21 a.m. on 4 June; the last event is the joint fact sheet of 14 November.
    {
      id: 'lee-government',
      start: '2025-06-04',
      end: '2025-11-14',
      label: {
        en: "Lee Jae Myung government and its 'pragmatic diplomacy'",
        ko: "이재명 정부와 '실용외교'",
      },
    },
  ],
  lanes: [
    {
      id: 'washington',
      label: { en: 'Washington', ko: '워싱턴' },
      description: { en: 'The alliance and relations with the United States', ko: '한미동맹과 한미 관계' },
    },
    {
      id: 'beijing',
      label: { en: 'Beijing', ko: '베이징' },
      description: { en: 'Relations and trade with China', ko: '한중 관계와 교역' },
    },
    {
      id: 'peninsula',
      label: { en: 'The peninsula and home', ko: '한반도와 국내' },
      description: {
        en: "The two Koreas, and South Korea's own politics and society",
        ko: '남북 관계와 한국의 정치·사회',
      },
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
      lane: ['peninsula', 'washington'],
      featured: true,
      sources: [
        {
          title: 'The Korean War Begins',
          publisher: 'The Washington Post',
          url: 'https://www.washingtonpost.com/archive/lifestyle/1999/07/04/the-korean-war-begins/04c7e895-259a-4603-a623-6ce4679f4d95/',
          language: 'en',
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
        ko: '유엔군이 중국 국경에 다가서자 중국인민지원군이 압록강을 건너 참전해 전쟁은 미중 대결로 번졌다.',
      },
      note: {
        en: 'China marks 25 October, the day of the first battle.',
        ko: '중국은 첫 전투일인 10월 25일을 기념한다.',
      },
      category: 'security',
      lane: ['beijing', 'peninsula'],
      sources: [
        {
          title: "[Description: People's Daily Online report on the CPV's 70th anniversary]",
          publisher: "People's Daily Online",
          url: 'https://en.people.cn/n3/2020/1023/c90000-9772499.html',
          language: 'en',
          published: '2020-10-23',
        },
        {
          title: '[Description: report on the 25 October 2018 ceremony at a CPV cemetery]',
          publisher: "People's Daily Online (Portuguese)",
          url: 'https://portuguese.people.cn/n3/2018/1026/c309810-9512156.html',
          language: 'pt',
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
      note: { en: 'Still 26 July in Washington.', ko: '워싱턴은 아직 26일이었다.' },
      category: 'security',
      lane: ['peninsula', 'washington', 'beijing'],
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
      note: {
        en: 'It entered into force on 17 November 1954, when the ratifications were exchanged in Washington.',
        ko: '1954년 11월 17일 워싱턴에서 비준서를 교환하며 발효됐다.',
      },
      category: 'security',
      lane: 'washington',
      featured: true,
      sources: [
        {
          title:
            'Special Message to the Senate Transmitting the Mutual Defense Treaty Between the United States and the Republic of Korea',
          publisher: 'The American Presidency Project',
          url: 'https://presidency.ucsb.edu/documents/special-message-the-senate-transmitting-the-mutual-defense-treaty-between-the-united',
          language: 'en',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'seoul-olympics',
      start: '1988-09-17',
      end: '1988-10-02',
      title: { en: 'Seoul hosts the 1988 Summer Olympics', ko: '서울올림픽 개최' },
      summary: {
        en: 'The Soviet Union and China, neither yet with ties to Seoul, took part; North Korea and six others, Cuba and Ethiopia among them, stayed away.',
        ko: '당시 미수교국이던 소련과 중국이 참가했고, 북한과 쿠바·에티오피아 등 7개국은 불참했다.',
      },
      category: 'society',
      lane: 'peninsula',
      sources: [
        {
          title: 'The Seoul Games / Day 1: Seoul Opens Its Doors, and the Games Begin',
          publisher: 'Los Angeles Times',
          url: 'https://www.latimes.com/archives/la-xpm-1988-09-17-sp-1955-story.html',
          language: 'en',
          published: '1988-09-17',
        },
        {
          title: '1988 Summer Olympics boycott',
          publisher: 'Wikipedia',
          url: 'https://en.wikipedia.org/wiki/1988_Summer_Olympics_boycott',
          language: 'en',
          accessed: '2026-12-06',
        },
        {
          title: '1988 Summer Olympics closing ceremony',
          publisher: 'Wikipedia',
          url: 'https://en.wikipedia.org/wiki/1988_Summer_Olympics_closing_ceremony',
          language: 'en',
          accessed: '2026-11-30',
        },
      ],
    },
    {
      id: 'rok-soviet-diplomatic-relations',
      start: '1990-09-30',
      title: {
        en: 'South Korea and the Soviet Union establish diplomatic relations',
        ko: '한소 수교',
      },
      summary: {
        en: "Foreign ministers Choi Ho-joong and Eduard Shevardnadze established relations at the UN in New York, an outcome of Roh Tae-woo's Nordpolitik.",
        ko: '최호중 외무장관과 셰바르드나제 소련 외무장관이 뉴욕 유엔본부에서 수교 공동성명에 서명했다. 노태우 정부 북방정책의 성과다.',
      },
      category: 'diplomacy',
      lane: 'peninsula',
      sources: [
        {
          title: 'S. Korea, Moscow Warm Up Relations',
          publisher: 'The Christian Science Monitor',
          url: 'https://www.csmonitor.com/1990/1217/okore.html',
          language: 'en',
          published: '1990-12-17',
        },
        {
          title: '[Description: KBS World (German) report on 30 years of Korea–Soviet ties]',
          publisher: 'KBS World Radio',
          url: 'https://world.kbs.co.kr/service/contents_view.htm?lang=g&board_seq=391716',
          language: 'de',
          published: '2020-09-30',
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
      lane: 'beijing',
      featured: true,
      sources: [
        {
          title: 'Chinese and South Koreans Formally Establish Relations',
          publisher: 'The New York Times',
          url: 'https://www.nytimes.com/1992/08/24/world/chinese-and-south-koreans-formally-establish-relations.html',
          language: 'en',
          published: '1992-08-24',
        },
      ],
    },
    {
      id: 'hallyu-term-in-china',
      start: '1999',
      title: {
        en: "The name 'Hallyu', the Korean Wave, spreads",
        ko: "'한류(韓流)'라는 말의 확산",
      },
      summary: {
        en: "Chinese-language media took up 'Hallyu' for the craze for Korean dramas and pop songs. A Beijing Youth Daily article of November 1999 is often named as its first use; others trace the word to a Korean culture-ministry promotional CD of the same year.",
        ko: "한국 드라마와 가요 열풍을 가리키는 '한류(韓流)'라는 말이 중국어권 언론을 통해 퍼졌다. 1999년 11월 베이징청년보 기사를 첫 사용으로 꼽는 경우가 많지만, 같은 해 문화관광부가 만든 홍보 음반에서 비롯됐다는 주장도 있다.",
      },
      note: {
        en: 'Year only: where and when the word was first used is disputed.',
        ko: '처음 쓰인 곳과 시기에 대해 주장이 엇갈려 연도만 표기했다.',
      },
      category: 'society',
      lane: 'beijing',
      sources: [
        {
          title: 'Hallyu (Korean Wave) — K-lifestyle wiki',
          publisher: 'Mokkoji Korea (KOCIS)',
          url: 'https://2020.mokkojikorea.com/find/k-lifestyle-wiki/view/16',
          language: 'en',
          accessed: '2026-11-30',
        },
        {
          title: "[O2플러스/장규수 박사의 '스타시스템']<17>한류의 시작은?",
          publisher: '동아일보 (The Dong-A Ilbo)',
          url: 'https://www.donga.com/news/article/all/20111020/41254708/1',
          language: 'ko',
          published: '2011-10-20',
        },
      ],
    },
    {
      id: 'garlic-dispute',
      start: '2000-06-01',
      end: '2000-08-02',
      title: {
        en: "The garlic dispute: Seoul's tariff, Beijing's ban",
        ko: '한중 마늘 분쟁',
      },
      summary: {
        en: 'Seoul raised its tariff on Chinese garlic to 315% on 1 June; on 7 June Beijing banned Korean mobile phones and polyethylene, trade worth far more. Seoul gave way: it agreed to take 32,000 tonnes of Chinese garlic at low tariffs, and China lifted its ban on 2 August.',
        ko: '정부가 6월 1일 중국산 마늘 관세를 315%로 올리자 중국은 7일 규모가 훨씬 큰 한국산 휴대전화와 폴리에틸렌 수입을 막았다. 결국 한국이 중국산 마늘 3만 2천 톤을 낮은 관세로 들여오기로 합의했고, 중국은 8월 2일 수입 금지를 풀었다.',
      },
      note: {
        en: 'Reports differ on whether the accord was signed on 31 July or 1 August.',
        ko: '합의문 서명일은 7월 31일과 8월 1일로 보도가 엇갈린다.',
      },
      category: 'economy',
      lane: 'beijing',
      sources: [
        {
          title: 'Garlic Dispute Casts Overshadow to Sino-Rok Trade Ties',
          publisher: "People's Daily Online",
          url: 'https://en.people.cn/english/200006/18/print20000618_43292.html',
          language: 'en',
          published: '2000-06-18',
        },
        {
          title: 'China South Korea Sign Garlic Accord',
          publisher: "People's Daily Online",
          url: 'https://en.people.cn/english/200008/01/print20000801_47000.html',
          language: 'en',
          published: '2000-08-01',
        },
      ],
    },
    {
      id: 'six-party-talks-open',
      start: '2003-08-27',
      end: '2003-08-29',
      title: {
        en: 'The Six-Party Talks on North Korea open in Beijing',
        ko: '북핵 6자회담 베이징서 개막',
      },
      summary: {
        en: "The two Koreas, the US, China, Japan and Russia held their first round of talks on North Korea's nuclear programme, with China as host.",
        ko: '남북한과 미국, 중국, 일본, 러시아가 중국이 주최한 첫 6자회담에서 북한 핵 문제를 논의했다.',
      },
      category: 'diplomacy',
      lane: ['beijing', 'washington', 'peninsula'],
      sources: [
        {
          title: '1st Round Talks',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/special/northkorea/contents/archives/six-party/1st_round.htm?lang=e',
          language: 'en',
          accessed: '2026-12-06',
        },
        {
          title: '[Description: Foreign ministry page on the first round of the Six-Party Talks]',
          publisher: 'Ministry of Foreign Affairs, Republic of Korea',
          url: 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=297335',
          language: 'en',
          accessed: '2026-12-06',
        },
      ],
    },
    {
      id: 'china-top-trading-partner',
      start: '2004',
      title: {
        en: "China becomes South Korea's largest trading partner",
        ko: '중국, 한국의 최대 교역국으로',
      },
      kicker: { en: 'Turning point', ko: '전환점' },
      summary: {
        en: "Twelve years after the two countries established ties, China passed the United States and Japan as South Korea's largest trading partner, while Seoul's security still rested on its alliance with Washington.",
        ko: '수교 12년 만에 중국이 미국과 일본을 제치고 한국의 최대 교역국이 됐다. 안보는 여전히 한미동맹에 기대고 있었다.',
      },
      category: 'economy',
      lane: 'beijing',
      featured: true,
      sources: [
        {
          title: 'China outruns U.S. in S. Korea 15 years after normalization of ties',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_international/230868.html',
          language: 'en',
          published: '2007-08-23',
        },
      ],
    },
    {
      id: 'strategic-cooperative-partnership',
      start: '2008-05-27',
      title: {
        en: "Seoul and Beijing become 'strategic cooperative partners'",
        ko: '한중 전략적 협력동반자 관계 수립',
      },
      summary: {
        en: "On Lee Myung-bak's first state visit to China, he and Hu Jintao raised ties to a 'strategic cooperative partnership', widening them from trade to diplomacy, security and North Korea.",
        ko: "이명박 대통령이 취임 후 첫 중국 국빈 방문에서 후진타오 주석과 양국 관계를 '전략적 협력동반자 관계'로 격상하고, 협력을 통상에서 외교·안보와 북한 문제로 넓히기로 했다.",
      },
      category: 'diplomacy',
      lane: 'beijing',
      sources: [
        {
          title: 'Seoul, Beijing Upgrade Partnership',
          publisher: 'The Korea Times (via bilaterals.org)',
          url: 'https://www.bilaterals.org/?seoul-beijing-upgrade-partnership',
          language: 'en',
          published: '2008-05-27',
        },
        {
          title: '[Description: China–ROK joint statement of May 2008]',
          publisher: 'Ministry of Foreign Affairs of the People’s Republic of China',
          url: 'https://www.mfa.gov.cn/eng/zy/gb/202405/t20240531_11367193.html',
          language: 'en',
          accessed: '2026-11-30',
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
      lane: 'washington',
      sources: [
        {
          title: 'United States, Korea Set Date For Entry Into Force Of U.S.-Korea Trade Agreement',
          publisher: 'Textile World (USTR release)',
          url: 'https://www.textileworld.com/textile-world/textile-news/2012/02/united-states-korea-set-date-for-entry-into-force-of-u-s-korea-trade-agreement/',
          language: 'en',
          published: '2012-02-21',
        },
      ],
    },
    {
      id: 'gangnam-style',
      start: '2012-07-15',
      end: '2012-12-22',
      title: { en: "PSY's 'Gangnam Style' goes round the world", ko: "싸이 '강남스타일' 세계적 열풍" },
      summary: {
        en: "PSY's send-up of Seoul's wealthy Gangnam and its horse dance spread within weeks of its release, and in December it became the first YouTube video to pass a billion views.",
        ko: '서울 강남을 익살스럽게 비튼 싸이의 노래와 말춤이 공개 몇 주 만에 전 세계로 퍼졌고, 12월에는 유튜브 사상 처음으로 조회수 10억 회를 넘었다.',
      },
      note: {
        en: 'Released 15 July; the billionth view came on 22 December, Korean time (21 December in the US).',
        ko: '7월 15일 공개. 조회수 10억 회 돌파는 한국 시간 12월 22일(미국 시간 21일)이다.',
      },
      category: 'society',
      lane: 'peninsula',
      sources: [
        {
          title: "'Gangnam Style' turns one year old today",
          publisher: 'The Washington Post (Wonkblog)',
          url: 'https://www.washingtonpost.com/blogs/wonkblog/wp/2013/07/15/gangnam-style-turns-one-year-old-today/',
          language: 'en',
          published: '2013-07-15',
        },
        {
          title: '싸이, 유튜브 10억 뷰 돌파 기쁨 표현 "여러분~!!"',
          publisher: '이투데이 (eToday)',
          url: 'https://m.etoday.co.kr/view.php?idxno=668884',
          language: 'ko',
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
      lane: 'beijing',
      sources: [
        {
          title: 'Chinese leader Xi arrives in S. Korea for summit with Park',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20140703000740',
          language: 'en',
          published: '2014-07-03',
        },
        {
          title: 'Park, Xi set to bolster ties on security, business',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20140702001161',
          language: 'en',
          published: '2014-07-02',
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
        en: "Park watched the parade from Tiananmen beside Xi and Putin. Washington said it respected her decision but sent only its ambassador, and some US experts said her presence would raise questions about Seoul's direction.",
        ko: '박 대통령이 톈안먼 성루에서 시진핑·푸틴과 함께 열병식을 지켜봤다. 미국은 결정을 존중한다면서도 주중 대사만 보냈고, 미국 전문가들 사이에서는 한국의 외교 방향에 의문이 제기될 수 있다는 말이 나왔다.',
      },
      category: 'diplomacy',
      lane: 'beijing',
      sources: [
        {
          title: 'Park arrives in Shanghai after attending military parade',
          publisher: 'The Korea Herald',
          url: 'https://m.koreaherald.com/view.php?ud=20150903000350',
          language: 'en',
          published: '2015-09-03',
        },
        {
          title: "[Description: Korea Herald report on Park's decision and the US response]",
          publisher: 'The Korea Herald',
          url: 'https://m.koreaherald.com/view.php?ud=20150827000971',
          language: 'en',
          published: '2015-08-27',
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
      lane: 'beijing',
      sources: [
        {
          title: 'South Korea-China FTA Goes into Effect',
          publisher: 'KBS World Radio',
          url: 'https://world.kbs.co.kr/service/archive_view.htm?lang=e&id=sub_index&board_seq=720',
          language: 'en',
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
      note: { en: 'Announced in Seoul; 7 July in US releases.', ko: '서울에서 발표했다. 미국 발표로는 7월 7일이다.' },
      category: 'security',
      lane: ['washington', 'beijing'],
      featured: true,
      sources: [
        {
          title: 'South Korea aims deployment of U.S. THAAD anti-missile unit by end-2017: Yonhap',
          publisher: 'Reuters',
          url: 'https://www.reuters.com/article/us-southkorea-usa-thaad-deploy-idUSKCN0ZO07R',
          language: 'en',
          published: '2016-07-08',
        },
        {
          title: 'US, South Korea Agree to Deploy THAAD',
          publisher: 'Air & Space Forces Magazine',
          url: 'https://www.airandspaceforces.com/us-south-korea-agree-to-deploy-thaad/',
          language: 'en',
          accessed: '2026-11-30',
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
      lane: 'beijing',
      sources: [
        {
          title: 'China: State agency reportedly bans South Korean stars over diplomatic feud',
          publisher: 'Freemuse',
          url: 'https://freemuse.org/news/12281/',
          language: 'en',
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
      lane: 'washington',
      sources: [
        {
          title: 'WATCH: THAAD Missile Launchers Arrive in South Korea',
          publisher: 'Military.com',
          url: 'https://military.com/defensetech/2017/03/08/thaad-missile-launchers-south-korea',
          language: 'en',
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
      lane: 'beijing',
      sources: [
        {
          title: 'Beijing to restrict tourism to South Korea amid THAAD protests',
          publisher: 'UPI',
          url: 'https://www.upi.com/Top_News/World-News/2017/03/03/Beijing-to-restrict-tourism-to-South-Korea-amid-THAAD-protests/8271488544074/',
          language: 'en',
          published: '2017-03-03',
        },
        {
          title: 'More Lotte Marts in China closed down for one month over supposed safety violations',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_international/785471.html',
          language: 'en',
          published: '2017-03-07',
        },
      ],
    },
    {
      id: 'thaad-moved-to-seongju',
      start: '2017-04-26',
      title: { en: 'THAAD launchers and radar moved into Seongju', ko: '사드 발사대·레이더 성주 부지 반입' },
      summary: {
        en: 'Before dawn, US forces trucked launchers and the radar onto a former golf course in Seongju, 51 days after the first parts reached Osan, as about 8,000 police held back protesting residents.',
        ko: '주한미군이 26일 새벽 사드 발사대와 레이더를 성주의 옛 골프장 부지로 옮겼다. 첫 장비가 오산에 들어온 지 51일 만이었다. 경찰 8천여 명이 반대하는 주민들을 막아섰다.',
      },
      note: { en: 'Still 25 April in the US.', ko: '미국 날짜로는 아직 4월 25일이었다.' },
      category: 'security',
      lane: ['washington', 'peninsula'],
      sources: [
        {
          title: 'U.S. military moves THAAD system to South Korea site overnight',
          publisher: 'UPI',
          url: 'https://www.upi.com/Top_News/World-News/2017/04/25/US-military-moves-THAAD-system-to-South-Korea-site-overnight/9831493174269/',
          language: 'en',
          published: '2017-04-25',
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
      lane: 'peninsula',
      sources: [
        {
          title: 'Declaring an end to authoritarianism, Moon Jae-in sworn in as president',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_national/794358.html',
          language: 'en',
          published: '2017-05-11',
        },
      ],
    },
    {
      id: 'thaad-remaining-launchers',
      start: '2017-09-07',
      title: {
        en: 'The last four THAAD launchers reach Seongju',
        ko: '사드 잔여 발사대 4기 성주 추가 배치',
      },
      summary: {
        en: 'Early in the morning, police cleared protesters from the road, and US Forces Korea brought the four remaining launchers into the Seongju site.',
        ko: '경찰이 새벽부터 반대 주민과 시위대를 해산한 뒤, 주한미군이 남은 발사대 4기를 성주 기지에 들여왔다.',
      },
      category: 'security',
      lane: 'washington',
      sources: [
        {
          title: '[Description: Korea Herald (Yonhap) report on the deployment of four more launchers]',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://m.koreaherald.com/view.php?ud=20170907000149',
          language: 'en',
          published: '2017-09-07',
        },
        {
          title: '[Description: Japan Times (Reuters) report on the launchers and the clashes]',
          publisher: 'The Japan Times (Reuters)',
          url: 'https://www.japantimes.co.jp/news/2017/09/07/asia-pacific/south-korea-deploys-u-s-anti-missile-launchers-amid-clashes-protesters/',
          language: 'en',
          published: '2017-09-07',
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
      lane: 'beijing',
      featured: true,
      sources: [
        {
          title: 'SK Foreign Minister rules out additional THAAD deployments, joining US MD system',
          publisher: 'The Hankyoreh',
          url: 'https://english.hani.co.kr/arti/english_edition/e_international/816853',
          language: 'en',
          published: '2017-10-31',
        },
        {
          title: 'Korea not mulling any more THAAD deployments: foreign minister',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://www.koreaherald.com/view.php?ud=20171030000781',
          language: 'en',
          published: '2017-10-30',
        },
        {
          title: "Korea, China agree to bring exchange, cooperation back onto 'normal' track",
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://m.koreaherald.com/view.php?ud=20171031000445',
          language: 'en',
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
      lane: 'beijing',
      sources: [
        {
          title: 'Moon says his visit to China completed most urgent task',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://www.koreaherald.com/view.php?ud=20171219000620',
          language: 'en',
          published: '2017-12-19',
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
      lane: 'peninsula',
      sources: [
        {
          title: '[Description: Korea Herald report on the joint march]',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://www.koreaherald.com/view.php?ud=20180209000967',
          language: 'en',
          published: '2018-02-09',
        },
        {
          title: 'North and South Korea parade together at Winter Games 2018',
          publisher: 'The Santiago Times (MercoPress)',
          url: 'https://santiagotimes.cl/2018/02/10/north-and-south-korea-parade-together-at-winter-games-2018/',
          language: 'en',
          published: '2018-02-10',
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
        en: 'Moon and Kim committed to a nuclear-free peninsula and to pursue talks with the US, and possibly China, on declaring an end to the war.',
        ko: '문재인 대통령과 김정은 위원장이 완전한 비핵화와 종전 추진을 약속했다.',
      },
      category: 'inter-korean',
      lane: 'peninsula',
      sources: [
        {
          title: '[2018 Inter-Korean summit] Koreas to declare end to Korean War',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20180427000865',
          language: 'en',
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
        ko: '첫 북미 정상회담에서 미국은 북한에 체제 안전보장을, 북한은 완전한 비핵화 노력을 약속했다.',
      },
      note: {
        en: 'Date in Singapore and in Korea; still 11 June in the US.',
        ko: '싱가포르와 한국 날짜 기준. 미국은 아직 6월 11일이었다.',
      },
      category: 'diplomacy',
      lane: ['washington', 'peninsula'],
      sources: [
        {
          title: 'Kim, Trump agree to denuclearization, permanent peace',
          publisher: 'Korea.net',
          url: 'https://www.korea.net/Government/Current-Affairs/National-Affairs/view?subId=640&affairId=656&pageIndex=5&articleId=160144',
          language: 'en',
          published: '2018-06-12',
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
        en: 'Moon and Kim signed a joint declaration and a military agreement, then climbed Mount Baekdu together.',
        ko: '두 정상이 9월 평양공동선언과 군사분야 합의서에 서명하고 함께 백두산에 올랐다.',
      },
      category: 'inter-korean',
      lane: 'peninsula',
      sources: [
        {
          title: 'Pyongyang Joint Declaration',
          publisher: 'Columbia Law School',
          url: 'https://kls.law.columbia.edu/content/pyongyang-joint-declaration',
          language: 'en',
          accessed: '2026-11-28',
        },
      ],
    },
    {
      id: 'korus-fta-revision-signed',
      start: '2018-09-24',
      title: {
        en: 'The revised Korea–US free trade agreement is signed',
        ko: '한미 FTA 개정협정 서명',
      },
      summary: {
        en: "At a ceremony in New York with Moon and Trump, the two countries' trade ministers signed the revised agreement.",
        ko: '뉴욕에서 문재인 대통령과 트럼프 대통령이 참석한 가운데 두 나라 통상 책임자가 개정협정에 서명했다.',
      },
      note: { en: '25 September in Korea.', ko: '한국 날짜로는 9월 25일이다.' },
      category: 'economy',
      lane: 'washington',
      sources: [
        {
          title: 'Leaders of S. Korea, US welcome revision to bilateral FTA',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://m.koreaherald.com/view.php?ud=20180925000013',
          language: 'en',
          published: '2018-09-25',
        },
        {
          title: '트럼프 대통령과 문재인 대통령의 한미 FTA 개정협정문 서명식 발언',
          publisher: 'U.S. Embassy & Consulate in the Republic of Korea',
          url: 'https://kr.usembassy.gov/ko/092418-remarks-by-president-trump-and-rok-president-moon-at-u-s-korea-fta-signing-ceremony-ko/',
          language: 'ko',
          published: '2018-09-24',
        },
      ],
    },
    {
      id: 'panmunjom-trump-kim-moon-meeting',
      start: '2019-06-30',
      title: {
        en: 'Trump steps into North Korea at Panmunjom',
        ko: '판문점 남북미 정상 회동',
      },
      summary: {
        en: 'Trump became the first sitting US president to step into North Korea.',
        ko: '트럼프 대통령이 현직 미국 대통령으로는 처음 북한 땅을 밟았다.',
      },
      category: 'diplomacy',
      lane: ['peninsula', 'washington'],
      sources: [
        {
          title: 'DMZ: Donald Trump steps into North Korea with Kim Jong Un',
          publisher: 'CNN',
          url: 'https://edition.cnn.com/politics/live-news/trump-dmz-kim-live-intl-hnk/h_8b23e071903b007d8ff1934be8457d2c',
          language: 'en',
          published: '2019-06-30',
        },
      ],
    },
    {
      id: 'parasite-best-picture',
      start: '2020-02-09',
      title: {
        en: "Bong Joon-ho's Parasite wins Best Picture",
        ko: "'기생충', 아카데미 작품상 수상",
      },
      summary: {
        en: 'The first film not in English to win Best Picture.',
        ko: '비영어 영화 최초의 아카데미 작품상이다.',
      },
      note: {
        en: '10 February in Korea.',
        ko: '한국 날짜로는 10일이다.',
      },
      category: 'society',
      lane: 'peninsula',
      sources: [
        {
          title: "[속보] '기생충' 제92회 아카데미 작품상 수상…4관왕 기염",
          publisher: 'Sports Donga',
          url: 'https://sports.donga.com/ent/article/all/20200210/99618543/1',
          language: 'ko',
          published: '2020-02-10',
        },
        {
          title: "[속보] 봉준호 '기생충', 아카데미 작품상 수상…4관왕 쾌거",
          publisher: 'Maeil Shinmun',
          url: 'https://imaeil.com/page/view/2020021013261423410',
          language: 'ko',
          published: '2020-02-10',
        },
      ],
    },
    {
      id: 'bts-dynamite-hot-100',
      start: '2020-08-31',
      title: {
        en: "BTS's Dynamite tops the Billboard Hot 100",
        ko: "BTS '다이너마이트', 빌보드 핫100 1위",
      },
      summary: {
        en: 'The first South Korean act to top the Billboard Hot 100.',
        ko: "한국 가수 최초의 빌보드 '핫100' 1위다.",
      },
      note: {
        en: 'Billboard announced it in the US; 1 September in Korea.',
        ko: '빌보드가 미국에서 발표했다. 한국 날짜로는 9월 1일이다.',
      },
      category: 'society',
      lane: 'peninsula',
      sources: [
        {
          title: '방탄소년단 정국 생일에 \'다이너마이트\' 빌보드 핫 100 1위…"계속 눈물 나"',
          publisher: 'Korea Economic Daily (한국경제)',
          url: 'https://hankyung.com/article/202009018431H',
          language: 'ko',
          published: '2020-09-01',
        },
      ],
    },
    {
      id: 'moon-biden-taiwan-strait-statement',
      start: '2021-05-21',
      title: {
        en: 'A Moon–Biden statement names the Taiwan Strait',
        ko: "한미 정상 공동성명에 처음 '대만해협' 명시",
      },
      summary: {
        en: "For the first time, a South Korea–US summit statement stressed peace and stability in the Taiwan Strait; Beijing called Taiwan its internal affair and warned against 'playing with fire'.",
        ko: "한미 정상회담 공동성명에 처음으로 대만해협의 평화와 안정이 담기자, 중국은 대만 문제는 내정이라며 '불장난'을 하지 말라고 경고했다.",
      },
      note: { en: '22 May in Korea.', ko: '한국 날짜로는 5월 22일이다.' },
      category: 'diplomacy',
      lane: ['washington', 'beijing'],
      sources: [
        {
          title: 'China Criticizes Moon-Biden Statement on Taiwan',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=161690',
          language: 'en',
          published: '2021-05-24',
        },
        {
          title: 'China strongly opposes US, S. Korea over Taiwan',
          publisher: 'NHK World',
          url: 'https://www3.nhk.or.jp/nhkworld/en/news/20210524_26/',
          language: 'en',
          published: '2021-05-24',
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
      lane: 'peninsula',
      sources: [
        {
          title: "With bell ringing and midnight briefing, Yoon Suk-yeol becomes Korea's 20th president",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/2022/05/10/national/politics/Korea-Yoon-Sukyeol-president/20220510142308115.html',
          language: 'en',
          published: '2022-05-10',
        },
      ],
    },
    {
      id: 'washington-declaration',
      start: '2023-04-26',
      title: {
        en: 'The Washington Declaration sets up a Nuclear Consultative Group',
        ko: '한미 워싱턴 선언, 핵협의그룹(NCG) 창설',
      },
      summary: {
        en: 'Yoon and Biden adopted a declaration creating a Nuclear Consultative Group, in which the allies discuss nuclear and strategic planning for the defence of South Korea.',
        ko: '한미 정상이 워싱턴 선언을 채택하고, 한국 방어를 위한 핵·전략 기획을 함께 논의하는 핵협의그룹(NCG)을 만들기로 했다.',
      },
      note: { en: '27 April in Korea.', ko: '한국 날짜로는 4월 27일이다.' },
      category: 'security',
      lane: 'washington',
      sources: [
        {
          title: 'Korea and the U.S. adopt joint declaration, form Nuclear Consultative Group',
          publisher: 'Office of the President, Republic of Korea',
          url: 'https://eng.president.go.kr/briefing/Sf7k2w7Q',
          language: 'en',
          published: '2023-04-27',
        },
      ],
    },
    {
      id: 'camp-david-trilateral-summit',
      start: '2023-08-18',
      title: {
        en: 'Biden, Yoon and Kishida meet at Camp David',
        ko: '캠프 데이비드 한미일 정상회의',
      },
      summary: {
        en: 'At the first stand-alone summit of the three leaders, they adopted the Camp David Principles and a commitment to consult one another on shared threats.',
        ko: '세 나라 정상이 처음으로 단독 정상회의를 열고 캠프 데이비드 원칙과 공동 위협에 서로 협의하겠다는 공약을 채택했다.',
      },
      note: {
        en: '19 August in Korea.',
        ko: '한국 날짜로는 8월 19일이다.',
      },
      category: 'security',
      lane: 'washington',
      featured: true,
      sources: [
        {
          title: 'Biden hosts leaders of Japan, South Korea in trilateral summit at Camp David',
          publisher: 'UPI',
          url: 'https://www.upi.com/Top_News/US/2023/08/18/biden-hosts-leaders-of-Japan-South-Korea-camp-david-summit/8811692353124/',
          language: 'en',
          published: '2023-08-18',
        },
        {
          title: 'Trilateral Leaders Summit',
          publisher: 'U.S. Embassy & Consulate in the Republic of Korea',
          url: 'https://kr.usembassy.gov/2023-trilateral-leaders-summit/',
          language: 'en',
          accessed: '2026-11-30',
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
      lane: 'peninsula',
      sources: [
        {
          title: "Han Kang: Nobel Prize in Literature awarded to 'innovative' South Korean author",
          publisher: 'The National',
          url: 'https://www.thenationalnews.com/arts-culture/2024/10/10/han-kang-nobel-prize-in-literature-awarded-to-south-korean-author/',
          language: 'en',
          published: '2024-10-10',
        },
      ],
    },
    {
      id: 'china-visa-waiver-for-koreans',
      start: '2024-11-08',
      title: {
        en: 'China lets South Koreans in without visas',
        ko: '중국, 한국인 무비자 입국 시범 시행',
      },
      summary: {
        en: 'For the first time, China waived visas for South Korean visitors, on a trial basis and for up to 15 days; later that month it raised the limit to 30 days.',
        ko: '중국이 처음으로 한국인에게 최대 15일 무비자 입국을 시범 허용했고, 같은 달 체류 한도를 30일로 늘렸다.',
      },
      category: 'diplomacy',
      lane: 'beijing',
      sources: [
        {
          title: 'China extends visa-free entry for Korean nationals from 15 to 30 days',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2024-11-22/national/socialAffairs/China-extends-visafree-entry-for-Korean-nationals-from-15-to-30-days/2184206',
          language: 'en',
          published: '2024-11-22',
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
      lane: 'peninsula',
      sources: [
        {
          title: 'South Korean President Yoon declares end to martial law after six-hour chaos',
          publisher: 'The Korea Herald (via Asia News Network)',
          author: 'Son Ji-Hyoung',
          url: 'https://asiannews.online/south-korean-president-yoon-declares-end-to-martial-law-after-six-hour-chaos',
          language: 'en',
          published: '2024-12-04',
        },
        {
          title: '6 hours of chaos: How martial law was declared and lifted',
          publisher: 'The Korea Times',
          author: 'Jung Da-hyun',
          url: 'https://m.koreatimes.co.kr/pages/article.asp?newsIdx=387716',
          language: 'en',
          accessed: '2026-12-06',
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
      lane: 'peninsula',
      sources: [
        {
          title: '[Description: KBS World (German) report on the ruling]',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=103415&lang=g',
          language: 'de',
          published: '2025-04-04',
        },
      ],
    },
    {
      id: 'lee-jae-myung-takes-office',
      start: '2025-06-03',
      end: '2025-06-04',
      title: {
        en: 'Lee Jae Myung elected and sworn in',
        ko: '이재명 대통령 당선·취임',
      },
      summary: {
        en: 'Lee won the snap election and took office the next morning without a transition.',
        ko: '조기 대선에서 당선된 이재명 대통령이 인수위 없이 이튿날 아침 임기를 시작했다.',
      },
      category: 'politics',
      lane: 'peninsula',
      sources: [
        {
          title: "President Lee Jae-myung's term officially starts at 6:21 a.m.",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-06-04/national/2025presidential/President-Lee-Jaemyungs-term-official-as-of-621-am/2322393',
          language: 'en',
          published: '2025-06-04',
        },
      ],
    },
    {
      id: 'pew-poll-us-top-ally',
      start: '2025-07-08',
      title: {
        en: 'Pew poll: 89% of South Koreans name the US as their most important ally',
        ko: '퓨리서치 조사, 한국인 89%가 미국을 가장 중요한 동맹으로 꼽아',
      },
      summary: {
        en: "In Pew Research Center's 25-country survey, 89% of South Koreans named the US as their most important ally and 13% as the greatest threat. The Korean fieldwork ran from 28 February to 29 March 2025, before Lee took office and before the Georgia raid.",
        ko: '퓨리서치센터의 25개국 조사에서 한국인 89%가 미국을 가장 중요한 동맹으로, 13%가 최대 위협으로 꼽았다. 한국 조사는 2025년 2월 28일부터 3월 29일까지 이뤄져 이재명 정부 출범과 조지아 단속 이전의 여론이다.',
      },
      note: {
        en: 'Released on 8 July, US time; Korean media reported it on 9 July.',
        ko: '미국 시간 7월 8일 공개됐고, 국내에는 9일 보도됐다.',
      },
      category: 'security',
      lane: 'washington',
      sources: [
        {
          title: '한국인 10명 중 9명 "미국 가장 중요 동맹"…최대 위협 응답은 13%',
          publisher: 'KBS News',
          url: 'https://news.kbs.co.kr/news/view.do?ncd=8299523',
          language: 'ko',
          published: '2025-07-09',
        },
      ],
    },
    {
      id: 'us-korea-tariff-deal',
      start: '2025-07-30',
      title: {
        en: 'US–South Korea tariff deal with a $350 billion investment pledge',
        ko: '한미 관세협상 타결, 3,500억 달러 대미 투자',
      },
      summary: {
        en: 'Trump set a 15% tariff instead of 25% in return for $350 billion of Korean investment.',
        ko: '미국이 한국산 제품 관세를 25%가 아닌 15%로 정하는 대신 한국은 미국에 3,500억 달러를 투자하기로 했다.',
      },
      note: { en: 'Announced in Washington; 31 July in Korea.', ko: '워싱턴에서 발표했다. 한국 날짜로는 31일이다.' },
      category: 'economy',
      lane: 'washington',
      sources: [
        {
          title: 'Trump, South Korea strike 15% tariff deal ahead of deadline',
          publisher: 'UPI',
          url: 'https://www.upi.com/Top_News/World-News/2025/07/31/korea-Trump-South-Korea-15-percent-tariff-deal/1541753935972/',
          language: 'en',
          published: '2025-07-31',
        },
      ],
    },
    {
      id: 'lee-trump-white-house-summit',
      start: '2025-08-25',
      title: {
        en: "Lee Jae Myung's first summit with Trump, at the White House",
        ko: '이재명 대통령, 백악관서 트럼프 대통령과 첫 정상회담',
      },
      summary: {
        en: "Lee called Trump a 'peacemaker' and urged him to meet Kim Jong Un; the two leaders' talks centred on cooperation in shipbuilding.",
        ko: "이 대통령은 트럼프 대통령을 '피스메이커'라 부르며 김정은 위원장과 만나 달라고 요청했고, 두 정상은 조선업 협력을 중심으로 논의했다.",
      },
      note: { en: '26 August in Korea.', ko: '한국 날짜로는 8월 26일이다.' },
      category: 'diplomacy',
      lane: 'washington',
      sources: [
        {
          title: '[Description: Korea.net report on the summit]',
          publisher: 'Korea.net',
          url: 'https://www.korea.net/NewsFocus/policies/view?articleId=277794',
          language: 'en',
          published: '2025-08-26',
        },
        {
          title: 'President Lee meets Trump at the White House — in pictures',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-03/national/diplomacy/President-Lee-meets-Trump-at-the-White-House--in-pictures/2390210',
          language: 'en',
          published: '2025-09-03',
        },
      ],
    },
    {
      id: 'kim-jong-un-beijing-parade',
      start: '2025-09-03',
      title: {
        en: "Kim Jong Un joins Xi and Putin at Beijing's Victory Day parade",
        ko: '김정은 위원장, 베이징 전승절 열병식에 시진핑 주석·푸틴 대통령과 나란히',
      },
      summary: {
        en: 'On his first trip to China since 2019, Kim watched the parade beside Xi and Putin, ten years after Park Geun-hye stood on the same rostrum; Trump accused the three of conspiring against the US.',
        ko: '2019년 이후 처음 중국을 찾은 김 위원장이 시진핑·푸틴과 함께 열병식을 지켜봤다. 10년 전 박근혜 대통령이 섰던 톈안먼 성루였다. 트럼프 대통령은 세 사람이 미국에 맞서 공모한다고 비난했다.',
      },
      category: 'diplomacy',
      lane: ['beijing', 'peninsula'],
      sources: [
        {
          title: '[Description: AFP report on the parade]',
          publisher: 'The New Zealand Herald (AFP)',
          url: 'https://www.nzherald.co.nz/world/china-unstoppable-says-xi-jinping-with-kim-jong-un-vladimir-putin-at-side-at-military-parade/ERIM4EKH4RAMPFFKWFXLYPSZY4/',
          language: 'en',
          published: '2025-09-03',
        },
        {
          title: '[Description: Mint report on the parade]',
          publisher: 'Mint',
          url: 'https://www.livemint.com/news/world/kim-jong-un-vladimir-putin-flank-xi-jinping-at-biggest-ever-parade-in-beijing-is-china-challenging-us-military-might/amp-11756861868708.html',
          language: 'en',
          published: '2025-09-03',
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
        en: 'US agents detained over 300 Koreans at a Hyundai–LG plant site. A charter flight with 316 of them left Atlanta on 11 September and landed at Incheon on the 12th.',
        ko: '미 당국이 현대차-LG 공장 건설 현장에서 한국인 300여 명을 구금했다. 이 가운데 316명을 태운 전세기가 현지 시간 11일 애틀랜타를 떠나 12일 인천에 도착했다.',
      },
      note: {
        en: 'The range ends with the landing, on Korean time.',
        ko: '기간의 끝은 한국 시간 기준 귀국일이다.',
      },
      category: 'diplomacy',
      lane: 'washington',
      sources: [
        {
          title: 'Korean nationals detained in U.S. ICE raid to return home on chartered flight',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-09/national/diplomacy/Korean-nationals-detained-in-US-ICE-raid-to-return-home-on-chartered-flight/2394674',
          language: 'en',
          published: '2025-09-09',
        },
        {
          title: 'Korean workers reunite with families after eight days in ICE detention',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-12/national/socialAffairs/Korean-workers-reunite-with-families-after-eight-days-in-ICE-detention--in-pictures/2397814',
          language: 'en',
          published: '2025-09-12',
        },
      ],
    },
    {
      id: 'visa-free-chinese-tour-groups',
      start: '2025-09-29',
      title: {
        en: 'Trial of visa-free entry for Chinese tour groups begins',
        ko: '중국 단체관광객 무비자 입국 시범 시행',
      },
      summary: {
        en: 'Chinese groups of three or more could stay up to 15 days without visas, in a trial that runs to 30 June 2026.',
        ko: '3인 이상 중국인 단체관광객이 비자 없이 최대 15일간 머물 수 있게 됐다. 2026년 6월 30일까지 시범 시행된다.',
      },
      category: 'diplomacy',
      lane: 'beijing',
      sources: [
        {
          title:
            'Businesses optimistic about visa-free entry program for Chinese tourists though anti-China protests continue',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-09-30/national/socialAffairs/Businesses-optimistic-about-visafree-entry-program-for-Chinese-tourists-though-antiChina-protests-continue/2411521',
          language: 'en',
          published: '2025-09-30',
        },
        {
          title: 'South Korea begins trial visa-free entry for Chinese tour groups',
          publisher: "People's Daily Online (ECNS)",
          url: 'https://en.people.cn/n3/2025/0930/c90000-20373238.html',
          language: 'en',
          published: '2025-09-30',
        },
      ],
    },
    {
      id: 'china-sanctions-hanwha-us-units',
      start: '2025-10-14',
      title: {
        en: "China sanctions Hanwha Ocean's US subsidiaries",
        ko: '중국, 한화오션 미국 자회사 제재',
      },
      summary: {
        en: 'Beijing barred Chinese firms from dealing with five US units of the Korean shipbuilder, including its Philadelphia shipyard, saying they had helped a US probe of Chinese shipbuilding. It suspended the sanctions for a year on 10 November.',
        ko: '중국이 미국의 자국 조선업 조사에 협조했다며 필라델피아 조선소를 포함한 한화오션의 미국 자회사 5곳과의 거래를 금지했다. 중국은 11월 10일 제재를 1년간 유예했다.',
      },
      category: 'economy',
      lane: ['beijing', 'washington'],
      sources: [
        {
          title: 'China Sanctions Five US-Linked Units of South Korea’s Hanwha Ocean',
          publisher: 'Maritime Professional (Reuters)',
          url: 'https://www.maritimeprofessional.com/news/china-sanctions-five-linked-units-411027',
          language: 'en',
          published: '2025-10-14',
        },
        {
          title: "China to suspend sanctions on Hanwha Ocean's U.S. subsidiaries",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-11-10/business/industry/China-to-suspend-sanctions-on-Hanwha-Oceans-US-subsidiaries/2440715',
          language: 'en',
          published: '2025-11-10',
        },
      ],
    },
    {
      id: 'trump-ready-to-meet-kim',
      start: '2025-10-24',
      end: '2025-10-27',
      title: {
        en: 'Trump says he is ready to meet Kim Jong Un',
        ko: '트럼프 대통령, 김정은 위원장과 만날 뜻 밝혀',
      },
      summary: {
        en: "Trump said he would 'love' to meet Kim, even extending his trip; no meeting took place.",
        ko: '트럼프 대통령이 일정을 늘려서라도 김정은 위원장을 만나고 싶다고 했지만 회동은 없었다.',
      },
      note: {
        en: 'The first remark was made on 24 October, US time (25 October in Korea); the last in Japan on the 27th.',
        ko: '첫 발언은 미국 시간 10월 24일(한국 날짜 25일), 마지막 발언은 27일 일본에서 나왔다.',
      },
      category: 'diplomacy',
      lane: ['washington', 'peninsula'],
      sources: [
        {
          title: "Trump 'open' to meeting North's Kim during upcoming Asia trip",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-25/national/diplomacy/Trump-open-to-meeting-Norths-Kim-during-upcoming-Asia-trip/2428707',
          language: 'en',
          published: '2025-10-25',
        },
        {
          title: "Trump says he would 'love to meet' North Korea's Kim again, could extend visit to do so",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-27/national/northKorea/Trump-says-he-would-love-to-meet-North-Koreas-Kim-again-could-extend-visit-to-do-so/2429837',
          language: 'en',
          published: '2025-10-27',
        },
        bbcNoTrumpNoChina,
      ],
    },
    {
      id: 'no-trump-no-china-protests',
      start: '2025-10-25',
      title: {
        en: "'No Trump!' and 'No China!' rallies in Seoul before the leaders' visits",
        ko: "트럼프 대통령·시진핑 주석 방한 앞두고 서울서 '노 트럼프' '노 차이나' 집회",
      },
      summary: {
        en: "On the Saturday before the summits, a rally near the US embassy chanted 'No Trump!', while a separate march to Gyeongbokgung Palace denounced China and visa-free entry for Chinese tourists.",
        ko: "정상회의를 앞둔 토요일 서울 도심에서 주한 미국대사관 쪽으로 향한 '노 트럼프' 집회와, 경복궁까지 행진하며 중국과 중국인 무비자 입국을 규탄한 반중 집회가 따로 열렸다.",
      },
      category: 'society',
      lane: ['peninsula', 'washington', 'beijing'],
      sources: [
        bbcNoTrumpNoChina,
        {
          title: '트럼프 방한 나흘 앞두고…"NO트럼프" vs "민주당 해체"',
          publisher: '파이낸셜뉴스 (News1)',
          url: 'https://www.fnnews.com/news/202510251942307795',
          language: 'ko',
          published: '2025-10-25',
        },
        {
          title: '청년 보수단체 \'자유대학\', "대한민국은 대한인의 것"... 중국인 무비자 입국반대하며 도심 행진',
          publisher: '더퍼블릭 (The Public)',
          url: 'https://www.thepublic.kr/news/articleView.html?idxno=281033',
          language: 'ko',
          published: '2025-10-26',
        },
      ],
    },
    {
      id: 'trump-lee-gyeongju-summit',
      start: '2025-10-29',
      title: {
        en: 'Trump and Lee settle the trade terms in Gyeongju',
        ko: '경주 한미정상회담, 관세협상 세부 타결',
      },
      summary: {
        en: "After their summit, Seoul said the $350 billion package would be $200 billion of cash investment, at no more than $20 billion a year, and $150 billion for shipbuilding, with US tariffs on Korean cars cut to 15%. Trump also received Korea's highest honour and a replica Silla gold crown.",
        ko: '정상회담 뒤 정부는 3,500억 달러 대미 투자 가운데 2,000억 달러는 연간 200억 달러 한도의 현금 투자로, 1,500억 달러는 조선업 협력으로 채우고 미국의 한국산 자동차 관세는 15%로 낮추기로 했다고 밝혔다. 트럼프 대통령은 무궁화대훈장과 천마총 금관 모형도 받았다.',
      },
      note: {
        en: 'Trump landed that morning, while it was still 28 October in Washington.',
        ko: '트럼프 대통령이 도착한 아침, 워싱턴은 아직 28일이었다.',
      },
      category: 'diplomacy',
      lane: 'washington',
      featured: true,
      sources: [
        {
          title: "Trump presented with Korea's highest state honor and replica golden crown",
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-29/national/diplomacy/Trump-presented-with-Koreas-highest-state-honor-and-replica-golden-crown/2431669',
          language: 'en',
          published: '2025-10-29',
        },
        {
          title: "[Description: Korea Herald report on Kim Yong-beom's briefing]",
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/article/10604458',
          language: 'en',
          published: '2025-10-29',
        },
        {
          title: "[Description: ChosunBiz report on Kim Yong-beom's briefing]",
          publisher: 'ChosunBiz',
          url: 'https://biz.chosun.com/en/en-policy/2025/10/29/YWDBFMUN35GXROFOEQSHQZMYTA/',
          language: 'en',
          published: '2025-10-29',
        },
        {
          title: '[Description: ChosunBiz interview with Kim Yong-beom]',
          publisher: 'ChosunBiz',
          url: 'https://biz.chosun.com/en/en-policy/2025/11/04/45HXBI2NEVA6FPTI4VOHCMUJVE/',
          language: 'en',
          published: '2025-11-04',
        },
      ],
    },
    {
      id: 'trump-approves-nuclear-submarine',
      start: '2025-10-30',
      title: {
        en: 'Trump approves a South Korean nuclear-powered submarine',
        ko: '트럼프 대통령, 한국 핵추진잠수함 건조 승인',
      },
      summary: {
        en: 'Lee had asked at the summit for help securing fuel for nuclear-powered submarines. The next day Trump wrote that he had given his approval, and that the submarine would be built in Philadelphia. Seoul later said it would be built in Korea, and the joint fact sheet of 14 November named no shipyard.',
        ko: '이 대통령이 정상회담에서 핵추진잠수함 연료 확보에 협조해 달라고 요청하자, 트럼프 대통령은 이튿날 SNS에 건조를 승인했으며 필라델피아 조선소에서 짓게 될 것이라고 밝혔다. 정부는 뒤에 한국에서 건조한다는 입장을 밝혔고, 11월 14일 공동 팩트시트에는 건조 장소가 적히지 않았다.',
      },
      note: {
        en: 'Posted while Trump was in Korea, on the 30th there; still the evening of 29 October in the US.',
        ko: '트럼프 대통령이 한국에 머물던 30일에 올린 글이다. 미국 시간으로는 29일 저녁이었다.',
      },
      category: 'security',
      lane: 'washington',
      sources: [
        {
          title: "[Description: Korea Herald report on Trump's posts]",
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/article/10604573',
          language: 'en',
          published: '2025-10-30',
        },
        joongangFactSheet,
        {
          title: '[Description: KBS World report on the joint fact sheet and the submarines]',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=197430',
          language: 'en',
          published: '2025-11-14',
        },
        {
          title: '위성락 "핵잠 \'한국에서 건조\' 전제… 美 건조 방안 거론되지 않아"',
          publisher: 'Segye Ilbo',
          url: 'https://www.segye.com/newsView/20251114508490',
          language: 'ko',
          published: '2025-11-14',
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
        en: 'At their first face-to-face meeting since June 2019, Trump agreed to halve the fentanyl tariff on China, then flew home.',
        ko: '6년 만의 대면 회담에서 트럼프 대통령은 펜타닐 관세를 절반으로 낮추기로 하고 곧장 귀국했다.',
      },
      note: { en: 'Still 29 October in the US.', ko: '미국 날짜로는 아직 29일이었다.' },
      category: 'diplomacy',
      lane: ['washington', 'beijing'],
      sources: [
        heraldXiArrives,
        {
          title: 'Trump, Xi express hopes for successful talks as summit begins in Busan',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-30/national/diplomacy/Trump-Xi-express-hopes-for-successful-talks-as-summit-begins-in-Busan/2432664',
          language: 'en',
          published: '2025-10-30',
        },
        {
          title: "Trump cuts fentanyl tariffs on China to 10% after 'amazing' meeting with Xi",
          publisher: 'Hindustan Times',
          url: 'https://www.hindustantimes.com/world-news/trump-cuts-fentanyl-tariffs-on-china-to-10-after-amazing-meeting-with-xi-101761799740921.html',
          language: 'en',
          published: '2025-10-30',
        },
      ],
    },
    {
      id: 'xi-state-visit-lee-xi-summit',
      start: '2025-10-30',
      end: '2025-11-01',
      title: {
        en: "Xi's state visit and his first summit with Lee",
        ko: '시진핑 주석 11년 만의 국빈 방한, 이재명 정부 첫 한중 정상회담',
      },
      summary: {
        en: "Xi's first visit since 2014 lasted three days, against Trump's two. At his first summit with Lee, at the Gyeongju National Museum, they renewed a 70 trillion won currency swap and signed six memorandums, and Lee asked for Beijing's help in reopening talks with the North.",
        ko: '시 주석이 11년 만에 방한해 사흘간 머물렀다(트럼프 대통령은 이틀). 국립경주박물관에서 열린 이 대통령과의 첫 정상회담에서 두 나라는 70조 원 규모의 통화스와프 계약과 양해각서 6건을 체결했고, 이 대통령은 북한과의 대화 재개에 중국의 역할을 당부했다.',
      },
      category: 'diplomacy',
      lane: 'beijing',
      featured: true,
      sources: [
        heraldXiArrives,
        {
          title: 'Trump departs Gyeongju in Marine One to attend U.S.-China summit in Busan',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-10-30/national/diplomacy/Trump-departs-Gyeongju-in-Marine-One-to-attend-USChina-summit-in-Busan/2432499',
          language: 'en',
          published: '2025-10-30',
        },
        {
          title: '[Description: KBS World report on the Lee–Xi summit]',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=197086',
          language: 'en',
          accessed: '2026-11-30',
        },
        {
          title: '李대통령-시 주석, 정상회담 후 MOU 6건-통화스와프 계약서 체결',
          publisher: 'Dong-A Ilbo',
          url: 'https://www.donga.com/news/Politics/article/all/20251101/132683800/2',
          language: 'ko',
          published: '2025-11-01',
        },
      ],
    },
    {
      id: 'apec-gyeongju-leaders-meeting',
      start: '2025-10-31',
      end: '2025-11-01',
      title: {
        en: "APEC Economic Leaders' Meeting in Gyeongju",
        ko: '경주 APEC 정상회의',
      },
      summary: {
        en: 'Leaders adopted the Gyeongju Declaration, and Lee handed the chair to Xi. Trump had left Korea after meeting Xi; Treasury Secretary Scott Bessent stood in for him.',
        ko: '정상들이 경주 선언을 채택했고, 의장직은 시 주석에게 넘어갔다. 트럼프 대통령은 시 주석과 회담한 뒤 한국을 떠났고, 스콧 베선트 재무장관이 대신 참석했다.',
      },
      category: 'diplomacy',
      lane: ['peninsula', 'beijing', 'washington'],
      sources: [
        {
          title: 'APEC summit wraps as Lee hands over chairmanship to Xi',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-11-01/national/diplomacy/APEC-summit-wraps-as-Lee-hands-over-chairmanship-to-Xi/2434441',
          language: 'en',
          published: '2025-11-01',
        },
        {
          title: 'APEC Summit Concludes with Handover of Leadership from Lee to Xi',
          publisher: 'KBS World',
          url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=197080',
          language: 'en',
          published: '2025-11-01',
        },
        {
          title: "China's Xi in the limelight at Pacific summit with Trump conspicuous by his absence",
          publisher: 'CNN (via KRDO)',
          author: 'Helen Regan',
          url: 'https://krdo.com/news/2025/11/01/chinas-xi-in-the-limelight-at-pacific-summit-with-trump-conspicuous-by-his-absence/',
          language: 'en',
          published: '2025-11-01',
        },
      ],
    },
    {
      id: 'korea-us-joint-fact-sheet',
      start: '2025-11-14',
      title: {
        en: 'Seoul and Washington publish a joint fact sheet on trade and security',
        ko: '한미, 관세·안보 협상 공동 팩트시트 발표',
      },
      summary: {
        en: "The fact sheet capped Korea's cash funding at $20 billion a year, and the allies agreed to move forward with South Korean nuclear-powered submarines; the US reaffirmed that its troops would stay.",
        ko: '팩트시트에는 한국의 대미 투자 자금을 연간 200억 달러로 제한하는 내용이 담겼고, 양국은 한국의 핵추진잠수함 건조를 추진하기로 했다. 미국은 주한미군 주둔 유지를 재확인했다.',
      },
      note: {
        en: 'Released in Seoul on the 14th; the White House posted it on 13 November, US time.',
        ko: '서울에서 14일에 발표했다. 백악관은 미국 시간 11월 13일에 게시했다.',
      },
      category: 'diplomacy',
      lane: 'washington',
      sources: [
        joongangFactSheet,
        {
          title: 'White House releases joint fact sheet on Korea-U.S. trade and defense talks',
          publisher: 'Korea JoongAng Daily',
          url: 'https://koreajoongangdaily.joins.com/news/2025-11-14/national/diplomacy/White-House-releases-joint-fact-sheet-on-KoreaUS-trade-and-defense-talks/2454378',
          language: 'en',
          published: '2025-11-14',
        },
      ],
    },
  ],
  // Context that is not an event: where a lane stands, or what an event left behind.
  annotations: [
    {
      id: 'ties-with-taipei',
      start: '1950-06-25',
      end: '1992-08-23',
      lane: 'beijing',
      priority: 1,
      text: {
        en: "Until August 1992, Seoul's diplomatic ties were with the government in Taipei, which cut them on the 23rd, a day before Seoul and Beijing established relations.",
        ko: '1992년 8월까지 한국은 타이베이의 중화민국 정부와 외교 관계를 맺고 있었다. 대만은 한중 수교 하루 전인 23일 단교했다.',
      },
      sources: [
        {
          title: 'Friends no more',
          publisher: 'The Independent (AFP)',
          url: 'https://www.independent.co.uk/news/world/friends-no-more-1541998.html',
          language: 'en',
          published: '1992-08-22',
        },
        {
          title: '[Description: Korea Herald retrospective on 31 years of Korea–China relations since 1992]',
          publisher: 'The Korea Herald',
          url: 'https://www.koreaherald.com/view.php?ud=20230719000482',
          language: 'en',
          published: '2023-07-19',
        },
      ],
    },
    {
      id: 'no-peace-treaty',
      event: 'armistice-agreement-signed',
      lane: 'peninsula',
      text: {
        en: 'No peace treaty has followed the armistice: the two Koreas are still technically at war.',
        ko: '정전협정 뒤 평화협정은 체결되지 않았고, 남북은 지금도 엄밀히 말해 전쟁 상태다.',
      },
      sources: [
        {
          title: 'Why North Korea and South Korea Are Technically Still at War',
          publisher: 'TIME',
          url: 'https://time.com/5253054/north-korea-south-korea-war-history/',
          language: 'en',
        },
        {
          title: '[Description: Bloomberg explainer, in The Washington Post, on what ending the Korean War would mean]',
          publisher: 'The Washington Post (Bloomberg)',
          url: 'https://www.washingtonpost.com/business/what-an-end-to-the-71-year-korean-war-would-mean/2021/09/27/404e352a-1f7d-11ec-a8d9-0827a2a4b915_story.html',
          language: 'en',
          published: '2021-09-27',
        },
      ],
    },
    {
      id: 'usfk-troop-level',
      start: '2018-04-14',
      lane: 'washington',
      priority: 3,
      text: {
        en: "In 2018 Seoul's defence ministry put US Forces Korea at about 28,500 troops, the level the allies' regular security talks confirm.",
        ko: '2018년 국방부는 주한미군 규모가 약 2만8500명이라고 밝혔다. 한미안보협의회의(SCM) 공동성명이 주기적으로 확인해 온 수준이다.',
      },
      sources: [
        {
          title: '[Description: Yonhap report in The Korea Herald on the number of US Forces Korea troops]',
          publisher: 'The Korea Herald (Yonhap)',
          url: 'https://www.koreaherald.com/view.php?ud=20180414000040',
          language: 'en',
          published: '2018-04-14',
        },
      ],
    },
  ],
} satisfies Chronology;
