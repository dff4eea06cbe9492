/**
 * Loading `src`: in a chunk of its own, fetched the first time an element has a `src`, so pages
 * that give their data inline never download it.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ValidationError, ValidationResult } from '../../model/validate.js';
import { importText } from './import/detect.js';

export interface SourceHost extends ReactiveControllerHost {
  readonly src: string | undefined;
}

export interface SourceCallbacks {
  /** A load succeeded: its data, validated (its valid part may be less than all of it). */
  loaded: (result: ValidationResult) => void;
  /** A load failed, and what is on screen stays. The first error, at path `src`, names the URL. */
  failed: (errors: ValidationError[]) => void;
}

type Loaded = { result: ValidationResult } | { errors: ValidationError[] };

/**
 * Fetches the host's `src` whenever it changes. The last request wins (a @lit/task): a new
 * `src`, or none, aborts the one in flight, and a late answer to an older one is dropped.
 */
export class SourceController {
  readonly #task: Task<[string | undefined], Loaded | typeof initialState>;

  constructor(host: SourceHost, callbacks: SourceCallbacks) {
    this.#task = new Task(host, {
      args: () => [host.src],
      task: ([src], { signal }) => (src ? load(src, signal) : initialState),
      onComplete: (loaded) => {
        if ('result' in loaded) callbacks.loaded(loaded.result);
        else callbacks.failed(loaded.errors);
      },
    });
  }

  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }
}

/**
 * Fetches `src` and validates it; every failure but an abort becomes errors worded after the URL.
 * The format is told by the content type, then by the content (see `importText`).
 */
async function load(src: string, signal: AbortSignal): Promise<Loaded> {
  const fail = (problem: string, errors: ValidationError[] = []) => ({
    errors: [{ path: 'src', message: `'${src}' ${problem}` }, ...errors],
  });
  let response: Response;
  let body: string;
  try {
    response = await fetch(src, { signal, headers: { Accept: 'application/json, text/csv;q=0.9' } });
    if (!response.ok) return fail(`could not be loaded: HTTP ${response.status} ${response.statusText}`.trim());
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return fail(`could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  let result: ValidationResult | undefined;
  try {
    result = await importText(body, response.headers.get('Content-Type') ?? '');
  } catch (error) {
    // The CSV reader is a chunk of its own: a copied bundle without chunks/ cannot fetch it.
    return fail(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!result) return fail('is not JSON');
  if (result.chronology.events.length === 0 && result.errors.length > 0) {
    return fail('holds no valid chronology', result.errors);
  }
  return { result };
}
