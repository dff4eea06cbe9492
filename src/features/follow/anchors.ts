/**
 * An article's steps, for following it: shared by the element's follow feature (./index.ts) and the
 * host page's script of an iframe embed (../../embed/host.ts), which sends them into the frame. Each
 * bundles its own copy; a few lines, no dependency.
 */

/**
 * The article followed: the element `selector` names, else the nearest `<article>` around `from`,
 * else the page's first. A selector that is not one names nothing.
 */
export function articleFor(from: Element, selector: string | undefined): ParentNode | null {
  if (!selector) return from.closest('article') ?? document.querySelector('article');
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * The steps the reader has passed, in reading order: the article's anchors (`<a href="#…">`,
 * `data-kt-event`, `data-kt-view`) that are drawn (a hidden one has no box) with their top above
 * `line` (px from the window's top). Each as its hash in the link's format: `#event-id`, or a view.
 */
export function passedSteps(article: ParentNode, line: number): [anchor: Element, hash: string][] {
  const passed: [Element, string][] = [];
  for (const anchor of article.querySelectorAll('a[href^="#"], [data-kt-event], [data-kt-view]')) {
    if (!anchor.getClientRects().length || anchor.getBoundingClientRect().top > line) continue;
    const id = anchor.getAttribute('data-kt-event');
    const hash =
      anchor.getAttribute('data-kt-view') ??
      (id === null ? anchor.getAttribute('href')! : `#${encodeURIComponent(id)}`);
    passed.push([anchor, hash]);
  }
  return passed;
}
