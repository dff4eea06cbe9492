/** The event the lanes fire: it comes with their chunk. Typed in ../../core/events.ts. */
import { init } from '../../core/events.js';

/** Fired when the reader folds or opens a lane, or switches between time order and lanes. */
export class TimelineLanesEvent extends Event {
  static readonly eventName = 'kt-lanes';
  /** `laneView`: `time` or `lane`; `collapsed`: the ids of the lanes folded away. */
  readonly detail: { laneView: 'time' | 'lane'; collapsed: string[] };
  constructor(laneView: 'time' | 'lane', collapsed: string[]) {
    super(TimelineLanesEvent.eventName, init);
    this.detail = { laneView, collapsed };
  }
}
