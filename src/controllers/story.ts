/**
 * What a storytelling page adds, in one chunk fetched on demand: search (`search`, `query`), the view
 * in the URL and the share button (`link-hash`), and pictures and corrections: their checks, which
 * it adds to the validator as it arrives, and their templates. One chunk rather than four keeps the
 * first download smaller by the code that would fetch each.
 */
import { extendValidator } from '../model/validate.js';
import { validateStory } from '../model/validate-story.js';

extendValidator(validateStory);

import { SearchController, type SearchHost } from './search.js';
import { LinkController, type LinkHost } from './link.js';
import * as templates from '../templates/extras.js';
import { extras } from '../templates/event.js';
import { adopt } from './adopt.js';

/** Sets up search and the link for an element; provides the extras' templates, and styles them in this element. */
export function story(host: SearchHost & LinkHost, onNavigate: () => void) {
  Object.assign(extras, templates);
  adopt(host, templates.styles);
  return { search: new SearchController(host), link: new LinkController(host, onNavigate) };
}
