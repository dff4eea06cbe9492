import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The URL's `#id`: tells the host when it changes, and writes a new one without adding a history
 * entry. The host decides whether to follow it (`link-hash`).
 */
export class HashLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** The id the URL names, or '' when none. */
  get id(): string {
    return decodeURIComponent(location.hash.slice(1));
  }

  write(id: string): void {
    history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#changed);
  }

  #changed = (): void => this.onChange(this.id);
}
