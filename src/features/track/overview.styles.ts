import { css } from 'lit';

/**
 * Styles of the row above the track (lanes' controls, previous and next, the zoom), the horizontal
 * view's pane for the selected event, its edge fades and its overview strip (./overview.ts);
 * adopted with the track's own styles (./styles.ts) when the track chunk loads.
 */
export const overviewStyles = css`
  /* Above the track: with lanes, fold or open every lane; at the end, previous and next, and the zoom. */
  .track-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .zoom {
    display: flex;
    gap: 0.5em;
  }
  .zoom button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .zoom button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (pointer: coarse) {
    .zoom button {
      min-width: 44px;
      min-height: 44px;
    }
  }

  /*
   * The selected event in full, in a pane above the track: the same place and height from one event
   * to the next, so it covers no card, marker or control; it scrolls inside when an event says more.
   */
  .pane {
    position: relative;
    box-sizing: border-box;
    /* In em, not the viewport's units: an iframe embed is as tall as its content. */
    height: 16em;
    margin-bottom: 0.75em;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.75em 1em;
    border: 1px solid var(--_line);
    border-inline-start: 4px solid var(--_cat, var(--_line));
    border-radius: var(--_radius);
    /* Where it scrolls, a shadow at each edge with more to read: the covers move with the text
       (local), the shadows stay with the box (scroll), so a cover hides its shadow at that end. */
    --_shade: color-mix(in srgb, var(--_text) 28%, transparent);
    background:
      linear-gradient(var(--_surface) 30%, transparent) top / 100% 3em no-repeat local,
      linear-gradient(transparent, var(--_surface) 70%) bottom / 100% 3em no-repeat local,
      radial-gradient(farthest-side at 50% 0, var(--_shade), transparent) top / 100% 1em no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_shade), transparent) bottom / 100% 1em no-repeat scroll,
      var(--_surface);
  }
  .pane .date {
    display: block;
    padding: 0;
    padding-inline-end: 2em;
    text-align: start;
  }
  /* Nothing selected: a quiet outline, keeping the place. */
  .pane.empty {
    border-style: dashed;
    border-inline-start-width: 1px;
    background: none;
  }
  /* On paper the empty pane says nothing: how to choose an event is for a screen. */
  @media print {
    .pane.empty {
      display: none;
    }
  }
  .pick {
    display: grid;
    place-items: center;
    height: 100%;
    margin: 0;
    color: var(--_muted);
    text-align: center;
  }
  .close {
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-end: 0.25em;
    width: 2.25em;
    height: 2.25em;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    font: inherit;
    font-size: 1.125em;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_era-bg);
  }
  .close:focus-visible {
    outline: 2px solid var(--_focus);
  }

  /*
   * Previous and next, with the zoom buttons above the pane and the track (./render.ts): over the
   * track's edges they covered the cards' text there.
   */
  .steps {
    display: flex;
    gap: 0.5em;
    margin-inline-start: auto;
  }
  .step {
    display: grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .step:hover {
    border-color: var(--_accent);
  }
  .step:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .step[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }

  /* Fades at the ends of the track where there is more to scroll to, along the reading direction
     (--_along): right to left, the start is the right edge, and its first card stays clear. */
  .horizontal .more-before {
    mask-image: linear-gradient(to var(--_along), transparent, #000 3em);
  }
  .horizontal .more-after {
    mask-image: linear-gradient(to var(--_along), #000 calc(100% - 3em), transparent);
  }
  .horizontal .more-before.more-after {
    mask-image: linear-gradient(to var(--_along), transparent, #000 3em, #000 calc(100% - 3em), transparent);
  }

  /* The overview: the whole span, its eras, its events, and the window the track shows. */
  .overview {
    position: relative;
    height: 2.5em;
    margin-top: 0.5em;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: inset 0 0 0 1px var(--_line);
    cursor: pointer;
    touch-action: none;
  }
  .overview span {
    position: absolute;
    inset-inline-start: calc(var(--_a) * 100%);
  }
  .overview-era,
  .overview-window {
    inset-block: 0;
    width: calc((var(--_b) - var(--_a)) * 100%);
  }
  .overview-era {
    background: var(--_era-bg);
  }
  .overview-era.odd {
    background: color-mix(in srgb, var(--_line) 22%, var(--_bg));
  }
  .overview-event {
    inset-block: 30%;
    width: 2px;
    background: var(--_cat);
  }
  .overview-window {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
`;
