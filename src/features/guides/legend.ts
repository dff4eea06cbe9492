/**
 * "How to read this", part of the guides chunk: a disclosure at the end of the story bar whose
 * lines say what the marks on screen mean, each line only where the view has what it explains. On
 * a time scale it says where distance along the line is not time. It opens over the events, below
 * the header, so it moves nothing; Escape, or a press outside it, closes it.
 */
import { css, html, type TemplateResult } from 'lit';
import type { GuideMessages } from '../../model/messages.js';
import type { TimelineItem } from '../../model/timeline.js';
import { gapBetween } from '../../model/elapsed.js';
import { WINDOW_AFTER } from '../../model/view.js';

/** What a list of events has for the legend to explain: found once per list, not on every render. */
interface Marks {
  newest: boolean;
  range: boolean;
  featured: boolean;
  eras: boolean;
  gaps: boolean;
}
const marksOf = new WeakMap<readonly TimelineItem[], Marks>();

function marks(items: readonly TimelineItem[]): Marks {
  let found = marksOf.get(items);
  if (!found) {
    found = {
      newest: items.length > 1 && items[0]!.from > items[items.length - 1]!.from,
      range: false,
      featured: false,
      eras: false,
      gaps: false,
    };
    // Years without events are marked only in the flowing list, which a longer list never is.
    const flows = items.length <= WINDOW_AFTER;
    for (let i = 0; i < items.length && !(found.range && found.featured && found.eras && (found.gaps || !flows)); i++) {
      const item = items[i]!;
      found.range ||= item.event.end !== undefined;
      found.featured ||= Boolean(item.event.featured);
      found.eras ||= item.era !== undefined;
      found.gaps ||= flows && gapBetween(items[i - 1], item) !== undefined;
    }
    marksOf.set(items, found);
  }
  return found;
}

/** Escape closes the legend, and the focus goes back to its toggle. */
function onKey(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  details.open = false;
  details.querySelector('summary')!.focus();
  event.stopPropagation();
}

/**
 * While the legend is open, a press anywhere outside it closes it, as Escape does; a press on the
 * legend itself (its lines, its toggle) does not. Listening stops once it is closed.
 */
function onToggle(event: Event): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (!details.open) return;
  const page = details.ownerDocument;
  const outside = (press: Event) => {
    if (!press.composedPath().includes(details)) details.open = false;
  };
  page.addEventListener('pointerdown', outside, true);
  details.addEventListener('toggle', () => page.removeEventListener('pointerdown', outside, true), { once: true });
}

export function renderLegend(t: GuideMessages, items: readonly TimelineItem[]): TemplateResult {
  const { newest, range, featured, eras, gaps } = marks(items);
  const line = (what: string, text: string, shown = true) =>
    shown ? html`<li class="legend-${what}"><span class="sample" aria-hidden="true"></span>${text}</li>` : '';
  return html`<details part="legend" class="legend" @keydown=${onKey} @toggle=${onToggle}>
    <summary class="filter">${t.legend}</summary>
    <ul class="legend-body">
      ${line('order', t.legendOrder(newest), items.length > 1)} ${line('event', t.legendEvent)}
      ${line('range', t.legendRange, range)} ${line('featured', t.legendFeatured, featured)}
      ${line('colour', t.legendColour)} ${line('era', t.legendEra, eras)} ${line('gap', t.legendGap, gaps)}
      ${line('time', t.legendTime)} ${line('even', t.legendEven)}
    </ul>
  </details>`;
}

/**
 * The legend's styles. Which lines apply follows the layout: the order on a list or a vertical
 * track, years without events in the flowing list, what distance means on a track, by its scale.
 */
export const legendStyles = css`
  .header {
    position: relative;
  }
  .legend > summary {
    list-style: none;
  }
  .legend > summary::-webkit-details-marker {
    display: none;
  }
  .legend[open] > summary {
    background: var(--_surface);
  }
  .legend-body {
    position: absolute;
    z-index: 6;
    inset-inline: auto 0;
    top: 100%;
    display: grid;
    gap: 0.5em;
    max-width: 40em;
    margin: 0.25em 0 0;
    padding: 0.875em 1em;
    list-style: none;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.18);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 400;
    white-space: normal;
    text-align: start;
  }
  .legend-body li {
    display: flex;
    gap: 0.75em;
    align-items: baseline;
  }
  .sample {
    flex: none;
    display: inline-flex;
    justify-content: center;
    width: 1.5em;
  }
  .sample::before {
    content: '';
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .legend-range .sample::before {
    height: 1.5em;
    border-radius: 0.375em;
  }
  .horizontal .legend-range .sample::before {
    width: 1.5em;
    height: 0.75em;
  }
  .legend-featured .sample::before {
    width: 1.125em;
    height: 1.125em;
  }
  .legend-era .sample::before,
  .legend-time .sample::before {
    width: 1.5em;
    height: 1em;
    border-radius: 2px;
    background: var(--_era-bg);
  }
  .legend-time .sample::before {
    background: repeating-linear-gradient(135deg, var(--_line) 0 1px, transparent 0 5px);
  }
  .legend-gap .sample::before {
    width: 0;
    height: 1.5em;
    border-inline-start: 2px dashed var(--_line);
    border-radius: 0;
    background: none;
  }
  .legend-order .sample::before,
  .legend-colour .sample::before,
  .legend-even .sample::before {
    content: none;
  }
  .horizontal .legend-order,
  .base:not(.flow) .legend-gap,
  .flow .legend-time,
  .flow .legend-even,
  :host(:not([scale='time'])) .legend-time,
  :host([scale='time']) .legend-even {
    display: none;
  }
  /* A phone's row of controls scrolls and fades its end with a mask, which would hide the legend. */
  .controls:has(.legend[open]) {
    mask-image: none;
  }
`;
