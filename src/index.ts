/** The public entry: importing it defines <event-timeline> and <korea-timeline>. */
export * from './elements.js';
import './event-timeline.js';
import './korea-timeline.js';
import { provideExtras } from './templates/event.js';
import * as extras from './templates/extras.js';

// Pictures and corrections render on the first render, and in server rendering, with no chunk to wait for.
provideExtras(extras);
