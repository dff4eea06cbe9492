/** The public entry: importing it defines <event-timeline> and <korea-timeline>, with every feature the server draws. */
import './core/eager.js';
import './korea-timeline.js';

export * from './elements.js';
