/**
 * Validation on demand. The validator is a feature (`validate` in ../core/manifest.ts): the npm entry
 * provides it up front; data that was checked when it was built is `trust`ed and needs none. So a
 * bundle that only shows its own checked data (the Korea drop-in) never downloads the validator.
 */
import type { Chronology } from './types.js';
import type { ValidationResult } from './validate.js';
import { feature } from '../core/registry.js';

const trusted = new WeakSet<object>();

/** Marks a chronology validated when it was built (by a test), so it is shown as it is. */
export function trust<T extends Chronology>(chronology: T): T {
  trusted.add(chronology);
  return chronology;
}

/**
 * Marks data a server validated before it rendered it (cdn/hydrate.js hands it over so): shown as
 * it is, so hydration needs no validator. JSON cannot carry a symbol, so fetched data never has it.
 */
export const VALIDATED = Symbol.for('korea-timeline.validated');

/** The validation result, or undefined until the `validate` feature is here. */
export function check(data: Chronology): ValidationResult | undefined {
  return trusted.has(data) || (data as { [VALIDATED]?: true } | null)?.[VALIDATED]
    ? { chronology: data, errors: [] }
    : feature('validate')?.validateChronology(data);
}
