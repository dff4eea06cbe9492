import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The URL's hash: tells when the reader navigates to another one (a link, Back or Forward), and
 * writes a new one, as a history entry or in place. Part of the story chunk, with `link.ts`, which
 * reads and writes what the hash holds; the element decides whether to follow it (`link-hash`).
 */
export class HashLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  /** Writes `hash` ('' for none): a new history entry when `push`, so Back returns to the one before. */
  write(hash: string, push: boolean): void {
    if (hash === location.hash) return;
    history[push ? 'pushState' : 'replaceState'](history.state, '', hash || location.pathname + location.search);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#changed);
    window.addEventListener('popstate', this.#changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#changed);
    window.removeEventListener('popstate', this.#changed);
  }

  #changed = (): void => this.onChange();
}
