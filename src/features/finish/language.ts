/**
 * A source's language, after its headline, where the reader reads another: "(in Chinese)",
 * "(중국어)". Languages are named by `Intl.DisplayNames`, and creating the first Intl object starts
 * ICU, which the first render never pays for: so it is part of the `finish` feature. The sources
 * sit in a closed `<details>`, so a label arriving later moves nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../model/types.js';
import { chunkStrings, type FootnoteMessages, type Locale } from '../../model/messages.js';

/** English lives here, with the code; other languages' come in their packs. */
const english: FootnoteMessages = { inLanguage: (name) => ` (in ${name})` };

/** Language names in each reader's locale, made once per locale. */
const names = new Map<Locale, Intl.DisplayNames>();

/** The language subtag alone: 'zh-Hans' → 'zh'. A reader of one written variety is told of none. */
const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** " (in Chinese)" after the headline of a source written in another language than `locale`'s; else nothing. */
export function renderLanguage(source: Source, locale: Locale): TemplateResult | typeof nothing {
  const written = source.language && language(source.language);
  if (!written || written === language(locale)) return nothing;
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames(locale, { type: 'language' })));
  const name = display.of(written) ?? written;
  // The words bring the space before them, where their language wants one: " (in English)",
  // "（英語）". (A space in the template would be stripped by the bundles' HTML minifier.)
  return html`<span class="language">${chunkStrings(locale, english, 'inLanguage').inLanguage(name)}</span>`;
}
