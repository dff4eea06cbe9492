/**
 * Scrolls an event into view for the element's RevealController (../../controllers/reveal.ts), which
 * decides when: the page as an anchor link would (`page`), else only the element's own scrollers:
 * the track's, or a box around the element that scrolls (a sticky column beside an article). The
 * page's own scrolling is never touched then. `smooth`: a short transition, unless the reader asks
 * for reduced motion.
 */
export type Reveal = (root: HTMLElement | DocumentFragment, id: string, page: boolean, smooth?: boolean) => void;

/** The nearest box around `from` that scrolls vertically, short of the page. */
function scrollingBox(from: Element): Element | undefined {
  const page = document.scrollingElement;
  for (let box: Element | null = from; box && box !== page && box !== document.body;) {
    if (/auto|scroll/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) return box;
    box = box.parentElement ?? ((box.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

export const reveal: Reveal = (root, id, page, smooth) => {
  const li = root.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  if (!li) return;
  if (page) return li.scrollIntoView({ block: 'nearest', inline: 'center' });
  const behavior = smooth && !matchMedia('(prefers-reduced-motion: reduce)').matches ? 'smooth' : 'auto';
  const card = li.getBoundingClientRect();
  // Centred by a relative scroll, measured on screen, so it holds right to left too.
  const scroller = root.querySelector('.scroller');
  if (scroller) {
    const left = card.left - scroller.getBoundingClientRect().left - (scroller.clientWidth - li.offsetWidth) / 2;
    scroller.scrollBy({ left, behavior });
  }
  const box = smooth && scrollingBox(scroller ?? li);
  if (box) centre(box, li, behavior);
};

/**
 * Centres a card in a box that scrolls (or shows its start, if it is taller), then looks again once the scroll should be over: cards off
 * screen skip layout (`content-visibility`) and take their real height as they come into view, and a
 * smooth scroll can stall (WebKit's, on a busy machine). A card found in view is left where it is.
 */
function centre(box: Element, card: Element, behavior: ScrollBehavior, tries = 3): void {
  const at = card.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  if (tries < 3 && at.top >= frame.top && at.bottom <= frame.bottom) return;
  // Centred; a card taller than the box, from a fifth of the way down, so its date and title show.
  const offset = Math.max((box.clientHeight - at.height) / 2, box.clientHeight / 5);
  box.scrollBy({ top: at.top - frame.top - offset, behavior });
  const again = () => centre(box, card, 'auto', tries - 1);
  if (tries > 1) {
    if (behavior === 'smooth') setTimeout(again, 700);
    else requestAnimationFrame(again);
  }
}
