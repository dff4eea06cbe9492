import { css } from 'lit';

/**
 * The lanes' styles. `--_lane-color` is a lane's colour (`--kt-lane-color-<id>`, else the data's or the
 * palette's), `--_n` the number of lanes and `--_col` an event's lane, from 0.
 */
export const laneStyles = css`
  .lane-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block-end: calc(var(--_gap) / 2);
    font-size: 0.875em;
  }
  /* In time order, room under the bar for the list's overview strip (../guides/overview.ts), whose
     ticks take their lanes' colours. */
  .by-time > .lane-bar {
    margin-block-end: calc(var(--_gap) * 1.5 / 0.875);
  }
  .lane-switch {
    display: inline-flex;
    border: 1px solid var(--_line);
    border-radius: 999px;
    overflow: hidden;
  }
  .lane-switch button,
  .lane-all,
  .lane-toggle {
    min-height: 2.25em;
    padding: 0.25em 0.875em;
    border: 0;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .lane-switch button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
    font-weight: 650;
  }
  .lane-all {
    border: 1px solid var(--_line);
    border-radius: 999px;
  }
  .lane-heads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    flex-basis: 100%;
  }
  .lane-heads:empty {
    display: none;
  }
  .lane-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    text-align: start;
  }
  /* The lane's swatch: filled while the lane is open, a ring once folded. */
  .lane-toggle::before {
    content: '';
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border: 2px solid var(--_lane-color);
    border-radius: 50%;
    background: var(--_lane-color);
  }
  .lane-toggle[aria-expanded='false']::before {
    background: transparent;
  }
  .lane-toggle[aria-expanded='false'] .lane-name {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .lane-name {
    font-weight: 650;
  }
  .lane-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .lane-switch button:focus-visible,
  .lane-all:focus-visible,
  .lane-toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* On each event, its lane named above its title. */
  .lane-tag {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0.25em 0 0;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .lane-tag:lang(ko) {
    letter-spacing: 0;
  }
  .lane-tag::before {
    content: '';
    flex: none;
    width: 0.75em;
    height: 0.25em;
    border-radius: 1px;
    background: var(--_lane-color);
  }
  .lane-also {
    font-weight: 400;
    text-transform: none;
  }
  .lane-ref {
    display: none;
  }
  /* In a lane's own list, its name on each event says nothing its heading does not. */
  .by-lane .lane-tag:not(.also) {
    position: absolute;
    clip-path: inset(50%);
  }

  /* Notes on the timeline, between the events where they fall, in line with the events' text. */
  .note-row {
    padding-block: calc(var(--_gap) / 4);
    padding-inline-start: calc(var(--_date-width) + var(--_rail));
  }
  @container (max-width: 36rem) {
    .note-row {
      padding-inline-start: var(--_rail);
    }
  }
  .notes {
    margin: 0 0 calc(var(--_gap) / 2);
    padding: 0;
    list-style: none;
  }
  .notes .note-row {
    padding-inline-start: 0;
  }
  .annotation {
    max-width: 48em;
    padding: 0.5em 0.875em;
    border-inline-start: 3px solid var(--_lane-color);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_era-bg);
    font-size: 0.875em;
  }
  .annotation:dir(rtl) {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .annotation-text {
    margin: 0;
  }
  .annotation-label,
  .annotation-when {
    margin-inline-end: 0.5em;
  }
  .annotation-when {
    color: var(--_muted);
    font-weight: 650;
  }
  .annotation-sources {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .annotation-sources a {
    color: inherit;
  }

  /* The lane view: a labelled list per lane, its heading the fold button, kept in sight while the lane is. */
  .lane {
    margin-block-end: var(--_gap);
  }
  .lane-label {
    position: sticky;
    top: var(--kt-sticky-top, 0px);
    z-index: 4;
    margin: 0 0 calc(var(--_gap) / 4);
    padding-block: 0.25em;
    border-block-end: 2px solid var(--_lane-color);
    background: var(--_bg);
    font-size: 1em;
  }
  .lane-label .lane-toggle {
    border: 0;
    padding-inline: 0.25em;
    font-size: 1.0625em;
  }

  /* Wide, in time order: the lanes are columns beside the one line of dates, each card in its own. */
  @container (min-width: 52rem) {
    .by-time {
      --_date-width: var(--kt-date-width, 9.5rem);
    }
    .by-time .date {
      white-space: normal;
    }
    /* The open lanes' heads, over their columns; the folded ones' stay in the row of buttons. */
    .by-time .lane-folded {
      flex-basis: auto;
    }
    .by-time .lane-heads:not(.lane-folded) {
      position: sticky;
      top: var(--kt-sticky-top, 0px);
      z-index: 4;
      display: grid;
      grid-template-columns: repeat(var(--_n), minmax(0, 1fr));
      gap: 0;
      padding-inline-start: calc(var(--_date-width) + var(--_rail));
      padding-block: 0.25em;
      background: var(--_bg);
      box-shadow: 0 1px 0 var(--_line);
    }
    .by-time :not(.lane-folded) > .lane-head {
      padding-inline: 0.25em;
    }
    .by-time :not(.lane-folded) > .lane-head .lane-toggle {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      column-gap: 0.5em;
      width: 100%;
      border-width: 0 0 0 0;
      border-block-start: 3px solid var(--_lane-color);
      border-radius: 0;
    }
    .by-time .stuck {
      top: calc(var(--kt-sticky-top, 0px) + 3.25em);
    }
    .by-time .event .body,
    .by-time .event::before {
      width: calc(100% / var(--_n));
      margin-inline-start: calc(100% * var(--_col) / var(--_n));
      box-sizing: border-box;
    }
    .by-time .event::before {
      border-inline-start: 3px solid var(--_lane-color);
    }
    .by-time .lane-tag {
      position: absolute;
      clip-path: inset(50%);
    }
    /* A reference mark in each other lane the event belongs to, level with the title. */
    .by-time .event .body {
      position: relative;
    }
    .by-time .lane-ref {
      display: block;
      position: absolute;
      top: 0.7em;
      inset-inline-start: calc((var(--_ref) - var(--_col)) * 100% + 0.875em);
      width: 0.625em;
      height: 0.625em;
      border: 2px solid var(--_ref-color);
      border-radius: 50%;
    }
    .by-time :not(.lane-folded) > .lane-head .lane-count {
      grid-column: 2;
    }
  }

  @media (pointer: coarse) {
    .lane-switch button,
    .lane-all,
    .lane-toggle {
      min-height: 44px;
    }
  }
  @media print {
    .lane-bar,
    .lane-bands {
      display: none;
    }
  }
`;
