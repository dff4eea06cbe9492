/**
 * `cdn/hydrate.js`: the one script of a snippet from `korea-timeline render --hydrate`. It teaches
 * LitElement to adopt the server's declarative shadow roots, gives each `<event-timeline>` the data
 * the server rendered it with (a `<script type="application/json" data-kt-chronology>` inside it),
 * then loads the element's bundle from beside it, which makes the timelines interactive in place.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

for (const script of document.querySelectorAll('script[type="application/json"][data-kt-chronology]')) {
  const host = script.parentElement as { chronology?: unknown } | null;
  // The server validated it before rendering it: marked so (VALIDATED in ./model/check.ts), the
  // element shows it as it is, as the server did, without waiting for its validator.
  const data = JSON.parse(script.textContent ?? '') as object;
  if (host) host.chronology = Object.assign(data, { [Symbol.for('korea-timeline.validated')]: true });
}

const bundle = document.querySelector('korea-timeline') ? './korea-timeline.js' : './event-timeline.js';
// After the first frame: the server's HTML is on screen before the bundle takes the main thread.
requestAnimationFrame(() => setTimeout(() => void import(new URL(bundle, import.meta.url).href)));
