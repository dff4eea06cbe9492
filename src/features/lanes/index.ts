/**
 * Lanes and annotations (`lanes`): the chronology's sides, or its categories, as lanes. In the
 * flowing list, one list in time order with each event in its lane's column beside one line of
 * dates (on a narrow screen, its lane named on it), or a labelled list per lane (`lane-view="lane"`);
 * each lane folds away (`collapsed`); Left and Right move to the neighbouring lane's event nearest in
 * date, Up and Down to the same lane's previous and next (on a track, one band or column per lane,
 * across and along). The notes on the timeline (`annotations`) stand between the events where they fall. A
 * feature chunk: a chronology shown without `lanes` never fetches it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cssVars } from '../../css-vars.js';
import { dayNumber, localize, toPartialDate } from '../../model/dates.js';
import type { Chronology } from '../../model/types.js';
import type { TimelineItem } from '../../model/timeline.js';
import { categoryColors } from '../../model/view.js';
import type { TimelineOptions } from '../../templates/timeline.js';
import { arrangeLanes, laneCounts, laneSet, placeAnnotations, type LaneSet } from './model.js';
import { lanePlace, laneStrings, renderBar, renderEvents, renderLane, renderNote, type LaneView } from './render.js';
import type { Locale } from '../../model/messages.js';
import { renderBands, type LaneLayer } from './bands.js';
import type { Grouping } from '../track/controller.js';
import type { Window } from '../track/render.js';
import type { Layout } from '../../model/scale.js';
import type { EventPlace } from '../../templates/event.js';
import { TimelineLanesEvent } from './events.js';
import { laneStyles } from './styles.js';
import { bandStyles } from './bands.styles.js';

export { laneSet, arrangeLanes, laneCounts, placeAnnotations } from './model.js';
export { combineChronologies } from './combine.js';
export const styles = [laneStyles, bandStyles];

export interface LanesHost extends ReactiveControllerHost, Element {
  lanes: string | undefined;
  laneView: 'time' | 'lane' | undefined;
  collapsed: string | undefined;
  readonly align: 'absolute' | 'relative' | undefined;
  readonly orientation: 'vertical' | 'horizontal';
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const tokens = (text: string | undefined) => new Set((text ?? '').split(/\s+/).filter(Boolean));

/** The lanes of one element: which lane each event is in, the arrangement, and what the bar's buttons do. */
export class LanesController {
  #chronology: Chronology | undefined;
  #set: { chronology: Chronology; by: string; set: LaneSet | undefined } | undefined;
  #arranged: { from: readonly TimelineItem[]; key: string; items: TimelineItem[] } | undefined;

  /** `changed`: the reader changed the lanes (the link writes the view to the hash). */
  constructor(
    private readonly host: LanesHost,
    private readonly changed: () => void,
  ) {}

  /** The data shown, once validated. */
  data(chronology: Chronology): void {
    this.#chronology = chronology;
  }

  /** The lanes of the data shown, for the `lanes` asked for; undefined when there are none. */
  get set(): LaneSet | undefined {
    const chronology = this.#chronology;
    const by = this.host.lanes ?? '';
    if (!chronology) return undefined;
    if (this.#set?.chronology !== chronology || this.#set.by !== by) {
      this.#set = { chronology, by, set: laneSet(chronology, categoryColors(chronology), by) };
    }
    return this.#set.set;
  }

  #counted: { items: readonly TimelineItem[]; set: LaneSet; counts: Map<string, number> } | undefined;

  /** Each lane's count of the events shown: counted again only when they change. */
  #counts(items: readonly TimelineItem[], set: LaneSet): Map<string, number> {
    if (this.#counted?.items !== items || this.#counted.set !== set) {
      this.#counted = { items, set, counts: laneCounts(items, set) };
    }
    return this.#counted.counts;
  }

  get #byLane(): boolean {
    return this.host.laneView === 'lane';
  }

  /** The events in reading order: folded lanes' left out, grouped by lane in the lane view. */
  arrange(items: readonly TimelineItem[]): readonly TimelineItem[] {
    const set = this.set;
    if (!set) return items;
    const key = `${this.host.lanes} ${this.host.laneView} ${this.host.collapsed}`;
    if (this.#arranged?.from !== items || this.#arranged.key !== key || this.#set?.set !== set) {
      this.#arranged = { from: items, key, items: arrangeLanes(items, set, tokens(this.host.collapsed), this.#byLane) };
    }
    return this.#arranged.items;
  }

  #tell(): void {
    this.changed();
    this.host.dispatchEvent(new TimelineLanesEvent(this.#byLane ? 'lane' : 'time', [...tokens(this.host.collapsed)]));
  }

  #fold(ids: Iterable<string>): void {
    const list = [...ids].join(' ');
    this.host.collapsed = list || undefined;
    this.#tell();
  }

  /** What the bar, the lists and the bands share: the lanes, their counts and state, and what their buttons do. */
  #laneView({ locale, view }: TimelineOptions, set: LaneSet): LaneView {
    const collapsed = tokens(this.host.collapsed);
    const byLane = this.#byLane;
    return {
      locale,
      set,
      counts: this.#counts(view.visible, set),
      collapsed,
      byLane,
      toggle: (id) => {
        if (!collapsed.delete(id)) collapsed.add(id);
        this.#fold(collapsed);
      },
      all: (open) => this.#fold(open ? [] : set.lanes.map((lane) => lane.id)),
      arrange: (lane) => {
        if (lane === byLane) return;
        this.host.laneView = lane ? 'lane' : undefined;
        this.#tell();
      },
    };
  }

  /**
   * On a track: each item's lane among the open ones (-1 in a folded lane), for the layout; the
   * open lanes each get a row (or a column) of their own on the one axis.
   */
  grouping(
    items: readonly TimelineItem[],
  ): (Grouping & { items: readonly TimelineItem[]; relative: boolean }) | undefined {
    const set = this.set;
    if (!set || items.length === 0) return undefined;
    const relative = this.host.align === 'relative';
    if (relative) items = this.#aligned(items, set);
    const collapsed = tokens(this.host.collapsed);
    const open = new Map(set.lanes.filter((lane) => !collapsed.has(lane.id)).map((lane, i) => [lane.id, i] as const));
    this.#watch(open.size);
    const single = this.#single(open.size);
    // The folded lanes' events are not laid out: their strips mark where they fall (./bands.ts).
    // One pass over the events, as a fold at 10,000 events has a frame's budget (bench/lanes.mjs).
    const shown: TimelineItem[] = [];
    const folded: TimelineItem[] = [];
    for (const item of items) (open.has(set.of(item)[0]!) ? shown : folded).push(item);
    this.#folded = folded;
    return {
      items: folded.length ? shown : items,
      group: single ? () => 0 : (item) => open.get(set.of(item)[0]!)!,
      groups: single ? 1 : Math.max(1, open.size),
      // One column: each card also names its lane, so it is a line taller (./bands.styles.ts).
      ...(single && { extent: 7 }),
      relative,
    };
  }

  /**
   * `align="relative"`: each event moved by its lane's anchor's first day, so each anchor falls on
   * day 0; a lane without an anchor is aligned on its first event. Eras no longer apply.
   */
  #aligned(items: readonly TimelineItem[], set: LaneSet): TimelineItem[] {
    const zero = new Map<string, number>();
    for (const lane of set.lanes) {
      const anchor = this.#chronology?.events.find((event) => event.id === lane.anchor);
      const first = items.find((item) => set.of(item)[0] === lane.id);
      const day = anchor ? dayNumber(toPartialDate(anchor.start)) : first?.from;
      if (day !== undefined) zero.set(lane.id, day);
    }
    return items.map(({ event, from, to }) => {
      const shift = zero.get(set.of({ event })[0]!) ?? 0;
      return { event, from: from - shift, to: to - shift };
    });
  }

  /** `align="relative"`: a tick as years from the anchors, "−2 y", "0", "+3 y". */
  #offset(locale: Locale) {
    return (day: number): string => {
      const years = Math.round((day / 365.2425) * 10) / 10;
      if (years === 0) return '0';
      const written = Math.abs(years).toLocaleString(locale, { maximumFractionDigits: 1 });
      return laneStrings(locale).offset(`${years > 0 ? '+' : '−'}${written}`);
    };
  }

  /** The element's width and its type size (px), once it has been laid out in a browser. */
  #width: { px: number; em: number } | undefined;
  #resizes: ResizeObserver | undefined;

  /**
   * On a vertical track, whether the open lanes share one column: where each would be narrower
   * than 10 em (two lanes on a phone), their events are in one column in time order, each naming
   * its lane, as the list does on a narrow screen.
   */
  #single(open: number): boolean {
    const width = this.#width;
    // 6.75 em: the axis and the era names' column beside the lanes (--_axis, ./bands.styles.ts).
    return this.host.orientation !== 'horizontal' && !!width && (width.px / width.em - 6.75) / Math.max(1, open) < 10;
  }

  /**
   * Watches the element's width (in a browser), and draws it again when the lanes' columns come or
   * go. Its width is read once as it is first drawn, so a phone never sees the columns; then the
   * change waits a frame, as a new layout inside the observer's callback would loop it.
   */
  #watch(open: number): void {
    this.#open = open;
    const browser = typeof ResizeObserver !== 'undefined' && this.host.renderRoot instanceof ShadowRoot;
    if (this.#resizes || !browser || this.host.orientation === 'horizontal') return;
    const measure = (px: number) => {
      this.#width = px > 0 ? { px, em: parseFloat(getComputedStyle(this.host).fontSize) || 16 } : undefined;
    };
    measure(this.host.clientWidth);
    this.#resizes = new ResizeObserver(([entry]) => {
      const before = this.#single(this.#open);
      measure(entry!.contentRect.width);
      if (this.#single(this.#open) === before) return;
      this.#reflow = true;
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.#resizes.observe(this.host);
  }

  /** How many lanes are open, as last drawn on a track. */
  #open = 0;
  #reflow = false;

  /** Whether the track must be laid out again, its lanes having come into one column or left it; asked once. */
  reflow(): boolean {
    const reflow = this.#reflow;
    this.#reflow = false;
    return reflow;
  }

  /** On a track, the events of the folded lanes. */
  #folded: readonly TimelineItem[] = [];

  /** On a track: what lanes add to each event, and their bands. */
  onTrack(options: TimelineOptions):
    | {
        place: (item: TimelineItem) => Partial<EventPlace>;
        layer: (layout: Layout, window: Window | undefined) => LaneLayer;
      }
    | undefined {
    const set = this.set;
    this.#last = undefined;
    if (!set) return undefined;
    const open = set.lanes.filter((lane) => !tokens(this.host.collapsed).has(lane.id)).length;
    this.#watch(open);
    const lanes = { ...this.#laneView(options, set), single: this.#single(open) };
    this.#keys(options, set);
    const notes = options.chronology.annotations ?? [];
    const about = (id: string) => notes.filter((note) => note.event === id);
    return {
      place: (item) => lanePlace(lanes, item, about(item.event.id)),
      layer: (layout, window) => ({
        ...renderBands(lanes, layout, window, this.#folded, notes, this.host.orientation !== 'horizontal'),
        tick: this.host.align === 'relative' ? this.#offset(options.locale) : undefined,
      }),
    };
  }

  /** The lanes, the bar and the events of the flowing list; undefined when the data has no lanes. */
  render(options: TimelineOptions): TemplateResult | undefined {
    const set = this.set;
    this.#last = undefined;
    if (!set) return undefined;
    const { locale, context, visible, guides, picker, chronology } = options;
    const lanes = this.#laneView(options, set);
    this.#keys(options, set);
    const { collapsed, byLane } = lanes;
    const notes = chronology.annotations ?? [];
    const day = (date: string) => dayNumber(toPartialDate(date));
    const list = (labelledBy: string | undefined, events: unknown) =>
      html`<ol
        part="list"
        class="list"
        aria-labelledby=${labelledBy ?? nothing}
        @click=${picker.onClick}
        @keydown=${picker.onKeyDown}
      >
        ${events}
      </ol>`;
    let body: unknown;
    if (byLane) {
      const general = notes.filter((note) => !note.lane && !note.event);
      body = [
        general.length
          ? html`<ul class="notes">
              ${general.map((note) => renderNote(note, locale, set))}
            </ul>`
          : nothing,
        set.lanes.map((lane) =>
          renderLane(lanes, lane, context, list, () => {
            const items = visible.filter((item) => set.of(item)[0] === lane.id);
            const ids = new Set(items.map((item) => item.event.id));
            const own = notes.filter((note) => (note.event ? ids.has(note.event) : note.lane === lane.id));
            return renderEvents(lanes, context, items, guides, placeAnnotations(own, items, day), false);
          }),
        ),
      ];
    } else {
      const titled = Boolean(localize(chronology.title, locale).text);
      body = list(
        titled ? 'heading' : undefined,
        renderEvents(lanes, context, visible, guides, placeAnnotations(notes, visible, day), true),
      );
    }
    return html`<div
      class="lanes ${byLane ? 'by-lane' : 'by-time'}"
      style=${cssVars({ '--_n': Math.max(1, set.lanes.filter((lane) => !collapsed.has(lane.id)).length) })}
    >
      ${renderBar(lanes)} ${body}
    </div>`;
  }

  /**
   * The keys, with lanes: along time (Up and Down in a vertical layout, Left and Right in the
   * horizontal one, mirrored right to left), to the previous or next event of the same lane; across
   * (the other pair), to the neighbouring lane's event nearest in date. Home, End, Enter and the rest
   * go on to the list. One listener on the shadow root, before the list's, for lists and tracks alike.
   */
  readonly #onKey = (event: KeyboardEvent): void => {
    const last = this.#last;
    const li = event.target;
    if (!last || this.host.lanes == undefined || !(li instanceof HTMLLIElement) || li.dataset.id === undefined) return;
    const { visible, picker, set } = last;
    const index = visible.findIndex((item) => item.event.id === li.dataset.id);
    const item = visible[index];
    if (!item) return;
    const horizontal = this.host.orientation === 'horizontal';
    const ahead = getComputedStyle(this.host).direction === 'rtl' ? -1 : 1;
    const keys: Record<string, [across: boolean, step: number]> = horizontal
      ? { ArrowUp: [true, -1], ArrowDown: [true, 1], ArrowLeft: [false, -ahead], ArrowRight: [false, ahead] }
      : { ArrowUp: [false, -1], ArrowDown: [false, 1], ArrowLeft: [true, -ahead], ArrowRight: [true, ahead] };
    const key = keys[event.key];
    if (!key) return;
    event.preventDefault();
    event.stopPropagation();
    const [across, step] = key;
    const lane = set.of(item)[0]!;
    const order = set.lanes.map((l) => l.id);
    let to: TimelineItem | undefined;
    if (!across) {
      for (let at = index + step; at >= 0 && at < visible.length && !to; at += step) {
        if (set.of(visible[at]!)[0] === lane) to = visible[at];
      }
    }
    for (let at = order.indexOf(lane) + step; across && !to && at >= 0 && at < order.length; at += step) {
      for (const other of visible) {
        if (set.of(other)[0] !== order[at]) continue;
        if (!to || Math.abs(other.from - item.from) < Math.abs(to.from - item.from)) to = other;
      }
    }
    if (to) void this.#focus(picker, to.event.id);
  };

  /** What the keys move between, as last drawn; the listener, once the element has its shadow root. */
  #last: { visible: readonly TimelineItem[]; picker: TimelineOptions['picker']; set: LaneSet } | undefined;
  #listening = false;

  #keys({ visible, picker }: TimelineOptions, set: LaneSet): void {
    this.#last = { visible, picker, set };
    // On the server there is no shadow root to listen on, nor keys.
    const shadow = this.host.renderRoot as ShadowRoot | undefined;
    if (this.#listening || !shadow) return;
    this.#listening = true;
    shadow.addEventListener('keydown', this.#onKey as EventListener, true);
  }

  async #focus(picker: TimelineOptions['picker'], id: string): Promise<void> {
    picker.focused = id;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)?.focus();
  }
}
