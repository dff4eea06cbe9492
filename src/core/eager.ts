/**
 * The npm entry's features, given whole: for bundlers and server rendering, every feature the
 * manifest marks `server: 'eager'` works from the first render, with no chunk to wait for. Imported
 * for its effect, before the elements are defined, so they are defined with these features' styles.
 * test/node/features.test.mjs checks that this is exactly the manifest's eager list.
 */
import { provide } from './registry.js';
import * as validate from '../model/validate.js';
import * as dates from '../features/dates/index.js';
import * as locales from '../features/locales/index.js';
import * as story from '../features/story/index.js';
import * as finish from '../features/finish/index.js';
import * as lanes from '../features/lanes/index.js';

provide('validate', validate);
provide('dates', dates);
provide('locales', locales);
provide('story', story);
provide('finish', finish);
provide('lanes', lanes);
