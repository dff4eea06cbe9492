/**
 * The horizontal layout's reading aids, in the track chunk: the popover that shows the selected
 * event beside its card, the overview strip of the whole span, and the fades at the scroller's
 * edges. What they draw depends on where things are on screen, so it is measured after each
 * render and on scroll, and written as styles, without another render.
 */
import { html, type TemplateResult } from 'lit';
import { cssVars } from '../../css-vars.js';
import type { Layout } from '../../model/scale.js';

/** The gap (px) kept between the popover and its card, and between the popover and the viewport's edge. */
const MARGIN = 8;
/** The narrowest (px) the popover is made to stay clear of the previous and next buttons. */
const NARROWEST = 220;

/** The overview's resolution: one tick per thousandth of the span, finer than any strip's pixels. */
const BINS = 1000;

/**
 * The overview: eras as tinted spans, the events as ticks in their category colour (one per
 * thousandth of the span, the first event's there: 100,000 events draw at most 1,001 ticks), and a
 * window showing what the scroller shows. Pointer only (the track itself takes the keyboard), so it
 * is hidden from assistive technology.
 */
export function renderOverview(
  track: Layout,
  color: (index: number) => string,
  onPointer: (event: PointerEvent) => void,
): TemplateResult {
  const at = (pos: number) => pos / Math.max(track.length, 1);
  return html`<div
    part="overview"
    class="overview"
    aria-hidden="true"
    @pointerdown=${onPointer}
    @pointermove=${onPointer}
    @pointerup=${onPointer}
    @pointercancel=${onPointer}
  >
    ${track.eras.map(
      ({ start, end }, i) =>
        html`<span
          class="overview-era${i % 2 ? ' odd' : ''}"
          style=${cssVars({ '--_a': at(start), '--_b': at(end) })}
        ></span>`,
    )}
    ${ticks(track, at).map(
      ([a, i]) => html`<span class="overview-event" style=${cssVars({ '--_a': a, '--_cat': color(i) })}></span>`,
    )}
    <span class="overview-window"></span>
  </div>`;
}

/** Each tick's place (0 to 1) and the index of the first event there. */
function ticks(track: Layout, at: (pos: number) => number): [number, number][] {
  const seen = new Set<number>();
  const found: [number, number][] = [];
  track.placed.forEach((p, i) => {
    const bin = Math.round(at(p.pos) * BINS);
    if (seen.has(bin)) return;
    seen.add(bin);
    found.push([bin / BINS, i]);
  });
  return found;
}

/**
 * Follows the scroller: moves the overview's window, sets the edge fades, and keeps the popover
 * beside its card. Called after each render and on every scroll and resize.
 */
export function follow(root: ParentNode): void {
  const scroller = root.querySelector<HTMLElement>('.horizontal .scroller');
  if (!scroller) return;
  const { scrollLeft, scrollWidth, clientWidth } = scroller;
  const start = Math.abs(scrollLeft);
  const window = root.querySelector<HTMLElement>('.overview-window');
  if (window) window.style.cssText = `--_a: ${start / scrollWidth}; --_b: ${(start + clientWidth) / scrollWidth}`;
  scroller.classList.toggle('more-before', start > 1);
  scroller.classList.toggle('more-after', start + clientWidth < scrollWidth - 1);
  place(root, scroller);
}

/**
 * Places the popover next to the selected card, inside the viewport: below the card, or above it
 * when it fits only there, else on the side with more room, scrolling inside. Hidden while its
 * card is scrolled out of the track's view.
 */
function place(root: ParentNode, scroller: HTMLElement): void {
  const popover = root.querySelector<HTMLElement>('.popover');
  if (!popover) return;
  // The card as the reader sees it: its date, over the line, and its text.
  const parts = [...root.querySelectorAll('li.selected .date, li.selected .body')].map((e) =>
    e.getBoundingClientRect(),
  );
  const box = parts.length
    ? new DOMRect(
        Math.min(...parts.map((r) => r.left)),
        Math.min(...parts.map((r) => r.top)),
        Math.max(...parts.map((r) => r.right)) - Math.min(...parts.map((r) => r.left)),
        Math.max(...parts.map((r) => r.bottom)) - Math.min(...parts.map((r) => r.top)),
      )
    : undefined;
  const view = scroller.getBoundingClientRect();
  if (!box || box.right < view.left || box.left > view.right) {
    popover.hidden = true;
    return;
  }
  popover.hidden = false;
  const frame = popover.offsetParent?.getBoundingClientRect() ?? new DOMRect();
  // Clear of the previous and next buttons at the track's edges: on a phone, narrower than its
  // usual width to stay between them, down to a width still comfortable to read.
  const step = (root.querySelector<HTMLElement>('.step')?.offsetWidth ?? 0) + MARGIN;
  const [min, max] = [Math.max(view.left + step, MARGIN), Math.min(view.right - step, innerWidth - MARGIN)];
  popover.style.width = '';
  popover.style.maxHeight = '';
  if (max - min < popover.offsetWidth && max - min >= NARROWEST) popover.style.width = `${max - min}px`;
  const below = innerHeight - box.bottom - 2 * MARGIN;
  const above = box.top - 2 * MARGIN;
  const height = popover.offsetHeight;
  const side = height <= below || (height > above && below >= above) ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  if (height > room) popover.style.maxHeight = `${Math.max(room, 0)}px`;
  const shown = Math.min(height, Math.max(room, 0));
  const top = side === 'below' ? box.bottom + MARGIN : box.top - MARGIN - shown;
  // Aligned with the card's inline start: its right edge, right to left.
  const width = popover.offsetWidth;
  const start = rtl(scroller) ? box.right - width : box.left;
  const [low, high] = max - min >= width ? [min, max - width] : [MARGIN, innerWidth - width - MARGIN];
  const left = Math.min(Math.max(start, low), high);
  popover.dataset.side = side;
  popover.style.top = `${top - frame.top}px`;
  popover.style.left = `${Math.max(left, MARGIN) - frame.left}px`;
}

/** Whether an element runs right to left. */
export const rtl = (element: Element): boolean => getComputedStyle(element).direction === 'rtl';

/**
 * Click or drag on the overview: the track scrolls so that the point is in the middle of its view.
 * Right to left, the strip runs from the right as the track does, and scrollLeft counts from 0 at
 * the start down to negative values.
 */
export function overviewPointer(root: ParentNode): (event: PointerEvent) => void {
  return (event) => {
    const strip = event.currentTarget as HTMLElement;
    if (event.type === 'pointerdown') strip.setPointerCapture(event.pointerId);
    else if (event.type !== 'pointermove' || !strip.hasPointerCapture(event.pointerId)) return;
    const scroller = root.querySelector<HTMLElement>('.horizontal .scroller');
    if (!scroller) return;
    const box = strip.getBoundingClientRect();
    const backwards = rtl(scroller);
    const at = (backwards ? box.right - event.clientX : event.clientX - box.left) / box.width;
    const start = at * scroller.scrollWidth - scroller.clientWidth / 2;
    scroller.scrollLeft = backwards ? -start : start;
    event.preventDefault();
  };
}
