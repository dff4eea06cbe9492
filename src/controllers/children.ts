import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { Features } from '../core/registry.js';

type Declarative = Features['declarative'];

/**
 * Events written as `<timeline-event>` children. The code that reads them (../declarative.js) is
 * loaded only when the host has some; until then, and without JavaScript, they are plain HTML.
 */
export class ChildEventsController implements ReactiveController {
  /** The children as raw data, replaced (never mutated) on each change. */
  events: readonly Record<string, unknown>[] = [];
  /** The reader, once loaded: it also validates the children with the host's chronology. */
  reader: Declarative | undefined;
  #observer: MutationObserver | undefined;
  #failed = false;

  /** `load` fetches the reader (the `declarative` feature); on a failure, reported, it resolves to undefined. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<Declarative | undefined>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Only the children matter: the host's own attributes (several reflect) never change them.
    this.#observer = new MutationObserver((records) => {
      if (records.some((r) => r.type !== 'attributes' || r.target !== this.host)) this.#read();
    });
    this.#observer.observe(this.host, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    if (!this.host.querySelector('timeline-event') && this.events.length === 0) return;
    if (this.#failed) return;
    void this.load().then((reader) => {
      if (!reader) {
        this.#failed = true;
        return;
      }
      this.reader = reader;
      this.events = reader.readChildren(this.host);
      this.host.requestUpdate();
    });
  }
}
