/**
 * Elapsed time in words: how long a range lasts ("3 years", "9 days"), and the gap between two
 * events far apart ("1953 → 1988 · 35 years"). Pure: no DOM; loaded with the reader's chunk.
 *
 * Short spans count calendar days inclusively, as a reader counts a visit of 18–20 September as
 * three days; longer ones are rounded to months, then years.
 */
import type { GuideMessages, Locale } from './messages.js';
import type { TimelineItem } from './timeline.js';
import { addMonths, differenceInCalendarDays, differenceInMonths } from 'date-fns';
import { formatDate, fromDayNumber } from './dates.js';

/** Events further apart than this (in days) get a gap marker between them. */
export const GAP_AFTER = 5 * 365.2425;

/** Local midnight of a day number's calendar date, for date-fns (years 0–99 kept as written). */
function localDate(day: number): Date {
  const { year, month, day: date } = fromDayNumber(day, 'day');
  const local = new Date(2000, 0, 1);
  local.setFullYear(year, month! - 1, date);
  return local;
}

/** How long an event from day `from` to day `to` (inclusive day numbers) lasts, in words. */
export function formatDuration(from: number, to: number, t: Pick<GuideMessages, 'duration'>): string {
  const say = t.duration;
  const days = to - from + 1;
  if (days < 60) return say(days, 'day');
  // Calendar months, as date-fns counts them on local dates (month lengths, leap years), rounded to
  // the nearest: 8 July 2016 to 31 October 2017 is 15 months and 24 days, so 16.
  const start = localDate(from);
  const after = localDate(to + 1);
  const whole = differenceInMonths(after, start);
  const months = whole + (differenceInCalendarDays(after, addMonths(start, whole)) >= 15 ? 1 : 0);
  if (months < 12) return say(months, 'month');
  if (months < 24 && months % 12 !== 0) return `${say(1, 'year')} ${say(months % 12, 'month')}`;
  return say(Math.round(months / 12), 'year');
}

/** The years a gap runs between, in reading order (astronomical: 0 is 1 BC), and how many years that is. */
export interface Gap {
  from: number;
  to: number;
  years: number;
}

/**
 * The gap between an event and the one before it in the list, when they are more than five years
 * apart; in either order (newest first too).
 */
export function gapBetween(previous: TimelineItem | undefined, item: TimelineItem): Gap | undefined {
  if (!previous) return undefined;
  const [early, late] = previous.from <= item.from ? [previous, item] : [item, previous];
  if (late.from - early.to <= GAP_AFTER) return undefined;
  const year = (day: number) => fromDayNumber(day, 'year').year;
  const [a, b] = [year(early.to), year(late.from)];
  return early === previous ? { from: a, to: b, years: b - a } : { from: b, to: a, years: b - a };
}

/** A gap's two years as the locale writes them ("1953", "2333 BC", "1953년"), and its length. */
export function gapWords(
  gap: Gap,
  locale: Locale,
  t: Pick<GuideMessages, 'duration'>,
): { from: string; to: string; years: string } {
  const year = (y: number) => formatDate({ year: y, precision: 'year' }, locale);
  return { from: year(gap.from), to: year(gap.to), years: t.duration(gap.years, 'year') };
}
