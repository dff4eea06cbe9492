/** Defines `<korea-timeline>` and `<event-timeline>`. For the classes alone, import `./elements.js`. */
import './event-timeline.js';
import { KoreaTimeline } from './elements/korea-timeline.js';

export { KoreaTimeline };

if (!customElements.get('korea-timeline')) customElements.define('korea-timeline', KoreaTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'korea-timeline': KoreaTimeline;
  }
}
