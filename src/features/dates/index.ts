/**
 * Dates before year 1, decades, centuries and one-sided ends: their words (the model's
 * ../../model/extended.ts), and the open ends' styles. Few chronologies have such dates; none of the
 * Korea drop-in's.
 */
import { css } from 'lit';
import { extendedDates as words } from '../../model/extended.js';

/** The model's words, bound here so the feature is one chunk (a re-export would let rollup split them). */
export const extendedDates = words;

/** An end known on one side only fades out along the time axis; a single such date is an open ring. */
const openEndStyles = css`
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

export const styles = [openEndStyles];
