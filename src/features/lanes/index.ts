/**
 * Lanes and annotations (`lanes`): the chronology's sides, or its categories, as lanes. In the
 * flowing list, one list in time order with each event in its lane's column beside one line of
 * dates (on a narrow screen, its lane named on it), or a labelled list per lane (`lane-view="lane"`);
 * each lane folds away (`collapsed`); Left and Right move to the neighbouring lane's event nearest in
 * date. The notes on the timeline (`annotations`) stand between the events where they fall. A
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
import { renderBar, renderEvents, renderLane, renderNote, type LaneView } from './render.js';
import { TimelineLanesEvent } from './events.js';
import { laneStyles } from './styles.js';

export { laneSet, arrangeLanes, laneCounts, placeAnnotations } from './model.js';
export const styles = [laneStyles];

export interface LanesHost extends ReactiveControllerHost, Element {
  lanes: string | undefined;
  laneView: 'time' | 'lane' | undefined;
  collapsed: string | undefined;
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

  /** The lanes, the bar and the events of the flowing list; undefined when the data has no lanes. */
  render(options: TimelineOptions): TemplateResult | undefined {
    const set = this.set;
    if (!set) return undefined;
    const { locale, context, visible, guides, picker, chronology, view } = options;
    const collapsed = tokens(this.host.collapsed);
    const byLane = this.#byLane;
    const lanes: LaneView = {
      locale,
      set,
      counts: laneCounts(view.visible, set),
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
      @keydown=${{ handleEvent: (event: KeyboardEvent) => this.#key(event, options, set), capture: true }}
    >
      ${renderBar(lanes)} ${body}
    </div>`;
  }

  /**
   * Left and Right (mirrored right to left) move to the neighbouring lane's event nearest in date;
   * in the lane view, Up and Down stay within the lane. Other keys go on to the list.
   */
  #key(event: KeyboardEvent, { visible, picker }: TimelineOptions, set: LaneSet): void {
    const li = event.target;
    if (!(li instanceof HTMLLIElement) || li.dataset.id === undefined) return;
    const index = visible.findIndex((item) => item.event.id === li.dataset.id);
    const item = visible[index];
    if (!item) return;
    const lane = set.of(item)[0]!;
    const order = set.lanes.map((l) => l.id);
    const here = order.indexOf(lane);
    const stop = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && this.#byLane) {
      const next = visible[index + (event.key === 'ArrowUp' ? -1 : 1)];
      if (!next || set.of(next)[0] !== lane) stop();
      return;
    }
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    stop();
    const ahead = getComputedStyle(this.host).direction === 'rtl' ? -1 : 1;
    const step = event.key === 'ArrowRight' ? ahead : -ahead;
    for (let at = here + step; at >= 0 && at < order.length; at += step) {
      let best: TimelineItem | undefined;
      for (const other of visible) {
        if (set.of(other)[0] !== order[at]) continue;
        if (!best || Math.abs(other.from - item.from) < Math.abs(best.from - item.from)) best = other;
      }
      if (best) {
        void this.#focus(picker, best.event.id);
        return;
      }
    }
  }

  async #focus(picker: TimelineOptions['picker'], id: string): Promise<void> {
    picker.focused = id;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)?.focus();
  }
}
