import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The URL's hash: tells the host when the reader navigates to another one (a link, Back or Forward),
 * and writes a new one, as a history entry or in place. The host decides whether to follow it
 * (`link-hash`); what the hash holds beyond an event's id is read by the link chunk (link.ts).
 */
export class HashLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  /** The hash as an event's id (the old `#id` format), or '' when none. */
  get id(): string {
    return decodeURIComponent(location.hash.slice(1));
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
