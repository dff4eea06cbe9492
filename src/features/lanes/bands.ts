/**
 * Lanes on a track (the time scale, the horizontal layout): a band per open lane on the one axis,
 * each with its own line and its head (the fold button) kept in sight as the track scrolls; the
 * folded lanes after them, each a thin strip with a dot where each of its events falls.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../../css-vars.js';
import { dayNumber, localize, toPartialDate } from '../../model/dates.js';
import type { Layout } from '../../model/scale.js';
import type { Window } from '../track/render.js';

/** Whether a place (em) is in or near the window of a long track, if there is one (as the track's own). */
const inWindow = (window: Window | undefined, pos: number) => !window || (pos >= window[0] - 16 && pos <= window[1]);
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
  after: unknown;
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
 * Where a note falls on the track, and how far it runs: at its date, over its range, or at its
 * event (laid out, or in a folded lane); none for a note about a lane alone.
 */
function noteAt(
  note: Annotation,
  layout: Layout,
  folded: readonly TimelineItem[],
): { pos: number; size: number } | undefined {
  if (note.event !== undefined) {
    const p = layout.placed.find((p) => p.item.event.id === note.event);
    const hidden = folded.find((item) => item.event.id === note.event);
    return p ? { pos: p.pos, size: 0 } : hidden && { pos: dayAt(hidden.from, layout), size: 0 };
  }
  if (note.start === undefined) return undefined;
  const from = dayNumber(toPartialDate(note.start));
  const to = note.end === undefined ? from : dayNumber(toPartialDate(note.end), 'last');
  const [a, b] = [dayAt(from, layout), dayAt(to, layout)].sort((x, y) => x - y) as [number, number];
  return { pos: Math.max(0, a), size: layout.at ? Math.min(layout.length, b) - Math.max(0, a) : 0 };
}

/** The notes on the track: a numbered rule (or a shaded band over a range) at each, and the notes in order under the track. */
/** How much of the axis (em) a note's label takes beside its rule, its gap to the next included. */
const LABEL = 15;

function renderNotes(view: LaneView, layout: Layout, folded: readonly TimelineItem[], notes: readonly Annotation[]) {
  const placed = notes.map((note) => ({ note, at: noteAt(note, layout, folded) }));
  // Numbered in the order a reader meets them along the axis; notes about a lane alone last.
  placed.sort((x, y) => (x.at?.pos ?? Infinity) - (y.at?.pos ?? Infinity));
  // Labels by priority (then along the axis), each where no label already is; the rest keep their
  // number alone, the note being in the list under the track.
  const labelled = new Set<Annotation>();
  const taken: number[] = [];
  const byPriority = placed
    .filter(({ at }) => at)
    .sort((x, y) => (x.note.priority ?? 2) - (y.note.priority ?? 2) || x.at!.pos - y.at!.pos);
  for (const { note, at } of byPriority) {
    if (taken.some((pos) => Math.abs(pos - at!.pos) < LABEL)) continue;
    taken.push(at!.pos);
    labelled.add(note);
  }
  return {
    marks: placed.map(({ note, at }, i) => {
      if (!at) return nothing;
      const text = labelled.has(note) ? localize(note.text, view.locale) : undefined;
      return html`<div
        part="annotation-mark"
        class=${at.size > 0 ? 'note-mark note-range' : 'note-mark'}
        aria-hidden="true"
        style=${cssVars({ '--_pos': at.pos, '--_size': at.size })}
      >
        <span class="note-badge">${i + 1}</span>
        ${text ? html`<span part="annotation-label" class="note-label" lang=${text.lang}>${text.text}</span>` : nothing}
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
): LaneLayer {
  const { set, collapsed, locale } = view;
  const open = set.lanes.filter((lane) => !collapsed.has(lane.id));
  const folded = set.lanes.filter((lane) => collapsed.has(lane.id));
  const allFolded = open.length === 0;
  const t = laneStrings(locale);
  const band = (lane: (typeof set.lanes)[number], index: number, strip: boolean) =>
    html`<div
      class=${strip ? 'lane-band lane-strip' : 'lane-band'}
      style=${cssVars({ '--_g': index, '--_lane-color': lane.color })}
    >
      <div part="lane-label" class="lane-band-label">${renderToggle(view, lane)}</div>
      ${
        strip
          ? hidden
              .filter((item) => set.of(item)[0] === lane.id)
              .map((item) => dayAt(item.from, layout))
              .filter((pos) => inWindow(window, pos))
              .map((pos) => html`<span class="lane-dot" aria-hidden="true" style=${cssVars({ '--_pos': pos })}></span>`)
          : ''
      }
    </div>`;
  const notes = renderNotes(view, layout, hidden, annotations);
  return {
    layer: html`<div class="lane-bands">
      ${notes.marks}
      <button type="button" class="lane-all" @click=${() => view.all(allFolded)}>
        ${allFolded ? t.expandAll : t.collapseAll}
      </button>
      ${open.map((lane, i) => band(lane, i, false))} ${folded.map((lane, i) => band(lane, i, true))}
    </div>`,
    vars: { '--_open': open.length, '--_folded': folded.length },
    after: notes.list,
  };
}

/**
 * `--_g` is a band's place among the open lanes (or the folded ones), `--_open` and `--_folded` how
 * many there are, `--_group` an event's lane among the open ones.
 */
export const bandStyles = css`
  .lane-bands {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .lane-band {
    position: absolute;
  }
  .lane-band::before {
    content: '';
    position: absolute;
    background: var(--_lane-color);
  }
  .lane-band-label,
  .lane-bands .lane-all {
    pointer-events: auto;
  }
  .lane-band-label {
    position: sticky;
    z-index: 4;
    width: max-content;
    font-size: 0.875em;
    white-space: nowrap;
  }
  .lane-band-label .lane-toggle {
    min-height: 2em;
    padding-block: 0.125em;
    background: var(--_bg);
  }
  .lane-dot {
    position: absolute;
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: var(--_lane-color);
  }
  .track.lanes .list::before {
    display: none;
  }
  .lane-bands .lane-all {
    position: sticky;
    z-index: 4;
    min-height: 1.75em;
    padding: 0 0.75em;
    font-size: 0.75em;
  }

  /* Horizontal: one band per lane, under the axis, its line where its head ends; folded lanes at the bottom. */
  /* With lanes, a row under the ticks for the notes' numbers and labels. */
  .horizontal .track.lanes {
    --_top: 5em;
    --_band: calc(2.25em + 1.75em + var(--_row));
    --_strip: 2.5em;
    --_height: calc(var(--_top) + var(--_open) * var(--_band) + var(--_folded) * var(--_strip) + 2.5em);
  }
  /* A shortened gap's hatching crosses every lane, from the event it stands before. */
  .horizontal .track.lanes .break {
    top: calc(var(--_marker) / 2 - var(--_top) - 2.25em - var(--_group) * var(--_band));
  }
  .horizontal .lane-bands .lane-all {
    inset-inline-start: 0;
    top: 0;
  }
  .horizontal .lane-band {
    inset-inline: 0;
    top: calc(var(--_top) + var(--_g) * var(--_band));
    height: var(--_band);
  }
  .horizontal .lane-strip {
    top: calc(var(--_top) + var(--_open) * var(--_band) + var(--_g) * var(--_strip));
    height: var(--_strip);
  }
  .horizontal .lane-band::before {
    inset-inline: 0;
    top: 2.25em;
    height: var(--_line-width);
  }
  .horizontal .lane-strip::before {
    top: 1.25em;
    opacity: 0.5;
  }
  /* Clear of the step buttons at the track's edge. */
  .horizontal .lane-band-label {
    inset-inline-start: 3.25em;
    margin-inline-start: 3.25em;
    top: 0;
  }
  .horizontal .lane-strip .lane-band-label {
    position: absolute;
  }
  .horizontal .lane-dot {
    top: 1em;
    inset-inline-start: calc(var(--_pos) * 1em);
  }
  .horizontal .track.lanes .event {
    top: calc(var(--_top) + 2.25em + var(--_group) * var(--_band) - var(--_marker) / 2 + var(--_line-width) / 2);
  }

  /* Vertical: one column per lane beside the axis, its head over it; folded lanes as thin strips at the end. */
  .vertical-track .track.lanes {
    --_strip: 2.75em;
    /* In the host's width (it is the container), so it means the same in every box that uses it. */
    --_colw: calc((100cqi - var(--_axis) - var(--_folded) * var(--_strip)) / max(1, var(--_open)));
    margin-top: 3em;
  }
  .vertical-track .lane-band {
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--_axis) + var(--_g) * var(--_colw));
    width: var(--_colw);
  }
  .vertical-track .lane-strip {
    inset-inline-start: calc(100% - var(--_folded) * var(--_strip) + var(--_g) * var(--_strip));
    width: var(--_strip);
  }
  .vertical-track .lane-band::before {
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--_rail) / 2 - var(--_line-width) / 2);
    width: var(--_line-width);
  }
  .vertical-track .lane-band-label {
    top: var(--kt-sticky-top, 0px);
    margin-top: -3em;
    max-width: calc(100% - 0.25em);
  }
  /* A long name wraps inside its column rather than run over the next one's. */
  .vertical-track .lane-band-label .lane-toggle {
    max-width: 100%;
    white-space: normal;
  }
  .vertical-track .lane-strip .lane-name,
  .vertical-track .lane-strip .lane-count {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
  .vertical-track .lane-bands .lane-all {
    position: absolute;
    top: -2.75em;
    inset-inline-start: 0;
  }
  .vertical-track .lane-dot {
    top: calc(var(--_pos) * 1em + 0.25em);
    inset-inline-start: calc(var(--_rail) / 2 - 0.25em);
  }
  /* The era names run along the right edge: a card in the last column stays readable over one. */
  .vertical-track .track.lanes .event::before {
    background: var(--_bg);
  }
  .vertical-track .track.lanes .event {
    inset-inline: calc(var(--_axis) + var(--_group) * var(--_colw)) auto;
    width: var(--_colw);
  }
  .vertical-track .track.lanes .break {
    inset-inline: calc(-1 * (var(--_axis) + var(--_group) * var(--_colw))) auto;
    width: 100cqi;
  }
  /* The notes: a numbered rule across the lanes at each, a shaded band over a range; the notes under the track. */
  .note-mark {
    position: absolute;
    z-index: 1;
    border-inline-start: 1px dashed var(--_accent);
  }
  .note-range {
    border-inline-end: 1px dashed var(--_accent);
    background: color-mix(in srgb, var(--_accent) 5%, transparent);
  }
  .note-badge {
    display: inline-grid;
    place-items: center;
    min-width: 1.5em;
    height: 1.5em;
    padding-inline: 0.25em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_bg);
    font-size: 0.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .note-mark .note-badge {
    position: absolute;
    top: -0.25em;
    inset-inline-start: -0.75em;
  }
  .note-range .note-badge {
    inset-inline-start: 0.25em;
  }
  /* A note's label, beside its number, under the axis: one of a few lines, the whole note in the list below. */
  .note-label {
    position: absolute;
    top: -0.25em;
    inset-inline-start: 1em;
    width: max-content;
    max-width: 13em;
    padding: 0.1em 0.4em;
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 0.75em;
    line-height: 1.3;
    color: var(--_text);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .note-range .note-label {
    inset-inline-start: 1.75em;
  }
  .vertical-track .note-label {
    display: none;
  }
  .annotation .note-badge {
    margin-inline-end: 0.5em;
  }
  .horizontal .note-mark {
    top: calc(var(--_top) - 1.6em);
    bottom: 2.5em;
    inset-inline-start: calc(var(--_pos) * 1em);
    width: calc(var(--_size) * 1em);
  }
  .vertical-track .note-mark {
    inset-inline: var(--_axis) 0;
    top: calc(var(--_pos) * 1em);
    height: calc(var(--_size) * 1em);
    border-inline-start: 0;
    border-block-start: 1px dashed var(--_accent);
  }
  /* Clear of the ticks at the axis, and of the first lane's line. */
  .vertical-track .note-mark .note-badge {
    inset-inline-start: 1.5em;
    top: -0.75em;
  }
  .vertical-track .note-range {
    border-inline-end: 0;
    border-block-end: 1px dashed var(--_accent);
  }
  .track-notes {
    margin: var(--_gap) 0 0;
    padding: 0;
    list-style: none;
  }
  .track-notes .note-row {
    padding-inline-start: 0;
  }
  /* On a track a card names its lane for screen readers: its band says it. */
  .track .lane-tag {
    position: absolute;
    clip-path: inset(50%);
  }
`;
