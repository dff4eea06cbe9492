import { css } from 'lit';

/**
 * Every themable value is a `--kt-*` token read with a fallback. Colours fall back to
 * `light-dark()` pairs, so `color-scheme` (set from the `theme` attribute) picks the palette.
 * Private `--_*` properties hold the resolved values for reuse inside the shadow root.
 */
export const styles = css`
  :host {
    --_bg: var(--kt-color-bg, light-dark(#ffffff, #121417));
    --_surface: var(--kt-color-surface, light-dark(#f4f6f8, #1c2026));
    --_text: var(--kt-color-text, light-dark(#1b1f24, #e6e9ed));
    --_muted: var(--kt-color-muted, light-dark(#525b66, #a3acb7));
    --_line: var(--kt-color-line, light-dark(#7a8490, #758396));
    --_accent: var(--kt-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_focus: var(--kt-color-focus, var(--_accent));
    --_era-bg: var(--kt-color-era, light-dark(#eef1f5, #1f242b));
    --_error: var(--kt-color-error, light-dark(#b3261e, #f2b8b5));
    --_radius: var(--kt-radius, 0.625rem);
    --_marker: var(--kt-marker-size, 0.875rem);
    --_line-width: var(--kt-line-width, 2px);
    --_gap: var(--kt-gap, 1rem);
    --_date-width: var(--kt-date-width, 14.5rem);
    --_rail: calc(var(--_marker) + var(--_gap));
    /* The type scale, each step in ems of the base size: secondary text (13 px at the default 16),
       an event's title (19 px) and a key moment's display title (26 px). */
    --_small: var(--kt-font-size-small, 0.8125em);
    --_title: var(--kt-font-size-title, 1.1875em);
    --_display: var(--kt-font-size-display, 1.625em);

    display: block;
    container-type: inline-size;
    color-scheme: light dark;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--kt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', sans-serif);
    font-size: var(--kt-font-size, 1rem);
    line-height: 1.5;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :lang(ko) {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  /* Hangul first, with Latin from the same family; a taller line suits its denser glyphs. */
  .base:lang(ko) {
    font-family: var(
      --kt-font-family,
      Pretendard,
      'Noto Sans KR',
      'Noto Sans CJK KR',
      'Apple SD Gothic Neo',
      'Malgun Gothic',
      system-ui,
      sans-serif
    );
    line-height: 1.75;
  }

  .base {
    /* Room below the last event, so the line does not run into what follows. */
    padding-block-end: var(--_gap);
  }

  /* Header. Its count's line keeps room for the story bar that comes beside it with the guides
     chunk, so nothing moves when it arrives. */
  .header {
    display: flow-root;
    padding: 0 0 calc(var(--_gap) * 1.5);
  }
  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    letter-spacing: -0.01em;
    font-weight: 700;
    text-wrap: balance;
  }
  .description {
    margin: 0.5em 0 0;
    max-width: 48em;
    color: var(--_muted);
  }
  /* Read by screen readers, not shown: authors can show it through ::part(synopsis). */
  .synopsis {
    position: absolute;
    clip-path: inset(50%);
  }
  .count {
    display: flex;
    align-items: center;
    min-height: 2.25em;
    margin: 0.75em 0 0;
    font-size: var(--_small);
    color: var(--_muted);
  }
  @media (pointer: coarse) {
    .count {
      min-height: 44px;
    }
  }

  /* The list and its line */
  .list {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list::before {
    content: '';
    position: absolute;
    /* From the first event's own top, not above its era's band. */
    inset-block: calc(var(--_gap) / 4) 0;
    inset-inline-start: calc(var(--_date-width) + var(--_rail) / 2 - var(--_line-width) / 2);
    width: var(--_line-width);
    background: var(--_line);
  }

  .event {
    position: relative;
    display: grid;
    grid-template-columns: var(--_date-width) var(--_rail) minmax(0, 1fr);
    grid-template-areas:
      'era era era'
      'date marker body';
    align-items: start;
    padding-block: calc(var(--_gap) / 4);
    cursor: pointer;
    outline: none;
    isolation: isolate;
    /* Events off screen are not laid out until they come near; they stay in the DOM, the
       accessibility tree and find-in-page. The size is remembered once seen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
  }
  /* The flowing list keeps rows for what the guides chunk adds: a gap marker above an event far from
     the one before, the year's numeral above the date where a new year starts (level with the title,
     so only the date moves), and a range's duration under its date. */
  .flow .event {
    grid-template-areas:
      'gap gap gap'
      'era era era'
      'year marker body'
      'date marker body'
      'duration marker body';
    grid-template-rows: auto auto auto auto 1fr;
  }
  .duration {
    grid-area: duration;
    min-height: 1lh;
    padding-inline-end: 0.25em;
    text-align: end;
    font-size: var(--_small);
    color: var(--_muted);
  }
  /* The card behind date-and-body (narrow) or body (wide): hover, focus and selection show here. */
  .event::before {
    content: '';
    grid-area: body;
    /* Empty, it would be 2 px tall under the row's align-items: start. */
    align-self: stretch;
    z-index: -1;
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  /* The date leads: the text colour, bold, and never broken inside a range. */
  .date {
    grid-area: date;
    padding-top: 0.6em;
    padding-inline-end: 0.5em;
    text-align: end;
    font-size: 0.875em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A long range wraps after its dash in the date column, rather than run under the marker. */
  .flow .date {
    white-space: normal;
  }
  .date span {
    white-space: nowrap;
  }
  .marker {
    grid-area: marker;
    justify-self: center;
    position: relative;
    width: var(--_marker);
    height: var(--_marker);
    margin-top: 0.85em;
    border-radius: 50%;
    background: var(--_cat);
    box-shadow: 0 0 0 3px var(--_bg);
  }
  /* A text in another language than the page's keeps its own direction (English in an Arabic page),
     and the layout's alignment. */
  [lang]:not(.base) {
    unicode-bidi: plaintext;
  }
  [lang]:not(.base):dir(rtl) {
    text-align: right;
  }
  /* A range is a capsule on the line; how long it lasts is said in words under its date (a bar as
     tall as its card would make three years and two days look alike). */
  .range .marker {
    height: calc(var(--_marker) * 2.25);
    border-radius: calc(var(--_marker) / 2);
  }
  .body {
    grid-area: body;
    min-width: 0;
    padding: 0.25em 0.875em;
  }
  .title {
    margin: 0;
    font-size: var(--_title);
    line-height: 1.25;
    font-weight: 650;
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-size: var(--_small);
    color: var(--_muted);
  }
  .category::before {
    content: '';
    width: 0.625em;
    height: 0.625em;
    border-radius: 2px;
    background: var(--_cat);
  }
  /* In the reading colour, at the text's own line height: 1.5, or 1.75 in Korean (.base:lang(ko)). */
  .summary {
    margin: 0;
    max-width: 56em;
  }
  /* A key moment: a larger marker, and its title in display type (26 px at the default size). */
  .featured .title {
    font-size: var(--_display);
  }
  .featured .marker {
    scale: 1.5;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1.25em;
    margin-top: 0.1em;
  }
  /* Sources as footnotes: one quiet line until opened. */
  .sources {
    font-size: var(--_small);
    color: var(--_muted);
  }

  /* Eras: a band that opens the era's first event */
  .era {
    grid-area: era;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: calc(var(--_gap) * 0.75) 0 calc(var(--_gap) / 4);
    padding: 0.5em 0.875em;
    border-radius: var(--_radius);
    background: var(--_era-bg);
    font-size: 0.875em;
    position: relative;
    z-index: 1;
  }
  .event:first-child .era {
    margin-top: 0;
  }
  .era-label {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .era-label:lang(ko) {
    text-transform: none;
    letter-spacing: 0;
  }
  .era-dates {
    color: var(--_muted);
  }

  /* States (hover and the transitions come with the guides chunk: a pointer's, after the first paint) */
  /* Inside the card: an event's box clips what it paints (content-visibility), and the card meets its edge. */
  .event:focus-visible::before {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .selected::before {
    background: var(--_surface);
    border-color: var(--_accent);
  }
  .selected .marker {
    box-shadow:
      0 0 0 3px var(--_bg),
      0 0 0 5px var(--_accent);
  }

  .empty {
    margin: 0;
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }

  /* Filter chips: in server-rendered HTML they keep their room, unseen and unread, until the
     element's script runs (they need it), so nothing moves when they appear. */
  :host(:not(:defined)) .filters {
    visibility: hidden;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1em;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-height: 2.25em;
    padding: 0.25em 0.8em;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: var(--_small);
    cursor: pointer;
  }
  .filter:not(:first-child, [aria-pressed='true'])::before {
    content: '';
    width: 0.65em;
    height: 0.65em;
    border-radius: 50%;
    background: var(--_cat);
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_cat, var(--_accent));
    font-weight: 600;
  }
  .filter-count {
    color: var(--_muted);
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .filter:focus-visible,
  .sources :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Loading and problems (the list of problems is styled by ./features/finish: only data that
     needed checking, by a chunk, has any) */
  .loading {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }
  .error {
    margin: 0 0 var(--_gap);
    padding: 0.625em 0.875em;
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
  }

  /* Narrow: the line moves to the start, the date sits above the title. */
  @container (max-width: 36rem) {
    /* A phone's events are taller: what an unseen one is taken to be, so the page does not jump. */
    .event {
      contain-intrinsic-size: auto 13em;
    }
    .list::before {
      inset-inline-start: calc(var(--_rail) / 2 - var(--_line-width) / 2);
    }
    .event {
      grid-template-columns: var(--_rail) minmax(0, 1fr);
      grid-template-areas:
        'era era'
        'marker date'
        'marker body';
    }
    .date {
      /* The date is smaller than the title: in its own ems, as far in as the title. */
      padding: 0.5em 1em 0;
      text-align: start;
      white-space: normal;
    }
    .marker {
      margin-top: 0.65em;
    }
    .body {
      padding-top: 0.125em;
    }
    .event::before {
      grid-area: 2 / 2 / span 2 / span 1;
    }
    .flow .event {
      grid-template-areas:
        'gap gap'
        'era era'
        'marker date'
        'marker duration'
        'marker body';
      grid-template-rows: auto;
    }
    .flow .event::before {
      grid-area: 3 / 2 / -1 / 3;
    }
    .duration {
      /* As far in as the title, in its own, smaller ems (14 / 13). */
      padding-inline-start: 1.077em;
      text-align: start;
    }
    /* A phone sees the first event within its first screen: a smaller header. */
    .header {
      padding-bottom: var(--_gap);
    }
    .heading {
      font-size: 1.25em;
    }
    .description {
      font-size: 0.875em;
      line-height: 1.45;
    }
    /* One row of controls that scrolls sideways, faded at the end to show there is more. */
    .controls {
      display: flex;
      gap: 0.5em;
      margin-top: 0.5em;
      overflow-x: auto;
      scrollbar-width: none;
      padding-block: 2px;
      mask-image: linear-gradient(to left, transparent, #000 2em);
    }
    .controls:dir(rtl) {
      mask-image: linear-gradient(to right, transparent, #000 2em);
    }
    .filters {
      flex-wrap: nowrap;
      margin: 0;
    }
    .filter {
      flex: none;
    }
    .count {
      min-height: 0;
      margin-top: 0.25em;
    }
  }

  /* Touch targets of at least 44 px. */
  @media (pointer: coarse) {
    .filter {
      min-height: 44px;
    }
  }

  @media (forced-colors: active) {
    .list::before,
    .marker,
    .category::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .selected::before,
    .event:focus-visible::before {
      border-color: Highlight;
      outline-color: Highlight;
    }
  }
`;
