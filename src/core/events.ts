/**
 * The DOM events the element fires from its first render. Each bubbles and is composed, so a page
 * can listen on the element or any ancestor, and each is typed in `GlobalEventHandlersEventMap`.
 * Search and share fire only once the story feature is here, and come with it (../features/story/events.ts);
 * `korea-timeline/elements.js` exports them all (../custom-events.ts).
 */
import type { Chronology, TimelineEvent } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import type { TimelineSearchEvent, TimelineShareEvent } from '../features/story/events.js';

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

/** Fired when `src` has loaded; `chronology` is its valid part, now shown. */
export class TimelineLoadEvent extends Event {
  static readonly eventName = 'kt-load';
  readonly detail: { chronology: Chronology };
  constructor(chronology: Chronology) {
    super(TimelineLoadEvent.eventName, init);
    this.detail = { chronology };
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

/** Fired when the reader zooms the time scale (buttons, wheel, pinch or keys). `zoom`: the new magnification. */
export class TimelineZoomEvent extends Event {
  static readonly eventName = 'kt-zoom';
  readonly detail: { zoom: number };
  constructor(zoom: number) {
    super(TimelineZoomEvent.eventName, init);
    this.detail = { zoom };
  }
}

/** Fired when the reader opens a compact card on a track, to read the event in full. */
export class TimelineExpandEvent extends Event {
  static readonly eventName = 'kt-expand';
  readonly detail: { event: TimelineEvent };
  constructor(event: TimelineEvent) {
    super(TimelineExpandEvent.eventName, init);
    this.detail = { event };
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
  }
}
