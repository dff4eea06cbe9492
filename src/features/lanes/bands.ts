/**
 * Lanes on a track (the time scale, the horizontal layout): a band per open lane on the one axis,
 * each with its own line and its head (the fold button) kept in sight as the track scrolls; the
 * folded lanes after them, each a thin strip with a dot where each of its events falls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../../css-vars.js';
import { dayNumber, localize, toPartialDate } from '../../model/dates.js';
import type { Layout } from '../../model/scale.js';
import type { Window } from '../track/render.js';

import type { Annotation } from '../../model/types.js';
import type { TimelineItem } from '../../model/timeline.js';
import { laneStrings, renderNote, renderToggle, type LaneView } from './render.js';

/**
 * The bands, what the track's box needs to size itself (how many lanes are open, how many folded),
 * and the notes on the timeline, numbered, in a list under the track.
 */
export interface LaneLayer {
  layer: TemplateResult;
  vars: Record<string, number>;
  /** `single` when the open lanes share one column. */
  class: string;
  after: unknown;
  controls: TemplateResult;
}

/**
 * Where a day falls on the track: on the time scale through the axis itself; with even spacing, at
 * the first event laid out from that day on (the last, past them all).
 */
function dayAt(day: number, layout: Layout): number {
  if (layout.at) return layout.at(day);
  const { placed } = layout;
  // The events are laid out in time order, newest first when reversed.
  const reversed = placed.length > 1 && placed[0]!.item.from > placed[placed.length - 1]!.item.from;
  let [low, high] = [0, placed.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reversed ? placed[mid]!.item.from > day : placed[mid]!.item.from < day) low = mid + 1;
    else high = mid;
  }
  return placed[Math.min(low, placed.length - 1)]?.pos ?? 0;
}

/**
 * The folded lanes' events near the window, with their places. They are in the track's order, so
 * their places only grow: two binary searches find the window's, and a fold at 10,000 events places
 * a few dozen of them, not thousands.
 */
function nearWindow(hidden: readonly TimelineItem[], layout: Layout, window: Window | undefined) {
  const at = (i: number) => dayAt(hidden[i]!.from, layout);
  const first = (test: (pos: number) => boolean) => {
    let [low, high] = [0, hidden.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (test(at(mid))) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const [from, to] = window
    ? [first((pos) => pos >= window[0] - 16), first((pos) => pos > window[1])]
    : [0, hidden.length];
  return hidden.slice(from, to).map((item) => ({ item, pos: dayAt(item.from, layout) }));
}

/**
 * Where a note falls on the track, and how far it runs: at its date, over its range, or at its
 * event (laid out, or in a folded lane); none for a note about a lane alone.
 */
function noteAt(
  note: Annotation,
  layout: Layout,
  folded: readonly TimelineItem[],
): { pos: number; size: number; group?: number | undefined } | undefined {
  if (note.event !== undefined) {
    const p = layout.placed.find((p) => p.item.event.id === note.event);
    const hidden = folded.find((item) => item.event.id === note.event);
    return p ? { pos: p.pos, size: 0, group: p.group } : hidden && { pos: dayAt(hidden.from, layout), size: 0 };
  }
  if (note.start === undefined) return undefined;
  const from = dayNumber(toPartialDate(note.start));
  const to = note.end === undefined ? from : dayNumber(toPartialDate(note.end), 'last');
  const [a, b] = [dayAt(from, layout), dayAt(to, layout)].sort((x, y) => x - y) as [number, number];
  return { pos: Math.max(0, a), size: layout.at ? Math.min(layout.length, b) - Math.max(0, a) : 0 };
}

/**
 * How much of the axis (em) a note's label takes, its gap to the next included: beside its rule
 * along the horizontal axis; on the vertical one, two lines across it.
 */
const LABEL = { horizontal: 15, vertical: 2.5 };

/**
 * On the vertical track a label sits under its rule at the end of a lane's column, the last lane's
 * first: in the first column (from the end) with no card beside its two lines. A card's date and two
 * lines of title take about 4 em. None when every column has one: the number stays, and the note is listed.
 */
function columnBeside(layout: Layout, lanes: number) {
  const cards = Array.from({ length: lanes }, () => [] as number[]);
  for (const p of layout.placed) cards[p.group ?? 0]?.push(p.pos);
  return (pos: number) => {
    if (lanes === 0) return 0;
    for (let column = lanes - 1; column >= 0; column--) {
      if (!cards[column]!.some((card) => card < pos + 2.75 && card + 4 > pos)) return column;
    }
    return undefined;
  };
}

/** The notes on the track: a numbered rule (or a shaded band over a range) at each, and the notes in order under the track. */
function renderNotes(
  view: LaneView,
  layout: Layout,
  folded: readonly TimelineItem[],
  notes: readonly Annotation[],
  vertical: boolean,
  lanes: number,
) {
  // No notes: nothing to place, and no pass over every event laid out to find room for labels.
  if (!notes.length) return { marks: [], list: nothing };
  const open = view.set.lanes.filter((lane) => !view.collapsed.has(lane.id)).map((lane) => lane.id);
  const placed = notes.map((note) => ({ note, at: noteAt(note, layout, folded) }));
  // On the vertical track, its number by its event's marker, or in its lane's column.
  const column = ({ note, at }: (typeof placed)[number]) =>
    view.single ? 0 : (at?.group ?? Math.max(0, open.indexOf(note.lane ?? '')));
  // Numbered in the order a reader meets them along the axis; notes about a lane alone last.
  placed.sort((x, y) => (x.at?.pos ?? Infinity) - (y.at?.pos ?? Infinity));
  // Labels by priority (then along the axis), each where no label already is; the rest keep their
  // number alone, the note being in the list under the track.
  const labelled = new Map<Annotation, number>();
  const taken: number[] = [];
  const [size, beside] = vertical ? [LABEL.vertical, columnBeside(layout, lanes)] : [LABEL.horizontal, () => 0];
  const byPriority = placed
    .filter(({ at }) => at)
    .sort((x, y) => (x.note.priority ?? 2) - (y.note.priority ?? 2) || x.at!.pos - y.at!.pos);
  for (const { note, at } of byPriority) {
    const free = beside(at!.pos);
    if (free === undefined || taken.some((pos) => Math.abs(pos - at!.pos) < size)) continue;
    taken.push(at!.pos);
    labelled.set(note, free);
  }
  return {
    marks: placed.map((mark, i) => {
      const { note, at } = mark;
      if (!at) return nothing;
      const free = labelled.get(note);
      const text = free === undefined ? undefined : localize(note.text, view.locale);
      return html`<div
        part="annotation-mark"
        class=${at.size > 0 ? 'note-mark note-range' : 'note-mark'}
        aria-hidden="true"
        style=${cssVars({ '--_pos': at.pos, '--_size': at.size })}
      >
        <span class="note-pin" style=${cssVars({ '--_col': column(mark) })}
          ><span class="note-badge">${i + 1}</span></span
        >
        ${
          text
            ? html`<span class="note-place" style=${cssVars({ '--_beside': lanes - 1 - free! })}
                ><span part="annotation-label" class="note-label" lang=${text.lang}>${text.text}</span></span
              >`
            : nothing
        }
      </div>`;
    }),
    list: placed.length
      ? html`<ol class="notes track-notes">
          ${placed.map(({ note }, i) => renderNote(note, view.locale, view.set, i + 1))}
        </ol>`
      : nothing,
  };
}

/** `window`: the stretch of a long track (em) whose events are drawn; dots outside it are left out too. */
export function renderBands(
  view: LaneView,
  layout: Layout,
  window: Window | undefined,
  hidden: readonly TimelineItem[],
  annotations: readonly Annotation[] = [],
  vertical = false,
): LaneLayer {
  const { set, collapsed, locale } = view;
  const open = set.lanes.filter((lane) => !collapsed.has(lane.id));
  const folded = set.lanes.filter((lane) => collapsed.has(lane.id));
  const allFolded = open.length === 0;
  const t = laneStrings(locale);
  const near = nearWindow(hidden, layout, window);
  const band = (lane: (typeof set.lanes)[number], index: number, strip: boolean) =>
    html`<div
      class=${strip ? 'lane-band lane-strip' : 'lane-band'}
      style=${cssVars({ '--_g': index, '--_lane-color': lane.color })}
    >
      <div part="lane-label" class="lane-band-label">${renderToggle(view, lane)}</div>
      ${
        strip
          ? near
              .filter(({ item }) => set.of(item)[0] === lane.id)
              .map(
                ({ pos }) =>
                  html`<span class="lane-dot" aria-hidden="true" style=${cssVars({ '--_pos': pos })}></span>`,
              )
          : ''
      }
    </div>`;
  const notes = renderNotes(view, layout, hidden, annotations, vertical, view.single ? 1 : open.length);
  return {
    layer: html`<div class="lane-bands">
      ${notes.marks}
      ${
        view.single && open.length
          ? html`<div class="lane-band lane-shared" style=${cssVars({ '--_g': 0 })}>
              <div part="lane-label" class="lane-band-label">${open.map((lane) => renderToggle(view, lane))}</div>
            </div>`
          : nothing
      }
      ${view.single ? nothing : open.map((lane, i) => band(lane, i, false))}
      ${folded.map((lane, i) => band(lane, i, true))}
    </div>`,
    vars: { '--_open': view.single ? 1 : open.length, '--_folded': folded.length },
    class: view.single ? 'single' : '',
    after: notes.list,
    controls: html`<button type="button" class="lane-all" @click=${() => view.all(allFolded)}>
      ${allFolded ? t.expandAll : t.collapseAll}
    </button>`,
  };
}
