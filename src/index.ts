/** The public entry: importing it defines <event-timeline> and <korea-timeline>. */
import { provideValidator } from './model/check.js';

export * from './elements.js';
import './event-timeline.js';
import { EventTimeline, KoreaTimeline } from './korea-timeline.js';
import { extras } from './templates/event.js';
import * as templates from './templates/extras.js';
import { printStyles } from './print.styles.js';
import { arrowStyles, openEndStyles } from './chunk.styles.js';
// Dates before year 1, decades and centuries read in words on the first render and on the server.
import './model/extended.js';
import { renderLanguage } from './templates/language.js';
import { extendValidator, validateChronology } from './model/validate.js';
import { validateStory } from './model/validate-story.js';

// Pictures and corrections render on the first render, and in server rendering, with no chunk to
// wait for: their checks, their templates, and their styles in each element's (finalised when it
// was defined); so do the print styles, and a source's language ("(in Chinese)").
extendValidator(validateStory);
Object.assign(extras, templates, { renderLanguage });
for (const element of [EventTimeline, KoreaTimeline])
  element.elementStyles.push(templates.styles, printStyles, arrowStyles, openEndStyles);

// For bundlers and server rendering: data given as a property is validated on the first render,
// with no chunk to wait for.
provideValidator(validateChronology);
