import { css } from 'lit';

/**
 * Where a time scale is not at its base scale, in either orientation: a shortened gap, a hatched
 * band across the track, cut by dashed edges, that says it is not to scale; and a magnified
 * stretch. Adopted with the track's own styles (./styles.ts), which place them along each orientation.
 */
export const breakStyles = css`
  /* A shortened gap: a hatched band across the track, cut by dashed edges, that says it is not to scale. */
  .break {
    position: absolute;
    display: flex;
    align-items: center;
    justify-content: center;
    font-weight: 600;
    color: var(--_muted);
    background:
      repeating-linear-gradient(
        -45deg,
        color-mix(in srgb, var(--_line) 30%, transparent) 0 1.5px,
        transparent 1.5px 7px
      ),
      color-mix(in srgb, var(--_era-bg) 70%, var(--_bg));
    border: 0 dashed var(--_line);
  }
  .break > span {
    font-size: 0.75em;
    white-space: nowrap;
    text-align: center;
    line-height: 1.25;
    padding: 0.15em 0.6em;
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 0 0 1px color-mix(in srgb, var(--_line) 45%, transparent);
  }
  .break .cut,
  .break-note {
    display: block;
  }
  /* What the data says the empty years hold: under "not to scale", wrapped in the gap's width. */
  .break-note {
    max-width: 16em;
    margin-top: 0.2em;
    white-space: normal;
    font-weight: 500;
    color: var(--_text);
  }
  .break .cut {
    font-weight: 500;
    font-style: italic;
  }
  @media (forced-colors: active) {
    .break {
      forced-color-adjust: none;
      background: repeating-linear-gradient(-45deg, GrayText 0 1px, Canvas 1px 7px);
      border-color: CanvasText;
      color: CanvasText;
    }
    .break > span {
      background: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
  }
  /* A magnified stretch (../../model/scale.ts): a bracket along the line, on the labels' side, and
     its magnification ("×20") where it begins, in the place of a tick. */
  .inset {
    position: absolute;
    border: 1px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
  }
  .axis .tick.zoomed {
    font-weight: 700;
    color: var(--_accent);
  }
  .vertical-track .inset {
    top: calc(var(--_pos) * 1em + 0.5em);
    height: calc(var(--_size) * 1em);
    inset-inline-start: calc(var(--_axis) - 0.6em);
    width: 0.3em;
    border-inline-end: 0;
  }
  /* Horizontally, magnifications have a row of their own, between the ticks and the line. */
  .horizontal .tick.zoomed {
    top: calc(2.3em / var(--_t));
    line-height: 1;
  }
  .horizontal .inset {
    inset-inline-start: calc(var(--_pos) * 1em);
    width: calc(var(--_size) * 1em);
    top: calc(var(--_top) - 0.85em);
    height: 0.3em;
    border-bottom: 0;
  }
`;
