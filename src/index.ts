/** The public entry: importing it defines <event-timeline> and <korea-timeline>. */
import { provideValidator } from './model/check.js';
import { validateChronology } from './model/validate.js';

export * from './elements.js';
import './event-timeline.js';
import './korea-timeline.js';

// For bundlers and server rendering: data given as a property is validated on the first render,
// with no chunk to wait for.
provideValidator(validateChronology);
