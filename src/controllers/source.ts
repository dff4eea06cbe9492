/**
 * Loading `src`: in a chunk of its own, fetched the first time an element has a `src`, so pages
 * that give their data inline never download it.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { validateChronology, type ValidationError, type ValidationResult } from '../model/validate.js';
import { validateImported } from '../import/shared.js';
import { fromTimelineJS, isTimelineJS } from '../import/timelinejs.js';

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

/** A CSV header row that names columns one of the CSV importers knows. */
const CSV_HEADER = /^\uFEFF?[^\n]*\b(?:year\b[^\n]*\bheadline|start\b[^\n]*\btitle|title\b[^\n]*\bstart)\b[^\n]*,/i;

/**
 * Fetches `src` and validates it; every failure but an abort becomes errors worded after the URL.
 * The format is told by the content type (CSV, JSON), then by the content: CSV with a header row
 * we know, TimelineJS3 JSON, or ours.
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
  const type = response.headers.get('Content-Type')?.toLowerCase() ?? '';
  let result: ValidationResult;
  if (/\b(?:csv|comma-separated-values)\b/.test(type) || (!/json/.test(type) && CSV_HEADER.test(body))) {
    // d3-dsv comes with it: a chunk of its own, fetched only by pages that load CSV.
    const { fromCsv } = await import('../import/csv.js');
    result = validateImported(fromCsv(body));
  } else {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return fail('is not JSON');
    }
    result = isTimelineJS(data) ? validateImported(fromTimelineJS(data)) : validateChronology(data);
  }
  if (result.chronology.events.length === 0 && result.errors.length > 0) {
    return fail('holds no valid chronology', result.errors);
  }
  return { result };
}
