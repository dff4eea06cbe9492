/** The events the track fires: they come with its chunk. Typed in ../../core/events.ts. */
import type { TimelineEvent } from '../../model/types.js';
import { init } from '../../core/events.js';

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
