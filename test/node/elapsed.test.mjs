// Elapsed time in words, without a browser: range durations and the gap markers between events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, gapBetween, gapWords } from '../../dist/src/model/elapsed.js';
import { guideStrings } from '../../dist/src/features/guides/index.js';
import '../../dist/src/core/eager.js';
import { loadLocale } from '../../dist/src/features/locales/index.js';
import { dayNumber, toPartialDate } from '../../dist/src/model/dates.js';

// Korean is a pack, as the element fetches it.
await loadLocale('ko');

const first = (date) => dayNumber(toPartialDate(date));
const last = (date) => dayNumber(toPartialDate(date), 'last');
const duration = (start, end, locale = 'en') => formatDuration(first(start), last(end), guideStrings(locale));
const item = (start, end = start) => ({ event: { id: start }, from: first(start), to: last(end) });

test('short ranges count calendar days, both ends included', () => {
  assert.equal(duration('2018-09-18', '2018-09-20'), '3 days');
  assert.equal(duration('2025-09-04', '2025-09-12'), '9 days');
  assert.equal(duration('2025-10-31', '2025-10-31'), '1 day');
  assert.equal(duration('2025-09-04', '2025-09-12', 'ko'), '9일');
});

test('longer ranges read in months, then years', () => {
  assert.equal(duration('2016-07', '2017-02'), '8 months');
  assert.equal(duration('2016-07', '2017-02', 'ko'), '8개월');
  assert.equal(duration('2016-07-08', '2017-10-31'), '1 year 4 months');
  assert.equal(duration('2016-07-08', '2017-10-31', 'ko'), '1년 4개월');
  assert.equal(duration('2016-01', '2016-12'), '1 year');
  assert.equal(duration('1950-06-25', '1953-07-27'), '3 years');
  assert.equal(duration('1950-06-25', '1953-07-27', 'ko'), '3년');
});

test('a gap marker goes between events more than five years apart, and says how long', () => {
  const treaty = item('1953-10-01');
  const olympics = item('1988-09-17');
  const gap = gapBetween(treaty, olympics);
  assert.deepEqual(gap, { from: 1953, to: 1988, years: 35 });
  assert.deepEqual(gapWords(gap, 'en', guideStrings('en')), { from: '1953', to: '1988', years: '35 years' });
  assert.deepEqual(gapWords(gap, 'ko', guideStrings('ko')), { from: '1953년', to: '1988년', years: '35년' });
  assert.equal(guideStrings('en').elapsed('1953', '1988', '35 years'), 'From 1953 to 1988: 35 years');
  assert.equal(guideStrings('ko').elapsed('1953년', '1988년', '35년'), '1953년부터 1988년까지 35년');
});

test('no gap marker for events five years apart or less, nor before the first', () => {
  assert.equal(gapBetween(item('2010-01-01'), item('2014-12-31')), undefined);
  assert.equal(gapBetween(undefined, item('2014')), undefined);
  // Measured from the end of a range, not its start.
  assert.equal(gapBetween(item('1950-06-25', '1953-07-27'), item('1958-01-01')), undefined);
});

test('newest first, the gap reads in the order of the list', () => {
  assert.deepEqual(gapBetween(item('1988-09-17'), item('1953-10-01')), { from: 1988, to: 1953, years: 35 });
});

test('a gap before year 1 is written and counted as readers count years', () => {
  const gap = gapBetween(item('-2332'), item('-0699'));
  assert.deepEqual(gap, { from: -2332, to: -699, years: 1633 });
  assert.deepEqual(gapWords(gap, 'en', guideStrings('en')), { from: '2333 BC', to: '700 BC', years: '1633 years' });
});
