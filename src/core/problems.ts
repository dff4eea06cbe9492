import type { ValidationError } from '../model/validate.js';
import { TimelineErrorEvent } from './events.js';
import type { FeatureName } from './registry.js';

/** The element's on-demand code, by what it is for: a feature, or the Korea preset's notes and sources. */
export type ChunkName = FeatureName | 'sources';

/**
 * What the element tells a developer about: problems in the data (a grouped warning and a
 * `kt-error`), ignored attribute values (one warning each), and code it could not fetch.
 */
export class Problems {
  /** Chunks that could not be fetched (a copied bundle without chunks/), shown with the data's problems. */
  missingCode: readonly ValidationError[] = [];
  #warned = new Set<string>();

  constructor(private readonly host: HTMLElement & { requestUpdate(): void }) {}

  /** One grouped warning and one kt-error for a set of problems. */
  report(errors: readonly ValidationError[], what: string): void {
    console.warn(
      `<${this.host.localName}>: ${errors.length} ${what}.\n` +
        errors.map((e) => `  ${e.path || '(root)'}: ${e.message}`).join('\n'),
    );
    this.host.dispatchEvent(new TimelineErrorEvent([...errors]));
  }

  /** A warning for an ignored attribute value, once per value. */
  warnOnce(attribute: string, reason: string): void {
    if (this.#warned.has(attribute)) return;
    this.#warned.add(attribute);
    console.warn(`<${this.host.localName}>: ignoring ${attribute}: ${reason}`);
  }

  /** Whether the chunk behind `path` could not be fetched. */
  missing(path: ChunkName): boolean {
    return this.missingCode.some((e) => e.path === path);
  }

  /**
   * Forgets the chunks that could not be fetched, so what needs them asks again: the element calls
   * it on its next change, and when the page is back online. Whether there were any.
   */
  retry(): boolean {
    const any = this.missingCode.length > 0;
    this.missingCode = [];
    return any;
  }

  /**
   * Imports a chunk. If it cannot be fetched, says so in the console and in `errors` and `kt-error`
   * (not to the reader, who still sees the events), and resolves to undefined: the element goes on
   * without it until `retry`.
   */
  async chunk<T>(path: ChunkName, load: () => Promise<T>): Promise<T | undefined> {
    try {
      return await load();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Asked for again on the next change, or back online.
      const message = `its code could not be loaded (${reason}). Serve the whole cdn/ folder, chunks/ included, beside the bundle.`;
      const missing = { path, message };
      this.missingCode = [...this.missingCode, missing];
      this.report([missing], 'part(s) of the element did not load');
      this.host.requestUpdate();
      return undefined;
    }
  }
}
