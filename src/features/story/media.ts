/**
 * An event's pictures: each a figure with its alt text, caption and credit. Self-contained, so a
 * card layout can place it wherever it wants. Pictures load lazily and keep their room while they
 * load; one that fails to load leaves its alt text and the layout as they were.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localize } from '../../model/dates.js';
import type { Locale } from '../../model/messages.js';
import type { Media } from '../../model/types.js';

export function renderMedia(media: readonly Media[] | undefined, locale: Locale): TemplateResult[] | typeof nothing {
  return media?.length ? media.map((item) => renderFigure(item, locale)) : nothing;
}

function renderFigure(media: Media, locale: Locale): TemplateResult {
  const alt = localize(media.alt, locale);
  const caption = media.caption === undefined ? undefined : localize(media.caption, locale);
  const credit = media.credit === undefined ? undefined : localize(media.credit, locale);
  return html`<figure part="media" class="media">
    <img
      part="image"
      src=${media.src}
      alt=${alt.text}
      lang=${ifDefined(alt.text ? alt.lang : undefined)}
      width=${ifDefined(media.width)}
      height=${ifDefined(media.height)}
      loading="lazy"
      decoding="async"
    />${
      caption || credit
        ? html`<figcaption part="caption">
            ${caption ? html`<span lang=${caption.lang}>${caption.text}</span>` : nothing}
            ${credit ? html`<small part="credit" lang=${credit.lang}>${credit.text}</small>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;
}
