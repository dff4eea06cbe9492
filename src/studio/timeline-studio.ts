/**
 * `<timeline-studio>`: make, check and embed a timeline without writing code. A sheet of cells (pasted
 * from a spreadsheet, a file, a published Google Sheet, or a template) is imported by the same code
 * as `src`, shown in the real element as it changes, its problems listed by row and column, kept as a
 * draft in this browser, and handed over as JSON, CSV and the embed snippets. No server, no account.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import '../event-timeline.js';
import type { EventTimeline } from '../event-timeline.js';
import type { ValidationError, ValidationResult } from '../model/validate.js';
import { fromRows } from '../features/source/import/csv.js';
import { trust } from '../model/check.js';
import { validateImported } from '../features/source/import/shared.js';
import { emptySheet, sheetCsv, warnings, type Sheet } from './sheet.js';
import { Bringer } from './bring.js';
import { History } from './history.js';
import { Drafts, type Options } from './drafts.js';
import { fromLink, toLink } from './link.js';
import { rightToLeft, studioStrings, type StudioStrings } from './strings.js';
import { studioStyles } from './studio.styles.js';
import { SheetGrid } from './grid.js';
import {
  addRowIn,
  columnsIn,
  countsOf,
  rowsIn,
  sectionsOf,
  isTimelineSheet,
  withLanguage,
  type Section,
} from './sections.js';
import { embedSnippets, type Snippets } from './snippets.js';
import {
  renderBring,
  renderGrid,
  renderSections,
  renderOptions,
  renderProblems,
  renderPublish,
  type StudioView,
} from './views.js';
import { VERSION } from './version.js';

/**
 * @summary A page for editors: a sheet in, a checked timeline and its embed out.
 * @fires kt-studio-change - The sheet changed (an edit, an import, undo or redo); `detail: { chronology, errors }`.
 */
export class TimelineStudio extends LitElement {
  static override styles = studioStyles;

  static override properties = {
    storageKey: { attribute: 'storage-key' },
  };

  /** Where the drafts are kept in `localStorage`. */
  declare storageKey: string;

  #drafts!: Drafts;
  #sheet: Sheet = emptySheet();
  #options: Options = {};
  #result: ValidationResult = { chronology: { title: '', categories: [], events: [] }, errors: [] };
  #rows: string[] = [];
  #warnings: ValidationError[] = [];
  /** The sheet's undo and redo. */
  readonly #history = new History<Sheet>();
  #message = '';
  #fallback = false;
  #copied = '';
  #link = '';
  /** The grid: the rows drawn near its view, moving between cells, and typing in one. */
  readonly #grid = new SheetGrid(this, {
    sheet: () => this.#sheet,
    shown: () => this.#shown(),
    showAll: () => this.#show('all'),
    change: (sheet, step) => {
      if (step) this.#history.keep(this.#sheet);
      this.#set(sheet, undefined, false);
    },
    addRow: () => this.#addRow(),
  });
  /** Pasted, dropped, chosen and fetched sheets, brought in (./bring.ts). */
  readonly #bringer = new Bringer({
    t: () => this.#t,
    shown: () => ({ ...this.#shown(), section: this.#open }),
    sheet: () => this.#sheet,
    set: (sheet, message) => this.#set(sheet, message),
    say: (message, fallback) => this.#say(message, fallback),
  });
  /** The section of the sheet shown: every row, or the events, the categories… (./sections.ts). */
  #section: Section = 'all';

  constructor() {
    super();
    this.storageKey = 'korea-timeline:studio';
  }

  /** The page's language (the nearest `lang`), which the studio speaks. */
  get #lang(): string {
    return this.closest('[lang]')?.getAttribute('lang') || 'en';
  }

  get #t(): StudioStrings {
    return studioStrings(this.#lang);
  }

  /** The chronology the sheet makes, and its problems: what the preview shows and the downloads hold. */
  get result(): ValidationResult & { warnings: readonly ValidationError[] } {
    return { ...this.#result, warnings: this.#warnings };
  }

  /**
   * The preview's data and the embed's options, set as properties once it is rendered: the element's
   * own setters skip what has not changed.
   */
  protected override updated(): void {
    const preview = this.renderRoot.querySelector<EventTimeline>('event-timeline');
    if (!preview) return;
    const o = this.#options;
    Object.assign(preview, {
      chronology: this.#result.chronology,
      locale: o.locale,
      orientation: o.orientation === 'horizontal' ? 'horizontal' : 'vertical',
      scale: o.scale === 'time' ? 'time' : 'even',
      theme: o.theme === 'light' || o.theme === 'dark' ? o.theme : 'auto',
      featuredOnly: Boolean(o.featuredOnly) && this.#keyMoments,
      headingLevel: Number(o.headingLevel ?? 2),
    } satisfies Partial<EventTimeline>);
  }

  /** Whether any event is a key moment (`featured`): "key moments only" means something. */
  get #keyMoments(): boolean {
    return this.#result.chronology.events.some((event) => event.featured);
  }

  /** The sheet as it is now. */
  get sheet(): Sheet {
    return this.#sheet;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('paste', this.#bringer.paste);
    document.addEventListener('keydown', this.#onKey);
    addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('paste', this.#bringer.paste);
    document.removeEventListener('keydown', this.#onKey);
    removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flush);
    this.#flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('storageKey')) return;
    this.#drafts = new Drafts(this.storageKey);
    const current = this.#drafts.current();
    this.#sheet = current.sheet;
    this.#options = current.options;
    this.#import();
    void fromLink(location.hash).then((sheet) => {
      if (!sheet) return;
      // Read once: a reload opens the draft it became, not another copy.
      history.replaceState(null, '', location.pathname + location.search);
      this.#flush();
      this.#options = this.#drafts.create(this.#t.shareLink).options;
      this.#set(sheet, this.#t.imported(sheet.rows.length, this.#t.shareLink));
    });
  }

  /** Imports the sheet as `src` would, and lists what keeps a row out and what only warns. */
  #import(): void {
    // The grid's cells as they are, without a round trip through CSV text.
    const imported = fromRows(this.#sheet.header, this.#sheet.rows);
    const result = validateImported(imported);
    // Checked here: the preview shows it without checking it again (the problems are listed beside it).
    this.#result = { ...result, chronology: trust(result.chronology) };
    this.#rows = imported.rows;
    this.#warnings = warnings(this.#result.chronology, (i) => this.#rows[i], this.#t.warning);
    this.#link = '';
    this.dispatchEvent(
      new CustomEvent('kt-studio-change', {
        detail: { chronology: this.#result.chronology, errors: this.#result.errors },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** A new sheet: kept for undo, imported, saved. */

  #set(sheet: Sheet, message?: string, keep = true): void {
    if (keep) this.#history.keep(this.#sheet);
    this.#sheet = sheet;
    this.#grid.leave();
    if (message !== undefined) {
      this.#message = message;
      this.#fallback = false;
    }
    this.#import();
    this.#save();
    this.requestUpdate();
  }

  /** Keeps the draft once the page is idle, and at once when the page is hidden (./drafts.ts). */
  #save(): void {
    this.#drafts.saveSoon(() => ({ sheet: this.#sheet, options: this.#options }));
  }

  #flush = (): void => this.#drafts?.flush();

  undo(): void {
    const before = this.#history.undo(this.#sheet);
    if (before) this.#set(before, undefined, false);
  }

  redo(): void {
    const next = this.#history.redo(this.#sheet);
    if (next) this.#set(next, undefined, false);
  }

  /** Brings text in (a grid of cells, TimelineJS3 JSON or ours); returns whether it was one (./bring.ts). */
  bring(text: string, origin: string): boolean {
    return this.#bringer.bring(text, origin);
  }

  /** Fetches a sheet's CSV; each failure says what failed, and offers the paste path and the command. */
  load(address: string): Promise<void> {
    return this.#bringer.load(address);
  }

  #say(message: string, fallback = false): void {
    this.#message = message;
    this.#fallback = fallback;
    this.requestUpdate();
  }

  #onKey = (event: KeyboardEvent): void => {
    const key = event.key.toLowerCase();
    if (!(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return;
    // Undo and redo are the sheet's in a cell (a cell's own undo would leave the sheet behind), and
    // on the page when nothing has the focus; any other field keeps its own.
    const target = event.composedPath()[0];
    const inCell = target instanceof HTMLInputElement && target.dataset['row'] !== undefined;
    if (!inCell && event.target !== document.body) return;
    event.preventDefault();
    if (key === 'y' || event.shiftKey) this.redo();
    else this.undo();
  };

  /** Adds a row in the section shown, after its last; returns its index. */
  #addRow(): number {
    const { sheet, row } = addRowIn(this.#sheet, this.#open);
    this.#set(sheet);
    return row;
  }

  /** The section open: the one chosen, or all rows when this sheet has no such section. */
  get #open(): Section {
    return sectionsOf(this.#sheet).includes(this.#section) ? this.#section : 'all';
  }

  /** The rows and columns the open section shows. */
  #shown(): { rows: number[]; columns: number[] } {
    return { rows: rowsIn(this.#sheet, this.#open), columns: columnsIn(this.#sheet, this.#open) };
  }

  #show(section: Section): void {
    this.#section = section;
    this.#grid.first = 0;
    const box = this.renderRoot.querySelector('.grid-box');
    if (box) box.scrollTop = 0;
    this.requestUpdate();
  }

  #addLanguage(tag: string): boolean {
    const sheet = withLanguage(this.#sheet, tag);
    if (!sheet) {
      this.#say(this.#t.badLanguage(tag.trim()));
      return false;
    }
    this.#set(sheet, '');
    return true;
  }

  #moveRow(row: number, by: number): void {
    const rows = [...this.#sheet.rows];
    const to = row + by;
    if (to < 0 || to >= rows.length) return;
    [rows[row], rows[to]] = [rows[to]!, rows[row]!];
    this.#set({ ...this.#sheet, rows });
  }

  #removeRow(row: number): void {
    this.#set({ ...this.#sheet, rows: this.#sheet.rows.filter((_, i) => i !== row) });
  }

  #option(key: keyof Options, value: string | boolean): void {
    this.#options = { ...this.#options, [key]: value === '' ? undefined : value };
    this.#save();
    this.requestUpdate();
  }

  #switchDraft(name: string): void {
    this.#flush();
    const draft = this.#drafts.open(name);
    this.#history.clear();
    this.#options = draft.options;
    this.#set(draft.sheet, undefined, false);
  }

  #newDraft(): void {
    this.#flush();
    this.#options = this.#drafts.create(this.#t.draft).options;
    this.#history.clear();
    this.#set(emptySheet(), undefined, false);
  }

  #deleteDraft(): void {
    if (!confirm(this.#t.confirmDelete(this.#drafts.name))) return;
    const next = this.#drafts.remove();
    this.#history.clear();
    this.#options = next.options;
    this.#set(next.sheet, undefined, false);
  }

  #download(kind: 'json' | 'csv'): void {
    const text = kind === 'json' ? `${JSON.stringify(this.#result.chronology, null, 2)}\n` : sheetCsv(this.#sheet);
    const url = URL.createObjectURL(new Blob([text], { type: kind === 'json' ? 'application/json' : 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = this.#drafts.file(kind);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** The three embed snippets for this draft and its options (./snippets.ts). */
  snippets(): Snippets {
    const here = new URL('./', import.meta.url).href;
    const title = this.#result.chronology.title;
    return embedSnippets({
      options: this.#options,
      keyMoments: this.#keyMoments,
      file: this.#drafts.file('json'),
      title: typeof title === 'string' ? title : (Object.values(title)[0] ?? ''),
      cdn: /^https?:/.test(here) ? here : `https://unpkg.com/korea-timeline@${VERSION}/cdn/`,
    });
  }

  /** Copies a snippet; where the browser refuses, selects it for the reader to copy. */
  async #copy(name: keyof Snippets, text: string): Promise<void> {
    const copied = await (navigator.clipboard?.writeText(text).then(() => true) ?? Promise.resolve(false)).catch(
      () => false,
    );
    this.#copied = copied ? name : `${name}:failed`;
    if (!copied) this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${name}`)?.select();
    this.requestUpdate();
  }

  async #share(): Promise<void> {
    this.#link = await toLink(this.#sheet, location.href);
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const o = this.#options;
    const errors = [...this.#result.errors].sort((a, b) => rank(a.path) - rank(b.path));
    const view: StudioView = {
      t,
      sheet: this.#sheet,
      warnings: this.#warnings,
      first: this.#grid.first,
      section: this.#open,
      sections: sectionsOf(this.#sheet),
      counts: countsOf(this.#sheet),
      shown: this.#shown(),
      show: (section) => this.#show(section),
      languages: !isTimelineSheet(this.#sheet),
      addLanguage: (tag) => this.#addLanguage(tag),
      keyMoments: this.#keyMoments,
      copied: this.#copied,
      link: this.#link,
      snippets: this.snippets(),
      focusCell: (row, column) => this.#grid.focusCell(row, column),
      edit: (row, column, value) => this.#grid.edit(row, column, value),
      cellKey: (event, row, column) => this.#grid.key(event, row, column),
      leaveCell: () => this.#grid.leave(),
      moveRow: (row, by) => this.#moveRow(row, by),
      removeRow: (row) => this.#removeRow(row),
      option: (key, value) => this.#option(key, value),
      copy: (name, text) => this.#copy(name, text),
      download: (kind) => this.#download(kind),
      share: () => this.#share(),
      message: this.#message,
      fallback: this.#fallback,
      draft: this.#drafts.name,
      drafts: this.#drafts.names(),
      file: (event) => void this.#bringer.file(event),
      load: (address) => this.load(address),
      template: (columns) => this.#set(emptySheet(columns)),
      switchDraft: (name) => this.#switchDraft(name),
      renameDraft: (name) => {
        this.#flush();
        this.#drafts.rename(name);
        this.requestUpdate();
      },
      newDraft: () => this.#newDraft(),
      deleteDraft: () => this.#deleteDraft(),
    };
    return html`<div
      class="studio"
      dir=${rightToLeft(this.#lang) ? 'rtl' : 'ltr'}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${this.#bringer.drop}
    >
      <header class="top">
        <h1>${t.title}</h1>
        <p class="lede">${t.lede}</p>
      </header>
      ${renderBring(view)}
      <div class="work">
        <section class="edit" aria-labelledby="sheet">
          <h2 id="sheet">${t.sheet}</h2>
          <div class="row">
            <button type="button" @click=${() => this.undo()} ?disabled=${!this.#history.canUndo}>${t.undo}</button>
            <button type="button" @click=${() => this.redo()} ?disabled=${!this.#history.canRedo}>${t.redo}</button>
            <button type="button" @click=${this.#addRow}>${t.addRow}</button>
          </div>
          ${renderProblems(view, errors)} ${renderSections(view)}
          <div class="grid-box" @scroll=${this.#grid.scrolled}>${renderGrid(view, errors)}</div>
        </section>
        <section class="see" aria-labelledby="preview">
          <h2 id="preview">${t.preview}</h2>
          ${renderOptions(view, o)}
          <div class="frame" style=${o.height ? `height: ${Number(o.height)}px; overflow: auto` : ''}>
            <event-timeline></event-timeline>
          </div>
          ${renderPublish(view)}
        </section>
      </div>
    </div>`;
  }
}

/** Problems with the header first, then by row. */
function rank(path: string): number {
  const row = /^rows\[(\d+)\]/.exec(path);
  return row ? Number(row[1]) : -1;
}

if (!customElements.get('timeline-studio')) customElements.define('timeline-studio', TimelineStudio);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-studio': TimelineStudio;
  }
}
