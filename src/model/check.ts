/**
 * Validation on demand. An entry point that shows outside data on its first paint provides the
 * validator up front; data that was checked when it was built is `trust`ed and needs none. So a
 * bundle that only shows its own checked data (the Korea drop-in) never downloads the validator.
 */
import type { Chronology } from './types.js';
import type { ValidationResult } from './validate.js';

let validate: ((data: unknown) => ValidationResult) | undefined;
let loading: Promise<void> | undefined;
const trusted = new WeakSet<object>();

/** Makes validation synchronous from the first render on. */
export function provideValidator(validator: (data: unknown) => ValidationResult): void {
  validate = validator;
}

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

/** The validation result, or undefined until `loadValidator()` has settled. */
export function check(data: Chronology): ValidationResult | undefined {
  return trusted.has(data) || (data as { [VALIDATED]?: true } | null)?.[VALIDATED]
    ? { chronology: data, errors: [] }
    : validate?.(data);
}

/** Fetches the validator's chunk once. */
export function loadValidator(): Promise<void> {
  if (validate) return Promise.resolve();
  return (loading ??= import('./validate.js').then((module) => provideValidator(module.validateChronology)));
}
