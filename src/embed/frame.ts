/**
 * The script of `cdn/embed.html`: one full-width timeline made from the page's URL parameters, which
 * tells the page around it its height, takes the page's `#id`, and reports selections (see
 * protocol.ts). Parameters only ever become attributes of the element, which treats them as text;
 * `src` must be an http(s) URL, and anything else is refused with a visible message.
 */
import type { FrameMessage, HashMessage, StepMessage, TopMessage } from './protocol.js';

const ATTRIBUTES = [
  'locale',
  'theme',
  'orientation',
  'scale',
  'categories',
  'from',
  'to',
  'selected',
  'featured-only',
  'heading-level',
];
const params = new URLSearchParams(location.search);
const src = params.get('src');
/** `src` as an http(s) URL; null when there is none, undefined when it is anything else. */
function dataUrl(): URL | null | undefined {
  if (src === null) return null;
  try {
    const url = new URL(src, location.href);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
const url = dataUrl();
const tag = src === null ? 'korea-timeline' : 'event-timeline';
// Opened on its own, the page is its own parent, and its messages (none of them a hash) go unheard.
const post = (message: FrameMessage) => parent.postMessage(message, '*');

// Every event laid out: an iframe sized to its content has no off-screen part to skip, and its
// height must not change as the host page scrolls. A constructed sheet, as the page's CSP wants.
const sheet = new CSSStyleSheet();
// The host article's steps (see below) are drawn above the line, unseen.
sheet.replaceSync(
  `body{margin:0}${tag}::part(event){content-visibility:visible}#kt-steps *{position:absolute;top:0;width:1px;height:1px;visibility:hidden}`,
);
document.adoptedStyleSheets = [sheet];
/** The timeline, unless the parameters were refused. */
const timeline = url === undefined ? undefined : document.createElement(tag);
if (timeline) {
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) timeline.setAttribute(name, value);
  }
  // The host's hash reaches the element as this page's own, without adding to the reader's history:
  // a frame's new entries would be the host page's, so the element's selections replace this one.
  timeline.toggleAttribute('link-hash', true);
  history.pushState = history.replaceState.bind(history);
  if (url) timeline.setAttribute('src', url.href);
  timeline.addEventListener('kt-select', (event) => post({ type: 'kt-embed:select', id: event.detail.event.id }));
  document.body.append(timeline);
  // Chromium draws nothing in a cross-origin frame off screen, and its ResizeObserver stays silent
  // there until the reader scrolls to it: each change the element makes is also measured, with a
  // forced layout, so the host page has the right height from the start.
  void import(new URL(`./${tag}.js`, import.meta.url).href).then(() =>
    new MutationObserver(measure).observe(timeline.shadowRoot!, { subtree: true, childList: true, attributes: true }),
  );
} else {
  const message = document.createElement('p');
  message.role = 'alert';
  message.textContent = `This embed loads data from http: and https: addresses, not “${src}”.`;
  document.body.append(message);
}

/** The element looks again at what is in sight (the era band, the steps followed), as after a scroll. */
const rescan = () => document.dispatchEvent(new Event('scroll'));
let revealing = false;
addEventListener('message', ({ source, data }: MessageEvent<HashMessage | StepMessage | TopMessage | null>) => {
  if (source !== parent) return;
  // The host's window top, this far below the frame's: the era band sticks there, and looks again.
  if (data?.type === 'kt-embed:top' && data.top >= 0) {
    timeline?.style.setProperty('--kt-sticky-top', `${data.top}px`);
    return rescan();
  }
  // The host article's steps the reader has passed: the element follows them here as it would the article.
  if (data?.type === 'kt-embed:step' && timeline && Array.isArray(data.steps)) {
    let steps = document.getElementById('kt-steps');
    if (!steps) {
      steps = document.body.appendChild(document.createElement('div'));
      steps.id = 'kt-steps';
      timeline.setAttribute('follow', '#kt-steps');
    }
    steps.replaceChildren(
      ...data.steps.map((step) => {
        const anchor = document.createElement('span');
        anchor.dataset.ktView = step;
        return anchor;
      }),
    );
    return rescan();
  }
  if (data?.type !== 'kt-embed:hash') return;
  // The host article's address: the element takes only an http(s) one for the links it copies.
  if (typeof data.page === 'string') timeline?.setAttribute('link-base', data.page);
  if (typeof data.id === 'string' && data.id) {
    revealing = true;
    location.replace(`#${encodeURIComponent(data.id)}`);
  }
});
// Where the event the host's hash opened is, once the element has followed the hash (its listener
// came first) and the frame that lays it out has sent its height.
addEventListener('hashchange', async () => {
  if (!revealing) return;
  revealing = false;
  await customElements.whenDefined(tag);
  await (timeline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const li = timeline!.shadowRoot?.querySelector('li[aria-current="true"]');
  if (li) post({ type: 'kt-embed:reveal', top: li.getBoundingClientRect().top + scrollY });
});
let height = -1;
const measure = () => {
  const now = document.documentElement.getBoundingClientRect().height;
  if (now !== height) post({ type: 'kt-embed:height', height: (height = now) });
};
new ResizeObserver(measure).observe(document.documentElement);
post({ type: 'kt-embed:ready' });
