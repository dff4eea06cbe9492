/**
 * Positions along the main axis, in layout units (the element uses em), for both orientations.
 *
 * `time`: one monotone mapping from day to position. It is linear in time, except that long empty
 * gaps shrink to a fixed-size break, and dense clusters stretch just enough for every card to fit
 * in a lane. Ticks, eras and range spans use the same mapping, so the axis stays truthful.
 * `even`: every event one card apart. `reverse` lays out mirrored time: newest first.
 */
import type { Era } from './types.js';
import type { TimelineItem } from './timeline.js';
import { dayNumber, formatDate, fromDayNumber, toPartialDate } from './dates.js';
import type { Locale } from './messages.js';

export type Scale = 'even' | 'time';
export type TickLevel = 'millennium' | 'century' | 'decade' | 'year' | 'month';

export interface LayoutOptions {
  scale: Scale;
  /** Size of one card along the main axis, gap included. */
  extent: number;
  /** The room an item needs beyond `extent`: a card whose headline takes more lines is taller. */
  grow?: ((item: TimelineItem) => number) | undefined;
  /** Rows (horizontal) or columns (vertical) cards may stack into. */
  lanes: number;
  /** Layout units per year at this zoom. */
  perYear: number;
  /** An empty gap longer than this many days becomes a break. */
  breakAfter: number;
  breakSize: number;
  /** Minimum distance between two tick labels. */
  tickSpacing: number;
  /** Minimum distance between two events' starts on the time scale, so no two markers touch (default 0). */
  markerGap?: number;
  reverse: boolean;
  /** With lanes: each item's lane, from 0, each lane with `lanes` rows of its own on the one axis. */
  group?: ((item: TimelineItem) => number) | undefined;
  groups?: number | undefined;
}

export interface Placed {
  item: TimelineItem;
  /** Where the event's marker and card start. */
  pos: number;
  lane: number;
  /** Length of a range along the axis; 0 for a point event. */
  span: number;
  /** With lanes: the item's lane (its rows are `lane` within it). */
  group?: number;
}

export interface Break {
  start: number;
  end: number;
  /** The last day before the gap and the first day after it, in calendar order. */
  from: number;
  to: number;
}

export interface Tick {
  pos: number;
  day: number;
  /** `month` for a month's tick; for a year's, how round the year is (a century is drawn bolder). */
  level: TickLevel;
}

/** A line across the track where a calendar period begins: every `rulesEvery` months, in each stretch drawn to scale. */
export interface Rule {
  pos: number;
  day: number;
}

export interface Layout {
  placed: Placed[];
  /** On the time scale: where a day falls on the axis (in a shortened gap, where the gap is). */
  at?: (day: number) => number;
  length: number;
  breaks: Break[];
  ticks: Tick[];
  /** On the time scale: lines at regular calendar intervals, so where the axis is stretched shows. */
  rules: Rule[];
  /** How many months apart the rules are. */
  rulesEvery?: number;
  eras: { era: Era; start: number; end: number }[];
}

const DAYS_PER_YEAR = 365.2425;
/** Years a chronology may span before it is drawn to a smaller scale. */
const LONG_SPAN = 100;

/** A piecewise-linear, non-decreasing map from (directed) day to position. */
class Mapping {
  readonly days: number[] = [];
  readonly positions: number[] = [];
  constructor(readonly perDay: number) {}

  add(day: number, pos: number): void {
    this.days.push(day);
    this.positions.push(pos);
  }

  at(day: number): number {
    const { days, positions } = this;
    const n = days.length;
    if (n === 0) return 0;
    if (day <= days[0]!) return positions[0]! - (days[0]! - day) * this.perDay;
    if (day >= days[n - 1]!) return positions[n - 1]! + (day - days[n - 1]!) * this.perDay;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! <= day) lo = mid;
      else hi = mid;
    }
    // Several knots may share a day (a cluster pushed apart): the first one is the day's position.
    while (lo > 0 && days[lo - 1] === day) lo--;
    const d0 = days[lo]!;
    const d1 = days[lo + 1]!;
    return d1 === d0
      ? positions[lo]!
      : positions[lo]! + ((day - d0) / (d1 - d0)) * (positions[lo + 1]! - positions[lo]!);
  }
}

export function layout(items: readonly TimelineItem[], eras: readonly Era[], options: LayoutOptions): Layout {
  const sign = options.reverse ? -1 : 1;
  // Along the axis an item runs from `a` to `b`, in directed days (negated when reversed).
  const along = items
    .map((item) => {
      const [a, b] = options.reverse ? [-item.to, -item.from] : [item.from, item.to];
      return { item, a, b };
    })
    .sort((x, y) => x.a - y.a || x.b - y.b);

  // A chronology longer than a century is drawn to a smaller scale, and only longer gaps shorten,
  // so that 4,000 years read like 100: a 400-year range is not a hundred screens tall.
  const years = (Math.max(...along.map((x) => x.b)) - (along[0]?.a ?? 0)) / DAYS_PER_YEAR;
  const squeeze = Math.min(1, LONG_SPAN / Math.max(1, years));
  const breakAfter = options.breakAfter / squeeze;
  const mapping = new Mapping((options.perYear * squeeze) / DAYS_PER_YEAR);
  const rows = Math.max(1, options.lanes);
  const laneEnds = new Array<number>(rows * Math.max(1, options.groups ?? 1)).fill(-Infinity);
  const placed: Placed[] = [];
  /** The last marker placed in each lane. */
  const lastPos: number[] = [];
  const breaks: Break[] = [];
  let coverEnd = -Infinity;
  /** On the even scale, where the next card goes: after the last one, however tall it grew. */
  let next = 0;

  along.forEach(({ item, a, b }, index) => {
    const group = options.group?.(item) ?? 0;
    const extent = options.extent + (options.grow?.(item) ?? 0);
    let pos: number;
    if (options.scale === 'even') {
      pos = next;
      next += extent;
    } else if (index === 0) {
      pos = 0;
      mapping.add(a, 0);
    } else {
      pos = mapping.at(a);
      if (a - coverEnd > breakAfter) {
        // The break begins once every card before it has ended, so it never overlaps one.
        mapping.add(coverEnd, mapping.at(coverEnd));
        const start = Math.max(mapping.at(coverEnd), ...laneEnds);
        pos = start + options.breakSize;
        breaks.push({ start, end: pos, from: sign > 0 ? coverEnd : -a, to: sign > 0 ? a : -coverEnd });
      }
    }
    // Events days apart (in rows side by side) are pushed apart just enough for their markers; with
    // lanes, only within one: each lane's markers are on a line of its own.
    const previous = lastPos[group];
    if (previous !== undefined && options.scale === 'time') pos = Math.max(pos, previous + (options.markerGap ?? 0));
    // The first free row of its lane (of all rows without lanes), else the one free soonest.
    const first = group * rows;
    let lane = -1;
    let soonest = 0;
    for (let row = 0; row < rows; row++) {
      const end = laneEnds[first + row]!;
      if (end <= pos) {
        lane = row;
        break;
      }
      if (end < laneEnds[first + soonest]!) soonest = row;
    }
    if (lane < 0) {
      lane = soonest;
      pos = laneEnds[first + soonest]!;
    }
    laneEnds[first + lane] = pos + extent;
    if (options.scale === 'time' && index > 0) mapping.add(a, pos);
    coverEnd = Math.max(coverEnd, b);
    lastPos[group] = pos;
    placed.push(options.group ? { item, pos, lane, span: 0, group } : { item, pos, lane, span: 0 });
  });

  if (options.scale === 'time') {
    for (const p of placed) {
      const end = options.reverse ? -p.item.from : p.item.to;
      p.span = p.item.to > p.item.from ? Math.max(0, mapping.at(end) - p.pos) : 0;
    }
  }
  const length = Math.max(0, ...laneEnds, ...placed.map((p) => p.pos + p.span));

  if (options.scale === 'even') {
    return { placed, length, breaks, ticks: evenTicks(placed, options), rules: [], eras: [] };
  }
  const first = along[0]?.a ?? 0;
  const last = Math.max(...along.map((x) => x.b));
  const parts = stretches(sign > 0 ? first : -last, sign > 0 ? last : -first, breaks);
  const ticks = timeTicks(parts, (day) => mapping.at(sign * day), options.tickSpacing);
  // The rules' period: the shortest that leaves them RULE_SPACING apart where the axis is least stretched.
  const perYear = mapping.perDay * DAYS_PER_YEAR;
  const every = RULE_MONTHS.find((months) => (perYear * months) / 12 >= RULE_SPACING) ?? RULE_MONTHS.at(-1)!;
  const rules = parts
    .flatMap((part) => periodStarts(part, every))
    .map((day) => ({ day, pos: mapping.at(sign * day) }))
    .sort((a, b) => a.pos - b.pos);
  const spanOf = (era: Era) => {
    const from = dayNumber(toPartialDate(era.start));
    const to = dayNumber(toPartialDate(era.end), 'last');
    const [x, y] = [mapping.at(sign * from), mapping.at(sign * to)].sort((p, q) => p - q) as [number, number];
    return { era, start: Math.max(0, x), end: Math.min(length, y) };
  };
  const at = (day: number) => mapping.at(sign * day);
  return {
    placed,
    length,
    breaks,
    ticks,
    rules,
    rulesEvery: every,
    eras: eras.map(spanOf).filter((e) => e.end > e.start),
    at,
  };
}

/** The least distance between two rules, in layout units. */
const RULE_SPACING = 1.5;
/** The rules' periods, in months: a month, a quarter, half a year, a year, then 2, 5 and 10 times each power of ten years. */
const RULE_MONTHS = [1, 3, 6, 12, 24, 60, ...[1, 10, 100, 1000].flatMap((n) => [120, 240, 600].map((m) => m * n))];

/**
 * The first days of the periods of `months` months that begin in a stretch (calendar days): months
 * counted from January of year 0, years as readers count them (every 10 years falls on 1960, 10 BC).
 */
function periodStarts([from, to]: [number, number], months: number): number[] {
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

/** The stretches drawn to scale, in calendar days: from the first day to the last, cut at each break. */
function stretches(firstDay: number, lastDay: number, breaks: readonly Break[]): [number, number][] {
  const cuts = [...breaks].sort((x, y) => x.from - y.from);
  const result: [number, number][] = [];
  let start = firstDay;
  for (const br of cuts) {
    result.push([start, br.from]);
    start = br.to;
  }
  result.push([start, lastDay]);
  return result;
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
];

/**
 * The ticks of a unit in a stretch, with the day each one's unit ends, roundest first: years that
 * are multiples of 10, 5 and 2 of the unit before the rest; months in January, then July, then
 * April and October, then any month, each in that order of years.
 */
function candidates([from, to]: [number, number], unit: number): [day: number, next: number][] {
  const start = fromDayNumber(from, 'year').year;
  const end = fromDayNumber(to, 'year').year;
  const months = unit === 0;
  if (months && end - start > 200) return [];
  const years = new Set<number>();
  for (const step of [10, 5, 2, 1].map((k) => k * (unit || 1))) {
    for (let y = start; y <= end; y++) if (counted(y) % step === 0) years.add(y);
  }
  const days = new Map<number, number>();
  const first = (year: number, month = 1) => dayNumber({ year, month, precision: 'month' });
  for (const group of months ? [[1], [7], [4, 10], [2, 3, 5, 6, 8, 9, 11, 12]] : [[1]]) {
    for (const year of years) {
      for (const month of group) {
        const day = first(year, month);
        const next = months ? (month === 12 ? first(year + 1) : first(year, month + 1)) : first(year + unit);
        if (day >= from && day <= to) days.set(day, next);
      }
    }
  }
  return [...days];
}

/**
 * Ticks in one unit per stretch, so a stretch never reads "2016 · Jun 2016 · 2017": the unit that
 * labels the stretch best: the one that places the most ticks, the coarser on a tie, and months
 * only for at least two more than years (a year made long by its crowd of events gets months; an
 * even stretch keeps years, not "Jan 1990"). A unit's ticks are placed where the track is most
 * stretched first (the month of a crowd of events is named), then roundest first, each where no
 * tick already placed, here or across a break, is nearer than `spacing`.
 */
function timeTicks(parts: [number, number][], at: (day: number) => number, tickSpacing: number): Tick[] {
  // Positions are sums of floats: two ticks exactly one spacing apart must not lose to rounding.
  const spacing = tickSpacing - 1e-9;
  const accepted: Tick[] = [];
  for (const part of parts) {
    let best: Tick[] = [];
    for (const [level, unit] of UNITS) {
      const found = candidates(part, unit).map(([day, next]) => ({
        day,
        pos: at(day),
        stretch: (at(next) - at(day)) / (next - day),
      }));
      // How stretched each is, in doublings over the least: an even stretch is all one step.
      const least = Math.min(...found.map((c) => Math.abs(c.stretch)));
      const step = (c: { stretch: number }) => Math.floor(Math.log2(Math.abs(c.stretch) / least) + 1e-6);
      const placed: Tick[] = [];
      for (const { day, pos } of found.sort((x, y) => step(y) - step(x))) {
        const room = (t: Tick) => Math.abs(t.pos - pos) >= spacing;
        if (accepted.every(room) && placed.every(room)) {
          placed.push({ pos, day, level: level === 'month' ? level : roundness(day) });
        }
      }
      if (placed.length > best.length + (level === 'month' && best.length ? 1 : 0)) best = placed;
    }
    accepted.push(...best);
  }
  return accepted.sort((a, b) => a.pos - b.pos);
}

/** Even spacing: a tick at each event that starts a new year, where there is room. */
function evenTicks(placed: Placed[], options: LayoutOptions): Tick[] {
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

/** Axis labels: "1950" / "1950년" for decades and years, "Oct 2025" / "2025년 10월" for months. */
export function formatTick(day: number, level: TickLevel, locale: Locale): string {
  const month = level === 'month';
  return formatDate(fromDayNumber(day, month ? 'month' : 'year'), locale, month);
}
