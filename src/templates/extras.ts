/**
 * The templates of what few chronologies have: pictures, and when a chronology or an entry was
 * updated and its corrections; with their styles. Part of the story chunk, which the element
 * fetches when its data has any, and adopts the styles; the package's main entry provides both up
 * front (`provideExtras`, `elementStyles`), so they are in server-rendered HTML too.
 */
import { css } from 'lit';

export { renderMedia } from './media.js';
export { renderCorrections, renderUpdated } from './corrections.js';

/** Adopted by the element with the templates. A picture that fails to load keeps its room and its alt text. */
export const styles = css`
  .media {
    max-width: 36em;
    margin: 0.6em 0 0;
  }
  .media img {
    max-width: 100%;
    height: auto;
    background: var(--_surface);
  }
  .media figcaption,
  .updated,
  .corrections {
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .corrections-label,
  .corrections time {
    font-weight: 600;
  }
  .corrections time {
    margin-inline-end: 0.5em;
  }
`;
