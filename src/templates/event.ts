/**
 * An event as the reader sees it: its list item, with date, marker, title, category, summary, note
 * and sources. Pure templates: everything they show comes in as arguments.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssVars } from '../css-vars.js';
import type { Chronology, TimelineEvent } from '../model/types.js';
import { formatWhen, localize } from '../model/dates.js';
import { strings, type Locale } from '../model/messages.js';
import type { TimelineItem } from '../model/timeline.js';
import type { CategoryInfo } from '../model/view.js';
import { heading } from './heading.js';
import type * as Guides from '../features/guides/index.js';
import { feature } from '../core/registry.js';

/** Whether a chronology, checked or not, has what only the `story` feature draws: pictures, updates, corrections. */
export function needsExtras(chronology: Partial<Chronology> | null): boolean {
  if (chronology === null || typeof chronology !== 'object') return false;
  // Asked on every update: each chronology's events are scanned once.
  let needs = extrasIn.get(chronology);
  if (needs === undefined) {
    const events = chronology.events as Partial<TimelineEvent>[] | undefined;
    needs = !!(chronology.updated || events?.some?.((e) => e?.media || e?.corrections || e?.updated));
    extrasIn.set(chronology, needs);
  }
  return needs;
}
const extrasIn = new WeakMap<object, boolean>();

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
  /**
   * Following an article (`follow`): each event has a slot named by its id, where the server puts
   * an empty target with that id in the light DOM, so the article's `<a href="#id">` reach the event
   * without JavaScript (a page's links cannot reach ids inside a shadow root).
   */
  anchors?: boolean | undefined;
  /** The colour of an event's tick on the list's overview strip: its category's, or with lanes its lane's. */
  tickColor?: ((item: TimelineItem) => string) | undefined;
}

/** Where an event sits: its place in the list, its neighbour above, and on a track its position. */
export interface EventPlace {
  index: number;
  previous: TimelineItem | undefined;
  /** On a track: its place as custom properties (`--_pos`, `--_lane`, …), and a shortened gap's label before it. */
  track?: { vars: Record<string, number>; label?: TemplateResult | undefined } | undefined;
  /** Drawn before the event in a flowing list: the time passed since the one above. */
  before?: TemplateResult | undefined;
  /** A range's length in words, under its date in a flowing list (the line is kept until it comes). */
  duration?: string | undefined;
  /** With lanes: its lane as custom properties, and the lane named first in its body. */
  vars?: Record<string, number | string> | undefined;
  lane?: TemplateResult | undefined;
  /** The ids of the notes about it (annotations), drawn after it. */
  describedBy?: string | undefined;
}

/**
 * An event's category colour: the page's token for it, else the data's or the palette's. Only a
 * declared category, whose id and colour the validator checked, is written into CSS.
 */
export function categoryColor(context: EventContext, event: TimelineEvent): string {
  const info = context.categories.get(event.category);
  return info ? `var(--kt-category-color-${event.category}, ${info.color})` : 'var(--_line)';
}

/** The `<ol>` of events, named by the chronology's heading when it has one; clicks and keys pick events. */
export function renderList(
  labelled: boolean,
  picker: { onClick: (event: MouseEvent) => void; onKeyDown: (event: KeyboardEvent) => void },
  events: unknown,
): TemplateResult {
  return html`<ol
    part="list"
    class="list"
    aria-labelledby=${labelled ? 'heading' : nothing}
    @click=${picker.onClick}
    @keydown=${picker.onKeyDown}
  >
    ${events}
  </ol>`;
}

/** The events of the flowing list, with the time between them once the guides are here; `more`: what lanes add to each. */
export function renderFlow(
  context: EventContext,
  items: readonly TimelineItem[],
  guides: typeof Guides | undefined,
  more?: (item: TimelineItem) => Partial<EventPlace>,
): unknown[] {
  return [
    guides?.renderTop(items, context),
    ...items.map((item, index) => {
      const previous = items[index - 1];
      return renderEvent(context, item, {
        index,
        previous,
        before: guides?.renderBefore(previous, item, context.locale),
        duration: guides?.duration(item, context.locale),
        ...more?.(item),
      });
    }),
  ];
}

export function renderEvent(context: EventContext, item: TimelineItem, place: EventPlace): TemplateResult {
  const { event, era } = item;
  const { locale } = context;
  const { track } = place;
  const selected = event.id === context.selected;
  const vars: Record<string, string | number> = { '--_cat': categoryColor(context, event) };
  Object.assign(vars, track?.vars, place.vars);
  const eraLabel = era && era !== place.previous?.era ? localize(era.label, locale) : undefined;
  return html`<li
    part="event${event.featured ? ' featured' : ''}${selected ? ' event-selected' : ''}"
    class="event${event.end ? ' range' : ''}${selected ? ' selected' : ''}${event.featured ? ' featured' : ''}${
      event.startOpen ? ' open-start' : ''
    }${event.endOpen ? ' open-end' : ''}"
    data-id=${event.id}
    data-category=${event.category}
    tabindex=${event.id === context.focused ? 0 : -1}
    aria-current=${selected}
    aria-setsize=${context.size}
    aria-posinset=${place.index + 1}
    aria-describedby=${place.describedBy ?? nothing}
    style=${cssVars(vars)}
  >
    ${place.before ?? nothing}
    ${
      era && eraLabel
        ? html`<div part="era" class="era">
            ${heading(context.level + 1, 'era-label', eraLabel.lang, eraLabel.text)}
            <span class="era-dates">${formatWhen(era, locale)}</span>
          </div>`
        : nothing
    }
    ${track?.label ?? nothing}
    <time part="date" class="date" datetime=${event.start}
      >${dateText(formatWhen(event, locale, Boolean(track) && context.horizontal), locale)}</time
    >
    ${event.end && !track ? html`<span part="duration" class="duration">${place.duration}</span>` : nothing}
    <span part=${event.end ? 'marker marker-range' : 'marker marker-point'} class="marker" aria-hidden="true"></span>
    <div part="body" class="body">
      ${place.lane}${context.anchors ? html`<slot name=${event.id}></slot>` : nothing}${renderContent(context, event, {
        linked: selected,
        brief: Boolean(track) && (!selected || context.horizontal),
        // Under its era's heading, an event's title is one level deeper.
        level: context.level + (era ? 2 : 1),
      })}
    </div>
  </li>`;
}

/** A date as a card shows it: a range may wrap after its dash, never inside either end. */
function dateText(text: string, locale: Locale): unknown {
  const join = strings(locale).rangeJoin;
  const at = text.indexOf(join) + join.length;
  return at < join.length ? text : html`<span>${text.slice(0, at)}</span><wbr /><span>${text.slice(at)}</span>`;
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
  const kicker = event.featured && event.kicker && !brief ? localize(event.kicker, locale) : undefined;
  const titled = html`${kicker ? html`<p part="kicker" class="kicker" lang=${kicker.lang}>${kicker.text}</p>` : nothing}${heading(
    level,
    'title',
    title.lang,
    mark(title.text),
  )}`;
  if (brief) return html`${titled} ${context.horizontal ? category : nothing}`;
  const summary = event.summary === undefined ? undefined : localize(event.summary, locale);
  // The card reads: kicker, title, pictures, summary, corrections, then one quiet line with the
  // category, the note and sources behind a disclosure, and the share button.
  const story = feature('story');
  return html`${titled} ${story?.renderMedia(event.media, locale)}
    ${summary ? html`<p part="summary" class="summary" lang=${summary.lang}>${mark(summary.text)}</p>` : nothing}
    ${story?.renderCorrections(event, locale)}
    <div class="meta">
      ${category}${renderMore(event, linked, context)}${linked && context.share ? context.share(event, locale) : nothing}
    </div>`;
}

/**
 * The note and the sources as footnotes, in a `<details>`: open on the selected event, one click
 * away on the others, and in the DOM for find-in-page, print and server rendering. Publisher first;
 * the headline is the link, with the source's language as `hreflang` (and as its `lang`, so a screen
 * reader voices it in that language, unless it is our own description), and after it, once
 * `renderLanguage` is here, that language's name where the reader reads another. A title the data
 * writes as "[Description: …]" describes a page, so it is shown as a description, in italics, not
 * in brackets.
 */
function renderMore(
  event: TimelineEvent,
  linked: boolean,
  { locale, mark }: EventContext,
): TemplateResult | typeof nothing {
  const sources = event.sources ?? [];
  const note = event.note === undefined ? undefined : localize(event.note, locale);
  if (!note && sources.length === 0) return nothing;
  return html`<details part="sources" class="sources" ?open=${linked}>
    <summary tabindex=${linked ? 0 : -1}>${strings(locale).sourcesCount(sources.length, Boolean(note))}</summary>
    ${note ? html`<p part="note" class="note" lang=${note.lang}>${note.text}</p>` : nothing}
    <ol>
      ${sources.map((source) => {
        const described = /^\[Description: (.*)\]$/.exec(source.title)?.[1];
        const title = mark(described ?? source.title);
        return html`<li class=${described ? 'described' : ''}>
          ${source.publisher ? html`<span class="publisher">${source.publisher}</span> ` : nothing}${
            source.url
              ? html`<a
                  href=${source.url}
                  hreflang=${source.language ?? nothing}
                  lang=${ifDefined(described ? undefined : source.language)}
                  target="_blank"
                  rel="noopener noreferrer"
                  tabindex=${linked ? 0 : -1}
                  >${title}</a
                >`
              : title
          }${feature('finish')?.renderLanguage(source, locale)}
        </li>`;
      })}
    </ol>
  </details>`;
}
