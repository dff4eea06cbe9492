/**
 * Everything the package offers, without defining any element: for registering the classes under
 * other names, or scoped registries. `./index.js` is the same and defines the elements.
 */
export type {
  Annotation,
  Category,
  Chronology,
  Correction,
  DateString,
  Era,
  Lane,
  Localized,
  Media,
  Source,
  Texts,
  TimelineEvent,
} from './model/types.js';
export {
  dayNumber,
  formatDate,
  formatRange,
  formatWhen,
  fromDayNumber,
  localize,
  parseDate,
  type PartialDate,
  type Precision,
  type When,
} from './model/dates.js';
export { messages } from './features/locales/builtin.js';
export {
  registerLocale,
  toLocale,
  type CoreMessages,
  type DateMessages,
  type FollowMessages,
  type FootnoteMessages,
  type GuideMessages,
  type LaneMessages,
  type StoryMessages,
  type Locale,
  type Messages,
  type TrackMessages,
} from './model/messages.js';
export { filterItems, toItems, type ItemFilter, type TimelineItem } from './model/timeline.js';
export {
  layout,
  type Break,
  type Layout,
  type LayoutOptions,
  type Placed,
  type Rule,
  type Inset,
  type Scale,
  type Tick,
  type TickLevel,
} from './model/scale.js';
export { isSafeUrl, type ValidationError, type ValidationResult } from './model/validate.js';
// The package's validator checks pictures and corrections too.
export { validateChronology } from './model/validate.js';
export {
  categoryColors,
  toggleCategory,
  view,
  type CategoryInfo,
  type TimelineView,
  type ViewInput,
  type ViewProblem,
} from './model/view.js';
export {
  TimelineErrorEvent,
  TimelineExpandEvent,
  TimelineFilterEvent,
  TimelineLoadEvent,
  TimelineSearchEvent,
  TimelineSelectEvent,
  TimelineShareEvent,
  TimelineZoomEvent,
  TimelineLanesEvent,
} from './custom-events.js';
export { EventTimeline } from './elements/event-timeline.js';
export { TimelineProperties } from './elements/properties.js';
export type { ChunkName } from './core/problems.js';
export type { FeatureName, Features } from './core/registry.js';
export { KoreaTimeline } from './elements/korea-timeline.js';
export { combineChronologies } from './features/lanes/combine.js';
export { TimelineEventElement } from './elements/timeline-event.js';
export { TimelineAnnotationElement } from './elements/timeline-annotation.js';
export { koreaChronology } from '../events/korea.js';
