/**
 * `cdn/embed.js`, for a page that shows timelines in `<iframe data-kt-embed src=".../embed.html">`:
 * sizes each iframe to its content, passes the page's `#id` in so links to one event work, and, on
 * iframes with `data-kt-link-hash`, writes the event selected inside to the page's URL and gives the
 * embed the page's address for the links it copies.
 * The event a hash opens is scrolled to, as an anchor link's target would be. It takes
 * messages only from an embed's own window and from the origin of its `src`. An iframe with
 * `data-kt-follow` (a selector of the article, or empty for the one around it) follows the article as
 * the reader scrolls the page: the steps passed are sent in, and the embed selects the last that is its.
 * As the page scrolls past an iframe's top, the embed is told how far, so its era band stays in sight.
 */
import type { FrameMessage, HashMessage, StepMessage, TopMessage } from './protocol.js';
import { articleFor, passedSteps } from '../features/follow/anchors.js';

const frames = () => [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-kt-embed]')];
const originOf = (frame: HTMLIFrameElement) => new URL(frame.src, location.href).origin;

/** The page's hash as text; a malformed escape ("%E0%A4%A") is taken as written, not thrown. */
function hashText(): string {
  const hash = location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

function sendHash(frame: HTMLIFrameElement): void {
  const message: HashMessage = { type: 'kt-embed:hash', id: hashText() };
  if (frame.hasAttribute('data-kt-link-hash')) message.page = location.href.replace(/#.*$/, '');
  frame.contentWindow?.postMessage(message, originOf(frame));
}

addEventListener('message', ({ source, origin, data }: MessageEvent<FrameMessage | null>) => {
  const frame = frames().find((f) => f.contentWindow === source);
  if (!frame || origin !== originOf(frame)) return;
  if (data?.type === 'kt-embed:ready') {
    sendHash(frame);
    sent.delete(frame);
    sendSteps(frame);
    sendTop(frame);
  }
  // As an anchor link would: the event opened by the page's hash at the top of the window.
  else if (data?.type === 'kt-embed:reveal' && typeof data.top === 'number')
    scrollBy(0, frame.getBoundingClientRect().top + data.top);
  else if (data?.type === 'kt-embed:height' && typeof data.height === 'number' && data.height >= 0 && data.height < 1e6)
    frame.style.height = `${Math.ceil(data.height)}px`;
  else if (data?.type === 'kt-embed:select' && typeof data.id === 'string' && frame.hasAttribute('data-kt-link-hash')) {
    history.replaceState(history.state, '', `#${encodeURIComponent(data.id)}`);
  }
});
addEventListener('hashchange', () => frames().forEach(sendHash));

/** What each following iframe was last sent, so it is sent again only when the reader passes a step. */
const sent = new WeakMap<HTMLIFrameElement, string>();
/** The steps of the article a following iframe's reader has passed: anchors drawn above 40% of the window. */
function sendSteps(frame: HTMLIFrameElement): void {
  const selector = frame.dataset.ktFollow;
  if (selector === undefined) return;
  const article = articleFor(frame, selector);
  const steps = article ? passedSteps(article, innerHeight * 0.4).map(([, hash]) => hash) : [];
  if (sent.get(frame) === steps.join('\n')) return;
  sent.set(frame, steps.join('\n'));
  const message: StepMessage = { type: 'kt-embed:step', steps };
  frame.contentWindow?.postMessage(message, originOf(frame));
}
/** How far the page has scrolled past the iframe's top: its era band sticks there (docs/embed.md). */
function sendTop(frame: HTMLIFrameElement): void {
  const message: TopMessage = { type: 'kt-embed:top', top: Math.max(0, -frame.getBoundingClientRect().top) };
  frame.contentWindow?.postMessage(message, originOf(frame));
}
let frameRequested = 0;
const scrolled = () =>
  (frameRequested ||= requestAnimationFrame(
    () => ((frameRequested = 0), frames().forEach((frame) => (sendSteps(frame), sendTop(frame)))),
  ));
addEventListener('scroll', scrolled, { capture: true, passive: true });
addEventListener('resize', scrolled, { passive: true });
