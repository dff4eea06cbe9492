import { css } from 'lit';

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
  .lane-band-label {
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
  .vertical-track .lane-dot {
    top: calc(var(--_pos) * 1em + 0.25em);
    inset-inline-start: calc(var(--_rail) / 2 - 0.25em);
  }
  /*
   * The era names run down a slim column left of the ticks, as on a narrow screen (../track/styles.ts):
   * beside the cards, the last lane's would cover them.
   */
  .vertical-track .track.lanes {
    --_axis: 6.75em;
  }
  .vertical-track .track.lanes .band span {
    writing-mode: vertical-rl;
    inset-inline: 0.2em auto;
    top: calc(var(--_at, 0) * 100% + 0.4em);
    max-height: calc(var(--_room, 1) * 100% - 0.8em);
    max-width: 3lh;
    line-height: 1.2;
    overflow: hidden;
  }
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
    /* Never under 12 px, in a note's smaller row too. */
    font-size: max(0.75em, 12px);
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
  /* Horizontal: the number and the label are placed in the mark. */
  .note-place,
  .note-pin {
    display: contents;
  }
  /*
   * Vertical: on its rule at the end of a lane's column with no card there (./bands.ts), the last
   * lane's first; --_beside counts the columns after it. Placed in the track's type size, so that
   * the columns' widths mean the same as the cards'.
   */
  .vertical-track .note-place {
    display: block;
    position: absolute;
    top: 0.3em;
    inset-inline-end: calc(var(--_folded) * var(--_strip) + var(--_beside) * var(--_colw) + 0.25em);
    max-width: min(var(--_colw) - 2.5em, 13em);
  }
  .vertical-track .note-label {
    position: static;
    width: auto;
    max-width: none;
    box-shadow: 0 0 0 1px var(--_line);
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
  /* Its number by its event's marker (or in its lane's column), clear of the ticks and the lane's line. */
  .vertical-track .note-pin {
    display: block;
    position: absolute;
    top: -0.6em;
    inset-inline-start: calc(var(--_col) * var(--_colw) + 1.5em);
  }
  .vertical-track .note-mark .note-badge {
    position: static;
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
  /*
   * A narrow vertical track: the open lanes' events in one column, each naming its lane; their heads
   * together over it, in two rows if need be, their counts for screen readers only.
   */
  .track.lanes.single .lane-shared::before {
    background: var(--_line);
  }
  .vertical-track .track.lanes.single {
    margin-top: 5em;
  }
  .track.lanes.single .lane-shared .lane-band-label {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-top: -5em;
  }
  .track.lanes.single .lane-shared .lane-toggle {
    flex: none;
    white-space: nowrap;
  }
  .track.lanes.single .lane-shared .lane-count {
    position: absolute;
    clip-path: inset(50%);
  }
  /* Each card names its lane on a line of its own, and is taller for it (./index.ts, grouping). */
  .vertical-track .track.lanes.single .event {
    height: calc(6.25em + var(--_grow, 0) * 1em);
  }
  .track.lanes.single .lane-tag {
    position: static;
    clip-path: none;
    display: block;
    margin: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .track.lanes.single .lane-tag::before {
    display: inline-block;
    vertical-align: middle;
    margin-inline-end: 0.4em;
  }
  /* On a track a card names its lane for screen readers: its band says it. */
  .track .lane-tag {
    position: absolute;
    clip-path: inset(50%);
  }
  /*
   * Forced colours drop backgrounds: the lanes' lines, swatches, dots and note numbers keep theirs in
   * system colours (last, over the rules above and ./styles.ts).
   */
  @media (forced-colors: active) {
    .lane-band::before,
    .track.lanes.single .lane-shared::before,
    .lane-dot,
    .lane-toggle::before,
    .lane-tag::before,
    .note-badge {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
  }
`;
