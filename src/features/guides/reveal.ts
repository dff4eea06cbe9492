/**
 * Scrolls an event into view for the element's RevealController (../../controllers/reveal.ts), which
 * decides when: the page as an anchor link would (`page`), else only the track's own scroller.
 */
export type Reveal = (root: HTMLElement | DocumentFragment, id: string, page: boolean) => void;

export const reveal: Reveal = (root, id, page) => {
  const li = root.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  const scroller = root.querySelector('.scroller');
  if (page) li?.scrollIntoView({ block: 'nearest', inline: 'center' });
  // Centred by a relative scroll, measured on screen, so it holds right to left too.
  else if (li && scroller) {
    const x = li.getBoundingClientRect().left - scroller.getBoundingClientRect().left;
    scroller.scrollLeft += x - (scroller.clientWidth - li.offsetWidth) / 2;
  }
};
