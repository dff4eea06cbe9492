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
 * Marks data a server validated before it rendered it, holding the problems the server showed with
 * it (cdn/hydrate.js hands it over so): shown as it is, with those problems, so hydration needs no
 * validator and finds what the server wrote. JSON cannot carry a symbol, so fetched data never has it.
 */
export const VALIDATED = Symbol.for('korea-timeline.validated');

/** The validation result, or undefined until the `validate` feature is here. */
export function check(data: Chronology): ValidationResult | undefined {
  if (trusted.has(data)) return { chronology: data, errors: [] };
  const validated = (data as { [VALIDATED]?: ValidationResult['errors'] } | null)?.[VALIDATED];
  return validated ? { chronology: data, errors: validated } : feature('validate')?.validateChronology(data);
}
