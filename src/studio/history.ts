/** Undo and redo: the states before and after the one shown, a hundred back at most. */
export class History<T> {
  #past: T[] = [];
  #future: T[] = [];

  constructor(private readonly limit = 100) {}

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** `now` is about to change: kept to go back to, and what was undone is forgotten. */
  keep(now: T): void {
    this.#past = [...this.#past.slice(1 - this.limit), now];
    this.#future = [];
  }

  /** The state before `now`, which becomes the one to redo; undefined with nothing to undo. */
  undo(now: T): T | undefined {
    const before = this.#past.at(-1);
    if (before === undefined) return undefined;
    this.#past = this.#past.slice(0, -1);
    this.#future = [now, ...this.#future];
    return before;
  }

  /** The state undone last, with `now` kept to undo again; undefined with nothing to redo. */
  redo(now: T): T | undefined {
    const [next, ...rest] = this.#future;
    if (next === undefined) return undefined;
    this.#past = [...this.#past, now];
    this.#future = rest;
    return next;
  }

  /** Another draft opened: nothing of this one to undo or redo. */
  clear(): void {
    this.#past = [];
    this.#future = [];
  }
}
