import { css } from 'lit';

/**
 * Styles that only what on-demand chunks draw needs, so they stay out of the first download: each
 * chunk's code adopts them into the element's shadow root (see ./controllers/adopt.ts); the package
 * entry adds them to the elements' own styles for bundlers and server rendering.
 */

/** The arrows of gap labels and the story bar (the guides and track chunks). */
export const arrowStyles = css`
  /* Arrows point from earlier to later as the reader sees the line: leftwards right to left. */
  .arrow::before {
    content: '→';
  }
  .arrow:is(.back, :dir(rtl))::before {
    content: '←';
  }
  .arrow.back:dir(rtl)::before {
    content: '→';
  }
`;

/** Dates with an end known on one side only (the extended dates chunk). */
export const openEndStyles = css`
  /* An end known on one side only fades out along the time axis; a single such date is an open ring. */
  .open-start .marker {
    mask-image: linear-gradient(to var(--_along, bottom), #0004, #000 60%);
  }
  .open-end .marker {
    mask-image: linear-gradient(to var(--_along, bottom), #000 40%, #0004);
  }
  .open-start.open-end .marker {
    mask-image: linear-gradient(to var(--_along, bottom), #0004, #000 35% 65%, #0004);
  }
  :is(.open-start, .open-end):not(.range) .marker {
    mask-image: none;
    background: var(--_bg);
    border: 2px dashed var(--_cat);
  }
`;
