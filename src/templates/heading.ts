/**
 * A heading at a level the page chooses (`heading-level`), so the timeline fits the page's outline.
 * One template per level: Lit cannot bind a tag name, and static templates would cost more bytes.
 */
import { html, nothing, type TemplateResult } from 'lit';

type Heading = (part: string, lang: string, text: unknown, id?: string) => TemplateResult;

const levels: Heading[] = [
  (part, lang, text, id) => html`<h2 part=${part} class=${part} lang=${lang} id=${id ?? nothing}>${text}</h2>`,
  (part, lang, text, id) => html`<h3 part=${part} class=${part} lang=${lang} id=${id ?? nothing}>${text}</h3>`,
  (part, lang, text, id) => html`<h4 part=${part} class=${part} lang=${lang} id=${id ?? nothing}>${text}</h4>`,
  (part, lang, text, id) => html`<h5 part=${part} class=${part} lang=${lang} id=${id ?? nothing}>${text}</h5>`,
  (part, lang, text, id) => html`<h6 part=${part} class=${part} lang=${lang} id=${id ?? nothing}>${text}</h6>`,
];

/** An h2–h6 (a level out of range is brought into it), whose part and class are both `part`. */
export function heading(level: number, part: string, lang: string, text: unknown, id?: string): TemplateResult {
  return levels[Math.min(6, Math.max(2, level)) - 2]!(part, lang, text, id);
}
