/**
 * Validated chronology → items placed in time, sorted and filtered. Pure: no DOM.
 */
import type { Chronology, Era, TimelineEvent } from './types.js';
import { dayNumber, parseDate, toPartialDate } from './dates.js';

export interface TimelineItem {
  event: TimelineEvent;
  /** First day the event covers (days since 1970-01-01). */
  from: number;
  /** Last day the event covers, inclusive. */
  to: number;
  /** The era the event starts in: the latest-starting era that contains its first day. */
  era?: Era;
}

export interface ItemFilter {
  /** Category ids to keep; all when undefined. */
  categories?: ReadonlySet<string> | undefined;
  /** Keep events that end on or after this day. */
  from?: number | undefined;
  /** Keep events that start on or before this day. */
  to?: number | undefined;
}

/** Items of a validated chronology in chronological order (ties keep the authored order). */
export function toItems(chronology: Chronology): TimelineItem[] {
  const eras = (chronology.eras ?? [])
    .map((era) => ({ era, from: dayNumber(toPartialDate(era.start)), to: dayNumber(toPartialDate(era.end), 'last') }))
    .sort((a, b) => b.from - a.from);
  return chronology.events
    .map((event) => {
      const from = dayNumber(toPartialDate(event.start));
      const to = dayNumber(toPartialDate(event.end ?? event.start), 'last');
      const era = eras.find((e) => e.from <= from && from <= e.to)?.era;
      return era ? { event, from, to, era } : { event, from, to };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Items overlapping the window and in the chosen categories. */
export function filterItems(items: readonly TimelineItem[], filter: ItemFilter): TimelineItem[] {
  const { categories, from = -Infinity, to = Infinity } = filter;
  return items.filter(
    (item) => item.to >= from && item.from <= to && (!categories || categories.has(item.event.category)),
  );
}

/** The day bound of a `from`/`to` attribute, or undefined with the reason when malformed. */
export function parseBound(text: string, edge: 'first' | 'last'): number | string {
  const date = parseDate(text.trim());
  return typeof date === 'string' ? date : dayNumber(date, edge);
}
