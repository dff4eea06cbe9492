import type { ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../model/timeline.js';
import type * as Picking from '../features/guides/picking.js';

export interface RovingFocusHost extends ReactiveControllerHost, Element {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the keys do beyond moving the focus; the element decides what each means. */
export interface RovingFocusActions {
  /** The events in keyboard order. */
  items: () => readonly TimelineItem[];
  /** Enter or Space on an event. */
  select: (item: TimelineItem) => void;
  /** Escape; false when there was nothing to clear, so the key goes on to the page. */
  clear: () => boolean;
  /** `+` / `=` (1) or `-` (-1), keeping the focused event in place; false when nothing zooms. */
  zoom: (direction: number, anchorId: string | undefined) => boolean;
}

/**
 * How a reader picks an event: the list's one tab stop (a roving tabindex), where arrows, Home and
 * End move it between events, Enter and Space select, Escape clears the selection, and + / - zoom;
 * and a click or tap on an event. The tab stop is here from the first render; what keys and clicks
 * do (./picking.ts) comes with the guides chunk, fetched as soon as the first render is on screen.
 */
export class RovingFocus {
  #focused: string | undefined;
  #picking: typeof Picking | undefined;
  /** Where a click landed before the guides chunk was here. */
  #early: Pick<Event, 'composedPath'> | undefined;

  constructor(
    readonly host: RovingFocusHost,
    readonly actions: RovingFocusActions,
  ) {}

  /** The id of the event holding the tab stop. */
  get focused(): string | undefined {
    return this.#focused;
  }

  set focused(id: string | undefined) {
    if (id === this.#focused) return;
    this.#focused = id;
    this.host.requestUpdate();
  }

  /** Keeps the tab stop on a shown event: where it was, else the selected one, else the first. */
  settle(items: readonly TimelineItem[], selected: string | undefined, listChanged: boolean): void {
    if (this.#focused !== undefined && !(listChanged && !items.some((item) => item.event.id === this.#focused))) {
      return;
    }
    this.#focused = (items.find((item) => item.event.id === selected) ?? items[0])?.event.id;
  }

  /** What keys and clicks do, once the guides chunk is here: a click that came before it counts now. */
  set picking(picking: typeof Picking) {
    this.#picking = picking;
    if (this.#early) picking.click(this, this.#early);
  }

  onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    if (this.#picking) this.#picking.click(this, event);
    else this.#early = { composedPath: () => path };
  };

  onKeyDown = (event: KeyboardEvent): void => this.#picking?.keydown(this, event);
}
