/**
 * Positions along the main axis, in layout units (the element uses em), for both orientations.
 *
 * `time`: one monotone mapping from day to position, linear in time in each stretch. Long empty
 * gaps shrink to a fixed-size break. A crowded stretch is magnified as a whole, ×2, ×5, ×10…, the
 * least that gives each card room at its date (`Inset`); only the events of one day follow the
 * first, where no time passes. Ticks, rules, eras and range spans use the same mapping, so the axis is a ruler in
 * each stretch, and says where it changes scale.
 * `even`: every event one card apart. `reverse` lays out mirrored time: newest first.
 */
import type { Era } from './types.js';
import type { TimelineItem } from './timeline.js';
import { dayNumber, toPartialDate } from './dates.js';
import { evenTicks, labelInsets, periodStarts, RULE_MONTHS, RULE_SPACING, stretches, timeTicks } from './ticks.js';

export { formatTick, LABEL_REPEAT } from './ticks.js';

export type Scale = 'even' | 'time';
/**
 * What a tick names: a year (how round: a century is drawn bolder), a month with its year, a day
 * ("29 Oct"), or a day with its year (`date`: "29 Oct 2025", the first day named in a stretch
 * before any month's label says the year).
 */
export type TickLevel = 'millennium' | 'century' | 'decade' | 'year' | 'month' | 'day' | 'date';

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
  /** Magnifications are labelled in a row of their own, not among the ticks. */
  zoomRow?: boolean;
  /** Minimum distance between two events' starts on the time scale, so no two markers touch (default 0). */
  markerGap?: number;
  reverse: boolean;
  /** With lanes: each item's lane, from 0, each lane with `lanes` rows of its own on the one axis. */
  group?: ((item: TimelineItem) => number) | undefined;
  groups?: number | undefined;
}

export interface Placed {
  item: TimelineItem;
  /** Where the event's marker and card start: at its date, or after the events of its day before it. */
  pos: number;
  /** Where its date is on the axis. */
  mark: number;
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
  /** What it names, see `TickLevel`. */
  level: TickLevel;
}

/** A line across the track where a calendar period begins: every `every` months, in each stretch drawn to scale. */
export interface Rule {
  pos: number;
  day: number;
  every: number;
}

/**
 * A crowded stretch drawn larger, so that each event has room at its date: `zoom` times the
 * track's scale, the same all through it. `from` and `to` are its first and last days.
 */
export interface Inset {
  start: number;
  end: number;
  from: number;
  to: number;
  zoom: number;
  /** Whether its label ("×20") is drawn where it begins: one is left out where another, more magnified, is too near. */
  labelled?: boolean;
  /** Where its label is drawn again along a long stretch: every `LABEL_REPEAT` or so, where there is room. */
  repeats?: number[];
}

export interface Layout {
  placed: Placed[];
  /** On the time scale: where a day falls on the axis (in a shortened gap, where the gap is). */
  at?: (day: number) => number;
  length: number;
  breaks: Break[];
  ticks: Tick[];
  /** On the time scale: lines at regular calendar intervals, closer in a magnified stretch. */
  rules: Rule[];
  /** On the time scale: the stretches drawn larger than the rest, each at one magnification. */
  insets: Inset[];
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
  const time = options.scale === 'time';
  const rows = Math.max(1, options.lanes);
  const n = along.length;
  /** Each event's magnification, as an index in ZOOMS: that of the stretch from the event before it to it. */
  const level = new Uint8Array(n);
  if (time && !options.group) {
    // A first guess that is never too much: an event needs the last card's length after it (its
    // marker gap, with rows to share), so fewer stretches are raised step by step below.
    for (let k = 1; k < n; k++) {
      const days = along[k]!.a - along[k - 1]!.a;
      const need = rows > 1 ? (options.markerGap ?? 0) : options.extent + (options.grow?.(along[k - 1]!.item) ?? 0);
      const z = ZOOMS.findIndex((zoom) => days * mapping.perDay * zoom >= need - 1e-9);
      if (days > 0 && days <= breakAfter) level[k] = z < 0 ? ZOOMS.length - 1 : z;
    }
  }
  const groups = Math.max(1, options.groups ?? 1);
  const slots = rows * groups;
  const laneEnds = new Float64Array(slots).fill(-Infinity);
  /** The event whose card ends each row last. */
  const owners = new Int32Array(slots).fill(-1);
  /** The last event placed in each lane (-1: none yet). */
  const last = new Int32Array(groups).fill(-1);
  const breaks: Break[] = [];
  let coverEnd = -Infinity;
  /** On the even scale, where the next card goes: after the last one, however tall it grew. */
  let next = 0;
  /** What placing the events from each on depends on, kept to place them again from there. */
  const kept = time ? n : 0;
  const saved = {
    ends: new Float64Array(kept * slots),
    owners: new Int32Array(kept * slots),
    last: new Int32Array(kept * groups),
    /** Cover end, knots, breaks, next. */
    state: new Float64Array(kept * 4),
  };
  const restore = (index: number) => {
    for (let k = 0; k < slots; k++) {
      laneEnds[k] = saved.ends[index * slots + k]!;
      owners[k] = saved.owners[index * slots + k]!;
    }
    for (let k = 0; k < groups; k++) last[k] = saved.last[index * groups + k]!;
    const state = saved.state;
    coverEnd = state[index * 4]!;
    next = state[index * 4 + 3]!;
    breaks.length = state[index * 4 + 2]!;
    mapping.days.length = mapping.positions.length = state[index * 4 + 1]!;
  };
  /** Where each event's card and date are, and its row, as placed so far. */
  const [posOf, markOf, laneOf] = [new Float64Array(n), new Float64Array(n), new Int32Array(n)];
  // Placing an event that finds its card crowded magnifies the stretch back to the event in its
  // way, and places the events again from there: each stretch is raised a step at a time, at most
  // ZOOMS.length times, so this ends.
  for (let index = 0; index < n; index++) {
    // Only the time scale places events again; an even one places each once.
    if (time) {
      for (let k = 0; k < slots; k++) {
        saved.ends[index * slots + k] = laneEnds[k]!;
        saved.owners[index * slots + k] = owners[k]!;
      }
      for (let k = 0; k < groups; k++) saved.last[index * groups + k] = last[k]!;
      const state = saved.state;
      state[index * 4] = coverEnd;
      state[index * 4 + 1] = mapping.days.length;
      state[index * 4 + 2] = breaks.length;
      state[index * 4 + 3] = next;
    }
    const { item, a, b } = along[index]!;
    const group = options.group?.(item) ?? 0;
    const extent = options.extent + (options.grow?.(item) ?? 0);
    let mark: number;
    if (!time) {
      mark = next;
      next += extent;
    } else if (index === 0) {
      mark = 0;
      mapping.add(a, 0);
    } else if (a - coverEnd > breakAfter) {
      // The break begins once every card before it has ended, so it never overlaps one.
      mapping.add(coverEnd, mapping.at(coverEnd));
      const start = Math.max(mapping.at(coverEnd), ...laneEnds);
      mark = start + options.breakSize;
      breaks.push({ start, end: mark, from: sign > 0 ? coverEnd : -a, to: sign > 0 ? a : -coverEnd });
      mapping.add(a, mark);
    } else {
      const k = mapping.days.length - 1;
      mark = mapping.positions[k]! + (a - mapping.days[k]!) * mapping.perDay * ZOOMS[level[index]!]!;
      mapping.add(a, mark);
    }
    // The first free row of its lane (of all rows without lanes), else the one free soonest.
    const first = group * rows;
    let lane = -1;
    let soonest = 0;
    for (let row = 0; row < rows; row++) {
      const end = laneEnds[first + row]!;
      if (end <= mark + 1e-9) {
        lane = row;
        break;
      }
      if (end < laneEnds[first + soonest]!) soonest = row;
    }
    let pos = mark;
    /** The event in the way: its card, or (markers closer than the marker gap) its marker. */
    let blocker = -1;
    if (lane < 0) {
      lane = soonest;
      pos = laneEnds[first + soonest]!;
      blocker = owners[first + soonest]!;
    }
    // Markers never touch: one day's events stand a marker gap apart, in a row along the line
    // from their date; an event days later that would touch the last of them magnifies its stretch.
    const previous = last[group]!;
    const gap = previous < 0 ? -Infinity : posOf[previous]! + (options.markerGap ?? 0);
    if (time && pos < gap - 1e-9) {
      if (along[previous]!.a < a) blocker = Math.max(blocker, previous);
      else pos = gap;
    }
    // Events of one day follow the first of them; an event days after the one in its way never
    // does: the stretch between them is magnified.
    if (time && blocker >= 0 && along[blocker]!.a < a) {
      let raised = false;
      for (let k = blocker + 1; k <= index; k++) {
        if (along[k]!.a > along[k - 1]!.a && level[k]! < ZOOMS.length - 1) {
          level[k]!++;
          raised = true;
        }
      }
      if (raised) {
        restore(blocker + 1);
        index = blocker;
        continue;
      }
    }
    laneEnds[first + lane] = pos + extent;
    owners[first + lane] = index;
    coverEnd = Math.max(coverEnd, b);
    last[group] = index;
    posOf[index] = pos;
    markOf[index] = mark;
    laneOf[index] = lane;
  }
  const placed: Placed[] = along.map(({ item }, k) => {
    const p: Placed = { item, pos: posOf[k]!, mark: markOf[k]!, lane: laneOf[k]!, span: 0 };
    if (options.group) p.group = options.group(item);
    return p;
  });

  if (time) {
    for (const p of placed) {
      const end = options.reverse ? -p.item.from : p.item.to;
      p.span = p.item.to > p.item.from ? Math.max(0, mapping.at(end) - p.pos) : 0;
    }
  }
  const length = Math.max(0, ...laneEnds, ...placed.map((p) => p.pos + p.span));

  if (!time) {
    return { placed, length, breaks, ticks: evenTicks(placed, options), rules: [], insets: [], eras: [] };
  }
  // The magnified stretches: runs of events at one magnification above the base, from the event before the run.
  const insets: Inset[] = [];
  for (let k = 1; k < n; k++) {
    const zoom = ZOOMS[level[k]!]!;
    if (zoom === 1 || along[k]!.a === along[k - 1]!.a) continue;
    const open = insets.at(-1);
    const [day0, day1] = [along[k - 1]!.a, along[k]!.a];
    if (open && open.zoom === zoom && open.end === placed[k - 1]!.mark) {
      open.end = placed[k]!.mark;
      if (sign > 0) open.to = day1;
      else open.from = -day1;
    } else {
      insets.push({
        start: placed[k - 1]!.mark,
        end: placed[k]!.mark,
        from: sign > 0 ? day0 : -day1,
        to: sign > 0 ? day1 : -day0,
        zoom,
      });
    }
  }
  const firstDay = along[0]?.a ?? 0;
  const lastDay = Math.max(...along.map((x) => x.b));
  const parts = stretches(sign > 0 ? firstDay : -lastDay, sign > 0 ? lastDay : -firstDay, breaks, insets);
  const at = (day: number) => mapping.at(sign * day);
  const labels = labelInsets(insets, options.tickSpacing);
  const ticks = timeTicks(parts, at, options.tickSpacing, options.zoomRow ? [] : labels);
  // Each stretch's rules: the shortest period that leaves them RULE_SPACING apart there.
  const rules = parts
    .flatMap((part) => {
      const perYear = (Math.abs(at(part[1]) - at(part[0])) / Math.max(1e-9, part[1] - part[0])) * DAYS_PER_YEAR;
      const every = RULE_MONTHS.find((months) => (perYear * months) / 12 >= RULE_SPACING) ?? RULE_MONTHS.at(-1)!;
      const from = Math.min(at(part[0]), at(part[1]));
      return periodStarts(part, every).map((day) => ({ day, pos: at(day), every, from }));
    })
    .sort((x, y) => x.pos - y.pos || x.from - y.from)
    // A day where two stretches meet has one rule: the later stretch's along the axis.
    .filter((rule, i, all) => rule.day !== all[i + 1]?.day)
    .map(({ day, pos, every }) => ({ day, pos, every }));
  const spanOf = (era: Era) => {
    const from = dayNumber(toPartialDate(era.start));
    const to = dayNumber(toPartialDate(era.end), 'last');
    const [x, y] = [at(from), at(to)].sort((p, q) => p - q) as [number, number];
    return { era, start: Math.max(0, x), end: Math.min(length, y) };
  };
  return {
    placed,
    length,
    breaks,
    ticks,
    rules,
    insets,
    eras: eras.map(spanOf).filter((e) => e.end > e.start),
    at,
  };
}

/** The magnifications of a crowded stretch: 2, 5 and 10 times each power of ten. */
const ZOOMS = [1, ...[1, 10, 100, 1000, 10_000].flatMap((n) => [2, 5, 10].map((m) => m * n))];
