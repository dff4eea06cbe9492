/**
 * `cdn/hydrate.js`: the one script of a snippet from `korea-timeline render --hydrate`. It teaches
 * LitElement to adopt the server's declarative shadow roots, gives each `<event-timeline>` the data
 * the server rendered it with (a `<script type="application/json" data-kt-chronology>` inside it),
 * then loads the element's bundle from beside it, which makes the timelines interactive in place.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

for (const script of document.querySelectorAll('script[type="application/json"][data-kt-chronology]')) {
  const host = script.parentElement as { chronology?: unknown } | null;
  if (host) host.chronology = JSON.parse(script.textContent ?? '');
}

const bundle = document.querySelector('korea-timeline') ? './korea-timeline.js' : './event-timeline.js';
// After the first frame: the server's HTML is on screen before the bundle takes the main thread.
requestAnimationFrame(() => setTimeout(() => void import(new URL(bundle, import.meta.url).href)));
