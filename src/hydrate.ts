/**
 * `cdn/hydrate.js`: the one script of a snippet from `korea-timeline render --hydrate`. It teaches
 * LitElement to adopt the server's declarative shadow roots, gives each `<event-timeline>` the data
 * the server rendered it with (a `<script type="application/json" data-kt-chronology>` inside it),
 * then loads the element's bundle from beside it, which makes the timelines interactive in place.
 */
// First: lit-html below, and the bundle's, then share one Trusted Types policy.
import './trusted-types.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { addressesIn, isSafeUrl } from './model/url.js';

for (const script of document.querySelectorAll('script[type="application/json"][data-kt-chronology]')) {
  const host = script.parentElement as { chronology?: unknown } | null;
  let data: { chronology?: object; errors?: unknown[] } | undefined;
  try {
    data = JSON.parse(script.textContent ?? '') as typeof data;
  } catch {
    continue; // Not the server's: the element shows what it is given otherwise.
  }
  const chronology = data?.chronology;
  if (!host || typeof chronology !== 'object' || chronology === null) continue;
  // The server validated it before rendering it: marked so (VALIDATED in ./model/check.ts) with the
  // problems it showed, the element shows it as it is, as the server did, without its validator.
  // Unless an address fails the rule the server applied: then the data was changed after the
  // server wrote it. A new element, without the server's HTML, validates it all and renders it.
  if (addressesIn(chronology).every((url) => typeof url === 'string' && isSafeUrl(url))) {
    host.chronology = Object.assign(chronology, { [Symbol.for('korea-timeline.validated')]: data?.errors ?? [] });
  } else {
    const fresh = document.createElement(script.parentElement!.localName) as Element & { chronology?: unknown };
    for (const { name, value } of script.parentElement!.attributes) fresh.setAttribute(name, value);
    fresh.chronology = chronology;
    script.parentElement!.replaceWith(fresh);
  }
}

// The server's styles are an inline <style>, which a strict `style-src` blocks: once the element is
// defined, its styles are also adopted as constructed style sheets, which no policy blocks.
for (const tag of ['event-timeline', 'korea-timeline']) {
  void customElements.whenDefined(tag).then((element) => {
    const styles = (element as unknown as { elementStyles: (CSSStyleSheet | { styleSheet?: CSSStyleSheet })[] })
      .elementStyles;
    const sheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
    for (const host of document.querySelectorAll(tag)) {
      const root = host.shadowRoot;
      if (root) root.adoptedStyleSheets = [...sheets, ...root.adoptedStyleSheets.filter((s) => !sheets.includes(s))];
    }
  });
}

const bundle = document.querySelector('korea-timeline') ? './korea-timeline.js' : './event-timeline.js';
// After the first frame: the server's HTML is on screen before the bundle takes the main thread.
requestAnimationFrame(() => setTimeout(() => void import(new URL(bundle, import.meta.url).href)));
