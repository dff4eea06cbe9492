/** The public entry: importing it defines <event-timeline> and <korea-timeline>. */
export * from './elements.js';
import './event-timeline.js';
import './korea-timeline.js';
