/**
 * `korea-timeline/ssr`: a timeline rendered to HTML in Node, as declarative shadow DOM that reads
 * without JavaScript. Node only: `@lit-labs/ssr` installs its DOM shim when imported, before the
 * elements are defined, so this module is never part of a browser bundle.
 */
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, literal } from 'lit/static-html.js';
import './index.js';
import { koreaChronology } from '../events/korea.js';
import type { Chronology } from './model/types.js';
import { localize } from './model/dates.js';
import { toLocale } from './model/messages.js';
import { loadLocale } from './features/locales/index.js';
import { validateChronology, type ValidationError } from './model/validate.js';
import { WINDOW_AFTER } from './model/view.js';

export interface RenderOptions {
  /** The data, as parsed JSON: validated here. Without it, the Korea chronology. */
  chronology?: unknown;
  locale?: string | undefined;
  theme?: string | undefined;
  orientation?: string | undefined;
  scale?: string | undefined;
  categories?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  selected?: string | undefined;
  /**
   * The `follow` attribute: the article to follow (a selector; '' for the `<article>` around the
   * timeline). The snippet also gets, for each event, an empty target with the event's id, slotted
   * into the event, so the article's `<a href="#event-id">` reach it without JavaScript.
   */
  follow?: string | undefined;
  /** The `lanes` attribute: `lanes` (or '') for the data's lanes, `category` for one per category. */
  lanes?: string | undefined;
  /** The `lane-view` attribute: `time` or `lane`. */
  laneView?: string | undefined;
  /** The `collapsed` attribute: the ids of the lanes folded away. */
  collapsed?: string | undefined;
  /** A whole HTML page rather than the element alone. */
  page?: boolean | undefined;
  /** Add the script that makes the HTML interactive: `cdn/hydrate.js`, which loads the element's bundle. */
  hydrate?: boolean | undefined;
  /** The folder the scripts of `hydrate` are loaded from (its address, with or without the last `/`). */
  cdn?: string | undefined;
}

export interface RenderResult {
  /** The element with its shadow root (or a whole page), showing the valid part of the data. */
  html: string;
  /** What was wrong with the data, `{ path, message }` each: those parts are not in the HTML. */
  errors: ValidationError[];
}

/**
 * This package's version: from the nearest package.json above this module that is ours (the module
 * runs as dist/ssr.js and as dist/src/ssr.js).
 */
function ownVersion(): string | undefined {
  for (let folder = new URL('./', import.meta.url); ; folder = new URL('../', folder)) {
    try {
      const found = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (found.name === 'korea-timeline') return found.version;
    } catch {
      // None here, or not readable: look one folder up.
    }
    if (folder.pathname === '/') return undefined;
  }
}

/**
 * Where the scripts of `hydrate` come from unless `cdn` says otherwise: this version's, so a snippet
 * keeps loading the code it was rendered for when a new version is published.
 */
export const DEFAULT_CDN = `https://unpkg.com/korea-timeline@${ownVersion() ?? 'latest'}/cdn/`;

/** A timeline as HTML with its declarative shadow DOM: every event, date, source and era. */
export async function renderTimeline(options: RenderOptions = {}): Promise<RenderResult> {
  const own = options.chronology !== undefined;
  const { chronology, errors } = own
    ? validateChronology(options.chronology)
    : { chronology: undefined, errors: [] as ValidationError[] };
  // A server renders once: the locale's strings and Intl dates must be there before it does.
  if (options.locale) await loadLocale(toLocale(options.locale));
  const tag = own ? literal`event-timeline` : literal`korea-timeline`;
  const attribute = (name: keyof RenderOptions) => (options[name] as string | undefined) ?? nothing;
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag is a static value (lit/static-html) */
  let element = await collectResult(
    render(
      html`<${tag} .chronology=${chronology ?? koreaChronology} locale=${attribute('locale')} theme=${attribute('theme')}
        orientation=${attribute('orientation')} scale=${attribute('scale')} categories=${attribute('categories')}
        from=${attribute('from')} to=${attribute('to')} selected=${attribute('selected')}
        follow=${attribute('follow')} lanes=${attribute('lanes')} lane-view=${attribute('laneView')}
        collapsed=${attribute('collapsed')}></${tag}>`,
    ),
  );
  if (options.follow !== undefined) element = withTargets(element, chronology ?? koreaChronology, own);
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  const count = (chronology ?? koreaChronology).events.length;
  if (options.hydrate && count > WINDOW_AFTER) {
    // The browser shows a long list on its track, not as the list the server wrote out.
    errors.push({ path: 'events', message: `${count} events: more than ${WINDOW_AFTER} cannot be hydrated` });
  }
  if (options.hydrate && chronology) element = withData(element, chronology);
  // A folder's address, with or without its last '/'.
  const cdn = (options.cdn ?? DEFAULT_CDN).replace(/\/?$/, '/');
  // The bundle is fetched with the page, and run by hydrate.js after the page's first frame.
  const bundle = escape(`${cdn}${own ? 'event-timeline' : 'korea-timeline'}.js`);
  const scripts = options.hydrate
    ? `<link rel="modulepreload" href="${bundle}">\n<script type="module" src="${escape(cdn)}hydrate.js"></script>\n`
    : '';
  if (!options.page) return { html: `${element}\n${scripts}`, errors };
  const title = localize((chronology ?? koreaChronology).title, toLocale(options.locale)).text;
  const page = `<!doctype html>
<html lang="${escape(options.locale ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${{ light: 'light', dark: 'dark' }[options.theme ?? ''] ?? 'light dark'}">
<title>${escape(title)}</title>
${scripts}</head>
<body>
${element}
</body>
</html>
`;
  return { html: page, errors };
}

/**
 * The data travels inside its element, for `cdn/hydrate.js` to give it back before the element
 * upgrades, so the browser renders what the server did: the valid data, and the problems the
 * element found in it and showed (an event in an undeclared category is kept, and reported). `<`
 * is escaped: no `</script>` in the data can end the script early.
 */
function withData(element: string, chronology: Chronology): string {
  const { errors } = validateChronology(chronology);
  const json = JSON.stringify({ chronology, errors }).replace(/</g, '\\u003c');
  const end = element.lastIndexOf('</event-timeline>');
  return `${element.slice(0, end)}<script type="application/json" data-kt-chronology>${json}</script>${element.slice(end)}`;
}

/**
 * Without JavaScript, a page's links cannot reach an id inside a shadow root: each event's target is
 * an empty element in the light DOM, with the event's id, that the event's slot (named by the id)
 * shows at the top of its card. A link to `#event-id` scrolls there, script or not.
 */
function withTargets(element: string, chronology: Chronology, own: boolean): string {
  const end = element.lastIndexOf(own ? '</event-timeline>' : '</korea-timeline>');
  const targets = chronology.events.map(({ id }) => `<span id="${escape(id)}" slot="${escape(id)}"></span>`);
  return `${element.slice(0, end)}${targets.join('')}${element.slice(end)}`;
}

/** Text for an HTML attribute or element. */
function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
