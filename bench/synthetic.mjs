// Deterministic synthetic chronologies for the benchmark and the large-data tests: dates spread
// from 1950 to 2025, realistic titles and summaries, six categories, a source on every event.
const CATEGORIES = ['security', 'economy', 'diplomacy', 'inter-korean', 'society', 'politics'];
const SUBJECTS = [
  'Seoul',
  'Washington',
  'Beijing',
  'Tokyo',
  'Pyongyang',
  'Busan',
  'The National Assembly',
  'Exporters',
];
const VERBS = ['signs', 'announces', 'hosts', 'rejects', 'proposes', 'suspends', 'resumes', 'expands'];
const OBJECTS = [
  'a trade accord',
  'joint drills',
  'a summit',
  'new tariffs',
  'a cultural exchange',
  'talks',
  'an aid package',
];

/** A small, fast, seeded PRNG (mulberry32), so every run sees the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

export function synthetic(count, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const start = Date.UTC(1950, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const events = Array.from({ length: count }, (_, i) => {
    const date = new Date(start + next() * span);
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const subject = pick(SUBJECTS);
    const title = `${subject} ${pick(VERBS)} ${pick(OBJECTS)}`;
    return {
      id: `event-${i}`,
      start: day,
      title: { en: title, ko: `${title} (한국어)` },
      summary: {
        en: `${subject} ${pick(VERBS)} ${pick(OBJECTS)} after weeks of talks, in a move that observers in the region read as a signal.`,
      },
      category: pick(CATEGORIES),
      sources: [{ title: `Report ${i}`, publisher: 'Wire service', url: `https://example.com/report/${i}` }],
    };
  });
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return {
    title: `Synthetic chronology of ${count} events`,
    categories: CATEGORIES.map((id) => ({ id, label: id })),
    events,
  };
}
