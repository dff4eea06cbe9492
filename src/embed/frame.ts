/**
 * The script of `cdn/embed.html`: one full-width timeline made from the page's URL parameters, which
 * tells the page around it its height, takes the page's `#id`, and reports selections (see
 * protocol.ts). Parameters only ever become attributes of the element, which treats them as text;
 * `src` must be an http(s) URL, and anything else is refused with a visible message.
 */
import type { FrameMessage, HashMessage } from './protocol.js';

const ATTRIBUTES = ['locale', 'theme', 'orientation', 'scale', 'categories', 'from', 'to', 'selected'];
const params = new URLSearchParams(location.search);
const src = params.get('src');
/** `src` as an http(s) URL; null when there is none, undefined when it is anything else. */
function dataUrl(): URL | null | undefined {
  if (src === null) return null;
  try {
    const url = new URL(src, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
const url = dataUrl();
const tag = src === null ? 'korea-timeline' : 'event-timeline';
const post = (message: FrameMessage) => {
  if (parent !== window) parent.postMessage(message, '*');
};

document.body.style.margin = '0';
if (url !== undefined) {
  const timeline = document.createElement(tag);
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) timeline.setAttribute(name, value);
  }
  // The host's hash reaches the element as this page's own, without adding to the reader's history.
  timeline.toggleAttribute('link-hash', true);
  if (url) timeline.setAttribute('src', url.href);
  timeline.addEventListener('kt-select', (event) => post({ type: 'kt-embed:select', id: event.detail.event.id }));
  document.body.append(timeline);
  void import(new URL(`./${tag}.js`, import.meta.url).href);
} else {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `This embed loads data only from http: and https: addresses, not from “${src}”.`;
  document.body.append(message);
}

addEventListener('message', ({ source, data }: MessageEvent<HashMessage | null>) => {
  if (source === parent && data?.type === 'kt-embed:hash' && typeof data.id === 'string' && data.id) {
    location.replace(`#${encodeURIComponent(data.id)}`);
  }
});
let height = -1;
new ResizeObserver(() => {
  const now = document.documentElement.getBoundingClientRect().height;
  if (now !== height) post({ type: 'kt-embed:height', height: (height = now) });
}).observe(document.documentElement);
post({ type: 'kt-embed:ready' });
