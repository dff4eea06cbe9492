/** Defines `<event-timeline>`. For the class alone, without defining anything, import `./elements.js`. */
import { EventTimeline } from './elements/event-timeline.js';
import { load } from './core/registry.js';

export { registerLocale } from './model/messages.js';
export { EventTimeline };

// The validator is a chunk (the Korea drop-in never needs it): fetch it now, beside the page's own
// script, so data given as a property waits for it as little as possible.
void load('validate').catch(() => {});
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
