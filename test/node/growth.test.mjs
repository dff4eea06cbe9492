// The importers and the validator on fuzzed inputs (fast-check): they never throw, they keep what
// they can and report the rest, on pieces made of the tokens that made the old pattern-based code
// backtrack ('<script', '<!--', a quote, a long first line, one title repeated), repeated to 200,000
// characters. How their time grows with the input is measured in the benchmark (bench/growth.mjs, in
// `npm run bench`): a timing is no test on a shared machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromTimelineJS } from '../../dist/src/features/source/import/timelinejs.js';
import { fromCsv } from '../../dist/src/features/source/import/csv.js';
import { Ids, plainText, validateImported } from '../../dist/src/features/source/import/shared.js';
import { importText } from '../../dist/src/features/source/import/detect.js';
import { validateChronology } from '../../dist/src/model/validate.js';
import { piece, repeat } from '../helpers/pieces.mjs';

/** A generous limit for a property: it fails a pass that hangs instead of hanging the suite. */
const LIMIT = { timeout: 120_000 };
const LARGE = 200_000;

test('plainText keeps no tag and no more text than it was given', LIMIT, () => {
  fc.assert(
    fc.property(piece, (unit) => {
      const text = plainText(repeat(unit, LARGE));
      assert.ok(text.length <= LARGE + unit.length);
      // A '<' that opens no complete tag is text ('<script<script…'), shown as text.
      assert.doesNotMatch(text, /<\/?[a-z][^<>]*>/i);
    }),
    { numRuns: 12 },
  );
});

test('CSV: every data row is kept or reported by its row, whatever the first line holds', LIMIT, async () => {
  fc.assert(
    fc.property(piece, (unit) => {
      const { data, errors, rows } = fromCsv(`start,title\n${repeat(unit, LARGE)}`);
      assert.equal(rows.length, data.events.length);
      for (const { path } of errors) assert.match(path, /^(rows(\[\d+\](\.[\w: ]+)?)?|header(\.[^]*)?)$/);
      const anyFirstLine = fromCsv(repeat(unit, LARGE));
      assert.equal(anyFirstLine.rows.length, anyFirstLine.data.events.length);
    }),
    { numRuns: 12 },
  );
  // The detection alone: a first line with no newline, of every size, is never CSV nor JSON.
  for (const unit of ['start,', 'year headline ', ' title start', '"']) {
    assert.equal(await importText(repeat(unit, LARGE)), undefined, unit);
  }
});

test('ids stay unique when every row has the same title, in any script', LIMIT, () => {
  for (const title of ['Same', '같은 제목', '!!!', 'a-2', '🎖️']) {
    const ids = new Ids();
    const made = Array.from({ length: 20_000 }, () => ids.next(title));
    assert.equal(new Set(made).size, made.length, title);
  }
});

test('TimelineJS3 JSON: every event is kept or reported, however its texts are made', LIMIT, () => {
  const tjs = (headline, count) => ({
    events: Array.from({ length: count }, (_, i) => ({
      start_date: { year: String(1900 + (i % 100)) },
      text: { headline, text: `<p>${headline}</p><script>x</script>` },
      group: headline,
    })),
  });
  fc.assert(
    fc.property(piece, (headline) => {
      const { chronology, errors } = validateImported(fromTimelineJS(tjs(headline, 5_000)));
      assert.equal(chronology.events.length + errors.filter((e) => /^events\[\d+\]$/.test(e.path)).length, 5_000);
      for (const event of chronology.events) assert.doesNotMatch(String(event.summary ?? ''), /<script/i);
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
