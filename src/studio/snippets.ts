/** The three ways to embed what the studio made, as text to copy. Pure. */
import type { Options } from './drafts.js';

export interface Snippets {
  /** The script and the element, loading the JSON file beside the page. */
  dropIn: string;
  /** The iframe embed (`embed.html`), self-sizing through `embed.js` unless a height is set. */
  iframe: string;
  /** The command that renders HTML for a page without JavaScript. */
  noScript: string;
}

export interface SnippetInput {
  options: Options;
  /** Whether any event is a key moment: "key moments only" is left out otherwise. */
  keyMoments: boolean;
  /** The JSON file's name, as the studio downloads it. */
  file: string;
  /** The chronology's title, for the iframe's. */
  title: string;
  /** The folder the scripts come from, with its last `/`. */
  cdn: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippets({ options: o, keyMoments, file, title, cdn }: SnippetInput): Snippets {
  const height = o.height ? Number(o.height) : undefined;
  const featured = Boolean(o.featuredOnly) && keyMoments;
  const attributes = [
    o.locale && `locale="${o.locale}"`,
    o.orientation === 'horizontal' && 'orientation="horizontal"',
    o.scale === 'time' && 'scale="time"',
    o.theme && o.theme !== 'auto' && `theme="${o.theme}"`,
    featured && 'featured-only',
    o.headingLevel && o.headingLevel !== '2' && `heading-level="${o.headingLevel}"`,
  ]
    .filter(Boolean)
    .join(' ');
  // The iframe loads the file from where it is published: this address is the one to replace.
  const query = new URLSearchParams({ src: `https://your-site.example/${file}` });
  for (const [name, value] of [
    ['locale', o.locale],
    ['orientation', o.orientation],
    ['scale', o.scale],
    ['theme', o.theme],
    ['featured-only', featured ? 'true' : undefined],
    ['heading-level', o.headingLevel],
  ] as const) {
    if (value) query.set(name, value);
  }
  const flags = [
    o.locale && `--locale ${o.locale}`,
    o.theme && o.theme !== 'auto' && `--theme ${o.theme}`,
    o.orientation === 'horizontal' && '--orientation horizontal',
    o.scale === 'time' && '--scale time',
  ]
    .filter(Boolean)
    .join(' ');
  const src = `${cdn}embed.html?${escape(query.toString())}`;
  // With a height, the element scrolls inside it and the iframe keeps it; without, both take their content's.
  const style = height ? ` style="display: block; height: ${height}px; overflow: auto"` : '';
  return {
    dropIn: `<script type="module" src="${cdn}event-timeline.js"></script>\n<event-timeline src="${file}"${attributes ? ` ${attributes}` : ''}${style}></event-timeline>`,
    iframe: height
      ? `<iframe\n  src="${src}"\n  title="${escape(title)}"\n  style="width: 100%; height: ${height}px; border: 0"\n  loading="lazy"\n></iframe>`
      : `<script type="module" src="${cdn}embed.js"></script>\n<iframe\n  data-kt-embed\n  src="${src}"\n  title="${escape(title)}"\n  style="width: 100%; border: 0"\n></iframe>`,
    noScript: `npx korea-timeline render ${file}${flags ? ` ${flags}` : ''} > timeline.html`,
  };
}
