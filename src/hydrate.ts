/**
 * `cdn/hydrate.js`: load it before a CDN bundle, and the timelines `korea-timeline render
 * --hydrate` wrote become interactive in place, keeping the server's nodes. It teaches LitElement
 * to adopt declarative shadow roots, and gives each `<event-timeline>` the data the server rendered
 * it with (a `<script type="application/json" data-kt-chronology>` inside it), before it upgrades.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

for (const script of document.querySelectorAll('script[type="application/json"][data-kt-chronology]')) {
  const host = script.parentElement as { chronology?: unknown } | null;
  if (host) host.chronology = JSON.parse(script.textContent ?? '');
}
