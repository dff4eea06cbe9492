/** The public entry: importing it defines <event-timeline> and <korea-timeline>. */
export type { Category, Chronology, DateString, Era, Localized, Source, TimelineEvent } from './model/types.js';
export {
  formatDate,
  formatRange,
  formatWhen,
  localize,
  parseDate,
  type PartialDate,
  type Precision,
} from './model/dates.js';
export { messages, toLocale, type Locale, type Messages } from './model/messages.js';
export { filterItems, toItems, type ItemFilter, type TimelineItem } from './model/timeline.js';
export { layout, type Layout, type LayoutOptions, type Placed, type Scale, type Tick } from './model/scale.js';
export { isSafeUrl, validateChronology, type ValidationError, type ValidationResult } from './model/validate.js';
export { TimelineErrorEvent, TimelineFilterEvent, TimelineLoadEvent, TimelineSelectEvent } from './custom-events.js';
export { EventTimeline } from './event-timeline.js';
export { KoreaTimeline } from './korea-timeline.js';
export { koreaChronology } from '../events/korea.js';
