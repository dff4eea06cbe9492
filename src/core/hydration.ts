import { isServer, type PropertyValues } from 'lit';
import type { FeatureController } from './features.js';

/**
 * A server-rendered element (one with a declarative shadow root when it upgrades) hydrates once the
 * features the server drew its data with are here (extended dates, the locale, pictures), so
 * hydration finds what the server wrote; until then the server's HTML stays as it is. The changes
 * held back meanwhile are handed to the first update that renders.
 */
export class Hydration {
  #waiting: boolean;
  #held: { changed: PropertyValues; data: boolean } | undefined;

  constructor(
    private readonly host: { readonly shadowRoot: ShadowRoot | null; requestUpdate(): void },
    private readonly features: FeatureController,
  ) {
    this.#waiting = !isServer && Boolean(host.shadowRoot);
  }

  /** For `shouldUpdate`: whether to render now. `ask` asks for what the data needs; true when the data changed. */
  ready(changed: PropertyValues, ask: () => boolean): boolean {
    if (!this.#waiting) return true;
    const data = ask() || Boolean(this.#held?.data);
    this.#held = { changed: new Map([...changed, ...(this.#held?.changed ?? [])]), data };
    if (this.features.waiting) {
      void this.features.arrived().then(() => this.host.requestUpdate());
      return false;
    }
    this.#waiting = false;
    return true;
  }

  /** For `willUpdate`: merges what changed while it waited into `changed`; whether the data changed then. */
  resume(changed: PropertyValues): boolean {
    const held = this.#held;
    this.#held = undefined;
    for (const [key, value] of held?.changed ?? []) if (!changed.has(key)) changed.set(key, value);
    return Boolean(held?.data);
  }
}
