/**
 * A heading at a level the page chooses (`heading-level`), so the timeline fits the page's outline.
 * One template per level: Lit cannot bind a tag name, and static templates would cost more bytes.
 */
import { html, type TemplateResult } from 'lit';

type Heading = (part: string, lang: string, text: unknown) => TemplateResult;

const levels: Heading[] = [
  (part, lang, text) => html`<h2 part=${part} class=${part} lang=${lang}>${text}</h2>`,
  (part, lang, text) => html`<h3 part=${part} class=${part} lang=${lang}>${text}</h3>`,
  (part, lang, text) => html`<h4 part=${part} class=${part} lang=${lang}>${text}</h4>`,
  (part, lang, text) => html`<h5 part=${part} class=${part} lang=${lang}>${text}</h5>`,
  (part, lang, text) => html`<h6 part=${part} class=${part} lang=${lang}>${text}</h6>`,
];

/** A `heading-level` as the title's level: a whole number from 2 to 6 ('1', '9', 'x' → 2, 6, 2). */
export const titleLevel = (level: number): number => Math.min(6, Math.max(2, Math.round(level) || 2));

/** An h2–h6 from a level of 2 or more (`titleLevel`'s, or deeper: past 6 is an h6), whose part and class are both `part`. */
export function heading(level: number, part: string, lang: string, text: unknown): TemplateResult {
  return levels[Math.min(level, 6) - 2]!(part, lang, text);
}
