/**
 * Which lane each event sits in, and what the lane bar counts: pure, no DOM. Lanes come from the
 * data (`Chronology.lanes`, each event's `lane`, its main one first) or from the categories
 * (`lanes="category"`). An event that names no declared lane sits in the lane of others, last.
 */
import type { Annotation, Chronology, Localized, TimelineEvent } from '../../model/types.js';
import type { TimelineItem } from '../../model/timeline.js';
import { PALETTE, type CategoryInfo } from '../../model/view.js';

/** The id of the lane of events that name none: not an id the data can declare (ids are letters, digits and hyphens). */
export const OTHER = '_other';

export interface LaneInfo {
  id: string;
  label: Localized | undefined;
  description?: Localized | undefined;
  /** A CSS colour: the page's token for the lane, else the data's or the palette's. */
  color: string;
  /** The event `align="relative"` puts at zero. */
  anchor?: string | undefined;
}

/** How the events of one chronology fall into lanes, for one `lanes` value. */
export interface LaneSet {
  lanes: readonly LaneInfo[];
  /** Each event's lanes by id, its main one first; events of no declared lane are in OTHER. */
  of: (item: Pick<TimelineItem, 'event'>) => readonly string[];
}

/**
 * The lanes of a chronology: its own (`lanes` present, or `lanes="lanes"`), or one per category
 * (`lanes="category"`). Undefined when there are none to show.
 */
export function laneSet(
  chronology: Chronology,
  categories: ReadonlyMap<string, CategoryInfo>,
  by: string,
): LaneSet | undefined {
  const byCategory = by.trim() === 'category';
  const declared: LaneInfo[] = byCategory
    ? [...categories].map(([id, info]) => ({
        id,
        label: info.category.label,
        color: `var(--kt-lane-color-${id}, var(--kt-category-color-${id}, ${info.color}))`,
      }))
    : (chronology.lanes ?? []).map((lane, i) => ({
        id: lane.id,
        label: lane.label,
        description: lane.description,
        anchor: lane.anchor,
        color: `var(--kt-lane-color-${lane.id}, ${lane.color ?? PALETTE[i % PALETTE.length]!})`,
      }));
  if (declared.length === 0) return undefined;
  // An event in one lane (most are) shares that lane's list, so 10,000 events make no garbage.
  const alone = new Map([...declared.map((lane) => lane.id), OTHER].map((id) => [id, [id] as const]));
  const one = (id: string | undefined) => alone.get(id ?? OTHER) ?? alone.get(OTHER)!;
  const find = byCategory
    ? (event: TimelineEvent) => one(event.category)
    : ({ lane }: TimelineEvent): readonly string[] => {
        if (typeof lane !== 'object') return one(lane);
        const named = lane.filter((id) => alone.has(id) && id !== OTHER);
        return named.length > 1 ? named : one(named[0]);
      };
  // Asked for each event on every arrangement and count: worked out once per event.
  const found = new Map<TimelineEvent, readonly string[]>();
  const of = ({ event }: Pick<TimelineItem, 'event'>) => {
    let lanes = found.get(event);
    if (!lanes) found.set(event, (lanes = find(event)));
    return lanes;
  };
  const lanes = chronology.events.some((event) => of({ event })[0] === OTHER)
    ? [...declared, { id: OTHER, label: undefined, color: 'var(--_line)' }]
    : declared;
  return { lanes, of };
}

/** The events shown: those of folded lanes left out; grouped by lane (in the lanes' order) when `byLane`. */
export function arrangeLanes(
  items: readonly TimelineItem[],
  set: LaneSet,
  collapsed: ReadonlySet<string>,
  byLane: boolean,
): TimelineItem[] {
  const open = items.filter((item) => !collapsed.has(set.of(item)[0]!));
  if (!byLane) return open;
  const order = new Map(set.lanes.map((lane, i) => [lane.id, i]));
  // A stable sort keeps each lane in time order.
  return open.sort((a, b) => order.get(set.of(a)[0]!)! - order.get(set.of(b)[0]!)!);
}

/** How many of the events shown each lane holds (its main lane only), folded lanes included. */
export function laneCounts(items: readonly TimelineItem[], set: LaneSet): Map<string, number> {
  const counts = new Map(set.lanes.map((lane) => [lane.id, 0]));
  for (const item of items) {
    const main = set.of(item)[0]!;
    counts.set(main, counts.get(main)! + 1);
  }
  return counts;
}

/** Where each annotation goes in a list of events: after its event, else before the first event on or after its start. */
export interface Placed {
  /** Notes to draw just before this event: those whose date comes first. */
  before: Map<string, Annotation[]>;
  /** Notes to draw just after this event: those about it. */
  after: Map<string, Annotation[]>;
  /** Notes past the last event, or about a lane only. */
  end: Annotation[];
}

export function placeAnnotations(
  annotations: readonly Annotation[],
  items: readonly TimelineItem[],
  day: (date: string) => number,
): Placed {
  const placed: Placed = { before: new Map(), after: new Map(), end: [] };
  const add = (map: Map<string, Annotation[]>, id: string, note: Annotation) =>
    map.set(id, [...(map.get(id) ?? []), note]);
  for (const note of annotations) {
    if (note.event !== undefined) {
      if (items.some((item) => item.event.id === note.event)) add(placed.after, note.event, note);
      continue;
    }
    if (note.start === undefined) {
      placed.end.push(note);
      continue;
    }
    const from = day(note.start);
    const next = items.find((item) => item.from >= from);
    if (next) add(placed.before, next.event.id, note);
    else placed.end.push(note);
  }
  return placed;
}
