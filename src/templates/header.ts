/**
 * What sits above the events: the heading, description, category chips and count; and the
 * messages for loading, problems in the data, and an empty view. Pure templates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../css-vars.js';
import { localize } from '../model/dates.js';
import { messages, type Locale } from '../model/messages.js';
import type { Chronology, Localized } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import type { TimelineView } from '../model/view.js';
import { heading } from './heading.js';

/**
 * The header; pressing a chip calls `onChip` with its category id, or none for "All". The title is
 * an h`level`.
 */
export function renderHeader(
  chronology: Chronology,
  view: TimelineView,
  locale: Locale,
  onChip: (id?: string) => void,
  level: number,
  /** The search field, and the updated date (`part="updated"`), when there are. */
  extras: unknown,
): TemplateResult {
  const t = messages[locale];
  return html`<header part="header" class="header">
    ${text(chronology.title, locale, level)} ${text(chronology.description, locale)} ${extras}
    ${renderFilters(view, locale, onChip)}
    <p part="count" class="count" role="status">${t.eventsShown(view.visible.length, view.items.length)}</p>
  </header>`;
}

function renderFilters(view: TimelineView, locale: Locale, onChip: (id?: string) => void) {
  const t = messages[locale];
  if (view.categories.size < 2) return nothing;
  const { active, counts } = view;
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const chip = (label: string, count: number, pressed: boolean, id?: string, color?: string) =>
    html`<button
      part="filter"
      class="filter${count === 0 ? ' none' : ''}"
      type="button"
      aria-pressed=${pressed ? 'true' : 'false'}
      style=${color ? cssVars({ '--_cat': color }) : nothing}
      @click=${() => onChip(id)}
    >
      ${label} <span class="filter-count">${count}</span>
    </button>`;
  return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
    ${chip(t.all, total, !active)}
    ${[...view.categories.values()].map(({ category, color }) =>
      chip(
        localize(category.label, locale).text,
        counts.get(category.id) ?? 0,
        !active || active.has(category.id),
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
    empty,
  }: { loading: boolean; errors: readonly ValidationError[]; empty: 'filtered' | 'no-data' | false },
): TemplateResult {
  const t = messages[locale];
  return html`${loading ? html`<p part="loading" class="loading" role="status">${t.loading}</p>` : nothing}
  ${
    errors.length > 0
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
