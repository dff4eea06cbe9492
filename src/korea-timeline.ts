/**
 * Defines `<korea-timeline>` and `<event-timeline>`. For the classes alone, import `./elements.js`.
 * The Korea data was validated when it was built, so this entry leaves the validator to a chunk that
 * loads only if the page gives either element other data.
 */
import { EventTimeline } from './elements/event-timeline.js';
import { KoreaTimeline } from './elements/korea-timeline.js';

export { registerLocale } from './model/messages.js';
export { EventTimeline, KoreaTimeline };

for (const [name, element] of [
  ['event-timeline', EventTimeline],
  ['korea-timeline', KoreaTimeline],
] as const) {
  if (!customElements.get(name)) customElements.define(name, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
    'korea-timeline': KoreaTimeline;
  }
}
