/** The event following fires: it comes with its chunk. Typed in ../../core/events.ts. */
import type { TimelineEvent } from '../../model/types.js';
import { init } from '../../core/events.js';

/**
 * Fired when the reader's scrolling reaches a new step of the article the timeline follows: `anchor`,
 * the article's element that set the step (null above the first), and `event`, the event it selects.
 */
export class TimelineStepEvent extends Event {
  static readonly eventName = 'kt-step';
  readonly detail: { anchor: Element | null; event: TimelineEvent | undefined };
  constructor(anchor: Element | null, event: TimelineEvent | undefined) {
    super(TimelineStepEvent.eventName, init);
    this.detail = { anchor, event };
  }
}
