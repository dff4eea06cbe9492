/**
 * An event as the reader sees it: its list item, with date, marker, title, category, summary, note
 * and sources. Pure templates: everything they show comes in as arguments.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../css-vars.js';
import type { TimelineEvent } from '../model/types.js';
import { formatWhen, localize } from '../model/dates.js';
import { strings, type Locale } from '../model/messages.js';
import type { TimelineItem } from '../model/timeline.js';
import type { Placed } from '../model/scale.js';
import type { CategoryInfo } from '../model/view.js';
import type { Gap } from '../controllers/track.js';

/** What every event of one render shares. */
export interface EventContext {
  locale: Locale;
  categories: ReadonlyMap<string, CategoryInfo>;
  selected: string | undefined;
  /** The event holding the roving tab stop. */
  focused: string | undefined;
  /** How many events the list holds. */
  size: number;
  horizontal: boolean;
}

/** Where an event sits: its place in the list, its neighbour above, and on a track its position. */
export interface EventPlace {
  index: number;
  previous: TimelineItem | undefined;
  placed?: Placed | undefined;
  gap?: Gap | undefined;
  /** Drawn before the event in a flowing list: the time passed since the one above. */
  before?: TemplateResult | undefined;
  /** A range's length in words, under its date. */
  duration?: TemplateResult | undefined;
}

/** An event's category colour: the page's token for it, else the data's or the palette's. */
export function categoryColor(context: EventContext, event: TimelineEvent): string {
  const color = context.categories.get(event.category)?.color ?? 'var(--_line)';
  return `var(--kt-category-color-${event.category}, ${color})`;
}

export function renderEvent(context: EventContext, item: TimelineItem, place: EventPlace): TemplateResult {
  const { event, era } = item;
  const { locale } = context;
  const { placed, gap } = place;
  const selected = event.id === context.selected;
  const vars: Record<string, string | number> = { '--_cat': categoryColor(context, event) };
  if (placed) Object.assign(vars, { '--_pos': placed.pos, '--_lane': placed.lane, '--_span': placed.span });
  if (gap && placed) {
    Object.assign(vars, { '--_gap-start': gap.gap.start - placed.pos, '--_gap-size': gap.gap.end - gap.gap.start });
  }
  const eraLabel = era && era !== place.previous?.era ? localize(era.label, locale) : undefined;
  return html`<li
    part="event${event.featured ? ' featured' : ''}${selected ? ' event-selected' : ''}"
    class="event${event.end ? ' range' : ''}${selected ? ' selected' : ''}${event.featured ? ' featured' : ''}${
      event.startOpen ? ' open-start' : ''
    }${event.endOpen ? ' open-end' : ''}"
    data-id=${event.id}
    data-category=${event.category}
    tabindex=${event.id === context.focused ? 0 : -1}
    aria-current=${selected ? 'true' : 'false'}
    aria-setsize=${context.size}
    aria-posinset=${place.index + 1}
    style=${cssVars(vars)}
  >
    ${place.before ?? nothing}
    ${
      era && eraLabel
        ? html`<div part="era" class="era">
            <h3 class="era-label" lang=${eraLabel.lang}>${eraLabel.text}</h3>
            <span class="era-dates">${formatWhen(era, locale)}</span>
          </div>`
        : nothing
    }
    ${gap?.label ?? nothing}
    <time part="date" class="date" datetime=${event.start}
      >${formatWhen(event, locale, Boolean(placed) && context.horizontal)}</time
    >
    ${place.duration ?? nothing}
    <span part=${event.end ? 'marker marker-range' : 'marker marker-point'} class="marker" aria-hidden="true"></span>
    <div part="body" class="body">
      ${renderContent(context, event, {
        linked: selected,
        brief: Boolean(placed) && (!selected || context.horizontal),
        // Under its era's h3 heading, an event's title is an h4.
        level: era ? 4 : 3,
      })}
    </div>
  </li>`;
}

/**
 * An event's title, category, summary, note and sources: in its list item, or the detail panel.
 * A card on a track shows less (`brief`): the title, and in the horizontal layout the category.
 * Source links are in the tab order only where `linked` (the selected event). The title is an h3,
 * or an h4 under an era's heading (`level`). Fixed attributes
 * are written in the templates, so each card is few template instances with few bindings.
 */
export function renderContent(
  context: EventContext,
  event: TimelineEvent,
  { linked, brief, level = 3 }: { linked: boolean; brief: boolean; level?: 3 | 4 },
): TemplateResult {
  const { locale } = context;
  const title = localize(event.title, locale);
  const info = context.categories.get(event.category);
  const label = info ? localize(info.category.label, locale) : { text: event.category, lang: 'en' };
  const category = html`<p part="category" class="category" lang=${label.lang}>${label.text}</p>`;
  const kicker = event.featured && event.kicker && !brief ? localize(event.kicker, locale) : undefined;
  const heading = html`${kicker ? html`<p part="kicker" class="kicker" lang=${kicker.lang}>${kicker.text}</p>` : nothing}${
    level === 4
      ? html`<h4 part="title" class="title" lang=${title.lang}>${title.text}</h4>`
      : html`<h3 part="title" class="title" lang=${title.lang}>${title.text}</h3>`
  }`;
  if (brief) return html`${heading} ${context.horizontal ? category : nothing}`;
  const summary = event.summary === undefined ? undefined : localize(event.summary, locale);
  // The card reads: kicker, title, summary, then one quiet line with the category and the
  // note and sources behind a disclosure (a share button belongs on that line too).
  return html`${heading}
    ${summary ? html`<p part="summary" class="summary" lang=${summary.lang}>${summary.text}</p>` : nothing}
    <div class="meta">${category}${renderMore(event, linked, locale)}</div>`;
}

/**
 * The note and the sources as footnotes, in a `<details>`: open on the selected event, one click
 * away on the others, and in the DOM for find-in-page, print and server rendering. Publisher first;
 * the headline is the link. A title the data writes as "[Description: …]" describes a page, so it
 * is shown as a description, in italics, not in brackets.
 */
function renderMore(event: TimelineEvent, linked: boolean, locale: Locale): TemplateResult | typeof nothing {
  const sources = event.sources ?? [];
  const note = event.note === undefined ? undefined : localize(event.note, locale);
  if (!note && sources.length === 0) return nothing;
  return html`<details part="sources" class="sources" ?open=${linked}>
    <summary tabindex=${linked ? 0 : -1}>${strings(locale).sourcesCount(sources.length, Boolean(note))}</summary>
    ${note ? html`<p part="note" class="note" lang=${note.lang}>${note.text}</p>` : nothing}
    <ol>
      ${sources.map((source) => {
        const described = /^\[Description: (.*)\]$/.exec(source.title)?.[1];
        const title = described ?? source.title;
        return html`<li class=${described ? 'described' : ''}>
          ${source.publisher ? html`<span class="publisher">${source.publisher}</span> ` : nothing}${
            source.url
              ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer" tabindex=${linked ? 0 : -1}
                  >${title}</a
                >`
              : title
          }
        </li>`;
      })}
    </ol>
  </details>`;
}
