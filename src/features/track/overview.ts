/**
 * The track's second chunk, fetched with the first (see ../../core/manifest.ts): the time scale's
 * model (../../model/scale.ts: positions, breaks, magnified stretches, ticks and rules), and the
 * horizontal layout's reading aids, the overview strip of the whole span and the fades at the
 * scroller's edges. What those draw depends on where the track is scrolled, so it is measured after
 * each render and on scroll, and written as styles, without another render.
 */
import { html, type TemplateResult } from 'lit';
import { cssVars } from '../../css-vars.js';
import type { Layout } from '../../model/scale.js';

export { overviewStyles } from './overview.styles.js';
// The track chunk reaches the model through this one only: imported there too, it would be a third chunk.
export { formatTick, layout } from '../../model/scale.js';

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
 * Follows the scroller: moves the overview's window and sets the edge fades. Called after each
 * render and on every scroll and resize.
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
