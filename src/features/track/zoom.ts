import { TimelineZoomEvent } from './events.js';
/** The zoom steps of buttons, wheel and keys, and its limits. */
const ZOOM_STEP = 1.5;
export const clampZoom = (zoom: number): number => Math.min(16, Math.max(0.25, zoom || 1));

/** What the zoom needs of its element. */
export interface ZoomHost extends Pick<EventTarget, 'dispatchEvent'> {
  zoom: number;
  readonly scale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Zoom by buttons, Ctrl/⌘ + wheel, pinch and +/-, keeping one event where it was on screen: the
 * one nearest the pointer, or the focused one. The element's `zoom` is the only zoom state; this
 * only remembers, between a request and the render at the new zoom, which event to keep in place.
 */
/**
 * Where an element starts across the scroller's visible box, in px from its left edge. Measured on
 * screen, and scrolling moves by differences, so it holds right to left as well (where scrollLeft
 * runs from 0 down to negative values).
 */
export function onScreen(element: Element, scroller: Element): number {
  return element.getBoundingClientRect().left - scroller.getBoundingClientRect().left;
}

export class Zoomer {
  #anchor: { id: string; offset: number } | undefined;
  #pointers = new Map<number, number>();
  #pinchStart: { distance: number; zoom: number } | undefined;

  constructor(private readonly host: ZoomHost) {}

  #scroller(): Element | null {
    return this.host.renderRoot.querySelector('.scroller');
  }

  #li(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  }

  /**
   * Zooms in (+1) or out (-1) one step, keeping `anchorId` in place if it is on screen, else the
   * event nearest the middle of what is on screen.
   */
  by(direction: number, anchorId?: string): void {
    const zoom = this.host.zoom * ZOOM_STEP ** Math.sign(direction);
    const li = anchorId ? this.#li(anchorId) : null;
    const scroller = this.#scroller();
    const shown =
      li && scroller && onScreen(li, scroller) + li.offsetWidth > 0 && onScreen(li, scroller) < scroller.clientWidth;
    if (scroller && !shown) {
      const box = scroller.getBoundingClientRect();
      this.#at(box.left + box.width / 2, zoom);
    } else {
      this.set(zoom, anchorId);
    }
  }

  set(zoom: number, anchorId?: string, offset?: number): void {
    const next = clampZoom(zoom);
    if (next === this.host.zoom || this.host.scale !== 'time') return;
    const li = anchorId ? this.#li(anchorId) : null;
    const scroller = this.#scroller();
    if (li && scroller) this.#anchor = { id: li.dataset.id!, offset: offset ?? onScreen(li, scroller) };
    // As the reader asked: the element's zoom, and kt-zoom.
    this.host.zoom = next;
    this.host.dispatchEvent(new TimelineZoomEvent(next));
  }

  /** After a render at the new zoom: scrolls the anchor back to where it was. */
  restore(): void {
    const anchor = this.#anchor;
    this.#anchor = undefined;
    const li = anchor && this.#li(anchor.id);
    const scroller = this.#scroller();
    if (anchor && li && scroller) scroller.scrollLeft += onScreen(li, scroller) - anchor.offset;
  }

  /** Zooms at a point on screen, keeping the event nearest it in place. */
  #at(clientX: number, zoom: number): void {
    const scroller = this.#scroller();
    let best: { li: HTMLElement; distance: number } | undefined;
    for (const li of this.host.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')) {
      const distance = Math.abs(li.getBoundingClientRect().left - clientX);
      if (!best || distance < best.distance) best = { li, distance };
    }
    this.set(zoom, best?.li.dataset.id, best && scroller ? onScreen(best.li, scroller) : undefined);
  }

  onWheel = (event: WheelEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || this.host.scale !== 'time') return;
    event.preventDefault();
    this.#at(event.clientX, this.host.zoom * ZOOM_STEP ** (event.deltaY < 0 ? 1 : -1));
  };

  /** Two touch pointers moving apart or together zoom; one pointer scrolls natively. */
  onPointer = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    if (event.type === 'pointerdown' || (event.type === 'pointermove' && this.#pointers.has(event.pointerId))) {
      this.#pointers.set(event.pointerId, event.clientX);
    } else {
      this.#pointers.delete(event.pointerId);
    }
    const [a, b] = [...this.#pointers.values()];
    if (a === undefined || b === undefined) {
      this.#pinchStart = undefined;
      return;
    }
    const distance = Math.max(1, Math.abs(a - b));
    this.#pinchStart ??= { distance, zoom: this.host.zoom };
    this.#at((a + b) / 2, (this.#pinchStart.zoom * distance) / this.#pinchStart.distance);
  };
}
