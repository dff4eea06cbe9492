/**
 * The time scale and horizontal layouts: loaded on demand, the first time an element asks for
 * `scale="time"` or `orientation="horizontal"`, so pages with the default list never download it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Era, TimelineEvent } from './model/types.js';
import type { TimelineItem } from './model/timeline.js';
import { formatWhen, localize } from './model/dates.js';
import type { Locale } from './model/messages.js';
import { formatTick, layout, type Break, type Layout, type LayoutOptions, type Placed } from './model/scale.js';
import { cssVars } from './css-vars.js';

export { trackStyles } from './track.styles.js';

/** The strings only the track shows, one table per locale (the rest are in model/messages.ts). */
const trackMessages: Record<
  Locale,
  { zoom: string; zoomIn: string; zoomOut: string; details: string; gap: (from: string, to: string) => string }
> = {
  en: {
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    details: 'Selected event',
    gap: (from, to) => `No events from ${from} to ${to}; this gap is shortened.`,
  },
  ko: {
    zoom: '확대/축소',
    zoomIn: '확대',
    zoomOut: '축소',
    details: '선택한 사건',
    gap: (from, to) => `${from}부터 ${to}까지는 사건이 없어 간격을 줄였습니다.`,
  },
};

const YEAR = 365.2425;
/** Layout in em: card sizes along the axis, lanes, and how much room a year gets at zoom 1. */
const LAYOUTS: Record<'vertical' | 'horizontal', Omit<LayoutOptions, 'scale' | 'reverse'>> = {
  vertical: { extent: 5.5, lanes: 1, perYear: 2.5, breakAfter: 5 * YEAR, breakSize: 4, tickSpacing: 2.75 },
  horizontal: { extent: 14, lanes: 3, perYear: 5, breakAfter: 5 * YEAR, breakSize: 5, tickSpacing: 5 },
};
const ZOOM_STEP = 1.5;

export interface TrackSettings {
  orientation: 'vertical' | 'horizontal';
  scale: 'even' | 'time';
  zoom: number;
  reverse: boolean;
}

/** Places the visible events on the track. Zoom stretches time only; even spacing has one lane. */
export function arrange(items: readonly TimelineItem[], eras: readonly Era[], settings: TrackSettings): Layout {
  const options = LAYOUTS[settings.orientation];
  const time = settings.scale === 'time';
  return layout(items, eras, {
    ...options,
    lanes: time ? options.lanes : 1,
    perYear: options.perYear * (time ? settings.zoom : 1),
    scale: settings.scale,
    reverse: settings.reverse,
  });
}

/** How far beyond the viewport (in em) events are still rendered, on each side. */
const WINDOW_MARGIN = 24;

/** Whether a stretch from `start` to `end` (em) overlaps the window, if there is one. */
const inWindow = (window: [number, number] | undefined, start: number, end = start): boolean =>
  !window || (end >= window[0] - 16 && start <= window[1]);

/**
 * The stretch of the track (em) to render: what is on screen plus a margin each side. Returns
 * undefined while `current` still covers the screen with half a margin to spare, so scrolls
 * re-render only every half margin, and a first render near the top needs no second.
 */
export function onScreen(
  root: HTMLElement | DocumentFragment,
  horizontal: boolean,
  current: [number, number],
): [number, number] | undefined {
  const trackElement = root.querySelector<HTMLElement>('.track');
  const scroller = root.querySelector<HTMLElement>('.scroller');
  if (!trackElement || !scroller) return undefined;
  const em = parseFloat(getComputedStyle(trackElement).fontSize) || 16;
  const top = trackElement.getBoundingClientRect().top;
  const [start, end] = horizontal
    ? [scroller.scrollLeft, scroller.scrollLeft + scroller.clientWidth]
    : [-top, innerHeight - top];
  const spare = WINDOW_MARGIN / 2;
  const covered = start / em - spare >= current[0] && end / em + spare <= current[1];
  return covered ? undefined : [start / em - WINDOW_MARGIN, end / em + WINDOW_MARGIN];
}

/**
 * The events to render of a long track: those in `window` (em), plus the ones that must stay in
 * the DOM wherever they are (the focused and the selected). Keyed by id, so an element keeps its
 * event, and its focus, as the window moves.
 */
export function renderWindow(
  placed: readonly Placed[],
  window: [number, number],
  keep: readonly (string | undefined)[],
  render: (placed: Placed, index: number) => TemplateResult,
): unknown {
  const indices: number[] = [];
  placed.forEach((p, i) => {
    if (inWindow(window, p.pos) || keep.includes(p.item.event.id)) indices.push(i);
  });
  return repeat(
    indices,
    (i) => placed[i]!.item.event.id,
    (i) => render(placed[i]!, i),
  );
}

const resizes = new WeakMap<Element, ResizeObserver>();

/**
 * Starts or stops following what moves a windowed track on screen: the page's scrolling and
 * resizing, and the element's own size (a container that widens, or a hidden one shown).
 */
export function followPage(on: boolean, handler: () => void, host: Element): void {
  for (const type of ['scroll', 'resize']) {
    if (on) window.addEventListener(type, handler, { passive: true });
    else window.removeEventListener(type, handler);
  }
  resizes.get(host)?.disconnect();
  if (on) {
    const observer = new ResizeObserver(handler);
    observer.observe(host);
    resizes.set(host, observer);
  }
}

/** What the zoom needs of its element. */
interface ZoomHost {
  zoom: number;
  scale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Zoom by buttons, Ctrl/⌘ + wheel, pinch and +/-, keeping one event where it was on screen: the
 * one nearest the pointer, or the focused one.
 */
export class Zoomer {
  #anchor: { id: string; offset: number } | undefined;
  #pointers = new Map<number, number>();
  #pinchStart: { distance: number; zoom: number } | undefined;

  constructor(readonly host: ZoomHost) {}

  #scroller(): Element | null {
    return this.host.renderRoot.querySelector('.scroller');
  }

  #li(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  }

  /** Zooms in (+1) or out (-1) one step, keeping `anchorId` in place. */
  by(direction: number, anchorId?: string): void {
    this.set(this.host.zoom * ZOOM_STEP ** Math.sign(direction), anchorId);
  }

  set(zoom: number, anchorId?: string, offset?: number): void {
    const next = Math.min(16, Math.max(0.25, zoom));
    if (next === this.host.zoom || this.host.scale !== 'time') return;
    const li = anchorId ? this.#li(anchorId) : null;
    const scroller = this.#scroller();
    if (li && scroller) this.#anchor = { id: li.dataset.id!, offset: offset ?? li.offsetLeft - scroller.scrollLeft };
    this.host.zoom = next;
  }

  /** After the element re-renders at the new zoom: scroll the anchor back to where it was. */
  restore(): void {
    const anchor = this.#anchor;
    this.#anchor = undefined;
    const li = anchor && this.#li(anchor.id);
    const scroller = this.#scroller();
    if (anchor && li && scroller) scroller.scrollLeft = li.offsetLeft - anchor.offset;
  }

  /** Zooms at a point on screen, keeping the event nearest it in place. */
  #at(clientX: number, zoom: number): void {
    const scroller = this.#scroller();
    let best: { li: HTMLElement; distance: number } | undefined;
    for (const li of this.host.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')) {
      const distance = Math.abs(li.getBoundingClientRect().left - clientX);
      if (!best || distance < best.distance) best = { li, distance };
    }
    this.set(zoom, best?.li.dataset.id, best && scroller ? best.li.offsetLeft - scroller.scrollLeft : undefined);
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

/** The selected event in full, below the horizontal track. */
export function renderDetail(event: TimelineEvent, locale: Locale, content: TemplateResult): TemplateResult {
  return html`<section part="detail" class="detail" aria-label=${trackMessages[locale].details}>
    <time class="date" datetime=${event.start}>${formatWhen(event, locale)}</time>${content}
  </section>`;
}

/** A shortened gap: drawn in the space before an event, read out as part of it. */
export function renderBreak(gap: Break, locale: Locale): TemplateResult {
  const from = formatTick(gap.from, 'year', locale);
  const to = formatTick(gap.to, 'year', locale);
  return html`<div part="break" class="break">
    <span aria-hidden="true">${from} → ${to}</span>
    <span class="visually-hidden">${trackMessages[locale].gap(from, to)}</span>
  </div>`;
}

export interface TrackView {
  layout: Layout;
  locale: Locale;
  /** Zoom buttons are shown for the horizontal time scale. */
  zoomable: boolean;
  list: TemplateResult;
  detail: TemplateResult | typeof nothing;
  zoomer: Zoomer;
  /** The event the zoom buttons keep in place. */
  focused: string | undefined;
  /** Scrolling the track moves the window of rendered events. */
  onScroll: () => void;
  /** The stretch of the track (em) to render, when windowed: ticks and eras outside it are left out. */
  window: [number, number] | undefined;
}

export function renderTrack(view: TrackView): TemplateResult {
  const { layout: track, locale, zoomer } = view;
  const t = trackMessages[locale];
  const onPointer = zoomer.onPointer;
  return html`${
      view.zoomable
        ? html`<div part="zoom" class="zoom" role="group" aria-label=${t.zoom}>
            <button type="button" aria-label=${t.zoomOut} @click=${() => zoomer.by(-1, view.focused)}>−</button>
            <button type="button" aria-label=${t.zoomIn} @click=${() => zoomer.by(1, view.focused)}>+</button>
          </div>`
        : nothing
    }
    <div
      part="scroller"
      class="scroller"
      @wheel=${zoomer.onWheel}
      @scroll=${view.onScroll}
      @pointerdown=${onPointer}
      @pointermove=${onPointer}
      @pointerup=${onPointer}
      @pointercancel=${onPointer}
    >
      <div class="track" style=${cssVars({ '--_length': track.length })}>
        <div class="bands" aria-hidden="true">
          ${track.eras
            .filter(({ start, end }) => inWindow(view.window, start, end))
            .map(({ era, start, end }) => {
              const label = localize(era.label, locale);
              return html`<div
                part="era-band"
                class="band"
                style=${cssVars({ '--_pos': start, '--_size': end - start })}
              >
                <span lang=${label.lang}>${label.text}</span>
              </div>`;
            })}
        </div>
        <div part="axis" class="axis" aria-hidden="true">
          ${track.ticks
            .filter((tick) => inWindow(view.window, tick.pos))
            .map(
              (tick) =>
                html`<span class="tick ${tick.level}" style=${cssVars({ '--_pos': tick.pos })}
                  >${formatTick(tick.day, tick.level, locale)}</span
                >`,
            )}
        </div>
        ${view.list}
      </div>
    </div>
    ${view.detail}`;
}
