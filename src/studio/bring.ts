/**
 * Bringing a sheet into the studio: text pasted (anywhere, or cells into a cell), a file chosen or
 * dropped, or a published sheet's address fetched. Whatever it is, it is read by `readAny`
 * (./sheet.ts); what is not a sheet is said, never thrown, and a failed address offers the ways that
 * always work.
 */
import { readAny, readSheet, sheetCsvUrl, type Sheet } from './sheet.js';
import { pasteCells, type Section } from './sections.js';
import type { StudioStrings } from './strings.js';

export interface BringActions {
  t(): StudioStrings;
  sheet(): Sheet;
  /** The rows and columns shown, and the section open: where cells pasted into a cell go. */
  shown(): { rows: readonly number[]; columns: readonly number[]; section: Section };
  /** A new sheet, with what to say of it. */
  set(sheet: Sheet, message: string): void;
  /** Says something; `fallback` offers pasting and the command line beside it. */
  say(message: string, fallback?: boolean): void;
}

export class Bringer {
  constructor(private readonly actions: BringActions) {}

  /**
   * Brings text in: a grid of cells (TSV or CSV with a header row we know), TimelineJS3 JSON or ours.
   * Returns whether it was one.
   */
  bring(text: string, origin: string): boolean {
    const t = this.actions.t();
    const read = readAny(text);
    if (!read) {
      this.actions.say(t.notASheet);
      return false;
    }
    const note = read.dropped.length > 0 ? ` ${t.dropped(read.dropped.join(', '))}` : '';
    this.actions.set(read.sheet, t.imported(read.sheet.rows.length, origin) + note);
    return true;
  }

  /**
   * A paste outside a field, or a whole sheet (a header row we know) pasted anywhere, brings the
   * sheet in. Cells pasted into a cell fill the cells from there, as in a spreadsheet; a line of
   * text into a field is the field's.
   */
  paste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const target = event.composedPath()[0];
    const inField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (inField && !/[\t\n]/.test(text.trim())) return;
    const cell = target instanceof HTMLInputElement && target.dataset['row'] !== undefined ? target : undefined;
    if (inField && !readSheet(text)) {
      if (!cell) return;
      event.preventDefault();
      const at = { row: Number(cell.dataset['row']), column: Number(cell.dataset['column']) };
      const shown = this.actions.shown();
      const { sheet, filled } = pasteCells(this.actions.sheet(), text, at, shown, shown.section);
      this.actions.set(sheet, this.actions.t().pasted(filled));
      return;
    }
    event.preventDefault();
    this.bring(text, this.actions.t().clipboard);
  };

  /** A file chosen in the file field. */
  file = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.bring(await file.text(), file.name);
    input.value = '';
  };

  /** A file dropped on the page. */
  drop = async (event: DragEvent): Promise<void> => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.bring(await file.text(), file.name);
  };

  /** Fetches a sheet's CSV. Each failure says what failed, and offers the paste path and the command. */
  async load(address: string): Promise<void> {
    const t = this.actions.t();
    const url = sheetCsvUrl(address);
    if (!url) return;
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    } catch {
      this.actions.say(t.fetchFailed(url, navigator.onLine ? t.noAnswer : t.offline), true);
      return;
    }
    if (!response.ok) {
      this.actions.say(t.fetchFailed(url, `HTTP ${response.status} ${response.statusText}`.trim()), true);
      return;
    }
    if (!this.bring(await response.text(), url)) this.actions.say(t.notASheet, true);
  }
}
