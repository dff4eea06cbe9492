/** Defines `<event-timeline>`. For the class alone, without defining anything, import `./elements.js`. */
import { EventTimeline } from './elements/event-timeline.js';

export { EventTimeline };

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
