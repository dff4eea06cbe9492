// The importers and the validator on fuzzed inputs (fast-check): they never throw, and their time
// grows in proportion to the input. Each property takes a random piece made of the tokens that made
// the old pattern-based code backtrack ('<script', '<!--', a quote, a long first line, one title
// repeated) and times the same input at 1× and 10× its length. A linear pass takes about 10× as long;
// a quadratic one 100×. The bound is a ratio measured in one run, the best of several rounds, never
// a wall-clock limit, so a loaded machine slows both sides alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromTimelineJS } from '../../dist/src/features/source/import/timelinejs.js';
import { fromCsv } from '../../dist/src/features/source/import/csv.js';
import { Ids, plainText, validateImported } from '../../dist/src/features/source/import/shared.js';
import { importText } from '../../dist/src/features/source/import/detect.js';
import { validateChronology } from '../../dist/src/model/validate.js';

/** Linear is 10× (up to 35× seen, as memory caches fill), quadratic 100×: between the two. */
const BOUND = 50;
/** The small input's length: long enough that one pass takes a measurable time. */
const SMALL = 20_000;
/** A generous limit for a property: it fails a quadratic pass instead of hanging the suite. */
const LIMIT = { timeout: 120_000 };

const TOKENS = [
  '<',
  '>',
  '<script',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<a href="',
  '<p>',
  '</',
  '&#',
  '&amp;',
  '&x',
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  ' ',
  '\t',
  'a',
  'Z',
  '9',
  'title',
  'start',
  'year',
  'headline',
  '전쟁',
  '🎖️',
  '{',
  '[',
];
const piece = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));

const repeat = (unit, length) => unit.repeat(Math.max(1, Math.ceil(length / unit.length)));

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

/** Checks that `run` never throws and grows linearly, on `make(piece, length)` at 1× and 10×. */
function linear(run, make, runs = 12) {
  fc.assert(
    fc.property(piece, (unit) => {
      const r = ratio(run, make(unit, SMALL), make(unit, SMALL * 10));
      assert.ok(r < BOUND, `10× the input took ${r.toFixed(1)}× the time, for pieces of ${JSON.stringify(unit)}`);
    }),
    { numRuns: runs },
  );
}

test('plainText is one pass over any HTML-like text', LIMIT, () => {
  linear(plainText, repeat);
});

test('CSV: header detection and parsing grow linearly, whatever the first line holds', LIMIT, async () => {
  linear(
    (csv) => fromCsv(csv),
    (unit, length) => `start,title\n${repeat(unit, length)}`,
  );
  linear(
    (csv) => fromCsv(csv),
    (unit, length) => repeat(unit, length),
  );
  // The detection alone: a first line with no newline, of every size, is never CSV nor JSON.
  for (const unit of ['start,', 'year headline ', ' title start', '"']) {
    assert.equal(await importText(repeat(unit, 200_000)), undefined, unit);
  }
});

test('ids stay constant-time when every row has the same title, in any script', LIMIT, () => {
  const rows = (title, count) => Array.from({ length: count }, () => title);
  fc.assert(
    fc.property(fc.constantFrom('Same', '같은 제목', '!!!', 'a-2', '🎖️'), (title) => {
      const r = ratio(
        (titles) => {
          const ids = new Ids();
          for (const t of titles) ids.next(t);
        },
        rows(title, 2_000),
        rows(title, 20_000),
      );
      assert.ok(r < BOUND, `${r.toFixed(1)}× for '${title}'`);
    }),
    { numRuns: 5 },
  );
});

test('TimelineJS3 JSON and the validator grow linearly with the number of events', LIMIT, () => {
  const tjs = (headline, count) => ({
    events: Array.from({ length: count }, (_, i) => ({
      start_date: { year: String(1900 + (i % 100)) },
      text: { headline, text: `<p>${headline}</p><script>x</script>` },
      group: headline,
    })),
  });
  fc.assert(
    fc.property(piece, (headline) => {
      const r = ratio((data) => validateImported(fromTimelineJS(data)), tjs(headline, 500), tjs(headline, 5_000));
      assert.ok(r < BOUND, `${r.toFixed(1)}× for ${JSON.stringify(headline)}`);
    }),
    { numRuns: 6 },
  );
});

test('the validator never throws on fuzzed data, and reports what it drops', () => {
  const anything = fc.anything({ maxDepth: 3, withObjectString: true });
  const eventish = fc.record(
    {
      id: fc.oneof(piece, anything),
      start: fc.oneof(fc.constantFrom('2001', '-0044-03-15', '2020-02-30'), anything),
      title: fc.oneof(piece, anything),
      category: fc.oneof(fc.constant('c'), piece),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.array(eventish, { maxLength: 20 }), (events) => {
      const { chronology, errors } = validateChronology({ title: 'T', categories: [{ id: 'c', label: 'C' }], events });
      assert.ok(chronology.events.length <= events.length);
      if (chronology.events.length < events.length) assert.ok(errors.length > 0);
      for (const e of chronology.events) assert.equal(typeof e.id, 'string');
    }),
    { numRuns: 300 },
  );
});
