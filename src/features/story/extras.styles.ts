/** The styles of pictures, updates and corrections. A picture that fails to load keeps its room and its alt text. */
import { css } from 'lit';

export const extrasStyles = css`
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
    font-size: var(--_small);
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
