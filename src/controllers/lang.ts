import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLocale, type Locale } from '../model/messages.js';

/**
 * The locale of the nearest `lang` attribute, also across the shadow root the host sits in.
 * Read before each render, and any `lang` change in the document asks for one.
 */
export class InheritedLangController implements ReactiveController {
  /** `en` until the host is first rendered connected (never during server rendering). */
  locale: Locale = 'en';
  #observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const host = this.host;
    const found = host.closest('[lang]') ?? (host.getRootNode() as Partial<ShadowRoot>).host?.closest('[lang]');
    this.locale = toLocale(found?.getAttribute('lang'));
  }
}
