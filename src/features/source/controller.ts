/**
 * Loading `src`: in a chunk of its own, fetched the first time an element has a `src`, so pages
 * that give their data inline never download it.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ValidationError, ValidationResult } from '../../model/validate.js';
import { importText } from './import/detect.js';
import { TimelineLoadEvent } from './events.js';
import type { Problems } from '../../core/problems.js';

export interface SourceHost extends ReactiveControllerHost, Pick<EventTarget, 'dispatchEvent'> {
  readonly src: string | undefined;
  /** The data shown: a load that ends after the page gave new data is dropped. */
  readonly chronology: unknown;
}

/**
 * How long a `src` may take to arrive, and how large it may be (about 50,000 events), before it is
 * given up and reported: a page must not hang on a slow or huge file.
 */
const LIMITS = { timeout: 30_000, maxBytes: 16 * 1024 * 1024 };

export interface SourceCallbacks {
  /** A load succeeded: its data, validated (its valid part may be less than all of it); `kt-load` follows. */
  loaded: (result: ValidationResult) => void;
  /** A load failed, and what is on screen stays. The first error, at path `src`, names the URL; it is reported. */
  failed: (errors: ValidationError[]) => void;
}

type Loaded = { result: ValidationResult } | { errors: ValidationError[] };

/**
 * Fetches the host's `src` whenever it changes. The last request wins (a @lit/task): a new
 * `src`, or none, aborts the one in flight, and a late answer to an older one is dropped.
 */
export class SourceController {
  readonly #task: Task<[string | undefined], Loaded | typeof initialState>;

  constructor(host: SourceHost, problems: Problems, callbacks: SourceCallbacks) {
    this.#task = new Task(host, {
      args: () => [host.src],
      task: async ([src], { signal }) => {
        if (!src) return initialState;
        const given = host.chronology;
        const loaded = await load(src, signal);
        // The page set its own data while this was on its way: the newer data stays (initialState
        // ends the task without onComplete).
        return host.chronology === given ? loaded : initialState;
      },
      onComplete: (loaded) => {
        if ('result' in loaded) {
          const { result } = loaded;
          callbacks.loaded(result);
          void host.updateComplete.then(() => host.dispatchEvent(new TimelineLoadEvent(result.chronology)));
        } else {
          callbacks.failed(loaded.errors);
          problems.report(loaded.errors, 'problem(s) loading src; the data shown is unchanged');
        }
      },
    });
  }

  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }
}

/** The body as text, or undefined once it passes `maxBytes` (the rest is not read). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('Content-Length')) > maxBytes) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Fetches `src` and validates it; every failure but an abort becomes errors worded after the URL.
 * The format is told by the content type, then by the content (see `importText`). A load that
 * holds no event is a failure: the last good data stays on screen.
 */
export async function load(src: string, signal: AbortSignal, limits = LIMITS): Promise<Loaded> {
  const fail = (problem: string, errors: ValidationError[] = []) => ({
    errors: [{ path: 'src', message: `'${src}' ${problem}` }, ...errors],
  });
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), limits.timeout);
  const abort = () => timer.abort();
  signal.addEventListener('abort', abort);
  let response: Response;
  let body: string | undefined;
  try {
    response = await fetch(src, { signal: timer.signal, headers: { Accept: 'application/json, text/csv;q=0.9' } });
    if (!response.ok) return fail(`could not be loaded: HTTP ${response.status} ${response.statusText}`.trim());
    body = await readCapped(response, limits.maxBytes);
  } catch (error) {
    if (signal.aborted) throw error;
    if (timer.signal.aborted) return fail(`could not be loaded: no answer in ${limits.timeout / 1000} s`);
    return fail(`could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener('abort', abort);
  }
  if (body === undefined) return fail(`is larger than ${limits.maxBytes.toLocaleString('en')} bytes, and was not read`);
  let result: ValidationResult | undefined;
  try {
    result = await importText(body, response.headers.get('Content-Type') ?? '');
  } catch (error) {
    // The CSV reader is a chunk of its own: a copied bundle without chunks/ cannot fetch it.
    return fail(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!result) return fail('is not JSON');
  if (result.chronology.events.length === 0) {
    return fail(result.errors.length > 0 ? 'holds no valid chronology' : 'holds no events', result.errors);
  }
  return { result };
}
