/**
 * The studio's drafts, kept in this browser's `localStorage` as they are typed: several, each with a
 * name, so a reload or a closed tab loses nothing. Nothing is sent anywhere.
 */
import { emptySheet, type Sheet } from './sheet.js';

/** The embed's options, as the studio's preview shows them. */
export interface Options {
  locale?: string | undefined;
  orientation?: string | undefined;
  scale?: string | undefined;
  theme?: string | undefined;
  featuredOnly?: boolean | undefined;
  headingLevel?: string | undefined;
  height?: string | undefined;
}

interface Draft {
  sheet: Sheet;
  options: Options;
  saved: number;
}

interface Stored {
  current: string;
  drafts: Record<string, Draft>;
}

const isSheet = (value: unknown): value is Sheet =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Sheet).header) &&
  Array.isArray((value as Sheet).rows) &&
  (value as Sheet).rows.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));

export class Drafts {
  #stored: Stored;

  constructor(private readonly key: string) {
    this.#stored = this.#read();
  }

  /** What was kept, or one empty draft; anything unreadable (another tool's key, a hand edit) is set aside, not trusted. */
  #read(): Stored {
    try {
      const found = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Stored | null;
      const drafts = Object.fromEntries(
        Object.entries(found?.drafts ?? {}).filter(([, draft]) => isSheet(draft?.sheet)),
      );
      if (found && Object.keys(drafts).length > 0) {
        return { current: found.current in drafts ? found.current : Object.keys(drafts)[0]!, drafts };
      }
    } catch {
      // Not ours, or storage is off: start afresh.
    }
    return { current: 'Draft 1', drafts: { 'Draft 1': { sheet: emptySheet(), options: {}, saved: Date.now() } } };
  }

  #write(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.#stored));
    } catch {
      // Storage full or off (a private window): the page still works, it only forgets on reload.
    }
  }

  get name(): string {
    return this.#stored.current;
  }

  /** The current draft's file name for a download, the snippets naming the same: "Draft-1.json". */
  file(kind: 'json' | 'csv'): string {
    return `${this.name.replace(/[^\p{L}\p{N}-]+/gu, '-') || 'timeline'}.${kind}`;
  }

  names(): string[] {
    return Object.keys(this.#stored.drafts);
  }

  current(): Draft {
    return this.#stored.drafts[this.#stored.current]!;
  }

  save(sheet: Sheet, options: Options): void {
    this.#stored.drafts[this.#stored.current] = { sheet, options, saved: Date.now() };
    this.#write();
  }

  #pending: (() => { sheet: Sheet; options: Options }) | undefined;
  #idle = false;

  /**
   * Keeps the draft once the page is idle (a big sheet's JSON takes a while to write, and a typist's
   * keystrokes come faster): one write for a burst of them, of the draft as it is by then.
   */
  saveSoon(draft: () => { sheet: Sheet; options: Options }): void {
    this.#pending = draft;
    if (this.#idle) return;
    this.#idle = true;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => this.flush(), { timeout: 1000 });
  }

  /** Writes a pending save now: the page is being hidden, or another draft opens. */
  flush(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    this.#idle = false;
    if (pending) this.save(pending().sheet, pending().options);
  }

  open(name: string): Draft {
    if (name in this.#stored.drafts) this.#stored.current = name;
    this.#write();
    return this.current();
  }

  /** A new empty draft, named after `base` with the first free number. */
  create(base: string): Draft {
    let n = 1;
    while (`${base} ${n}` in this.#stored.drafts) n++;
    this.#stored.current = `${base} ${n}`;
    this.#stored.drafts[this.#stored.current] = { sheet: emptySheet(), options: {}, saved: Date.now() };
    this.#write();
    return this.current();
  }

  rename(name: string): void {
    const to = name.trim();
    if (!to || to in this.#stored.drafts) return;
    const { [this.#stored.current]: draft, ...rest } = this.#stored.drafts;
    this.#stored = { current: to, drafts: { ...rest, [to]: draft! } };
    this.#write();
  }

  /** Deletes the current draft and opens another (a new empty one if it was the last). */
  remove(): Draft {
    delete this.#stored.drafts[this.#stored.current];
    const [next] = Object.keys(this.#stored.drafts);
    if (next === undefined) return this.create('Draft');
    this.#stored.current = next;
    this.#write();
    return this.current();
  }
}
