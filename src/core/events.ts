/**
 * The DOM events the element fires from its first render. Each bubbles and is composed, so a page
 * can listen on the element or any ancestor, and each is typed in `GlobalEventHandlersEventMap`.
 * Search and share fire only once the story feature is here, and come with it (../features/story/events.ts),
 * as load comes with the source feature (../features/source/events.ts), zoom and expand with the
 * track (../features/track/events.ts), step with following (../features/follow/events.ts), and lanes
 * with the lanes (../features/lanes/events.ts);
 * `korea-timeline/elements.js` exports them all (../custom-events.ts).
 */
import type { TimelineEvent } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import type { TimelineSearchEvent, TimelineShareEvent } from '../features/story/events.js';
import type { TimelineLoadEvent } from '../features/source/events.js';
import type { TimelineExpandEvent, TimelineZoomEvent } from '../features/track/events.js';
import type { TimelineStepEvent } from '../features/follow/events.js';
import type { TimelineLanesEvent } from '../features/lanes/events.js';

export const init: EventInit = { bubbles: true, composed: true };

/** Fired when the user selects an event by click, tap, Enter or Space. */
export class TimelineSelectEvent extends Event {
  static readonly eventName = 'kt-select';
  readonly detail: { event: TimelineEvent };
  constructor(event: TimelineEvent) {
    super(TimelineSelectEvent.eventName, init);
    this.detail = { event };
  }
}

/** Fired when data is loaded or given with problems; the valid part still renders. */
export class TimelineErrorEvent extends Event {
  static readonly eventName = 'kt-error';
  readonly detail: { errors: ValidationError[] };
  constructor(errors: ValidationError[]) {
    super(TimelineErrorEvent.eventName, init);
    this.detail = { errors };
  }
}

/** Fired when the user toggles a category filter chip. `categories`: the ids now shown. */
export class TimelineFilterEvent extends Event {
  static readonly eventName = 'kt-filter';
  readonly detail: { categories: string[] };
  constructor(categories: string[]) {
    super(TimelineFilterEvent.eventName, init);
    this.detail = { categories };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kt-select': TimelineSelectEvent;
    'kt-error': TimelineErrorEvent;
    'kt-load': TimelineLoadEvent;
    'kt-filter': TimelineFilterEvent;
    'kt-search': TimelineSearchEvent;
    'kt-share': TimelineShareEvent;
    'kt-zoom': TimelineZoomEvent;
    'kt-expand': TimelineExpandEvent;
    'kt-step': TimelineStepEvent;
    'kt-lanes': TimelineLanesEvent;
  }
}
