/**
 * The time scale's labels and rules (./scale.ts places the events): ticks in one unit per stretch
 * drawn to one scale, rules at regular calendar intervals, and the axis labels' words.
 */
import type { Break, Inset, LayoutOptions, Placed, Tick, TickLevel } from './scale.js';
import { dayNumber, formatDate, fromDayNumber } from './dates.js';
import type { Locale } from './messages.js';

/** Where `value` goes in ascending `values`. */
export function sortedIndex(values: readonly number[], value: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The least distance between two rules, in layout units. */
export const RULE_SPACING = 1.5;
/** The rules' periods, in months: a month, a quarter, half a year, a year, then 2, 5 and 10 times each power of ten years. */
export const RULE_MONTHS = [
  1,
  3,
  6,
  12,
  24,
  60,
  ...[1, 10, 100, 1000].flatMap((n) => [120, 240, 600].map((m) => m * n)),
];

/**
 * The first days of the periods of `months` months that begin in a stretch (calendar days): months
 * counted from January of year 0, years as readers count them (every 10 years falls on 1960, 10 BC).
 */
export function periodStarts([from, to]: [number, number], months: number): number[] {
  const days: number[] = [];
  const years = months / 12;
  for (let year = fromDayNumber(from, 'year').year; year <= fromDayNumber(to, 'year').year; year++) {
    if (years >= 1 && counted(year) % years !== 0) continue;
    for (let month = 1; month <= 12; month += years >= 1 ? 12 : months) {
      const day = dayNumber({ year, month, precision: 'month' });
      if (day >= from && day <= to) days.push(day);
    }
  }
  return days;
}

/** Round years as readers count them: 300 BC is astronomical -299. */
const counted = (y: number) => (y < 1 ? 1 - y : y);

/** How round a year tick is, for its weight on the axis: 1900 is a century, 1950 a decade. */
function roundness(day: number): TickLevel {
  const year = counted(fromDayNumber(day, 'year').year);
  return year % 1000 === 0 ? 'millennium' : year % 100 === 0 ? 'century' : year % 10 === 0 ? 'decade' : 'year';
}

/** Tick units from coarse to fine: years counted by 1000, 100, 10 and 1, then months. */
const UNITS: readonly [TickLevel, number][] = [
  ['millennium', 1000],
  ['century', 100],
  ['decade', 10],
  ['year', 1],
  ['month', 0],
  ['day', -1],
];

/**
 * The days of a unit's ticks in a stretch, roundest first: years that are multiples of 10, 5 and 2
 * of the unit before the rest; months in January, then July, then April and October, then any
 * month, each in that order of years; days on the 1st, then the 15th, then any day. With them, how
 * many lead that are the first of a month (days only). `years`: the stretch's first and last year.
 */
function candidates(
  [from, to]: [number, number],
  unit: number,
  [start, end]: [number, number],
): [days: number[], firsts: number] {
  if (unit < 0) {
    // Days, in a stretch of a year at most: the 1st of each month, then the 15th, then the rest. The
    // calendar is asked once a month, not once a day: stretches of a few days come by thousands.
    if (to - from > 366) return [[], 0];
    const [firsts, middles, rest]: [number[], number[], number[]] = [[], [], []];
    const first = Math.ceil(from);
    const date = fromDayNumber(first, 'day');
    let [year, month] = [date.year, date.month ?? 1];
    for (let monthStart = first - (date.day ?? 1) + 1; monthStart <= to;) {
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
      const next = dayNumber({ year, month, precision: 'month' });
      for (let d = Math.max(monthStart, first); d < next && d <= to; d++) {
        (d === monthStart ? firsts : d === monthStart + 14 ? middles : rest).push(d);
      }
      monthStart = next;
    }
    return [[...firsts, ...middles, ...rest], firsts.length];
  }
  const months = unit === 0;
  if (months && end - start > 200) return [[], 0];
  const years = new Set<number>();
  for (const step of [10, 5, 2, 1].map((k) => k * (unit || 1))) {
    for (let y = start; y <= end; y++) if (counted(y) % step === 0) years.add(y);
  }
  const days = new Set<number>();
  for (const group of months ? [[1], [7], [4, 10], [2, 3, 5, 6, 8, 9, 11, 12]] : [[1]]) {
    for (const year of years) {
      for (const month of group) {
        const day = dayNumber({ year, month, precision: 'month' });
        if (day >= from && day <= to) days.add(day);
      }
    }
  }
  return [[...days], 0];
}

/**
 * Ticks in one unit per stretch drawn to one scale, so a stretch never reads "2016 · Jun 2016 ·
 * 2017": the unit that labels the stretch best: the one that places the most ticks, the coarser on
 * a tie, and months or days only for at least two more than the unit before (a magnified stretch
 * gets months, or days; an even one keeps years, not "Jan 1990"). A unit's ticks are placed
 * roundest first, each where no tick or magnification's label already placed, here or in another
 * stretch, is nearer than `spacing`.
 */
export function timeTicks(
  parts: [number, number][],
  at: (day: number) => number,
  tickSpacing: number,
  reserved: number[],
): Tick[] {
  // Positions are sums of floats: two ticks exactly one spacing apart must not lose to rounding.
  const spacing = tickSpacing - 1e-9;
  /** Where labels are, in order along the axis: only the two either side of a place can be too near. */
  const taken = [...reserved].sort((x, y) => x - y);
  const free = (sorted: number[], pos: number) => {
    const i = sortedIndex(sorted, pos);
    return !(
      Math.abs((sorted[i - 1] ?? -Infinity) - pos) < spacing || Math.abs((sorted[i] ?? Infinity) - pos) < spacing
    );
  };
  const accepted: Tick[] = [];
  for (const part of parts) {
    let best: Tick[] = [];
    // The part's scale, the same all through it: a finer unit that cannot place more than one
    // tick in each of the coarser unit's periods cannot win, and is not tried. A stretch of one day
    // between two breaks has no scale; its one day is tried in every unit.
    const days = part[1] - part[0];
    const length = Math.abs(at(part[1]) - at(part[0]));
    const perDay = days > 0 ? length / days : Infinity;
    // The most ticks the part has room for: once a unit places them, no other can place more.
    const room = Math.floor(length / spacing) + 1;
    const years: [number, number] = [fromDayNumber(part[0], 'year').year, fromDayNumber(part[1], 'year').year];
    for (const [level, unit] of UNITS) {
      if (best.length >= room) break;
      if ((level === 'month' && perDay * 365 < spacing) || (level === 'day' && perDay * 31 < spacing)) continue;
      const placed: Tick[] = [];
      const here: number[] = [];
      const [days, firsts] = candidates(part, unit, years);
      days.forEach((day, i) => {
        const pos = at(day);
        if (free(taken, pos) && free(here, pos)) {
          here.splice(sortedIndex(here, pos), 0, pos);
          // Among days, the first of a month names its month and year ("Feb 1950"), the rest only a day.
          const named = i < firsts ? 'month' : level;
          placed.push({ pos, day, level: named === 'month' || named === 'day' ? named : roundness(day) });
        }
      });
      // A finer unit only for at least two more ticks: an even stretch keeps years, not "Jan 1990".
      if (placed.length > best.length + (unit < 1 && best.length ? 1 : 0)) best = placed;
    }
    accepted.push(...best);
    for (const tick of best) taken.splice(sortedIndex(taken, tick.pos), 0, tick.pos);
  }
  accepted.sort((a, b) => a.pos - b.pos);
  // A day's label names no year ("30 Oct") where the label before it along the axis says the year;
  // the first day after a label of another year, or none, names its own ("29 Oct 2025").
  let named: number | undefined;
  for (const tick of accepted) {
    const { year } = fromDayNumber(tick.day, 'year');
    if (tick.level === 'day' && year !== named) tick.level = 'date';
    if (tick.level !== 'day') named = year;
  }
  return accepted;
}

/** How far along a magnified stretch its label is drawn again, in layout units (about a phone's screen). */
export const LABEL_REPEAT = 32;

/**
 * Where each magnified stretch's label ("×20") goes, where there is room: where it begins, the most
 * magnified first, then again along a long one, so a reader who scrolled into it still reads its
 * scale. Sets each one's `labelled` and `repeats`; returns every label's place, in order. Every
 * magnified stretch is marked along the line, labelled or not. In the ticks' row, a label takes a
 * tick's place.
 */
export function labelInsets(insets: Inset[], tickSpacing: number): number[] {
  const labels: number[] = [];
  /** Places a label unless one already placed is nearer than the tick spacing. */
  const label = (pos: number): boolean => {
    // The labels so far, in order along the axis: only the two either side can be too near.
    const i = sortedIndex(labels, pos);
    const near = [labels[i - 1], labels[i]].some((p) => p !== undefined && Math.abs(p - pos) < tickSpacing - 1e-9);
    if (!near) labels.splice(i, 0, pos);
    return !near;
  };
  const byZoom = [...insets].sort((x, y) => y.zoom - x.zoom);
  for (const inset of byZoom) if (label(inset.start)) inset.labelled = true;
  for (const inset of byZoom) {
    for (let pos = inset.start + LABEL_REPEAT; pos < inset.end - LABEL_REPEAT / 2; pos += LABEL_REPEAT) {
      if (label(pos)) (inset.repeats ??= []).push(pos);
    }
  }
  return labels;
}

/** Even spacing: a tick at each event that starts a new year, where there is room. */
export function evenTicks(placed: Placed[], options: LayoutOptions): Tick[] {
  const ticks: Tick[] = [];
  let lastYear: number | undefined;
  // The year's first day and the next's: thousands of events fall in a few dozen years, so the
  // calendar is asked once a year, not once an event.
  let [first, next, year] = [Infinity, -Infinity, 0];
  for (const p of placed) {
    const day = p.item.from;
    if (day < first || day >= next) {
      year = fromDayNumber(day, 'year').year;
      [first, next] = [dayNumber({ year, precision: 'year' }), dayNumber({ year: year + 1, precision: 'year' })];
    }
    const previous = ticks[ticks.length - 1];
    if (year !== lastYear && (!previous || p.pos - previous.pos >= options.tickSpacing)) {
      ticks.push({ pos: p.pos, day: dayNumber({ year, precision: 'year' }), level: 'year' });
    }
    lastYear = year;
  }
  return ticks;
}

/**
 * Axis labels: "1950" / "1950년" for decades and years, "Oct 2025" / "2025년 10월" for months,
 * "14 Oct" / "10월 14일" for days: short enough for the axis, in a magnified stretch where the
 * first of each month is labelled with its month and year, and so is its first day
 * ("29 Oct 2025" / "2025년 10월 29일") when no month's label comes before it.
 */
export function formatTick(day: number, level: TickLevel, locale: Locale): string {
  if (level === 'day' || level === 'date') {
    const options = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    return new Date(day * 86_400_000).toLocaleDateString(locale === 'en' ? 'en-GB' : locale, {
      ...options,
      year: level === 'date' ? 'numeric' : undefined,
    });
  }
  const month = level === 'month';
  return formatDate(fromDayNumber(day, month ? 'month' : 'year'), locale, month);
}

/**
 * The stretches each drawn to one scale, in calendar days: from the first day to the last, cut at
 * each break and where each magnified stretch begins and ends.
 */
export function stretches(
  firstDay: number,
  lastDay: number,
  breaks: readonly Break[],
  insets: readonly Inset[],
): [number, number][] {
  const cuts = [...breaks, ...insets].sort((x, y) => x.from - y.from);
  const result: [number, number][] = [];
  let start = firstDay;
  for (const cut of cuts) {
    // A stretch of one day, between two breaks, is a stretch too; not where a magnified one begins.
    if (cut.from > start || !('zoom' in cut)) result.push([start, cut.from]);
    // A break's days are not drawn; a magnified stretch is a stretch of its own.
    if ('zoom' in cut) result.push([cut.from, cut.to]);
    start = cut.to;
  }
  if (lastDay > start || !insets.some((inset) => inset.to === lastDay)) result.push([start, lastDay]);
  return result;
}
