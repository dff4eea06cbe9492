/**
 * `cdn/studio.js`: the studio page's script (`cdn/studio.html`). It defines `<timeline-studio>` and
 * `<event-timeline>`; `?lang=ko` shows the studio in Korean (any language of the locale packs: `ja`, `zh-Hans`, `zh-Hant`, `es`, `fr`, `de`, `ar`).
 */
import { rightToLeft } from './strings.js';

const lang = new URLSearchParams(location.search).get('lang');
if (lang && /^[a-z]{2,3}(-[\w]+)*$/i.test(lang)) {
  document.documentElement.lang = lang;
  if (rightToLeft(lang)) document.documentElement.dir = 'rtl';
}

export { TimelineStudio } from './timeline-studio.js';
