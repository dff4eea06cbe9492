/**
 * The era a reader is in, kept in sight: a copy of the era's band that sticks to the top of the
 * window while the reader scrolls through the era's events, once the band itself has gone by. Part
 * of the guides chunk; the list reads in full without it, since every era's band and heading stays
 * in place for screen readers, find-in-page and print.
 */
import { html, nothing, type ChildPart, type TemplateResult } from 'lit';
import { directive, type PartInfo } from 'lit/async-directive.js';
import { ScrollDirective } from './on-scroll.js';
import type { Era } from '../../model/types.js';
import type { TimelineItem } from '../../model/timeline.js';
import { formatWhen, localize } from '../../model/dates.js';
import type { Locale } from '../../model/messages.js';

class StuckEra extends ScrollDirective {
  #li: HTMLElement | undefined;
  #items = new Map<string, TimelineItem>();
  #locale: Locale = 'en';
  #shown: Era | undefined;

  constructor(part: PartInfo) {
    super(part);
  }

  render(_items: readonly TimelineItem[], _locale: Locale): unknown {
    return nothing;
  }

  override update(part: ChildPart, [items, locale]: [readonly TimelineItem[], Locale]): unknown {
    this.#items = new Map(items.map((item) => [item.event.id, item]));
    this.#locale = locale;
    if (!this.#li) {
      this.#li = part.parentNode as HTMLElement;
      this.reconnected();
    }
    this.schedule();
    return this.#band(this.#shown);
  }

  protected scrolled(): void {
    const era = this.#current();
    if (era === this.#shown) return;
    this.#shown = era;
    this.setValue(this.#band(era));
  }

  #band(era: Era | undefined): TemplateResult | typeof nothing {
    if (!era) return nothing;
    const label = localize(era.label, this.#locale);
    return html`<div part="era era-stuck" class="era stuck-band">
      <span class="era-label" lang=${label.lang}>${label.text}</span>
      <span class="era-dates">${formatWhen(era, this.#locale)}</span>
    </div>`;
  }

  /**
   * The era of the event under the band's place, when its own band has scrolled above that place
   * and the next era's band has not yet reached it; else none.
   */
  #current(): Era | undefined {
    const li = this.#li;
    const list = li?.parentElement;
    if (!li?.isConnected || !list) return undefined;
    const top = li.getBoundingClientRect().top;
    // Not stuck: the list's start is still in view.
    if (list.getBoundingClientRect().top >= top - 1) return undefined;
    const events = [...list.children].filter((child): child is HTMLElement => child !== li) as HTMLElement[];
    const height = li.querySelector<HTMLElement>('.stuck-band')?.offsetHeight || 40;
    // The first event whose bottom is below the band's place.
    let low = 0;
    let high = events.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (events[mid]!.getBoundingClientRect().bottom <= top + height) low = mid + 1;
      else high = mid;
    }
    const index = low;
    const era = this.#items.get(events[index]?.dataset.id ?? '')?.era;
    if (!era) return undefined;
    // Its band: on the era's first event shown, at or before this one.
    let start = index;
    while (start > 0 && this.#items.get(events[start - 1]!.dataset.id ?? '')?.era === era) start--;
    const own = events[start]!.querySelector('.era');
    if (own && own.getBoundingClientRect().top >= top) return undefined;
    // The next era's band takes over as it reaches the place: it is on the next event in another era.
    let next = index + 1;
    while (next < events.length && this.#items.get(events[next]!.dataset.id ?? '')?.era === era) next++;
    const band = events[next]?.querySelector('.era');
    if (band && band.getBoundingClientRect().top < top + height) return undefined;
    return era;
  }
}

/** The sticky band: hidden from assistive technology, which has the era's heading. */
export const stuckEra = directive(StuckEra);
