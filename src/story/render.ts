/**
 * The reader's guides, loaded on demand after the first render: elapsed time in the list (a gap
 * marker between events far apart, and each range's duration), and the story bar (key moments
 * only, previous and next). The list reads in full without them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { TimelineItem } from '../model/timeline.js';
import { messages, type Locale } from '../model/messages.js';
import { formatDuration, formatGap, gapBetween, speakGap } from '../model/elapsed.js';

/** The gap marker before an event more than five years after (or before) the one above it. */
export function renderGap(
  previous: TimelineItem | undefined,
  item: TimelineItem,
  locale: Locale,
): TemplateResult | undefined {
  const gap = gapBetween(previous, item);
  return gap
    ? html`<div part="break" class="gap">
        <span aria-hidden="true">${formatGap(gap, locale)}</span>
        <span class="spoken">${speakGap(gap, locale)}</span>
      </div>`
    : undefined;
}

/** How long a range lasts, in words; nothing for an event on one date. */
export function duration(item: TimelineItem, locale: Locale): string | undefined {
  return item.event.end === undefined ? undefined : formatDuration(item.from, item.to, locale);
}

export interface StoryBar {
  locale: Locale;
  /** The events shown, in reading order. */
  items: readonly TimelineItem[];
  /** How many key moments the data has (none: no toggle). */
  featured: number;
  featuredOnly: boolean;
  selected: string | undefined;
  toggle: () => void;
  /** Selects the event before (-1) or after (+1) the selected one. */
  walk: (item: TimelineItem) => void;
}

/**
 * The story bar: "Key moments" (a toggle, when the data marks any) and previous / next, which
 * select the events in reading order. A button with nowhere to go says so and stays focusable.
 */
export function renderStoryBar(bar: StoryBar): TemplateResult {
  const t = messages[bar.locale];
  const index = bar.items.findIndex((item) => item.event.id === bar.selected);
  const step = (by: -1 | 1, label: string, text: string) => {
    const target = bar.items[index < 0 ? (by > 0 ? 0 : -1) : index + by];
    return html`<button
      type="button"
      aria-label=${label}
      aria-disabled=${target ? nothing : 'true'}
      @click=${() => target && bar.walk(target)}
    >
      ${text}
    </button>`;
  };
  return html`<div part="story" class="story" role="group" aria-label=${t.story}>
    ${
      bar.featured > 0
        ? html`<button
            type="button"
            part="key-moments"
            class="key"
            aria-pressed=${bar.featuredOnly ? 'true' : 'false'}
            @click=${bar.toggle}
          >
            ${t.keyMoments} <span class="filter-count">${bar.featured}</span>
          </button>`
        : nothing
    }
    ${step(-1, t.previous, '←')} ${step(1, t.next, '→')}
  </div>`;
}

/** Adopted by the element when this chunk arrives; only the flowing list draws gaps and durations. */
export const storyStyles = css`
  .flow .event {
    grid-template-areas:
      'gap gap gap'
      'era era era'
      'date marker body'
      'duration marker body';
    grid-template-rows: auto auto auto 1fr;
  }
  .gap {
    grid-area: gap;
    position: relative;
    padding-block: 0.5em;
    padding-inline-start: calc(var(--_date-width) + var(--_rail) + 0.875em);
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
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
  .spoken {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .duration {
    grid-area: duration;
    padding-inline-end: 0.25em;
    text-align: end;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* The story bar shares the count's line, at its end. */
  .header {
    display: flow-root;
  }
  .story {
    float: inline-end;
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
    margin-inline-start: 0.5em;
  }
  .story button {
    min-width: 2.75em;
    justify-content: center;
  }
  .key[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  .story [aria-disabled] {
    opacity: 0.45;
    cursor: default;
  }
  @container (max-width: 36rem) {
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
    .gap {
      padding-inline-start: calc(var(--_rail) + 0.875em);
    }
    .gap::before {
      inset-inline-start: calc(var(--_rail) / 2 - var(--_line-width));
    }
    .duration {
      padding-inline-start: 0.875em;
      text-align: start;
    }
    /* On a phone the story bar leads the one row of controls. */
    .story,
    .story button {
      flex: none;
    }
    .story {
      order: -1;
      float: none;
      margin: 0;
    }
  }
`;
