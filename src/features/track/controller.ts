/**
 * The time scale, the horizontal layout and windowed long lists: loaded on demand, the first time
 * an element needs a track, so pages with the default list never download it.
 *
 * The element hands this controller what is shown and gets the track back as templates. The
 * controller owns what only a track has: positions, the rendered window of a long track and the
 * listeners that move it, and the zoom gestures. The element's `zoom` stays the one zoom state.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Era, TimelineEvent } from '../../model/types.js';
import type { TimelineItem } from '../../model/timeline.js';
import type { Locale } from '../../model/messages.js';
import { WINDOW_AFTER } from '../../model/view.js';
import type { Break, Layout, LayoutOptions, Placed, Scale, TickLevel } from '../../model/scale.js';
import { clampZoom, Zoomer, type ZoomHost } from './zoom.js';
import { TimelineExpandEvent } from './events.js';
import { inWindow, renderBreak, renderDetail, renderTrack, type TrackLanes, type Window } from './render.js';
import type * as Overview from './overview.js';

const YEAR = 365.2425;
/** Layout in em: card sizes along the axis, lanes, and how much room a year gets at zoom 1. */
const LAYOUTS: Record<'vertical' | 'horizontal', Omit<LayoutOptions, 'scale' | 'reverse'>> = {
  vertical: { extent: 5.5, lanes: 1, perYear: 2.5, breakAfter: 5 * YEAR, breakSize: 4, tickSpacing: 2.75 },
  // Markers 2.5 em apart: a range's capsule and a key moment's larger dot never touch their neighbour's.
  horizontal: {
    extent: 14,
    lanes: 3,
    perYear: 5,
    breakAfter: 5 * YEAR,
    breakSize: 5,
    tickSpacing: 5,
    markerGap: 2.5,
    zoomRow: true,
  },
};

/** The size of an em in px, in which the track places everything. */
const em = (element: Element) => parseFloat(getComputedStyle(element).fontSize) || 16;

/** The most room (em) a card grows by for a headline that does not fit. */
const GROW_MAX = 12;

/** How far beyond the viewport (in em) events are still rendered, on each side. */
const WINDOW_MARGIN = 24;

export interface TrackHost extends ReactiveControllerHost, ZoomHost {
  readonly orientation: 'vertical' | 'horizontal';
  readonly scale: Scale;
  readonly reverse: boolean;
  readonly selected: string | undefined;
}

export interface TrackView {
  locale: Locale;
  /** The event the zoom buttons keep in place. */
  focused: string | undefined;
  /** Events that stay rendered wherever the window is (the focused and the selected). */
  keep: readonly (string | undefined)[];
  /** The `<ol>` around the events given. */
  list: (events: unknown) => TemplateResult;
  /** An event on the track: its place as custom properties, and a shortened gap's label before it. */
  event: (
    item: TimelineItem,
    index: number,
    track: { vars: Record<string, number>; label?: TemplateResult | undefined },
  ) => TemplateResult;
  /** The selected event in full, shown in the pane above a horizontal track. */
  detail: { event: TimelineEvent; content: TemplateResult; color: string; close: () => boolean } | undefined;
  /** The category colour of each placed event, for the overview strip. */
  color: (event: TimelineEvent) => string;
  /** With lanes: their bands, drawn on the track under the events, and what the track's box needs to know of them. */
  lanes?: ((layout: Layout, window: Window | undefined) => TrackLanes) | undefined;
}

/** With lanes: each item's lane, and how many there are (the items of folded lanes are not laid out). */
export type Grouping = Pick<LayoutOptions, 'group' | 'groups'> & Partial<Pick<LayoutOptions, 'extent'>>;

export class TrackController implements ReactiveController {
  /** The last arrangement: positions in the order of the list and of the keyboard. */
  layout: Layout | undefined;
  readonly #zoomer: Zoomer;
  readonly #breakBefore = new Map<string, Break>();
  /** The stretch of the track (em) whose events are rendered, when windowed. */
  #window: Window = [-24, 96];
  #listening = false;
  /** The event a step button selected: scrolled into view once it is rendered as selected. */
  #bringing: string | undefined;
  /** The last event a step button selected: read out while it stays selected. */
  #walked: string | undefined;
  #resizes: ResizeObserver | undefined;
  readonly #onOverview: (event: PointerEvent) => void;
  readonly #print = matchMedia('print');
  /** Between beforeprint and afterprint: a print is being laid out, whatever the media query says meanwhile. */
  #inPrint = false;
  /** While the page prints, the element shows every event in full, as a list. */
  printing = this.#print.matches;
  /**
   * Headlines are never cut: the room (em) each card's text needed beyond its box when it was drawn.
   * A vertical card grows by its own; a horizontal track's rows by the most any card needed.
   */
  readonly #grow = new Map<string, number>();
  /** The width the cards were measured at: a wider track may need less room, and is measured again. */
  #grownAt = 0;
  /** While cards have grown: the element's size, to measure them again once it is wider. */
  #widths: ResizeObserver | undefined;

  /** `overview`: the time scale's model, the overview strip and the edge fades, a chunk fetched with this one. */
  constructor(
    private readonly host: TrackHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly overview: typeof Overview,
  ) {
    this.#zoomer = new Zoomer(host);
    this.#onOverview = overview.overviewPointer(host.renderRoot);
    host.addController(this);
  }

  /** More events than a page should hold at once: only those near the screen are rendered. */
  get windowed(): boolean {
    return (this.layout?.placed.length ?? 0) > WINDOW_AFTER;
  }

  /** Places the visible events. Zoom stretches time only; even spacing, and each of several lanes, has one row. */
  arrange(items: readonly TimelineItem[], eras: readonly Era[], grouping?: Grouping): Layout {
    const { orientation, scale, reverse } = this.host;
    const options = LAYOUTS[orientation === 'horizontal' ? 'horizontal' : 'vertical'];
    const time = scale === 'time';
    const grow = this.#grow;
    const result = this.overview.layout(items, eras, {
      ...options,
      ...grouping,
      grow: orientation === 'horizontal' ? undefined : (item) => grow.get(item.event.id) ?? 0,
      lanes: time && !grouping?.group ? options.lanes : 1,
      perYear: options.perYear * (time ? clampZoom(this.host.zoom) : 1),
      scale: time ? 'time' : 'even',
      reverse,
    });
    this.#breakBefore.clear();
    for (const br of result.breaks) {
      const next = result.placed.find((p) => p.pos >= br.end);
      if (next) this.#breakBefore.set(next.item.event.id, br);
    }
    return (this.layout = result);
  }

  /** Forgets the layout: the element shows a flowing list. */
  clear(): void {
    this.layout = undefined;
  }

  /** The reader opened a compact card on the track: fires kt-expand. */
  expand(event: TimelineEvent): void {
    this.host.dispatchEvent(new TimelineExpandEvent(event));
  }

  /** Zooms one step in (+1) or out (-1), keeping an event in place; false where nothing zooms. */
  zoomBy(direction: number, anchorId: string | undefined): boolean {
    if (this.host.scale !== 'time') return false;
    this.#zoomer.by(direction, anchorId);
    return true;
  }

  render(view: TrackView): TemplateResult | undefined {
    const track = this.layout;
    if (!track) return undefined;
    const window = this.windowed ? this.#window : undefined;
    const placed = track.placed;
    const lanes = view.lanes?.(track, window);
    const { formatTick } = this.overview;
    const tick = (day: number, level: TickLevel) => lanes?.tick?.(day) ?? formatTick(day, level, view.locale);
    const event = (i: number) => {
      const p = placed[i]!;
      const vars: Record<string, number> = { '--_pos': p.pos, '--_lane': p.lane, '--_span': p.span };
      if (p.group !== undefined) vars['--_group'] = p.group;
      // Set on every vertical card, 0 too: a custom property once set stays until set again.
      if (!horizontal) vars['--_grow'] = this.#grow.get(p.item.event.id) ?? 0;
      const gap = this.#breakBefore.get(p.item.event.id);
      if (!gap) return view.event(p.item, i, { vars });
      vars['--_gap-start'] = gap.start - p.pos;
      vars['--_gap-size'] = gap.end - gap.start;
      // What the empty years hold: said by the later of the events either side, in either direction.
      const before = placed[i - 1];
      const note = (before && before.item.from > p.item.from ? before : p).item.event.gap;
      return view.event(p.item, i, { vars, label: renderBreak(gap, view.locale, tick, note) });
    };
    let events: unknown;
    const horizontal = this.host.orientation === 'horizontal';
    if (window) {
      const indices: number[] = [];
      placed.forEach((p, i) => {
        if (inWindow(window, p.pos) || view.keep.includes(p.item.event.id)) indices.push(i);
      });
      // Keyed by id, so an element keeps its event, and its focus, as the window moves.
      events = repeat(indices, (i) => placed[i]!.item.event.id, event);
    } else {
      events = placed.map((_, i) => event(i));
    }
    const { detail } = view;
    return renderTrack({
      layout: track,
      locale: view.locale,
      zoomable: horizontal && this.host.scale === 'time',
      list: view.list(events),
      lanes,
      detail: horizontal
        ? renderDetail(view.locale, detail && { ...detail, close: () => this.#close(detail.close) })
        : undefined,
      overview: horizontal
        ? this.overview.renderOverview(track, (i) => view.color(placed[i]!.item.event), this.#onOverview)
        : undefined,
      steps: horizontal ? this.#steps() : undefined,
      walked: detail?.event.id === this.#walked ? detail?.event : undefined,
      zoomer: this.#zoomer,
      focused: view.focused,
      onScroll: this.#measure,
      window,
      grow: horizontal ? Math.max(0, ...this.#grow.values()) : 0,
      tick,
    });
  }

  /**
   * Previous and next, in the track's order (the keyboard's): the events beside the selected one;
   * with none selected, those beside where the reader has scrolled to (the first card from the
   * view's start, and the one before it).
   */
  #steps(): [(() => void) | undefined, (() => void) | undefined] {
    const placed = this.layout?.placed ?? [];
    const index = placed.findIndex((p) => p.item.event.id === this.host.selected);
    const to = (target: Placed | undefined) => target && (() => void this.#walk(target));
    if (index >= 0) return [to(placed[index - 1]), to(placed[index + 1])];
    if (!placed.length) return [undefined, undefined];
    const fromView = (by: -1 | 1) => () => {
      const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
      const start = scroller ? Math.abs(scroller.scrollLeft) / em(scroller) : 0;
      const first = placed.findIndex((p) => p.pos >= start - 0.5);
      to(placed[(first < 0 ? placed.length : first) + (by < 0 ? -1 : 0)])?.();
    };
    return [fromView(-1), fromView(1)];
  }

  /**
   * Selects an event as a click on its card does (the element's one way to select, with its events),
   * then brings the card into view. A windowed track first scrolls to where the card
   * is, so that it is rendered.
   */
  async #walk(target: Placed): Promise<void> {
    const id = target.item.event.id;
    const card = () => this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!card() && scroller) {
      const start = target.pos * em(scroller) - scroller.clientWidth / 2;
      scroller.scrollLeft = this.overview.rtl(scroller) ? -start : start;
      this.#measure();
      await this.host.updateComplete;
    }
    this.#bringing = this.#walked = id;
    card()?.click();
  }

  /** Closes the selected event's pane, and puts the focus back on its card. */
  #close(clear: () => boolean): void {
    const id = this.host.selected;
    if (!id || !clear()) return;
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)?.focus(),
    );
  }

  hostUpdated(): void {
    this.#fit();
    this.#zoomer.restore();
    const id = this.#bringing;
    if (id && id === this.host.selected) {
      this.#bringing = undefined;
      this.host.renderRoot
        .querySelector(`li[data-id="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'center' });
    }
    this.#follow(this.windowed || this.host.orientation === 'horizontal');
    this.overview.follow(this.host.renderRoot);
    // Measure once the browser has laid the track out; a re-render from here would be a second update.
    if (this.windowed) requestAnimationFrame(this.#measure);
  }

  /**
   * Measures the cards just drawn, and lays the track out again where a headline did not fit its
   * box, before the browser paints: the next layout gives each such card (or row) the room it
   * lacked. Only a wider track forgets what it measured, so a scrollbar that comes with the taller
   * track cannot make it shrink and grow in turn.
   */
  #fit(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller || this.printing) return;
    let changed = false;
    if (scroller.clientWidth > this.#grownAt && this.#grow.size) {
      this.#grow.clear();
      changed = true;
    }
    this.#grownAt = scroller.clientWidth;
    const size = em(scroller);
    for (const body of scroller.querySelectorAll<HTMLElement>('.event > .body')) {
      const over = body.scrollHeight - body.clientHeight;
      if (over <= 1) continue;
      const id = (body.parentElement as HTMLElement).dataset['id']!;
      const was = this.#grow.get(id) ?? 0;
      // In quarter ems, rounded up: a line's fraction would be measured again and again. At most
      // GROW_MAX: a page's own rule that fixes a card's height must not grow the track for ever.
      const grow = Math.min(GROW_MAX, was + Math.ceil((over / size) * 4) / 4);
      if (grow === was) continue;
      this.#grow.set(id, grow);
      changed = true;
    }
    const root = this.host.renderRoot;
    if (this.#grow.size && !this.#widths && root instanceof ShadowRoot) {
      this.#widths = new ResizeObserver(() => {
        const now = root.querySelector('.scroller')?.clientWidth ?? 0;
        // A frame later: laid out again inside this callback, the element's new height would loop it.
        if (now > this.#grownAt) requestAnimationFrame(() => this.host.requestUpdate());
      });
      this.#widths.observe(root.host);
    }
    if (!changed) return;
    this.clear();
    // Once this update has ended: still before the browser paints.
    void Promise.resolve().then(() => this.host.requestUpdate());
  }

  hostConnected(): void {
    // beforeprint comes before a reader's print is laid out; the media query, with an emulated one.
    for (const type of ['beforeprint', 'afterprint']) window.addEventListener(type, this.#printed);
    this.#print.addEventListener('change', this.#printed);
  }

  hostDisconnected(): void {
    this.#follow(false);
    this.#widths?.disconnect();
    this.#widths = undefined;
    for (const type of ['beforeprint', 'afterprint']) window.removeEventListener(type, this.#printed);
    this.#print.removeEventListener('change', this.#printed);
  }

  /**
   * A print (beforeprint to afterprint), or print media emulated without one. Chromium's PDF output
   * turns the print media query off and on again inside a print: those changes are not the print's
   * end, or the page would be laid out as a track again before it is printed.
   */
  #printed = (event: Event): void => {
    if (event.type !== 'change') this.#inPrint = event.type === 'beforeprint';
    const printing = this.#inPrint || this.#print.matches;
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };

  /**
   * Starts or stops following what moves a windowed track on screen: the page's scrolling and
   * resizing, and the element's own size (a container that widens, or a hidden one shown).
   */
  #follow(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    for (const type of ['scroll', 'resize']) {
      if (on) window.addEventListener(type, this.#measure, { passive: true });
      else window.removeEventListener(type, this.#measure);
    }
    this.#resizes?.disconnect();
    this.#resizes = undefined;
    const root = this.host.renderRoot;
    if (on && root instanceof ShadowRoot) {
      this.#resizes = new ResizeObserver(this.#measure);
      this.#resizes.observe(root.host);
    }
  }

  /**
   * Re-renders when the screen has moved near the edge of the rendered window: the window is what
   * is on screen plus a margin each side, and moves only when less than half a margin is left.
   */
  #measure = (): void => {
    this.overview.follow(this.host.renderRoot);
    if (!this.windowed) return;
    const root = this.host.renderRoot;
    const trackElement = root.querySelector<HTMLElement>('.track');
    const scroller = root.querySelector<HTMLElement>('.scroller');
    if (!trackElement || !scroller) return;
    const em = parseFloat(getComputedStyle(trackElement).fontSize) || 16;
    const top = trackElement.getBoundingClientRect().top;
    const [start, end] =
      this.host.orientation === 'horizontal'
        ? // From the inline start: scrollLeft is negative right to left.
          [Math.abs(scroller.scrollLeft), Math.abs(scroller.scrollLeft) + scroller.clientWidth]
        : [-top, innerHeight - top];
    const spare = WINDOW_MARGIN / 2;
    const current = this.#window;
    if (start / em - spare >= current[0] && end / em + spare <= current[1]) return;
    this.#window = [start / em - WINDOW_MARGIN, end / em + WINDOW_MARGIN];
    this.host.requestUpdate();
  };
}
