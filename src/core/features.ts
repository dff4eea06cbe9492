import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { feature, load, type FeatureName, type Features, type Styled } from './registry.js';
import { manifest } from './manifest.js';
import { adopt } from './adopt.js';
import type { Problems } from './problems.js';

export interface FeaturesHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
}

/**
 * One element's view of the feature registry. `want` asks for a feature: one already here (provided
 * by the npm entry, or fetched for another element) is used at once, in this same update, so the
 * server and a bundler's build render with it; one that is not is fetched once, its failure reported
 * through `Problems`, and the host rendered again when it arrives. Each feature's styles are adopted
 * into this element's shadow root unless it was defined with them, and `use` runs once per element.
 * `updateComplete` waits for the features the manifest marks `waits`.
 */
export class FeatureController implements ReactiveController {
  /** Fetches on their way that change what is shown of the data; `settled(…, false)` waits for them. */
  readonly #pending = new Set<Promise<unknown>>();
  /** Every fetch on its way, the reader's guides and the track included. */
  readonly #all = new Set<Promise<unknown>>();
  /** Features this element has set up (styles adopted, `use` run). */
  readonly #used = new Set<FeatureName>();
  /** Keys of the fetches this element has started (a feature, or a task such as a locale pack). */
  readonly #asked = new Set<string>();
  readonly #loading = new Set<string>();
  /** What arrived while the element was out of the page: set up when it is back, not before. */
  #arrivedAway: (() => void)[] = [];

  constructor(
    private readonly host: FeaturesHost,
    private readonly problems: Problems,
    /** The styles the element class was defined with: a feature's styles already there are not adopted again. */
    private readonly defined: () => readonly unknown[],
  ) {
    host.addController(this);
  }

  /** The feature, if this element has it. */
  get<N extends FeatureName>(name: N): Features[N] | undefined {
    return this.#used.has(name) ? feature(name) : undefined;
  }

  /** Whether a feature, or a task, is on its way. */
  loading(key: string): boolean {
    return this.#loading.has(key);
  }

  /** Asks for a feature; `use` runs once, when this element first has it. */
  want<N extends FeatureName>(name: N, use?: (module: Features[N]) => void): void {
    const here = feature(name);
    if (here) {
      this.#setUp(name, here, use);
      return;
    }
    this.task(
      name,
      name,
      () => load(name),
      'waits' in manifest[name],
      (module) => this.#setUp(name, module, use),
    );
  }

  /**
   * Runs `run` once per `key`, as part of feature `name` (whose failure it reports as that
   * feature's); renders again when it is done. `wait`: `updateComplete` waits for it.
   */
  task<T>(key: string, name: FeatureName, run: () => Promise<T>, wait: boolean, use?: (result: T) => void): void {
    if (this.#asked.has(key) || this.problems.missing(name)) return;
    this.#asked.add(key);
    this.#loading.add(key);
    const done: Promise<void> = this.problems.chunk(name, run).then((result) => {
      this.#loading.delete(key);
      // Asked again once the failure is forgotten (Problems.retry).
      if (result === undefined) this.#asked.delete(key);
      this.#pending.delete(done);
      this.#all.delete(done);
      const arrive = () => {
        if (result !== undefined) use?.(result);
        this.host.requestUpdate();
      };
      // An element taken out of the page renders nothing more until it is back.
      if (this.host.isConnected) arrive();
      else this.#arrivedAway.push(arrive);
    });
    if (wait) this.#pending.add(done);
    this.#all.add(done);
  }

  /**
   * Resolves once every feature the host waits for is here (or failed), and it has rendered with
   * them (`complete`, its own update; none: as soon as they are here); `all`: every feature asked for.
   */
  async settled(complete = async () => true, all = false): Promise<boolean> {
    const on = all ? this.#all : this.#pending;
    let done = await complete();
    while (on.size) {
      while (on.size) await Promise.all(on);
      done = await complete();
    }
    return done;
  }

  /** Whether a feature `updateComplete` waits for is on its way. */
  get waiting(): boolean {
    return this.#pending.size > 0;
  }

  /** Back online: what could not be fetched is asked for again. */
  readonly #online = (): void => {
    if (this.problems.retry()) this.host.requestUpdate();
  };

  hostDisconnected(): void {
    removeEventListener('online', this.#online);
  }

  hostConnected(): void {
    addEventListener('online', this.#online);
    // A feature that arrived while the element was away, or before it had a shadow root, is styled now.
    for (const name of this.#used) this.#adopt(feature(name) as Styled);
    for (const arrive of this.#arrivedAway.splice(0)) arrive();
  }

  #setUp<N extends FeatureName>(name: N, module: Features[N], use?: (module: Features[N]) => void): void {
    if (this.#used.has(name)) return;
    this.#used.add(name);
    this.#adopt(module as Styled);
    use?.(module);
  }

  #adopt({ styles }: Styled): void {
    const defined = this.defined();
    for (const sheet of styles ?? []) if (!defined.includes(sheet)) adopt(this.host, sheet as CSSResult);
  }
}
