// npm run bench, Node part: how the importers' and the validator's time grows with their input, on
// pieces fast-check draws (a fixed seed, so each run measures the same inputs) from the tokens that
// made the old pattern-based code backtrack ('<script', '<!--', a quote, a long first line, one title
// repeated). Each input is timed at 1× and 10× its length: a linear pass takes about 10× as long (up
// to 35× seen, as memory caches fill), a quadratic one 100×. Ratios in one run, the best of several
// rounds; no test asserts them (test/node/growth.test.mjs checks the same inputs for correctness).
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromTimelineJS } from '../dist/src/features/source/import/timelinejs.js';
import { fromCsv } from '../dist/src/features/source/import/csv.js';
import { Ids, plainText, validateImported } from '../dist/src/features/source/import/shared.js';
import { piece, repeat } from '../test/helpers/pieces.mjs';

/** Where linear ends and quadratic begins, for the summary line. */
const BOUND = 50;
/** The small input's length: long enough that one pass takes a measurable time. */
const SMALL = 20_000;

const sample = (arbitrary, count) => fc.sample(arbitrary, { numRuns: count, seed: 42 });

/**
 * The ratio of the best times of a few rounds, sizes interleaved, after one warm-up of each. A
 * garbage collection can land in every round of one size, so a ratio over the bound is measured
 * again, twice at most: a pass that really grows faster than linearly fails all three.
 */
function ratio(run, small, large) {
  run(small);
  run(large);
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest >= BOUND; attempt++) {
    const best = [Infinity, Infinity];
    for (let round = 0; round < 5; round++) {
      [small, large].forEach((input, i) => {
        const start = performance.now();
        run(input);
        best[i] = Math.min(best[i], performance.now() - start);
      });
    }
    lowest = Math.min(lowest, best[1] / Math.max(best[0], 0.05));
  }
  return lowest;
}

const tjs = (headline, count) => ({
  events: Array.from({ length: count }, (_, i) => ({
    start_date: { year: String(1900 + (i % 100)) },
    text: { headline, text: `<p>${headline}</p><script>x</script>` },
    group: headline,
  })),
});
const titles = (title, count) => Array.from({ length: count }, () => title);

/** Each pass, with the inputs it is measured on: [name, run, small, large] for each drawn piece. */
const cases = [
  ...sample(piece, 12).map((unit) => ['plainText', plainText, repeat(unit, SMALL), repeat(unit, SMALL * 10), unit]),
  ...sample(piece, 12).map((unit) => [
    'CSV rows under a header',
    fromCsv,
    `start,title\n${repeat(unit, SMALL)}`,
    `start,title\n${repeat(unit, SMALL * 10)}`,
    unit,
  ]),
  ...sample(piece, 12).map((unit) => [
    'CSV, any first line',
    fromCsv,
    repeat(unit, SMALL),
    repeat(unit, SMALL * 10),
    unit,
  ]),
  ...['Same', '같은 제목', '!!!', 'a-2', '🎖️'].map((title) => [
    'ids for one repeated title',
    (list) => {
      const ids = new Ids();
      for (const t of list) ids.next(t);
    },
    titles(title, 2_000),
    titles(title, 20_000),
    title,
  ]),
  ...sample(piece, 6).map((headline) => [
    'TimelineJS3 JSON, validated',
    (data) => validateImported(fromTimelineJS(data)),
    tjs(headline, 500),
    tjs(headline, 5_000),
    headline,
  ]),
];

const worst = new Map();
for (const [name, run, small, large, unit] of cases) {
  const r = ratio(run, small, large);
  if (!worst.has(name) || worst.get(name).r < r) worst.set(name, { r, unit });
}
const lines = [
  '| Pass | Worst 10× ratio | On pieces of |',
  '| --- | ---: | --- |',
  ...[...worst].map(
    ([name, { r, unit }]) => `| ${name} | ${r.toFixed(1)}× | ${JSON.stringify(unit).replaceAll('|', '\\|')} |`,
  ),
];
const over = [...worst].filter(([, { r }]) => r >= BOUND).map(([name]) => name);
lines.push('', over.length ? `Over ${BOUND}× (quadratic?): ${over.join(', ')}` : `All under ${BOUND}×: linear.`);
console.log(lines.join('\n'));
if (!process.env.BENCH_PARTIAL) writeFileSync(new URL('results/growth.md', import.meta.url), `${lines.join('\n')}\n`);
