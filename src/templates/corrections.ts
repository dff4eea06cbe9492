/**
 * When an entry was updated, and its corrections trail: each correction with its date. Shown in an
 * event's details, in print and in server-rendered HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatWhen, localize } from '../model/dates.js';
import type { Locale } from '../model/messages.js';
import type { TimelineEvent } from '../model/types.js';
import { renderUpdated } from './header.js';

const labels: Record<Locale, string> = { en: 'Corrections', ko: '정정 내역' };

export function renderCorrections(event: TimelineEvent, locale: Locale): TemplateResult | typeof nothing {
  const { corrections } = event;
  if (!corrections?.length) return renderUpdated(event.updated, locale);
  const label = labels[locale];
  return html`${renderUpdated(event.updated, locale)}
    <ul part="corrections" class="corrections" aria-label=${label}>
      <li class="corrections-label" aria-hidden="true">${label}</li>
      ${corrections.map((correction) => {
        const text = localize(correction.text, locale);
        return html`<li>
          <time datetime=${correction.date}>${formatWhen({ start: correction.date }, locale)}</time>
          <span lang=${text.lang}>${text.text}</span>
        </li>`;
      })}
    </ul>`;
}
