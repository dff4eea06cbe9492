/**
 * An event as the reader sees it: its list item, with date, marker, title, category, summary, note
 * and sources. Pure templates: everything they show comes in as arguments.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../css-vars.js';
import type { Chronology, Source, TimelineEvent } from '../model/types.js';
import { formatWhen, localize } from '../model/dates.js';
import { messages, type Locale } from '../model/messages.js';
import type { TimelineItem } from '../model/timeline.js';
import type { Placed } from '../model/scale.js';
import type { CategoryInfo } from '../model/view.js';
import type { Gap } from '../controllers/track.js';
import { heading } from './heading.js';
import type * as Extras from './extras.js';

/**
 * The templates of pictures, updates and corrections (`./extras.js`), once they are here: the story
 * chunk, or an entry point, assigns them. Until then those parts are left out.
 */
export const extras: Partial<typeof Extras> = {};

/** Whether a chronology, checked or not, has what only the extras render, and they are not here yet. */
export function needsExtras(chronology: Partial<Chronology> | null): boolean {
  const events = chronology?.events as Partial<TimelineEvent>[] | undefined;
  return (
    !extras.renderMedia && !!(chronology?.updated || events?.some?.((e) => e?.media || e?.corrections || e?.updated))
  );
}

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
  /** The chronology title's heading level (`heading-level`); eras and events go one deeper. */
  level: number;
  /** A text with the search's matches marked. */
  mark: (text: string) => unknown;
  /** The selected event's share button (`link-hash`). */
  share: ((event: TimelineEvent, locale: Locale) => unknown) | undefined;
}

/** Where an event sits: its place in the list, its neighbour above, and on a track its position. */
export interface EventPlace {
  index: number;
  previous: TimelineItem | undefined;
  placed?: Placed | undefined;
  gap?: Gap | undefined;
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
    part=${selected ? 'event event-selected' : 'event'}
    class="event${event.end ? ' range' : ''}${selected ? ' selected' : ''}"
    data-id=${event.id}
    data-category=${event.category}
    tabindex=${event.id === context.focused ? 0 : -1}
    aria-current=${selected ? 'true' : 'false'}
    aria-setsize=${context.size}
    aria-posinset=${place.index + 1}
    style=${cssVars(vars)}
  >
    ${
      era && eraLabel
        ? html`<div part="era" class="era">
            ${heading(context.level + 1, 'era-label', eraLabel.lang, eraLabel.text)}
            <span class="era-dates">${formatWhen(era, locale)}</span>
          </div>`
        : nothing
    }
    ${gap?.label ?? nothing}
    <time part="date" class="date" datetime=${event.start}
      >${formatWhen(event, locale, Boolean(placed) && context.horizontal)}</time
    >
    <span part=${event.end ? 'marker marker-range' : 'marker marker-point'} class="marker" aria-hidden="true"></span>
    <div part="body" class="body">
      ${renderContent(context, event, {
        linked: selected,
        brief: Boolean(placed) && (!selected || context.horizontal),
        // Under its era's heading, an event's title is one level deeper.
        level: context.level + (era ? 2 : 1),
      })}
    </div>
  </li>`;
}

/**
 * An event's title, category, pictures, summary, note, corrections and sources: in its list item,
 * or the detail panel. A card on a track shows less (`brief`): the title, and in the horizontal
 * layout the category. Source links are in the tab order only where `linked` (the selected event).
 * The title is one level below the chronology's heading, or two under an era's (`level`). Fixed attributes
 * are written in the templates, so each card is few template instances with few bindings.
 */
export function renderContent(
  context: EventContext,
  event: TimelineEvent,
  { linked, brief, level = context.level + 1 }: { linked: boolean; brief: boolean; level?: number },
): TemplateResult {
  const { locale, mark } = context;
  const title = localize(event.title, locale);
  const info = context.categories.get(event.category);
  const label = info ? localize(info.category.label, locale) : { text: event.category, lang: 'en' };
  const category = html`<p part="category" class="category" lang=${label.lang}>${mark(label.text)}</p>`;
  const titled = heading(level, 'title', title.lang, mark(title.text));
  if (brief) return html`${titled} ${context.horizontal ? category : nothing}`;
  const summary = event.summary === undefined ? undefined : localize(event.summary, locale);
  const note = event.note === undefined ? undefined : localize(event.note, locale);
  return html`${titled} ${category} ${extras.renderMedia?.(event.media, locale)}
  ${summary ? html`<p part="summary" class="summary" lang=${summary.lang}>${mark(summary.text)}</p>` : nothing}
  ${note ? html`<p part="note" class="note" lang=${note.lang}>${note.text}</p>` : nothing}
  ${extras.renderCorrections?.(event, locale)}
  ${event.sources?.length ? renderSources(event.sources, linked, context) : nothing}
  ${linked && context.share ? context.share(event, locale) : nothing}`;
}

function renderSources(sources: Source[], linked: boolean, { locale, mark }: EventContext): TemplateResult {
  const label = messages[locale].sources;
  return html`<ul part="sources" class="sources" aria-label=${label}>
    <li class="sources-label" aria-hidden="true">${label}</li>
    ${sources.map(
      (source) =>
        html`<li>
          ${
            source.url
              ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer" tabindex=${linked ? 0 : -1}
                  >${mark(source.title)}</a
                >`
              : mark(source.title)
          }${source.publisher ? `, ${source.publisher}` : ''}
        </li>`,
    )}
  </ul>`;
}
