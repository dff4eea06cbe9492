/**
 * What a timeline shows: a validated chronology, the reader's filters, bounds and order → the
 * events in view, the chips' counts and the category colours. Pure: no DOM; the element calls it
 * in `willUpdate`, and server rendering and Node tests call it directly.
 */
import type { Category, Chronology } from './types.js';
import { filterItems, parseBound, toItems, type TimelineItem } from './timeline.js';

/** Colours for categories that declare none: each reaches 3:1 on the light and dark backgrounds. */
export const PALETTE = ['#3a6fd8', '#1d8a5a', '#8a5cd6', '#c45f0a', '#c83f7c', '#6e7c8e'];

export interface CategoryInfo {
  category: Category;
  /** The data's colour, or one from the palette. */
  color: string;
}

export interface ViewInput {
  /** A validated chronology. */
  chronology: Chronology;
  /** Space-separated category ids to show; all when absent, empty, or none is known. */
  categories?: string | undefined;
  /** Keep events that end on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string | undefined;
  /** Keep events that start on or before this date. */
  to?: string | undefined;
  /** Newest first. */
  reverse?: boolean | undefined;
  /** Only the key moments (events marked `featured`). */
  featured?: boolean | undefined;
  /** The ids of the events a search matches; all when absent. A new set is a new search. */
  match?: ReadonlySet<string> | undefined;
}

/** An input the view ignores, and why: `{ attribute: 'from="1950-13"', reason: '…' }`. */
export interface ViewProblem {
  attribute: string;
  reason: string;
}

export interface TimelineView {
  readonly input: ViewInput;
  /** Every event, in chronological order. */
  readonly items: readonly TimelineItem[];
  readonly categories: ReadonlyMap<string, CategoryInfo>;
  /** Events within `from`/`to`, before the category filter. */
  readonly inBounds: readonly TimelineItem[];
  /** How many events of each category are within `from`/`to`. */
  readonly counts: ReadonlyMap<string, number>;
  /** The categories shown, or undefined for all. */
  readonly active: ReadonlySet<string> | undefined;
  /** The events shown, in display order. */
  readonly visible: readonly TimelineItem[];
  readonly problems: readonly ViewProblem[];
}

/**
 * The view of `input`. Given the `previous` view, the stages whose inputs did not change are
 * reused: a category toggle on 10,000 events neither re-sorts nor re-counts them.
 */
export function view(input: ViewInput, previous?: TimelineView): TimelineView {
  const before = previous?.input;
  const sameData = before?.chronology === input.chronology;
  const sameBounds = sameData && before.from === input.from && before.to === input.to;
  const sameFilter =
    sameBounds &&
    before.categories === input.categories &&
    before.reverse === input.reverse &&
    before.featured === input.featured &&
    before.match === input.match;
  if (sameFilter && previous) return previous;

  const items = sameData && previous ? previous.items : toItems(input.chronology);
  const categories = sameData && previous ? previous.categories : categoryColors(input.chronology);
  const problems: ViewProblem[] = [];
  let inBounds = previous?.inBounds ?? [];
  let counts = previous?.counts ?? new Map<string, number>();
  const from = bound(input.from, 'first', 'from', problems);
  const to = bound(input.to, 'last', 'to', problems);
  if (!sameBounds || !previous) {
    inBounds = from === undefined && to === undefined ? items : filterItems(items, { from, to });
    const counted = new Map<string, number>();
    for (const { event } of inBounds) counted.set(event.category, (counted.get(event.category) ?? 0) + 1);
    counts = counted;
  }
  const active = categoryFilter(input.categories, categories, problems);
  const { match } = input;
  let filtered = active ? filterItems(inBounds, { categories: active }) : [...inBounds];
  if (input.featured) filtered = filtered.filter((item) => item.event.featured);
  if (match) filtered = filtered.filter((item) => match.has(item.event.id));
  return {
    input,
    items,
    categories,
    inBounds,
    counts,
    active,
    visible: input.reverse ? filtered.reverse() : filtered,
    problems,
  };
}

/** Each declared category with its colour: its own, or the palette's in declaration order. */
export function categoryColors(chronology: Chronology): Map<string, CategoryInfo> {
  return new Map(
    chronology.categories.map((category, i) => [
      category.id,
      { category, color: category.color ?? PALETTE[i % PALETTE.length]! },
    ]),
  );
}

/** The categories to keep; unknown ids are a problem, and none known means all. */
function categoryFilter(
  text: string | undefined,
  known: ReadonlyMap<string, CategoryInfo>,
  problems: ViewProblem[],
): Set<string> | undefined {
  const ids = text?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (ids.length === 0 || known.size === 0) return undefined;
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) problems.push({ attribute: `categories="${text}"`, reason: `unknown ${unknown.join(', ')}` });
  return unknown.length < ids.length ? new Set(ids.filter((id) => known.has(id))) : undefined;
}

function bound(
  text: string | undefined,
  edge: 'first' | 'last',
  name: 'from' | 'to',
  problems: ViewProblem[],
): number | undefined {
  if (!text) return undefined;
  const day = parseBound(text, edge);
  if (typeof day === 'number') return day;
  problems.push({ attribute: `${name}="${text}"`, reason: day });
  return undefined;
}

/**
 * The next `categories` value when the reader presses a chip: "All" (no id) shows everything; from
 * "All", a category shows it alone; then each toggles. Undefined means all.
 */
export function toggleCategory(
  all: readonly string[],
  active: ReadonlySet<string> | undefined,
  id?: string,
): string[] | undefined {
  const next = id === undefined ? all : !active ? [id] : all.filter((c) => active.has(c) !== (c === id));
  return next.length === 0 || next.length === all.length ? undefined : [...next];
}

/** Above this many events, a list is a track that renders only the events near the screen. */
export const WINDOW_AFTER = 200;
