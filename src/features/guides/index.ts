/**
 * The reader's guides, loaded on demand after the first render: elapsed time in the list (a gap
 * marker between events far apart, and each range's duration), the story bar (key moments
 * only, previous and next), the sticky era band, and what keys and clicks do. The list reads in
 * full without them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { arrowStyles } from '../../core/arrow.styles.js';
import type { TimelineItem } from '../../model/timeline.js';
import type { Locale } from '../../model/messages.js';
import { guideStrings } from './strings.js';
import { legendStyles } from './legend.js';
import { formatDuration, gapBetween, gapWords } from '../../model/elapsed.js';
import { formatDate, formatWhen, fromDayNumber, localize } from '../../model/dates.js';
import type { EventContext } from '../../templates/event.js';
import { stuckEra } from './era-band.js';
import { overviewStyles, renderOverview } from './overview.js';

/** The finishing touches ride in this chunk: too small for one of their own (see ../../core/manifest.ts). */
export * as finish from '../finish/index.js';

/** What keys and clicks on the list do: the first render needs only its tab stop. */
export { click, keydown } from './picking.js';
export { reveal } from './reveal.js';

export { guideStrings } from './strings.js';
export { renderStoryBar, type StoryBarOptions } from './story-bar.js';

/**
 * In a frame (the embed kit's, as tall as its content), the host page scrolls, not the frame: the
 * strip's window would always frame every event and a press could scroll nothing, so it is left out.
 */
const framed = (): boolean => {
  try {
    return window.top !== window;
  } catch {
    return true;
  }
};

/**
 * First in the flowing list, at its top and hidden from assistive technology: the overview strip
 * above the list (./overview.ts; not in a frame), and the era's band kept in sight while the reader is inside the
 * era (./era-band.ts).
 */
export function renderTop(items: readonly TimelineItem[], context: EventContext): TemplateResult {
  return html`<li class="stuck" aria-hidden="true">
    ${items.some((item) => item.era) ? stuckEra(items, context.locale) : nothing}${framed() ? nothing : renderOverview(items, context)}
  </li>`;
}

/** The calendar year an event starts in (astronomical: 0 is 1 BC). */
const startYear = (item: TimelineItem) => fromDayNumber(item.from, 'year').year;

/**
 * What is drawn before an event in the list: the gap marker, when it is more than five years after
 * (or before) the one above it; the year, over the date, where a new year starts; and, when it
 * falls in an era, the era's tint along the line, so an era reads as a span from its first event to
 * its last, and an event outside every era is not.
 */
export function renderBefore(previous: TimelineItem | undefined, item: TimelineItem, locale: Locale): TemplateResult {
  const gap = gapBetween(previous, item);
  const t = guideStrings(locale);
  const words = gap && gapWords(gap, locale, t);
  // What the empty years hold, from the later of the two events, in either reading order.
  const note = gap && (previous!.from > item.from ? previous! : item).event.gap;
  const caption = note && localize(note, locale);
  const year = startYear(item);
  const yearText = formatDate({ year, precision: 'year' }, locale);
  // Digits alone read as a year in any language; a year before 1 needs its era: "44 BC".
  const newYear = previous && startYear(previous) === year ? undefined : year > 0 ? String(year) : yearText;
  // An event dated by its year alone: the numeral says its date, which stays for screen readers.
  const whole = newYear && formatWhen(item.event, locale) === yearText;
  return html`${
    newYear
      ? html`<span part="year" class=${whole ? 'year-mark whole' : 'year-mark'} aria-hidden="true">${newYear}</span>`
      : nothing
  }${
    words
      ? html`<div part="break" class="gap">
          <span aria-hidden="true">${words.from} <span class="arrow"></span> ${words.to} · ${words.years}</span
          ><span class="spoken">${t.elapsed(words.from, words.to, words.years)}</span
          >${caption ? html`<span class="gap-note" lang=${caption.lang}>: ${caption.text}</span>` : nothing}
        </div>`
      : nothing
  }${item.era ? html`<span part="era-span" class="era-span"></span>` : nothing}`;
}

/** How long a range lasts, in words, for the line under its date that the first render keeps. */
export function duration(item: TimelineItem, locale: Locale): string {
  return formatDuration(item.from, item.to, guideStrings(locale));
}

/** Only the flowing list draws gaps; its grid (../../event-timeline.styles.ts) keeps a row for them. */
const storyStyles = css`
  .gap {
    grid-area: gap;
    position: relative;
    padding-block: 0.5em;
    padding-inline-start: calc(var(--_date-width) + var(--_rail) + 0.875em);
    font-size: var(--_small);
    font-weight: 600;
    color: var(--_muted);
  }
  /* What the empty years hold, from the data: in the reading colour, after their length. */
  .gap-note {
    font-weight: 400;
    color: var(--_text);
  }
  /* The line turns dotted where time passes without events. */
  .gap::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_date-width) + var(--_rail) / 2 - var(--_line-width));
    width: calc(var(--_line-width) * 2);
    background: repeating-linear-gradient(var(--_bg) 0 4px, transparent 4px 8px);
  }
  /* The era's tint along the line: one per event in it, so together they span the era. */
  .era-span {
    position: absolute;
    z-index: -1;
    /* From the event's date row (under its era's band, when it opens one) through its box's edges,
       centred on the line. */
    grid-area: 3 / 2 / -1 / 3;
    inset-block: calc(var(--_gap) / -4);
    inset-inline: 0;
    width: calc(var(--_line-width) + 0.6em);
    margin-inline: auto;
    background: color-mix(in srgb, var(--_line) 28%, transparent);
  }
  /* Where a new year starts, the year as a numeral in the date column, above the date and level with
     the title: a reader scanning down the column finds the years. In its own grid row (see the
     list's grid in ../../event-timeline.styles.ts), so it covers nothing. The dates say the year to
     screen readers. */
  .year-mark {
    grid-area: year;
    padding-inline-end: 0.35em;
    text-align: end;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
    white-space: nowrap;
  }
  /* Level with a key moment's larger title. */
  .featured .year-mark {
    padding-top: 0.3em;
  }
  /* The era's band, kept at the top of the window while the reader is inside the era. */
  .stuck {
    position: sticky;
    z-index: 3;
    top: var(--kt-sticky-top, 0px);
    height: 0;
  }
  @media print {
    .stuck,
    .stepper {
      display: none;
    }
  }
  /* The key moments' stepper (./stepper.ts): on the window's bottom edge, where a thumb is, while the
     story bar is out of sight; its arrows are the story bar's own. */
  .story .stepper {
    position: fixed;
    z-index: 5;
    inset-inline: 0;
    bottom: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    padding: 0.5em 0.75em calc(0.5em + env(safe-area-inset-bottom, 0px));
    border-top: 1px solid var(--_line);
    background: var(--_bg);
    box-shadow: 0 -0.25em 1em color-mix(in srgb, var(--_text) 12%, transparent);
  }
  .story .stepper[hidden] {
    display: none;
  }
  /* An event brought into view stops clear of it. */
  .flow .event {
    scroll-margin-block-end: 5em;
  }
  /* A phone's row of controls fades its end with a mask, which would mask the stepper too: while the
     stepper shows, the row is out of sight anyway. */
  .controls:has(.stepper:not([hidden])) {
    mask-image: none;
  }
  .stepper .place {
    font-size: 0.875em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .story .stepper .next {
    max-width: min(26em, 100% - 8em);
    gap: 0.5em;
    text-align: start;
  }
  .next-title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .stuck + .event .era {
    margin-top: 0;
  }
  .stuck-band {
    position: absolute;
    inset-inline: 0;
    margin: 0;
    box-shadow: 0 1px 0 var(--_line);
  }
  /* On a phone the copy is a slim line, its dates left to the era's own band: the reader keeps the
     window for the events. */
  @container (max-width: 36rem) {
    .stuck-band {
      padding-block: 0.3em;
      line-height: 1.3;
    }
    .stuck-band .era-dates {
      display: none;
    }
  }
  /* Said, not shown: the gap marker's words, and a date the year's numeral says (which is hidden
     from screen readers). */
  .spoken,
  .whole ~ .date {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
  }
  /* The story bar shares the count's line, at its end, as tall as the line keeps room for. */
  .story {
    float: inline-end;
    display: flex;
    gap: 0.5em;
    margin-top: calc(0.75em * 0.8125);
    margin-inline-start: 0.5em;
  }
  .story .filter {
    min-width: 2.75em;
    justify-content: center;
  }
  @media (pointer: coarse) {
    .story .filter {
      min-width: 44px;
    }
  }
  /* The horizontal track has its own previous and next, at its edges. */
  .horizontal .story .walk,
  .horizontal .story .stepper {
    display: none;
  }
  .story .filter::before {
    content: none;
  }
  /* The way in, and the mode it starts: solid, where a category chip that is on is only tinted, so
     "Key moments" and "All" never look like the same kind of switch. */
  .story .start,
  .story [part='key-moments'][aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .story [part='key-moments'][aria-pressed='true'] .filter-count {
    color: inherit;
  }
  /* No event of this category is within from/to: nothing to show, so it cannot be pressed; it
     stays focusable, so a screen reader finds it and says it is unavailable. */
  .filter[aria-disabled='true'] {
    border-style: dashed;
    color: var(--_muted);
    cursor: default;
  }
  .story [aria-disabled='true'] {
    opacity: 0.45;
  }
  /* What a pointer and motion add, after the first paint: a hovered event's card, and transitions. */
  .event:hover::before {
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: no-preference) {
    .event::before,
    .marker {
      transition:
        background-color 120ms ease,
        border-color 120ms ease,
        box-shadow 120ms ease;
    }
  }
  @container (max-width: 36rem) {
    .gap {
      padding-inline-start: calc(var(--_rail) + 0.875em);
    }
    .gap::before {
      inset-inline-start: calc(var(--_rail) / 2 - var(--_line-width));
    }
    .era-span {
      grid-area: 3 / 1 / -1 / 2;
    }
    /* On a phone the date is beside the marker and over the title, and says the year. */
    .year-mark {
      display: none;
    }
    /* On a phone the story bar leads the one row of controls. */
    .story,
    .story .filter {
      flex: none;
    }
    /* A rule after it, so its arrows read as the story's, not as the chips' beside them. */
    .story {
      order: -1;
      float: none;
      margin: 0;
      padding-inline-end: 0.75em;
      border-inline-end: 1px solid var(--_line);
    }
  }
`;

export const styles = [storyStyles, legendStyles, overviewStyles, arrowStyles];
