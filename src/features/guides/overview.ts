/**
 * The overview strip above the flowing list: the whole span in time, its eras as tinted spans, each
 * event a tick in its category's colour where its date is, and a window over the events on screen.
 * A press or a drag brings the event nearest that date into view. Part of the guides chunk, it sits
 * in the room the header's bottom padding keeps (with lanes, the lane bar's), so nothing moves when
 * it arrives. With lanes its ticks take their lane's colour (`EventContext.tickColor`). Pointer only (the
 * list takes the keyboard), so it is hidden from assistive technology; the list reads in full
 * without it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { directive, type PartInfo } from 'lit/async-directive.js';
import { ScrollDirective } from './on-scroll.js';
import type { ElementPart } from 'lit';
import { cssVars } from '../../css-vars.js';
import { dayNumber, toPartialDate } from '../../model/dates.js';
import type { TimelineItem } from '../../model/timeline.js';
import { categoryColor, type EventContext } from '../../templates/event.js';

/** The strip's resolution: one tick per 400th of the span, about as fine as a phone's strip is wide. */
const BINS = 400;

/** The first and last day the events cover. */
function span(items: readonly TimelineItem[]): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const { from, to } of items) {
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  return [first, Math.max(last, first + 1)];
}

/**
 * Keeps the window over the events on screen, on every scroll and resize, and moves the list to the
 * date pressed. Writes styles only: scrolling never renders the element again.
 */
class Follow extends ScrollDirective {
  #strip: HTMLElement | undefined;
  #items: readonly TimelineItem[] = [];
  #byId = new Map<string, TimelineItem>();
  #span: [number, number] = [0, 1];

  constructor(part: PartInfo) {
    super(part);
  }

  render(_items: readonly TimelineItem[]): unknown {
    return nothing;
  }

  override update(part: ElementPart, [items]: [readonly TimelineItem[]]): unknown {
    if (items !== this.#items) {
      this.#items = items;
      this.#byId = new Map(items.map((item) => [item.event.id, item]));
      this.#span = span(items);
    }
    if (!this.#strip) {
      this.#strip = part.element as HTMLElement;
      this.#strip.addEventListener('pointerdown', this.#press);
      this.reconnected();
    }
    this.schedule();
    return nothing;
  }

  /** The list's events, in the order shown (the strip's own item, first, is not one). */
  #events(): HTMLElement[] {
    const list = this.#strip?.parentElement?.parentElement;
    return list ? ([...list.children].filter((child) => child.matches('[data-id]')) as HTMLElement[]) : [];
  }

  /** The window: from the first to the last event on screen, in time; hidden once the list's top has gone by. */
  protected scrolled(): void {
    const strip = this.#strip;
    const holder = strip?.parentElement;
    if (!strip?.isConnected || !holder) return;
    const events = this.#events();
    // Stuck to the top of the window (the era's band does), the list's start has scrolled away.
    strip.style.visibility =
      events[0] && events[0].getBoundingClientRect().top < holder.getBoundingClientRect().top - 1 ? 'hidden' : '';
    const window = strip.lastElementChild as HTMLElement | null;
    if (!window) return;
    // The events on screen: the first found by halving, then on until one starts below the window,
    // so a frame reads the boxes of those in sight, not every event's.
    let [low, high] = [0, events.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (events[mid]!.getBoundingClientRect().bottom <= 0) low = mid + 1;
      else high = mid;
    }
    const days: number[] = [];
    for (let i = low; i < events.length && events[i]!.getBoundingClientRect().top < innerHeight; i++) {
      const item = this.#byId.get(events[i]!.dataset.id ?? '');
      if (item) days.push(item.from, item.to);
    }
    const [first, last] = this.#span;
    const at = (day: number) => (day - first) / (last - first);
    window.hidden = days.length === 0;
    if (days.length) window.style.cssText = `--_a: ${at(Math.min(...days))}; --_b: ${at(Math.max(...days))}`;
  }

  /** A press: the pointer is the strip's until it is let go, and each move is a press too (a drag). */
  #press = (event: PointerEvent): void => {
    const strip = this.#strip!;
    strip.setPointerCapture?.(event.pointerId);
    strip.addEventListener('pointermove', this.#move);
    strip.addEventListener('lostpointercapture', () => strip.removeEventListener('pointermove', this.#move), {
      once: true,
    });
    this.#move(event);
  };

  /** The event nearest the date under the pointer comes into view. */
  #move = (event: PointerEvent): void => {
    event.preventDefault();
    const strip = this.#strip!;
    const box = strip.getBoundingClientRect();
    const backwards = getComputedStyle(strip).direction === 'rtl';
    const share = Math.min(
      1,
      Math.max(0, (backwards ? box.right - event.clientX : event.clientX - box.left) / box.width),
    );
    const [first, last] = this.#span;
    const day = first + share * (last - first);
    let nearest: TimelineItem | undefined;
    for (const item of this.#items) {
      if (!nearest || Math.abs(item.from - day) < Math.abs(nearest.from - day)) nearest = item;
    }
    const li = this.#events().find((element) => element.dataset.id === nearest?.event.id);
    li?.scrollIntoView({ block: 'center' });
  };
}

const follow = directive(Follow);

/** The strip: eras (in turn a lighter and a darker tint), the events' ticks, and the window last. */
export function renderOverview(items: readonly TimelineItem[], context: EventContext): TemplateResult | typeof nothing {
  if (items.length < 2) return nothing;
  const [first, last] = span(items);
  const at = (day: number) => Math.min(1, Math.max(0, (day - first) / (last - first)));
  // In time order, whichever way the list runs, so that their tints alternate along the strip.
  const eras = [...new Set(items.flatMap((item) => (item.era ? [item.era] : [])))].map((era) => ({
    a: at(dayNumber(toPartialDate(era.start))),
    b: at(dayNumber(toPartialDate(era.end), 'last')),
  }));
  eras.sort((x, y) => x.a - y.a);
  const seen = new Set<number>();
  const ticks = items.filter((item) => {
    const bin = Math.round(at(item.from) * BINS);
    return !seen.has(bin) && seen.add(bin);
  });
  return html`<div part="overview" class="strip" ${follow(items)}>
    ${eras.map(
      ({ a, b }, i) =>
        html`<span class=${i % 2 ? 'strip-era odd' : 'strip-era'} style=${cssVars({ '--_a': a, '--_b': b })}></span>`,
    )}
    ${ticks.map(
      (item) =>
        html`<span
          class="strip-event"
          style=${cssVars({
            '--_a': at(item.from),
            '--_cat': context.tickColor?.(item) ?? categoryColor(context, item.event),
          })}
        ></span>`,
    )}
    <span class="strip-window" hidden></span>
  </div>`;
}

export const overviewStyles = css`
  /* Above the list, in the room the header's bottom padding keeps (its own item is the list's first,
     at the list's top: see ./era-band.ts). */
  .strip {
    position: absolute;
    inset-inline: 0;
    bottom: calc(100% + 0.25em);
    height: 1em;
    cursor: pointer;
    touch-action: none;
  }
  /* The line the ticks stand on, as the list's own line. */
  .strip::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: calc(50% - 0.5px);
    height: 1px;
    background: var(--_line);
  }
  .strip > span {
    position: absolute;
    inset-inline-start: calc(var(--_a) * 100%);
    inset-block: 0.1875em;
  }
  .strip-era,
  .strip-window {
    width: calc((var(--_b) - var(--_a)) * 100%);
  }
  .strip-era {
    background: var(--_era-bg);
  }
  .strip-era.odd {
    background: color-mix(in srgb, var(--_line) 22%, var(--_bg));
  }
  .strip > .strip-event {
    inset-block: 0.3125em;
    width: 2px;
    background: var(--_cat);
  }
  .strip > .strip-window {
    inset-block: 0;
    min-width: 4px;
    border: 2px solid var(--_accent);
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .strip-window[hidden] {
    display: none;
  }
  @container (max-width: 36rem) {
    .strip {
      height: 0.75em;
    }
    .strip > span {
      inset-block: 0.125em;
    }
    .strip > .strip-event {
      inset-block: 0.25em;
    }
  }
`;
