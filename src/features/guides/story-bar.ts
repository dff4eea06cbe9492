/** The story bar, part of the guides chunk (./index.ts): key moments, the call to start with them, previous and next, and how to read the timeline. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineItem } from '../../model/timeline.js';
import type { Locale } from '../../model/messages.js';
import { guideStrings } from './strings.js';
import { renderStepper } from './stepper.js';
import { renderLegend } from './legend.js';

/** How many key moments each list of events has: counted once, not on every render of 10,000 events. */
const keyMoments = new WeakMap<readonly TimelineItem[], number>();

export interface StoryBarOptions {
  locale: Locale;
  /** The events shown, in reading order: what previous and next walk through. */
  items: readonly TimelineItem[];
  /** Every event, for how many are key moments (none: no toggle). */
  all: readonly TimelineItem[];
  featuredOnly: boolean;
  selected: string | undefined;
  toggle: () => void;
  walk: (item: TimelineItem) => void;
  /** Controls a feature adds at the bar's end: following the article, play. */
  extra?: unknown;
}

/**
 * The story bar: "Key moments" (a toggle, when the data marks any, with how many) and previous /
 * next, which select the events shown in reading order (`walk`). A button with nowhere to go says
 * so and stays focusable.
 */
export function renderStoryBar({
  locale,
  items,
  all,
  featuredOnly,
  selected,
  toggle,
  walk,
  extra,
}: StoryBarOptions): TemplateResult {
  const t = guideStrings(locale);
  let featured = keyMoments.get(all);
  if (featured === undefined) keyMoments.set(all, (featured = all.filter((item) => item.event.featured).length));
  const index = items.findIndex((item) => item.event.id === selected);
  const step = (by: -1 | 1, label: string) => {
    const target = items[index < 0 ? (by > 0 ? 0 : -1) : index + by];
    return html`<button
      type="button"
      class="filter walk"
      aria-label=${label}
      aria-disabled=${!target}
      @click=${() => target && walk(target)}
    >
      <span class=${by < 0 ? 'arrow back' : 'arrow'}></span>
    </button>`;
  };
  // Before the reader has chosen anything: the way in, the first key moment in reading order.
  const first = featuredOnly || index >= 0 ? undefined : items.find((item) => item.event.featured);
  return html`<div part="story" class="story" role="group" aria-label=${t.story}>
    ${
      first
        ? html`<button
            type="button"
            part="start"
            class="filter start"
            @click=${() => {
              toggle();
              walk(first);
            }}
          >
            ${t.start(featured)} <span class="arrow"></span>
          </button>`
        : nothing
    }
    ${
      featured > 0
        ? html`<button
            type="button"
            part="key-moments"
            class="filter"
            aria-pressed=${Boolean(featuredOnly)}
            @click=${toggle}
          >
            ${t.keyMoments} <span class="filter-count">${featured}</span>
          </button>`
        : nothing
    }
    ${step(-1, t.previous)} ${step(1, t.next)} ${extra} ${renderLegend(t, items)}
    ${featuredOnly && items.length > 0 ? renderStepper(t, locale, items, index, walk) : nothing}
  </div>`;
}
