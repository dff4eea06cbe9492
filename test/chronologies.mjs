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
