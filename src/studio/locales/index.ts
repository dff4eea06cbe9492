/**
 * The studio's words in the languages of the element's locale packs beyond English and Korean
 * (../strings.ts), one file each. The importer's own messages stay English, as the command line's are.
 */
import type { StudioStrings } from '../strings.js';
import ja from './ja.js';
import zhHans from './zh-Hans.js';
import zhHant from './zh-Hant.js';
import es from './es.js';
import fr from './fr.js';
import de from './de.js';
import ar from './ar.js';

/** By lower-case language tag, as the element looks tags up: `zh-TW` and `zh-HK` read traditional characters. */
export const studioLocales: Record<string, StudioStrings> = {
  ja,
  'zh-hans': zhHans,
  'zh-hant': zhHant,
  es,
  fr,
  de,
  ar,
};
