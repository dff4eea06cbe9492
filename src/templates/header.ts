/**
 * What sits above the events: the heading, description, category chips and count; and the
 * messages for loading, problems in the data, and an empty view. Pure templates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssVars } from '../css-vars.js';
import { formatWhen, localize } from '../model/dates.js';
import { strings, type Locale } from '../model/messages.js';
import type { Chronology, Localized } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import type { TimelineView } from '../model/view.js';
import { heading } from './heading.js';

export interface HeaderOptions {
  chronology: Chronology;
  view: TimelineView;
  locale: Locale;
  /** Pressing a chip: its category id, or none for "All". */
  onChip: (id?: string) => void;
  /** The title is an h`level`. */
  level: number;
  /** The updated date (`part="updated"`) and the search field, when there are. */
  extras: unknown;
  /** The story bar (key moments, previous and next), once its chunk has arrived. */
  bar?: TemplateResult | undefined;
  /** A search speaks for itself (its own status): the count is then not read out as it changes. */
  quiet?: boolean | undefined;
}

/** The header: synopsis, title, description, extras, the chips and the story bar, and the count. */
export function renderHeader({
  chronology,
  view,
  locale,
  onChip,
  level,
  extras,
  bar,
  quiet,
}: HeaderOptions): TemplateResult {
  const count = strings(locale).eventsShown(view.visible.length, view.items.length);
  return html`<header part="header" class="header">
    <p part="synopsis" class="synopsis">${synopsis(chronology, view, locale)}</p>
    ${text(chronology.title, locale, level)} ${text(chronology.description, locale)} ${extras}
    <div class="controls">${renderFilters(view, locale, onChip)} ${bar ?? nothing}</div>
    <p part="count" class="count" role=${ifDefined(quiet ? undefined : 'status')}>${count}</p>
  </header>`;
}

/** The screen-reader summary: title, span, events and eras, and the keys. */
function synopsis(chronology: Chronology, { items }: TimelineView, locale: Locale): string {
  const first = items[0];
  const last = items.reduce((a, b) => (b.to > a.to ? b : a), first!);
  const t = strings(locale);
  return t.synopsis(
    localize(chronology.title, locale).text,
    t.eventsShown(items.length, items.length),
    first ? formatWhen({ start: first.event.start, end: last.event.end ?? last.event.start }, locale) : '',
    chronology.eras?.length ?? 0,
  );
}

function renderFilters(view: TimelineView, locale: Locale, onChip: (id?: string) => void) {
  const t = strings(locale);
  if (view.categories.size < 2) return nothing;
  const { active, counts } = view;
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const chip = (label: string, count: number, pressed: boolean, id?: string, color?: string) =>
    html`<button
      part="filter"
      class="filter"
      type="button"
      aria-pressed=${pressed}
      aria-disabled=${count === 0 && !pressed}
      style=${color ? cssVars({ '--_cat': color }) : nothing}
      @click=${() => (count || pressed) && onChip(id)}
    >
      ${label} <span class="filter-count">${count}</span>
    </button>`;
  return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
    ${chip(t.all, total, !active)}
    ${[...view.categories.values()].map(({ category, color }) =>
      chip(
        localize(category.label, locale).text,
        counts.get(category.id) ?? 0,
        active?.has(category.id) === true,
        category.id,
        `var(--kt-category-color-${category.id}, ${color})`,
      ),
    )}
  </div>`;
}

export function renderStatus(
  locale: Locale,
  {
    loading,
    errors,
    unloaded,
    empty,
  }: {
    loading: boolean;
    errors: readonly ValidationError[];
    unloaded?: boolean | undefined;
    empty: 'filtered' | 'no-data' | false;
  },
): TemplateResult {
  const t = strings(locale);
  return html`${loading ? html`<p part="loading" class="loading" role="status">${t.loading}</p>` : nothing}
  ${
    // Code that did not come is the page's problem, not the reader's: the console and kt-error say so.
    errors.length > 0 && !unloaded
      ? html`<div part="error" class="error" role="alert">
          <details ?open=${errors.length <= 3}>
            <summary>${t.problems(errors.length)}</summary>
            <ul lang="en">
              ${errors.map((e) => html`<li><code>${e.path || '(root)'}</code> ${e.message}</li>`)}
            </ul>
          </details>
        </div>`
      : nothing
  }
  ${empty ? html`<p part="empty" class="empty">${empty === 'filtered' ? t.noEvents : t.noData}</p>` : nothing}`;
}

/** The header's localized texts, each with `lang` set to the language it is really in: the title at `level`, else the description. */
function text(value: Localized | undefined, locale: Locale, level?: number): TemplateResult | typeof nothing {
  if (value === undefined) return nothing;
  const { text, lang } = localize(value, locale);
  if (!text) return nothing;
  return level
    ? html`<div id="heading">${heading(level, 'heading', lang, text)}</div>`
    : html`<p part="description" class="description" lang=${lang}>${text}</p>`;
}
