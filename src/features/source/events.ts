/** The event the source feature fires: it comes with its chunk. Typed in ../../core/events.ts. */
import type { Chronology } from '../../model/types.js';
import { init } from '../../core/events.js';

/** Fired when `src` has loaded; `chronology` is its valid part, now shown. */
export class TimelineLoadEvent extends Event {
  static readonly eventName = 'kt-load';
  readonly detail: { chronology: Chronology };
  constructor(chronology: Chronology) {
    super(TimelineLoadEvent.eventName, init);
    this.detail = { chronology };
  }
}
