/**
 * The key moments' stepper: in key-moments mode, once the story bar has scrolled out of sight while
 * the timeline is still in it, a bar fixed to the bottom of the window with previous, the place
 * ("3 of 8") and next, which names the moment it goes to. Stepping moves the list under it, and the
 * stepper stays where the reader's thumb is. Part of the guides chunk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { AsyncDirective } from 'lit/async-directive.js';
import type { TimelineItem } from '../../model/timeline.js';
import { localize } from '../../model/dates.js';
import type { GuideMessages, Locale } from '../../model/messages.js';

/** Shows its element only while the story bar is out of the window and the timeline in it. */
class AwayFromBar extends AsyncDirective {
  #observer: IntersectionObserver | undefined;
  #watched: Element[] = [];

  constructor(part: PartInfo) {
    super(part);
  }

  render(): unknown {
    return nothing;
  }

  override update(part: ElementPart): unknown {
    if (this.#observer) return nothing;
    const stepper = part.element as HTMLElement;
    // Hidden until the first answer: no flash over the page before the bar is known to be gone.
    stepper.hidden = true;
    const seen = new Map<Element, boolean>();
    this.#observer = new IntersectionObserver((entries) => {
      for (const entry of entries) seen.set(entry.target, entry.isIntersecting);
      const [bar, host] = this.#watched;
      stepper.hidden = seen.get(bar!) !== false || seen.get(host!) !== true;
    });
    // A first render commits into a fragment: the bar and the element are found once it is in place.
    queueMicrotask(() => {
      const bar = stepper.parentElement;
      const root = stepper.getRootNode();
      if (!bar || !(root instanceof ShadowRoot)) return;
      this.#watched = [bar, root.host];
      if (this.isConnected) this.reconnected();
    });
    return nothing;
  }

  protected override reconnected(): void {
    for (const element of this.#watched) this.#observer?.observe(element);
  }

  protected override disconnected(): void {
    this.#observer?.disconnect();
  }
}

const awayFromBar = directive(AwayFromBar);

/** The stepper, in key-moments mode: `index` is the selected moment's place in `items`, or -1. */
export function renderStepper(
  t: GuideMessages,
  locale: Locale,
  items: readonly TimelineItem[],
  index: number,
  walk: (item: TimelineItem) => void,
): TemplateResult {
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = items[index + 1];
  const title = next && localize(next.event.title, locale);
  return html`<div part="stepper" class="stepper" role="group" aria-label=${t.keyMoments} ${awayFromBar()}>
    <button
      type="button"
      class="filter walk"
      aria-label=${t.previous}
      aria-disabled=${!previous}
      @click=${() => previous && walk(previous)}
    >
      <span class="arrow back"></span>
    </button>
    <span class="place">${t.moment(index + 1, items.length)}</span>
    <button
      type="button"
      class="filter walk next"
      aria-label=${title ? `${t.next}: ${title.text}` : t.next}
      aria-disabled=${!next}
      @click=${() => next && walk(next)}
    >
      ${title ? html`<span class="next-title" lang=${title.lang}>${title.text}</span>` : nothing}
      <span class="arrow"></span>
    </button>
  </div>`;
}
