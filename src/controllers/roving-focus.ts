import type { ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../model/timeline.js';

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
 * The list's one tab stop (a roving tabindex): arrows, Home and End move it between events,
 * Enter and Space select, Escape clears the selection, and + / - zoom.
 */
export class RovingFocusController {
  #focused: string | undefined;

  constructor(
    private readonly host: RovingFocusHost,
    private readonly actions: RovingFocusActions,
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

  onKeyDown = (event: KeyboardEvent): void => {
    if (event.target !== event.currentTarget && !(event.target instanceof HTMLLIElement)) return;
    const items = this.actions.items();
    const index = items.findIndex((item) => item.event.id === this.#focused);
    const last = items.length - 1;
    // Left and right follow what the reader sees: right to left, the next event is to the left.
    const ahead = getComputedStyle(this.host).direction === 'rtl' ? -1 : 1;
    const target = {
      ArrowDown: index + 1,
      ArrowRight: index + ahead,
      ArrowUp: index - 1,
      ArrowLeft: index - ahead,
      Home: 0,
      End: last,
    }[event.key];
    const zoom = { '+': 1, '=': 1, '-': -1 }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      void this.#focus(items[Math.max(0, Math.min(last, target))]?.event.id);
    } else if ((event.key === 'Enter' || event.key === ' ') && items[index]) {
      event.preventDefault();
      this.actions.select(items[index]);
    } else if (
      (event.key === 'Escape' && this.actions.clear()) ||
      (zoom !== undefined && this.actions.zoom(zoom, this.#focused))
    ) {
      event.preventDefault();
    }
  };

  async #focus(id: string | undefined): Promise<void> {
    if (id === undefined) return;
    this.focused = id;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)?.focus();
  }
}
