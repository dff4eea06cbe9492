import { css } from 'lit';

/** The arrows of gap labels and the story bar: the guides and the track each list them in their styles. */
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
