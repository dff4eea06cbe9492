import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Reveal } from '../features/guides/reveal.js';

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
    /** What scrolls an event into view, once the guides are here. */
    private readonly reveal: () => Reveal | undefined,
  ) {
    host.addController(this);
  }

  /** The next selection comes from a followed link. */
  followingLink(): void {
    this.#followingLink = true;
  }

  /**
   * The next selection needs no scrolling from here: the reader's own (they can see it already), or
   * a step of an article the element follows (which brings it into the element's own view itself).
   */
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
    // The scrolling comes with the guides (./features/guides/reveal.ts): until they are here, it waits.
    const reveal = this.reveal();
    if (!pending || !reveal || !this.settled()) return;
    this.#pending = undefined;
    reveal(this.host.renderRoot, pending.id, pending.page);
  }
}
