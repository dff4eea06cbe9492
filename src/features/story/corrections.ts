/**
 * When a chronology or an entry was updated, and an entry's corrections trail: each correction with
 * its date. Shown in the header and an event's details, in print and in server-rendered HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatWhen, localize } from '../../model/dates.js';
import { chunkStrings, type Locale, type StoryMessages } from '../../model/messages.js';
import type { DateString, TimelineEvent } from '../../model/types.js';

/** The strings only these show, one table per locale (the rest are in model/messages.ts). */
const correctionMessages: Pick<StoryMessages, 'corrections' | 'updated'> = {
  corrections: 'Corrections',
  updated: (date) => `Updated ${date}`,
};

const correctionStrings = (locale: Locale): Pick<StoryMessages, 'corrections' | 'updated'> =>
  chunkStrings(locale, correctionMessages, 'corrections');

/** "Updated 3 November 2025", as `part="updated"`: the chronology's in the header, an event's in its details. */
export function renderUpdated(date: DateString | undefined, locale: Locale): TemplateResult | typeof nothing {
  return date
    ? html`<p part="updated" class="updated">
        <time datetime=${date}>${correctionStrings(locale).updated(formatWhen({ start: date }, locale))}</time>
      </p>`
    : nothing;
}

export function renderCorrections(event: TimelineEvent, locale: Locale): TemplateResult | typeof nothing {
  const { corrections } = event;
  if (!corrections?.length) return renderUpdated(event.updated, locale);
  const label = correctionStrings(locale).corrections;
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
