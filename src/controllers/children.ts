import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { Features } from '../core/registry.js';

type Declarative = Features['declarative'];

/**
 * Events written as `<timeline-event>` children. The code that reads and watches them (the
 * `declarative` feature) is loaded only when the host has some; until then, and without
 * JavaScript, they are plain HTML. Here, only a watch for the first one to arrive.
 */
export class ChildEventsController implements ReactiveController {
  /** The children as raw data, replaced (never mutated) on each change. */
  events: readonly Record<string, unknown>[] = [];
  /** The reader, once loaded: it also validates the children with the host's chronology. */
  reader: Declarative | undefined;
  #observer: MutationObserver | undefined;
  #asked = false;

  /** `load` fetches the reader (the `declarative` feature); on a failure, reported, it resolves to undefined. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<Declarative | undefined>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.reader) return;
    this.#observer = new MutationObserver(() => this.#read());
    this.#observer.observe(this.host, { childList: true });
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    if (this.#asked || !this.host.querySelector(':scope > timeline-event')) return;
    this.#asked = true;
    void this.load().then((reader) => {
      // A failed load is asked again when the children next change.
      this.#asked = Boolean(reader);
      if (!reader) return;
      this.reader = reader;
      this.#observer?.disconnect();
      // From now on the reader watches every change in the children, and hands them over.
      reader.watchChildren(this.host, (events) => {
        this.events = events;
        this.host.requestUpdate();
      });
    });
  }
}
