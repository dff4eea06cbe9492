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
    /* Print with no print event (a PDF pipeline that only switches the media, too soon for the element
       to draw its list): the track flows as a list, every rendered event on the paper, in order. It
       overrides every orientation's and lane's placement, hence the !important. */
    .scroller {
      overflow: visible !important;
      padding: 0 !important;
    }
    .track,
    .track .list,
    .track .event,
    .track .event > :not(.era, .visually-hidden),
    .horizontal .body {
      position: static !important;
      width: auto !important;
      height: auto !important;
      overflow: visible !important;
    }
    .track .event {
      display: grid !important;
    }
    .track-bar,
    .overview,
    .axis,
    .bands,
    .break,
    .track .list::before,
    .track .event::before,
    .track .event::after,
    .track .marker::after {
      display: none !important;
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
