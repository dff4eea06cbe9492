/** Defines `<event-timeline>`. For the class alone, without defining anything, import `./elements.js`. */
import { EventTimeline } from './elements/event-timeline.js';
import { provideValidator } from './model/check.js';
import { validateChronology } from './model/validate.js';

export { EventTimeline };

// Data given as a property is validated on the first render, with no chunk to wait for.
provideValidator(validateChronology);
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
