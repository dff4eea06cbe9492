// Chronologies made for the generic tests, shared by the browser tests and the Node model tests.
// They belong to the tests: editing the Korea data never changes them.

/** @param {string} id */
const source = (id) => [{ title: `Report on ${id}`, publisher: 'Agency', url: `https://example.com/${id}` }];

/**
 * About twenty events from 1950 to 2025 shaped for the track layouts: a range, three long empty gaps
 * (1953 → 1988, 1992 → 1999, 1999 → 2012) that become breaks, two eras, every date precision, and a
 * cluster of five events within days in late October 2025. Every event has a summary and a source;
 * a few have Korean titles.
 */
export const tracks = {
  title: { en: 'Track fixture', ko: '트랙 픽스처' },
  categories: [
    { id: 'security', label: { en: 'Security', ko: '안보' }, color: '#3a6fd8' },
    { id: 'economy', label: { en: 'Economy', ko: '경제' } },
    { id: 'diplomacy', label: { en: 'Diplomacy', ko: '외교' } },
  ],
  eras: [
    { id: 'war-years', start: '1950-06-25', end: '1953-07-27', label: { en: 'War years', ko: '전쟁기' } },
    { id: 'recent', start: '2012', end: '2025-12-31', label: { en: 'Recent years', ko: '최근' } },
  ],
  events: [
    ['war', '1950-06-25', '1953-07-27', 'security', 'The war', '전쟁'],
    ['armistice', '1953-07-27', undefined, 'security', 'Armistice signed', '정전협정 체결'],
    ['treaty', '1953-10-01', undefined, 'security', 'Defence treaty', '방위조약'],
    ['games', '1988-09-17', undefined, 'diplomacy', 'Games open'],
    ['recognition', '1992-08-24', undefined, 'diplomacy', 'Mutual recognition'],
    ['accord', '1999-06-15', undefined, 'economy', 'Trade accord'],
    ['free-trade', '2012-03-15', undefined, 'economy', 'Free trade begins'],
    ['exports', '2014-01', undefined, 'economy', 'Record exports'],
    ['parade', '2015-09-03', undefined, 'diplomacy', 'Leader attends a parade'],
    ['deployment', '2016-07-08', undefined, 'security', 'Deployment decided'],
    ['talks', '2018-04-27', undefined, 'diplomacy', 'Talks at the border'],
    ['tariffs', '2019-07-01', undefined, 'economy', 'Export controls'],
    ['pandemic', '2020', undefined, 'economy', 'A year of closed borders'],
    ['inauguration', '2022-05-10', undefined, 'diplomacy', 'A new president'],
    ['prize', '2024-10-10', undefined, 'diplomacy', 'A literature prize'],
    ['summit-a', '2025-10-29', undefined, 'diplomacy', 'Summit, first day'],
    ['deal', '2025-10-29', undefined, 'economy', 'A trade deal'],
    ['summit-b', '2025-10-30', undefined, 'diplomacy', 'Summit, second day'],
    ['summit-c', '2025-10-31', undefined, 'diplomacy', 'Leaders meet'],
    ['summit-d', '2025-11-01', undefined, 'security', 'A joint statement'],
  ].map(([id, start, end, category, en, ko]) => ({
    id,
    start,
    ...(end ? { end } : {}),
    title: ko ? { en, ko } : en,
    summary: `What happened: ${en.toLowerCase()}.`,
    category,
    sources: source(id),
  })),
};

/**
 * Everything the server must write as the browser draws it: dates before year 1, a decade, a
 * century, open ends, a picture, corrections, an updated date, sources in other languages, an era,
 * and texts in English and Korean (other locales fall back to English).
 */
export const parity = {
  title: { en: 'Parity fixture', ko: '동등성 픽스처' },
  description: { en: 'Server and browser alike.', ko: '서버와 브라우저가 같게.' },
  updated: '2025-11-03',
  categories: [
    { id: 'founding', label: { en: 'Founding', ko: '건국' }, color: '#8a4b2a' },
    { id: 'modern', label: { en: 'Modern', ko: '현대' } },
  ],
  eras: [{ id: 'ancient', start: '-2332', end: '-0107', label: { en: 'Ancient', ko: '고대' } }],
  events: [
    {
      id: 'founding',
      start: '-2332',
      category: 'founding',
      title: { en: 'A legendary founding', ko: '전설 속 건국' },
      summary: { en: 'Dated by tradition.', ko: '전승에 따른 연대.' },
      sources: [{ title: 'Crónica', publisher: 'Arquivo', url: 'https://example.com/pt', language: 'pt' }],
    },
    {
      id: 'kingdom',
      start: '-0700',
      end: '-0108',
      endOpen: true,
      category: 'founding',
      title: { en: 'A kingdom endures', ko: '왕국이 이어지다' },
    },
    { id: 'century', start: '18XX', category: 'modern', title: { en: 'A century of change', ko: '변화의 세기' } },
    {
      id: 'decade',
      start: '195X',
      startOpen: true,
      category: 'modern',
      title: { en: 'A decade of rebuilding', ko: '재건의 십 년' },
      sources: [{ title: '报道', publisher: '新闻', url: 'https://example.com/zh', language: 'zh' }],
    },
    {
      id: 'pictured',
      start: '1988-09-17',
      category: 'modern',
      featured: true,
      kicker: { en: 'Turning point', ko: '전환점' },
      title: { en: 'A pictured day', ko: '사진 속 하루' },
      summary: { en: 'With a picture and a correction.', ko: '사진과 정정이 있다.' },
      updated: '2025-11-01',
      media: [
        {
          src: '/test/data/picture.svg',
          alt: { en: 'A blue square', ko: '파란 사각형' },
          caption: { en: 'The square', ko: '사각형' },
          credit: 'Test',
          width: 40,
          height: 40,
        },
      ],
      corrections: [{ date: '2025-11-02', text: { en: 'The date was corrected.', ko: '날짜를 바로잡았다.' } }],
      sources: [{ title: 'Report', publisher: 'Agency', url: 'https://example.com/en', language: 'en' }],
    },
  ],
};

/**
 * Eight back-to-back eras over 75 years, the last two of a few months each with long names, and an
 * event in each: on a horizontal time scale the short eras' bands are narrow beside their names.
 */
export const eras = {
  title: 'Era fixture',
  categories: [{ id: 'c', label: 'C' }],
  eras: [
    ['war', '1950-06-25', '1953-07-27', 'The war years'],
    ['long-peace', '1953-07-28', '1992-08-23', 'A long armed peace through the end of the Cold War'],
    ['opening', '1992-08-24', '2016-07-07', 'Opening and trade'],
    ['dispute', '2016-07-08', '2017-10-31', 'The missile dispute'],
    ['thaw', '2017-11-01', '2022-05-09', 'A thaw and summits'],
    ['hard-line', '2022-05-10', '2025-04-04', 'A harder line'],
    ['interim', '2025-04-05', '2025-06-03', 'An interim government after removal from office'],
    ['new-government', '2025-06-04', '2025-11-14', 'A new government and a season of summits'],
  ].map(([id, start, end, label]) => ({ id, start, end, label })),
  events: [
    ['e1', '1950-06-25'],
    ['e2', '1988-09-17'],
    ['e3', '2000-06-13'],
    ['e4', '2016-07-08'],
    ['e5', '2018-04-27'],
    ['e6', '2023-08-18'],
    ['e7', '2025-04-04'],
    ['e8', '2025-06-04'],
    ['e9', '2025-10-29'],
    ['e10', '2025-11-14'],
  ].map(([id, start]) => ({ id, start, title: `Event ${id}`, category: 'c' })),
};

/** Forty events a year apart, e0 to e39, for the article the tests of `follow` scroll through (./article.ts). */
export const forty = {
  title: 'Forty steps',
  categories: [
    { id: 'odd', label: 'Odd' },
    { id: 'even', label: 'Even' },
  ],
  events: Array.from({ length: 40 }, (_, i) => ({
    id: `e${i}`,
    start: `${1950 + i}-03-01`,
    title: `Event ${i}`,
    summary: `What happened in ${1950 + i}.`,
    category: i % 2 ? 'odd' : 'even',
  })),
};

/**
 * Two sides and the ground between them, for the lanes: eight events in lanes `north` and `south`
 * (one in both, north first), one that names no lane, and three notes on the timeline: a dated one
 * in the south lane, one about an event, and one about the north lane alone.
 */
export const sides = {
  title: { en: 'Two sides', ko: '두 편' },
  categories: [
    { id: 'talks', label: { en: 'Talks', ko: '회담' } },
    { id: 'trade', label: { en: 'Trade', ko: '교역' } },
  ],
  lanes: [
    { id: 'north', label: { en: 'North side', ko: '북쪽' }, description: { en: 'What the north did' } },
    { id: 'south', label: { en: 'South side', ko: '남쪽' }, color: '#1d8a5a' },
  ],
  events: [
    ['n1', '1990-03-01', 'north', 'talks', 'North opens'],
    ['s1', '1991-05-10', 'south', 'trade', 'South trades'],
    ['n2', '1995-07-01', 'north', 'talks', 'North talks'],
    ['both', '2000-06-15', ['north', 'south'], 'talks', 'Both sides meet'],
    ['s2', '2004-01', 'south', 'trade', 'South grows'],
    ['loose', '2006-09-09', undefined, 'trade', 'A market opens'],
    ['s3', '2010-11-11', 'south', 'talks', 'South hosts'],
    ['n3', '2015', 'north', 'trade', 'North opens its ports'],
  ].map(([id, start, lane, category, title]) => ({
    id,
    start,
    ...(lane && { lane }),
    category,
    title: { en: title },
    summary: `What happened: ${title.toLowerCase()}.`,
    sources: source(id),
  })),
  annotations: [
    {
      id: 'south-boom',
      start: '2003',
      end: '2008',
      lane: 'south',
      text: { en: 'A boom in the south', ko: '남쪽의 호황' },
    },
    { id: 'about-both', event: 'both', text: { en: 'The only meeting of both sides' }, sources: source('about-both') },
    { id: 'north-note', lane: 'north', priority: 3, text: { en: 'The north kept few records' } },
  ],
};
