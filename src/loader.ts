/**
 * Fetching a JSON chronology for the `src` attribute: loaded on demand, the first time an element
 * has a `src`. Returns the data and its validation, or why it cannot be used.
 */
import { validateChronology, type ValidationError, type ValidationResult } from './model/validate.js';

export type Loaded = { data: unknown; result: ValidationResult } | { problem: string; errors?: ValidationError[] };

/** Network errors and aborts throw; every other failure is a `problem`, worded after the URL. */
export async function fetchChronology(src: string, signal: AbortSignal): Promise<Loaded> {
  const response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) return { problem: `could not be loaded: HTTP ${response.status} ${response.statusText}`.trim() };
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    return { problem: 'is not JSON' };
  }
  const result = validateChronology(data);
  if (result.chronology.events.length === 0 && result.errors.length > 0) {
    return { problem: 'holds no valid chronology', errors: result.errors };
  }
  return { data, result };
}
