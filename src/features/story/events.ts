/** The events the story feature fires: they come with its chunk. Typed in ../../core/events.ts. */
import type { TimelineEvent } from '../../model/types.js';
import { init } from '../../core/events.js';

/** Fired when the reader types or clears a search: the query now, and how many events it shows. */
export class TimelineSearchEvent extends Event {
  static readonly eventName = 'kt-search';
  readonly detail: { query: string; count: number };
  constructor(query: string, count: number) {
    super(TimelineSearchEvent.eventName, init);
    this.detail = { query, count };
  }
}

/** Fired when the reader has copied or shared the link to an event. */
export class TimelineShareEvent extends Event {
  static readonly eventName = 'kt-share';
  readonly detail: { event: TimelineEvent; url: string };
  constructor(event: TimelineEvent, url: string) {
    super(TimelineShareEvent.eventName, init);
    this.detail = { event, url };
  }
}
