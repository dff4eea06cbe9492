import { css } from 'lit';

/**
 * Print: every event in full and light, source URLs written out, no controls. Part of the `finish`
 * feature: a server-rendered snippet prints the same without JavaScript.
 */
export const printStyles = css`
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      background: none;
    }
    .event {
      break-inside: avoid;
      cursor: auto;
    }
    /* Closed notes and sources print too. */
    .sources::details-content {
      content-visibility: visible;
    }
    /* Printed open, they show no closed disclosure's triangle. */
    .sources summary {
      list-style: none;
      cursor: auto;
    }
    .sources summary::-webkit-details-marker {
      display: none;
    }
    .sources a::after {
      content: ' <' attr(href) '>';
      color: var(--_muted);
      word-break: break-all;
    }
    .count,
    .loading,
    .error,
    .controls,
    .zoom,
    button {
      display: none;
    }
  }
`;
