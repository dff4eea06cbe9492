/** Defines `<event-timeline>`. For the class alone, without defining anything, import `./elements.js`. */
import { EventTimeline } from './elements/event-timeline.js';
import { load } from './core/registry.js';

export { registerLocale } from './model/messages.js';
export { EventTimeline };

// The validator is a chunk (the Korea drop-in never needs it): fetch it now, beside the page's own
// script, so data given as a property waits for it as little as possible.
void load('validate').catch(() => {});
// The track (long lists, the time scale, the horizontal layout) is what outside data most often
// needs next: fetched once the page is idle, so data that comes later (a fetch, an app's state)
// renders on it at once instead of waiting for it. A failure here is not reported: the element
// asks again, and says so, if it needs the track.
(globalThis.requestIdleCallback ?? setTimeout)(() => void load('track').catch(() => {}));
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
