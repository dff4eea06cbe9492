import { EventTimeline } from './event-timeline.js';
import { koreaChronology } from '../../events/korea.js';
import { trust } from '../model/check.js';

/** Validated by test/node/data.mjs whenever it changes, so it is shown as it is. */
const korea = trust(koreaChronology);

/**
 * South Korea between Washington and Beijing, 1950–2025: `<event-timeline>` with the Korea
 * chronology as its default `chronology`. Every attribute, part and token of
 * `<event-timeline>` applies.
 *
 * @tagname korea-timeline
 * @summary The Korea chronology, ready to drop into a page.
 */
export class KoreaTimeline extends EventTimeline {
  constructor() {
    super();
    this.chronology = korea;
  }
}
