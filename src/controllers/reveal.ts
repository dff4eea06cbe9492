import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RevealHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
}

/**
 * Scrolls a selection made by code (not by the reader) into view, once the events are where they
 * will stay: on a track, after the track has arrived. An author's highlight in the page's first
 * render, or a change of layout, moves only the track's own scroller, never the page; a later
 * selection, or a followed `#id` link, moves the page as an anchor link would.
 */
export class RevealController implements ReactiveController {
  #pending: { id: string; page: boolean } | undefined;
  #followingLink = false;
  #readerSelecting = false;

  constructor(
    private readonly host: RevealHost,
    /** Whether the events are laid out where they will stay. */
    private readonly settled: () => boolean,
  ) {
    host.addController(this);
  }

  /** The next selection comes from a followed link. */
  followingLink(): void {
    this.#followingLink = true;
  }

  /** The next selection is the reader's own: they can see it already. */
  readerSelecting(): void {
    this.#readerSelecting = true;
  }

  /** After `selected` changed (or the layout did, with `layout`), in willUpdate. */
  selected(id: string | undefined, layout = false): void {
    if (id && layout) this.#pending ??= { id, page: false };
    else if (id && !this.#readerSelecting) this.#pending = { id, page: this.host.hasUpdated || this.#followingLink };
    this.#readerSelecting = false;
    this.#followingLink = false;
  }

  hostUpdated(): void {
    const pending = this.#pending;
    if (!pending || !this.settled()) return;
    this.#pending = undefined;
    const root = this.host.renderRoot;
    const li = root.querySelector<HTMLElement>(`li[data-id="${CSS.escape(pending.id)}"]`);
    const scroller = root.querySelector('.scroller');
    if (pending.page) li?.scrollIntoView({ block: 'nearest', inline: 'center' });
    // Centred by a relative scroll, measured on screen, so it holds right to left too.
    else if (li && scroller) {
      const x = li.getBoundingClientRect().left - scroller.getBoundingClientRect().left;
      scroller.scrollLeft += x - (scroller.clientWidth - li.offsetWidth) / 2;
    }
  }
}
