/**
 * The studio's grid as a spreadsheet behaves: only the rows near the view are drawn, the arrows,
 * Enter and Escape move between and within cells, and typing in a cell is one undo step until the
 * cell is left. The sheet itself stays the studio's (./timeline-studio.ts), changed through `change`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Sheet } from './sheet.js';
import { DRAWN, ROW } from './views.js';

export interface GridHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface GridActions {
  sheet: () => Sheet;
  /** The rows and columns the open section shows, by their index in the sheet. */
  shown: () => { rows: readonly number[]; columns: readonly number[] };
  /** Shows every row and column, for a cell the open section hides. */
  showAll: () => void;
  /** A new sheet; `step` when it starts a new undo step (the first keystroke in a cell). */
  change: (sheet: Sheet, step: boolean) => void;
  /** Adds a row in the open section; returns its index. */
  addRow: () => number;
}

export class SheetGrid {
  /** The first row drawn: the rows above the sheet's view, less a margin of DRAWN / 4. */
  first = 0;
  /** The cell being typed in (`row:column`), and what it held before the typing: Escape puts it back. */
  #editing: string | undefined;
  #before: { key: string; value: string } | undefined;

  constructor(
    private readonly host: GridHost,
    private readonly actions: GridActions,
  ) {}

  /** The cell is left: typing there again is a new undo step. */
  leave(): void {
    this.#editing = undefined;
  }

  /**
   * Focuses a cell, scrolling its row into the sheet's view (and so into the rows drawn) first; a
   * cell the open section hides opens every row and column.
   */
  async focusCell(row: number, column: number): Promise<void> {
    const root = this.host.renderRoot;
    const find = () => root.querySelector<HTMLInputElement>(`[data-row="${row}"][data-column="${column}"]`);
    const box = root.querySelector<HTMLElement>('.grid-box');
    if (!find() && box) {
      const shown = this.actions.shown();
      if (!shown.rows.includes(row) || !shown.columns.includes(column)) {
        this.actions.showAll();
        await this.host.updateComplete;
      }
      box.scrollTop = Math.max(0, this.actions.shown().rows.indexOf(row) * ROW - box.clientHeight / 2);
      this.scrolled();
      await this.host.updateComplete;
    }
    const input = find();
    input?.focus();
    input?.select();
  }

  /** The sheet's box scrolled: draws the rows now near its view. */
  scrolled = (): void => {
    const box = this.host.renderRoot.querySelector<HTMLElement>('.grid-box');
    if (!box) return;
    const first = Math.max(0, Math.floor(box.scrollTop / ROW) - DRAWN / 4);
    // Only when the view nears the edge of what is drawn: most scroll events change nothing.
    if (Math.abs(first - this.first) < DRAWN / 8 && !(first === 0 && this.first !== 0)) return;
    this.first = first;
    this.host.requestUpdate();
  };

  /** A cell typed in. */
  edit(row: number, column: number, value: string): void {
    const key = `${row}:${column}`;
    const sheet = this.actions.sheet();
    const step = this.#editing !== key;
    if (step) this.#before = { key, value: sheet.rows[row]?.[column] ?? '' };
    const rows = sheet.rows.map((cells, i) => (i === row ? cells.map((c, j) => (j === column ? value : c)) : cells));
    this.actions.change({ ...sheet, rows }, step);
    this.#editing = key;
  }

  /** A key in a cell: the arrows (right to left too), Enter and Escape. */
  key(event: KeyboardEvent, row: number, column: number): void {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Escape') {
      const before = this.#before?.key === `${row}:${column}` ? this.#before.value : undefined;
      if (before !== undefined && before !== input.value) {
        input.value = before;
        this.edit(row, column, before);
      }
      input.select();
      return;
    }
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    // The next row or column shown: a section's rows and columns are a part of the sheet's.
    const { rows, columns } = this.actions.shown();
    const y = rows.indexOf(row);
    const x = columns.indexOf(column);
    // Right to left, the next column is on the left, as the caret's next character is.
    const rtl = getComputedStyle(input).direction === 'rtl';
    const move: Record<string, [number, number] | undefined> = {
      ArrowUp: [y - 1, x],
      ArrowDown: [y + 1, x],
      Enter: [y + 1, x],
      [rtl ? 'ArrowRight' : 'ArrowLeft']: atStart ? [y, x - 1] : undefined,
      [rtl ? 'ArrowLeft' : 'ArrowRight']: atEnd ? [y, x + 1] : undefined,
    };
    const to = move[event.key];
    if (!to || event.shiftKey || event.altKey) return;
    const [toY, toX] = to;
    if (toY < 0 || toX < 0 || toX >= columns.length) return;
    event.preventDefault();
    let r = rows[toY];
    if (r === undefined) {
      if (event.key !== 'Enter') return;
      r = this.actions.addRow();
    }
    const c = columns[toX]!;
    this.#editing = undefined;
    void this.host.updateComplete.then(() => this.focusCell(r, c));
  }
}
