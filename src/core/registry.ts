/**
 * The feature registry: every optional part of the element, by name, in one place. A feature is
 * either provided whole (the npm entry, for bundlers and server rendering: `./eager.ts`) or fetched
 * once, the first time something asks for it, from the chunk the manifest names (`./manifest.ts`).
 * The model and the element ask the registry; nothing else holds a feature.
 *
 * Pure TypeScript with no DOM, so the model can ask it in Node.
 */
import type { CSSResult } from 'lit';
import type { Features } from './manifest.js';
import { manifest } from './manifest.js';

export type { Features };
export type FeatureName = keyof Features;

/** What a feature module may add to every element: styles, adopted once it is here. */
export interface Styled {
  readonly styles?: readonly CSSResult[];
}

const ready = new Map<FeatureName, Features[FeatureName]>();
const fetching = new Map<FeatureName, Promise<Features[FeatureName]>>();

/** Gives a feature whole, so it works from the first render on, in the browser and on the server. */
export function provide<N extends FeatureName>(name: N, feature: Features[N]): void {
  ready.set(name, feature);
}

/** The feature if it is here; undefined until it is provided or its chunk has arrived. */
export function feature<N extends FeatureName>(name: N): Features[N] | undefined {
  return ready.get(name) as Features[N] | undefined;
}

/**
 * The feature, fetching its chunk the first time it is asked for. A failed fetch is forgotten, so
 * the next ask tries again (a network blip does not disable a feature for good).
 */
export function load<N extends FeatureName>(name: N): Promise<Features[N]> {
  const here = ready.get(name);
  if (here) return Promise.resolve(here as Features[N]);
  let pending = fetching.get(name);
  if (!pending) {
    pending = (manifest[name].load as () => Promise<Features[N]>)().then(
      (module) => {
        ready.set(name, module);
        fetching.delete(name);
        return module;
      },
      (error: unknown) => {
        fetching.delete(name);
        throw error;
      },
    );
    fetching.set(name, pending);
  }
  return pending as Promise<Features[N]>;
}

/** The styles of every feature already here: an element defined after they were provided starts with them. */
export function providedStyles(): CSSResult[] {
  return [...ready.values()].flatMap((module) => (module as Styled).styles ?? []);
}
