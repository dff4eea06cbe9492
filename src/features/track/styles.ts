import { css } from 'lit';

/** Styles of the time scale and horizontal layouts: the track feature lists them (./index.ts). */
export const trackStyles = css`
  /* Track layouts: events placed on an axis (time scale, or horizontal) */
  .track {
    position: relative;
  }
  .axis,
  .bands,
  .track .list {
    position: absolute;
    inset: 0;
  }
  .axis,
  .bands {
    pointer-events: none;
  }
  .axis {
    z-index: 1;
  }
  /* Positions are in em of the base size: a positioned box keeps it, only its text is smaller. */
  .tick {
    --_t: 0.75;
    position: absolute;
    font-size: calc(var(--_t) * 1em);
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    white-space: nowrap;
  }
  .tick:not(.year, .month, .day) {
    font-weight: 700;
    color: var(--_text);
  }
  .band {
    position: absolute;
    background: var(--_era-bg);
  }
  .band span {
    position: absolute;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .vertical-track .event,
  .horizontal .event {
    position: absolute;
    /* Breaks and range spans are drawn outside the item's box: no paint containment here (the
       track renders only what is near the viewport anyway). */
    content-visibility: visible;
  }
  .visually-hidden,
  .vertical-track .era,
  .horizontal .era {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    margin: 0;
    padding: 0;
  }
  /* A headline is never cut: a card whose text overflows its box is measured, and the next layout
     makes it (or, horizontally, every row) taller by --_grow (./controller.ts). */
  .vertical-track .title,
  .horizontal .body .title {
    font-size: 1em;
  }
  /* Vertical time scale: axis labels at the start, the line, then cards of fixed height */
  .vertical-track {
    --_axis: 5.5em;
  }
  .vertical-track .track {
    height: calc(var(--_length) * 1em + 1em);
  }
  .vertical-track .list::before {
    inset-inline-start: calc(var(--_axis) + var(--_rail) / 2 - var(--_line-width) / 2);
  }
  .vertical-track .tick {
    top: calc((var(--_pos) * 1em + 0.5em) / var(--_t));
    inset-inline-end: calc(100% - (var(--_axis) - 0.75em) / var(--_t));
    transform: translateY(-50%);
  }
  /* An era: a tinted stripe behind the axis labels, and a rule where it begins. */
  .vertical-track .band {
    top: calc(var(--_pos) * 1em);
    height: calc(var(--_size) * 1em);
    inset-inline: 0;
    background: linear-gradient(to right, var(--_era-bg) calc(var(--_axis) - 0.25em), transparent 0);
    border-top: 1px dashed var(--_line);
  }
  .vertical-track .band:dir(rtl) {
    background: linear-gradient(to left, var(--_era-bg) calc(var(--_axis) - 0.25em), transparent 0);
  }
  .vertical-track .band span {
    inset-inline-end: 0.25em;
    top: 0.2em;
  }
  /* Rules where each period begins (a year, a decade…: ../../model/scale.ts): evenly spaced where the
     axis is drawn to scale, further apart where it is stretched for a crowd of events. */
  .rule {
    position: absolute;
    background: var(--_line);
    opacity: 0.35;
  }
  .vertical-track .rule {
    top: calc(var(--_pos) * 1em + 0.5em);
    inset-inline-start: calc(var(--_axis) - 0.5em);
    width: calc(0.5em + var(--_rail) / 2);
    height: 1px;
  }
  .vertical-track .event {
    top: calc(var(--_pos) * 1em);
    inset-inline: var(--_axis) 0;
    height: calc(4.75em + var(--_grow, 0) * 1em);
    padding: 0;
    grid-template-columns: var(--_rail) minmax(0, 1fr);
    grid-template-areas:
      'marker date'
      'marker body';
    grid-template-rows: auto 1fr;
  }
  .vertical-track .event::before {
    grid-area: 1 / 2 / span 2 / span 1;
  }
  .vertical-track .selected {
    height: auto;
    z-index: 2;
  }
  .vertical-track .selected::before {
    box-shadow: 0 0.5em 1.5em color-mix(in srgb, var(--_text) 18%, transparent);
  }
  .vertical-track .date {
    padding: 0.35em 0.875em 0;
    text-align: start;
  }
  .vertical-track .marker {
    margin-top: 0;
    align-self: start;
  }
  /* A range: a capsule at its start (no longer than the range), so no marker covers another, and
     its length as a bar beside the line, towards the axis. */
  .vertical-track .range .marker {
    height: clamp(var(--_marker), calc(var(--_span) * 1em), calc(var(--_marker) * 2));
  }
  .vertical-track .range .marker::after {
    content: '';
    position: absolute;
    top: 0;
    inset-inline-end: calc(100% + 0.25em);
    width: 0.2em;
    height: max(calc(var(--_span) * 1em), 100%);
    border-radius: 0.1em;
    background: var(--_cat);
    opacity: 0.6;
    pointer-events: none;
  }
  .vertical-track .body {
    padding: 0 0.875em 0.5em;
    /* The row's height, not its text's: what does not fit is measured, and the card grows. */
    align-self: stretch;
    overflow: hidden;
  }
  .vertical-track .selected .body {
    overflow: visible;
  }
  .vertical-track .break {
    top: calc(var(--_gap-start) * 1em);
    height: calc(var(--_gap-size) * 1em);
    inset-inline: calc(var(--_axis) * -1) 0;
    margin-top: -0.25em;
    border-block-width: 1px;
  }
  /* A key moment's range keeps its start and end: only its width grows. */
  .vertical-track .featured.range .marker {
    scale: 1.5 1;
  }

  /* Horizontal: ticks on top, the line, then cards hanging in lanes */
  .horizontal {
    --_top: 4em;
    --_card: 13em;
  }
  /* A row is taller where a headline needs more than three lines (--_grow, the most any card needed). */
  .horizontal .track {
    --_row: calc(8.25em + var(--_grow, 0) * 1em);
    /* The track's height: the axis, three lanes of cards, and a row for the era names (two lines). */
    --_height: calc(var(--_top) + 1.75em + 3 * var(--_row) + 2.5em);
  }
  .scroller {
    position: relative;
  }
  .horizontal .scroller {
    overflow-x: auto;
    overscroll-behavior-x: contain;
    touch-action: pan-x pan-y;
    padding-bottom: 0.5em;
  }
  .horizontal .track {
    width: calc(var(--_length) * 1em + 1em);
    /* Below the three lanes, the era names' row, clear of the last lane's cards. */
    height: var(--_height);
  }
  .horizontal .list::before {
    top: var(--_top);
    inset-inline: 0;
    bottom: auto;
    width: auto;
    height: var(--_line-width);
  }
  .horizontal .rule {
    inset-inline-start: calc(var(--_pos) * 1em);
    top: 2em;
    bottom: 0;
    width: 1px;
  }
  .horizontal .tick {
    top: 1em;
    inset-inline-start: calc(var(--_pos) * 1em / var(--_t));
  }
  .horizontal .band {
    inset-inline-start: calc(var(--_pos) * 1em);
    width: calc(var(--_size) * 1em);
    top: 2em;
    bottom: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    /* Faint, but not its name: that keeps the muted text's contrast. */
    background: color-mix(in srgb, var(--_era-bg) 60%, transparent);
  }
  /* Within its own band, in its longest stretch between shortened gaps (from --_at, --_room long, as
     shares of the band), in two lines where one is too short: only a very short era's name is cut
     rather than written over its neighbour's, or under a gap's hatching. */
  .horizontal .band span {
    inset-inline-start: calc(var(--_at, 0) * 100% + 0.5em);
    bottom: 0.4em;
    max-width: calc(100% * var(--_room, 1) - 1em);
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-height: 1.3;
  }
  /* An item's box runs from the line down through its lane, over its neighbours' cards: only what
     it draws takes the pointer, so a click lands on the card that shows where it is. */
  .horizontal .event {
    pointer-events: none;
  }
  .horizontal .event::before,
  .horizontal .event .date,
  .horizontal .body,
  .horizontal .marker,
  .horizontal .break {
    pointer-events: auto;
  }
  .horizontal .event {
    inset-inline-start: calc(var(--_pos) * 1em);
    top: calc(var(--_top) - var(--_marker) / 2 + var(--_line-width) / 2);
    width: var(--_card);
    height: calc(1.75em + (var(--_lane) + 1) * var(--_row));
    padding: 0;
    display: block;
  }
  .horizontal .event::before {
    position: absolute;
    inset: auto 0 0.5em 0;
    height: calc(var(--_row) - 0.75em);
  }
  /* Stems pass behind every card, never across a headline: no item isolates its own painting here,
     so in the track's one stacking context every stem (z 0) is under every card's opaque box (1),
     its date and text (2) and the markers (3). The box's colour yields to hover and selection. */
  .horizontal .track {
    isolation: isolate;
  }
  .horizontal .event {
    isolation: auto;
  }
  .horizontal .event::before {
    z-index: 1;
  }
  :where(.horizontal .event)::before {
    background: var(--_bg);
  }
  .horizontal .event .date,
  .horizontal .body {
    z-index: 2;
  }
  /* the stem from the marker down to the card */
  .horizontal .event::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 0.5px);
    top: var(--_marker);
    height: calc(1.75em + var(--_lane) * var(--_row) - var(--_marker) + 0.5em);
    width: 0;
    border-inline-start: 1px dashed var(--_line);
    background: none;
    opacity: 1;
  }
  .horizontal .marker {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
    margin: 0;
    z-index: 3;
  }
  .horizontal {
    --_along: right;
  }
  .horizontal:dir(rtl) {
    --_along: left;
  }
  /* A range: a capsule at its start, so no marker covers another, and its length as a bar under
     the line (one step lower per lane, so two ranges side by side stay apart). */
  .horizontal .range .marker {
    width: calc(var(--_marker) * 2);
    height: var(--_marker);
  }
  .horizontal .range .marker::after {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: calc(100% + 0.2em + var(--_lane) * 0.3em);
    width: max(calc(var(--_span) * 1em), 100%);
    height: 0.2em;
    border-radius: 0.1em;
    background: var(--_cat);
    opacity: 0.6;
    pointer-events: none;
  }
  /* A key moment's capsule grows across the line, not along it, and so does not reach its neighbour. */
  .horizontal .featured.range .marker {
    scale: 1 1.5;
  }
  .horizontal .event .date {
    position: absolute;
    inset-inline: 0;
    /* Clear of the title under it. */
    bottom: calc(var(--_row) - 1.4em);
    padding: 0 0.75em;
    text-align: start;
    white-space: nowrap;
  }
  .horizontal .body {
    position: absolute;
    inset-inline: 0;
    bottom: 0.5em;
    height: calc(var(--_row) - 2.75em);
    padding: 0 0.75em;
    overflow: hidden;
  }
  .horizontal .category {
    margin-top: 0.15em;
  }
  /* Across the whole track, ticks to era names; its label on the line. */
  .horizontal .break {
    inset-inline-start: calc(var(--_gap-start) * 1em);
    width: calc(var(--_gap-size) * 1em);
    top: calc(var(--_marker) / 2 - var(--_top));
    height: var(--_height);
    align-items: start;
    padding-top: calc(var(--_top) - 1.1em);
    border-inline-width: 1px;
  }
  /* A label wider than the gap ("1953년 → 1988년") wraps inside it rather than touch the ticks. */
  .horizontal .break > span {
    max-width: calc(100% - 0.5em);
    white-space: normal;
    padding-inline: 0.3em;
  }
  .scroller:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Narrow: no room beside the cards for era names, so they run down the stripe, left of the ticks. */
  @container (max-width: 36rem) {
    .vertical-track {
      /* A slim column for the era names, left of the tick labels. */
      --_axis: 6.75em;
    }
    .vertical-track .band span {
      writing-mode: vertical-rl;
      inset-inline: 0.2em auto;
      top: calc(var(--_at, 0) * 100% + 0.4em);
      max-height: calc(var(--_room, 1) * 100% - 0.8em);
      /* A name longer than its stretch wraps into more columns, left of the ticks, rather than be cut. */
      max-width: 3lh;
      line-height: 1.2;
      overflow: hidden;
    }
  }
`;
