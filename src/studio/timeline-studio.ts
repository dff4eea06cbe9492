/**
 * `<timeline-studio>`: make, check and embed a timeline without writing code. A sheet of cells (pasted
 * from a spreadsheet, a file, a published Google Sheet, or a template) is imported by the same code
 * as `src`, shown in the real element as it changes, its problems listed by row and column, kept as a
 * draft in this browser, and handed over as JSON, CSV and the embed snippets. No server, no account.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import '../event-timeline.js';
import type { EventTimeline } from '../event-timeline.js';
import type { ValidationError, ValidationResult } from '../model/validate.js';
import { validateChronology } from '../model/validate.js';
import { fromRows } from '../features/source/import/csv.js';
import { trust } from '../model/check.js';
import { validateImported } from '../features/source/import/shared.js';
import { fromTimelineJS, isTimelineJS } from '../features/source/import/timelinejs.js';
import {
  cellOf,
  chronologySheet,
  emptySheet,
  OUR_COLUMNS,
  readSheet,
  sheetCsv,
  sheetCsvUrl,
  TIMELINEJS_COLUMNS,
  warnings,
  type Sheet,
} from './sheet.js';
import { Drafts, type Options } from './drafts.js';
import { fromLink, toLink } from './link.js';
import { rightToLeft, studioStrings, type StudioStrings } from './strings.js';
import { studioStyles } from './studio.styles.js';
import { VERSION } from './version.js';

const HISTORY = 100;
/** A sheet row's height in px (`--_row` in the styles), and how many rows are drawn around the view. */
const ROW = 37;
const DRAWN = 80;
/** How many problems of each kind are listed; the rest are counted. */
const LISTED = 100;

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
  #past: Sheet[] = [];
  #future: Sheet[] = [];
  /** The cell being typed in, whose first keystroke put the sheet before it on the undo stack. */
  #editing: string | undefined;
  /** What the cell being typed in held before the typing: Escape puts it back. */
  #before: { key: string; value: string } | undefined;
  #message = '';
  #fallback = false;
  #copied = '';
  #link = '';

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
    document.addEventListener('paste', this.#onPaste);
    document.addEventListener('keydown', this.#onKey);
    addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('paste', this.#onPaste);
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
    if (keep) {
      this.#past = [...this.#past.slice(1 - HISTORY), this.#sheet];
      this.#future = [];
    }
    this.#sheet = sheet;
    this.#editing = undefined;
    if (message !== undefined) {
      this.#message = message;
      this.#fallback = false;
    }
    this.#import();
    this.#save();
    this.requestUpdate();
  }

  #saving = 0;

  /**
   * Keeps the draft once the page is idle (a big sheet's JSON takes a while to write, and a typist's
   * keystrokes come faster): one write for a burst of them, and at once when the page is hidden.
   */
  #save(): void {
    if (this.#saving) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    this.#saving = idle(() => this.#flush(), { timeout: 1000 }) as number;
  }

  #flush = (): void => {
    if (!this.#saving) return;
    this.#saving = 0;
    this.#drafts.save(this.#sheet, this.#options);
  };

  undo(): void {
    const before = this.#past.at(-1);
    if (!before) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.#sheet, ...this.#future];
    this.#set(before, undefined, false);
  }

  redo(): void {
    const [next, ...rest] = this.#future;
    if (!next) return;
    this.#past = [...this.#past, this.#sheet];
    this.#future = rest;
    this.#set(next, undefined, false);
  }

  /**
   * Brings text in: a grid of cells (TSV or CSV with a header row we know), TimelineJS3 JSON or ours.
   * Returns whether it was one.
   */
  bring(text: string, origin: string): boolean {
    const sheet = readSheet(text);
    if (sheet) {
      this.#set(sheet, this.#t.imported(sheet.rows.length, origin));
      return true;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.#say(this.#t.notASheet);
      return false;
    }
    const { chronology } = isTimelineJS(data) ? validateImported(fromTimelineJS(data)) : validateChronology(data);
    if (chronology.events.length === 0 && !(data && typeof data === 'object' && 'events' in data)) {
      this.#say(this.#t.notASheet);
      return false;
    }
    const { sheet: rows, dropped } = chronologySheet(chronology);
    const note = dropped.length > 0 ? ` ${this.#t.dropped(dropped.join(', '))}` : '';
    this.#set(rows, this.#t.imported(rows.rows.length, origin) + note);
    return true;
  }

  #say(message: string, fallback = false): void {
    this.#message = message;
    this.#fallback = fallback;
    this.requestUpdate();
  }

  /** A paste outside a cell, or a grid pasted into one, brings the sheet in; text into a cell is the cell's. */
  #onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const target = event.composedPath()[0];
    const inField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (inField && !/[\t\n]/.test(text.trim())) return;
    if (inField && !readSheet(text)) return;
    event.preventDefault();
    this.bring(text, this.#t.clipboard);
  };

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

  async #file(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.bring(await file.text(), file.name);
    input.value = '';
  }

  #drop = async (event: DragEvent): Promise<void> => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.bring(await file.text(), file.name);
  };

  /** Fetches a sheet's CSV. Each failure says what failed, and offers the paste path and the command. */
  async load(address: string): Promise<void> {
    const url = sheetCsvUrl(address);
    if (!url) return;
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    } catch {
      const reason = navigator.onLine ? this.#t.noAnswer : this.#t.offline;
      this.#say(this.#t.fetchFailed(url, reason), true);
      return;
    }
    if (!response.ok) {
      this.#say(this.#t.fetchFailed(url, `HTTP ${response.status} ${response.statusText}`.trim()), true);
      return;
    }
    if (!this.bring(await response.text(), url)) this.#fallback = true;
  }

  /** Focuses a cell, scrolling its row into the sheet's view (and so into the rows drawn) first. */
  async #focusCell(row: number, column: number): Promise<void> {
    const find = () => this.renderRoot.querySelector<HTMLInputElement>(`[data-row="${row}"][data-column="${column}"]`);
    const box = this.renderRoot.querySelector<HTMLElement>('.grid-box');
    if (!find() && box) {
      box.scrollTop = Math.max(0, row * ROW - box.clientHeight / 2);
      this.#scrolled();
      await this.updateComplete;
    }
    const input = find();
    input?.focus();
    input?.select();
  }

  /** The first row drawn: the rows above the sheet's view, less a margin of DRAWN / 4. */
  #first = 0;

  /** The sheet's box scrolled: draws the rows now near its view. */
  #scrolled = (): void => {
    const box = this.renderRoot.querySelector<HTMLElement>('.grid-box');
    if (!box) return;
    const first = Math.max(0, Math.floor(box.scrollTop / ROW) - DRAWN / 4);
    // Only when the view nears the edge of what is drawn: most scroll events change nothing.
    if (Math.abs(first - this.#first) < DRAWN / 8 && !(first === 0 && this.#first !== 0)) return;
    this.#first = first;
    this.requestUpdate();
  };

  #edit(row: number, column: number, value: string): void {
    const key = `${row}:${column}`;
    if (this.#editing !== key) {
      this.#past = [...this.#past.slice(1 - HISTORY), this.#sheet];
      this.#future = [];
      this.#before = { key, value: this.#sheet.rows[row]?.[column] ?? '' };
    }
    const rows = this.#sheet.rows.map((cells, i) =>
      i === row ? cells.map((c, j) => (j === column ? value : c)) : cells,
    );
    this.#set({ ...this.#sheet, rows }, undefined, false);
    this.#editing = key;
  }

  #cellKey(event: KeyboardEvent, row: number, column: number): void {
    const input = event.target as HTMLInputElement;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    // Right to left, the next column is on the left, as the caret's next character is.
    const rtl = getComputedStyle(input).direction === 'rtl';
    const move: Record<string, [number, number] | undefined> = {
      ArrowUp: [row - 1, column],
      ArrowDown: [row + 1, column],
      Enter: [row + 1, column],
      [rtl ? 'ArrowRight' : 'ArrowLeft']: atStart ? [row, column - 1] : undefined,
      [rtl ? 'ArrowLeft' : 'ArrowRight']: atEnd ? [row, column + 1] : undefined,
    };
    if (event.key === 'Escape') {
      const before = this.#before?.key === `${row}:${column}` ? this.#before.value : undefined;
      if (before !== undefined && before !== input.value) {
        input.value = before;
        this.#edit(row, column, before);
      }
      input.select();
      return;
    }
    const to = move[event.key];
    if (!to || event.shiftKey || event.altKey) return;
    const [r, c] = to;
    if (r < 0 || c < 0 || c >= this.#sheet.header.length) return;
    event.preventDefault();
    if (r >= this.#sheet.rows.length) {
      if (event.key !== 'Enter') return;
      this.#addRow();
    }
    this.#editing = undefined;
    void this.updateComplete.then(() => this.#focusCell(r, c));
  }

  #addRow(): void {
    this.#set({ ...this.#sheet, rows: [...this.#sheet.rows, this.#sheet.header.map(() => '')] });
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
    this.#past = [];
    this.#future = [];
    this.#options = draft.options;
    this.#set(draft.sheet, undefined, false);
  }

  #newDraft(): void {
    this.#flush();
    this.#options = this.#drafts.create(this.#t.draft).options;
    this.#past = [];
    this.#future = [];
    this.#set(emptySheet(), undefined, false);
  }

  #deleteDraft(): void {
    if (!confirm(this.#t.confirmDelete(this.#drafts.name))) return;
    const next = this.#drafts.remove();
    this.#past = [];
    this.#future = [];
    this.#options = next.options;
    this.#set(next.sheet, undefined, false);
  }

  #download(kind: 'json' | 'csv'): void {
    const text = kind === 'json' ? `${JSON.stringify(this.#result.chronology, null, 2)}\n` : sheetCsv(this.#sheet);
    const url = URL.createObjectURL(new Blob([text], { type: kind === 'json' ? 'application/json' : 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.#drafts.name.replace(/[^\p{L}\p{N}-]+/gu, '-') || 'timeline'}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** The attributes the embed will have, as the preview shows them. */
  #attributes(): string {
    const o = this.#options;
    return [
      o.locale && `locale="${o.locale}"`,
      o.orientation === 'horizontal' && 'orientation="horizontal"',
      o.scale === 'time' && 'scale="time"',
      o.theme && o.theme !== 'auto' && `theme="${o.theme}"`,
      o.featuredOnly && this.#keyMoments && 'featured-only',
      o.headingLevel && o.headingLevel !== '2' && `heading-level="${o.headingLevel}"`,
    ]
      .filter(Boolean)
      .join(' ');
  }

  /**
   * The three snippets, pointing at the folder this studio runs from (a version's, on a CDN), or
   * this version's folder on unpkg when it runs from disk.
   */
  snippets(): Record<'dropIn' | 'iframe' | 'noScript', string> {
    const here = new URL('./', import.meta.url).href;
    const cdn = /^https?:/.test(here) ? here : `https://unpkg.com/korea-timeline@${VERSION}/cdn/`;
    const file = `${this.#drafts.name.replace(/[^\p{L}\p{N}-]+/gu, '-') || 'timeline'}.json`;
    const o = this.#options;
    const height = o.height ? Number(o.height) : undefined;
    const attributes = this.#attributes();
    const chronologyTitle = this.#result.chronology.title;
    const title = typeof chronologyTitle === 'string' ? chronologyTitle : (Object.values(chronologyTitle)[0] ?? '');
    // The iframe loads the file from where it is published: this address is the one to replace.
    const query = new URLSearchParams({ src: `https://your-site.example/${file}` });
    for (const [key, value] of Object.entries(o)) {
      if (!value || key === 'height' || (key === 'featuredOnly' && !this.#keyMoments)) continue;
      query.set(
        key === 'featuredOnly' ? 'featured-only' : key === 'headingLevel' ? 'heading-level' : key,
        String(value),
      );
    }
    const flags = [
      o.locale && `--locale ${o.locale}`,
      o.theme && o.theme !== 'auto' && `--theme ${o.theme}`,
      o.orientation === 'horizontal' && '--orientation horizontal',
      o.scale === 'time' && '--scale time',
    ]
      .filter(Boolean)
      .join(' ');
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    // With a height, the element scrolls inside it and the iframe keeps it; without, both take their content's.
    const style = height ? ` style="display: block; height: ${height}px; overflow: auto"` : '';
    return {
      dropIn: `<script type="module" src="${cdn}event-timeline.js"></script>\n<event-timeline src="${file}"${attributes ? ` ${attributes}` : ''}${style}></event-timeline>`,
      iframe: height
        ? `<iframe\n  src="${cdn}embed.html?${escape(query.toString())}"\n  title="${escape(title)}"\n  style="width: 100%; height: ${height}px; border: 0"\n  loading="lazy"\n></iframe>`
        : `<script type="module" src="${cdn}embed.js"></script>\n<iframe\n  data-kt-embed\n  src="${cdn}embed.html?${escape(query.toString())}"\n  title="${escape(title)}"\n  style="width: 100%; border: 0"\n></iframe>`,
      noScript: `npx korea-timeline render ${file}${flags ? ` ${flags}` : ''} > timeline.html`,
    };
  }

  /** Copies a snippet; where the browser refuses, selects it for the reader to copy. */
  async #copy(name: string, text: string): Promise<void> {
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
    return html`<div
      class="studio"
      dir=${rightToLeft(this.#lang) ? 'rtl' : 'ltr'}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${this.#drop}
    >
      <header class="top">
        <h1>${t.title}</h1>
        <p class="lede">${t.lede}</p>
      </header>
      <section class="bring" aria-labelledby="bring">
        <h2 id="bring">${t.bring}</h2>
        <p>${t.pasteHint}</p>
        <div class="row">
          <label class="button"
            >${t.chooseFile}
            <input
              type="file"
              accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
              @change=${this.#file}
            />
          </label>
          <form
            class="url"
            @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              void this.load(new FormData(e.target as HTMLFormElement).get('url') as string);
            }}
          >
            <label
              >${t.sheetUrl} <input name="url" type="text" inputmode="url" autocomplete="off" spellcheck="false"
            /></label>
            <button type="submit">${t.load}</button>
          </form>
        </div>
        <p class="row">
          ${t.templates}:
          <button type="button" class="link" @click=${() => this.#set(emptySheet(OUR_COLUMNS))}>
            ${t.ourTemplate}
          </button>
          <button type="button" class="link" @click=${() => this.#set(emptySheet(TIMELINEJS_COLUMNS))}>
            ${t.timelinejsTemplate}
          </button>
        </p>
        <p class="message" role="status">
          ${this.#message}${this.#fallback ? html` <span class="fallback">${t.fallback}</span>` : nothing}
        </p>
        <div class="row drafts">
          <label
            >${t.draft}
            <select @change=${(e: Event) => this.#switchDraft((e.target as HTMLSelectElement).value)}>
              ${this.#drafts.names().map((name) => html`<option .selected=${name === this.#drafts.name}>${name}</option>`)}
            </select>
          </label>
          <label
            >${t.rename}
            <input
              .value=${live(this.#drafts.name)}
              @change=${(e: Event) => {
                this.#flush();
                this.#drafts.rename((e.target as HTMLInputElement).value);
                this.requestUpdate();
              }}
          /></label>
          <button type="button" @click=${this.#newDraft}>${t.newDraft}</button>
          <button type="button" @click=${this.#deleteDraft}>${t.deleteDraft}</button>
        </div>
      </section>
      <div class="work">
        <section class="edit" aria-labelledby="sheet">
          <h2 id="sheet">${t.sheet}</h2>
          <div class="row">
            <button type="button" @click=${() => this.undo()} ?disabled=${this.#past.length === 0}>${t.undo}</button>
            <button type="button" @click=${() => this.redo()} ?disabled=${this.#future.length === 0}>${t.redo}</button>
            <button type="button" @click=${this.#addRow}>${t.addRow}</button>
          </div>
          ${this.#problems(t, errors)}
          <div class="grid-box" @scroll=${this.#scrolled}>${this.#grid(t, errors)}</div>
        </section>
        <section class="see" aria-labelledby="preview">
          <h2 id="preview">${t.preview}</h2>
          ${this.#optionsForm(t, o)}
          <div class="frame" style=${o.height ? `height: ${Number(o.height)}px; overflow: auto` : ''}>
            <event-timeline></event-timeline>
          </div>
          ${this.#publish(t)}
        </section>
      </div>
    </div>`;
  }

  #problems(t: StudioStrings, errors: readonly ValidationError[]): TemplateResult {
    const item = (problem: ValidationError) => {
      const cell = cellOf(problem.path, this.#sheet);
      return html`<li>
        ${
          cell && cell.row >= 0
            ? html`<button type="button" class="link" @click=${() => void this.#focusCell(cell.row, cell.column)}>
                ${problem.message}
              </button>`
            : problem.message
        }
      </li>`;
    };
    // A sheet of thousands of rows can have thousands of problems: the first hundred, and a count.
    const listed = (problems: readonly ValidationError[]) => [
      ...problems.slice(0, LISTED).map(item),
      problems.length > LISTED ? html`<li>${t.more(problems.length - LISTED)}</li>` : nothing,
    ];
    return html`<section class="problems" aria-labelledby="problems">
      <h3 id="problems">${t.problems}</h3>
      ${errors.length === 0 && this.#warnings.length === 0 ? html`<p>${t.noProblems}</p>` : nothing}
      ${
        errors.length > 0
          ? html`<p class="count error" role="status">${t.errors(errors.length)}</p>
              <ul class="errors">
                ${listed(errors)}
              </ul>`
          : nothing
      }
      ${
        this.#warnings.length > 0
          ? html`<p class="count">${t.warnings(this.#warnings.length)}</p>
              <ul class="warnings">
                ${listed(this.#warnings)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  #grid(t: StudioStrings, errors: readonly ValidationError[]): TemplateResult {
    const { header, rows } = this.#sheet;
    const bad = new Set(
      errors
        .map((e) => cellOf(e.path, this.#sheet))
        .filter((c) => c && c.row >= 0)
        .map((c) => `${c!.row}:${c!.column}`),
    );
    // Each row renders again only when its cells, place, flagged cells or words change: a keystroke
    // in a sheet of thousands of rows touches one row.
    const flagged = (r: number) => header.map((_, c) => (bad.has(`${r}:${c}`) ? 1 : 0)).join('');
    const row = (cells: readonly string[], r: number, marks: string) =>
      html`<tr aria-rowindex=${r + 2}>
        <th scope="row">${r + 2}</th>
        ${cells.map(
          (cell, c) =>
            html`<td class=${marks[c] === '1' ? 'bad' : ''}>
              <input
                data-row=${r}
                data-column=${c}
                aria-label=${t.cell(r + 2, header[c] ?? '')}
                aria-invalid=${marks[c] === '1'}
                .value=${live(cell)}
                @input=${(e: Event) => this.#edit(r, c, (e.target as HTMLInputElement).value)}
                @keydown=${(e: KeyboardEvent) => this.#cellKey(e, r, c)}
                @blur=${() => (this.#editing = undefined)}
              />
            </td>`,
        )}
        <td class="actions">
          <button type="button" aria-label=${t.moveUp(r + 2)} @click=${() => this.#moveRow(r, -1)}>↑</button>
          <button type="button" aria-label=${t.moveDown(r + 2)} @click=${() => this.#moveRow(r, 1)}>↓</button>
          <button type="button" aria-label=${t.removeRow(r + 2)} @click=${() => this.#removeRow(r)}>×</button>
        </td>
      </tr>`;
    // Only the rows near the view are in the DOM; the table says how many there are, and each row
    // its number, for screen readers (aria-rowcount, aria-rowindex).
    const first = Math.min(this.#first, Math.max(0, rows.length - DRAWN));
    const drawn = rows.slice(first, first + DRAWN);
    const spacer = (count: number) =>
      count > 0
        ? html`<tr class="spacer" aria-hidden="true" style=${`height: ${count * ROW}px`}>
            <td colspan=${header.length + 2}></td>
          </tr>`
        : nothing;
    return html`<table class="grid" aria-rowcount=${rows.length + 1}>
      <thead>
        <tr aria-rowindex="1">
          <th scope="col"><span class="visually-hidden">${t.row(1)}</span>1</th>
          ${header.map((name) => html`<th scope="col">${name}</th>`)}
          <th scope="col"><span class="visually-hidden">${t.sheet}</span></th>
        </tr>
      </thead>
      <tbody>
        ${spacer(first)}
        ${drawn.map((cells, i) => {
          const r = first + i;
          const marks = flagged(r);
          return guard([cells, r, marks, header, t], () => row(cells, r, marks));
        })}
        ${spacer(rows.length - first - drawn.length)}
      </tbody>
    </table>`;
  }

  #optionsForm(t: StudioStrings, o: Options): TemplateResult {
    const select = (key: keyof Options, label: string, choices: [string, string][]) =>
      html`<label
        >${label}
        <select @change=${(e: Event) => this.#option(key, (e.target as HTMLSelectElement).value)}>
          ${choices.map(([value, text]) => html`<option value=${value} .selected=${(o[key] ?? '') === value}>${text}</option>`)}
        </select></label
      >`;
    return html`<fieldset class="options">
      <legend>${t.options}</legend>
      ${select('locale', t.locale, [
        ['', t.pageLanguage],
        ['en', 'English'],
        ['ko', '한국어'],
        ['ja', '日本語'],
        ['zh-Hans', '简体中文'],
        ['zh-Hant', '繁體中文'],
        ['es', 'Español'],
        ['fr', 'Français'],
        ['de', 'Deutsch'],
        ['ar', 'العربية'],
      ])}
      ${select('orientation', t.orientation, [
        ['', t.vertical],
        ['horizontal', t.horizontal],
      ])}
      ${select('scale', t.scale, [
        ['', t.even],
        ['time', t.time],
      ])}
      ${select('theme', t.theme, [
        ['', t.auto],
        ['light', t.light],
        ['dark', t.dark],
      ])}
      ${select('headingLevel', t.headingLevel, [
        ['', '2'],
        ['3', '3'],
        ['4', '4'],
      ])}
      <label class="check"
        ><input
          type="checkbox"
          ?disabled=${!this.#keyMoments}
          .checked=${Boolean(o.featuredOnly) && this.#keyMoments}
          @change=${(e: Event) => this.#option('featuredOnly', (e.target as HTMLInputElement).checked)}
        />
        ${t.keyMoments}</label
      >
      <label
        >${t.height}
        <input
          type="number"
          min="200"
          step="50"
          .value=${live(o.height ?? '')}
          @change=${(e: Event) => this.#option('height', (e.target as HTMLInputElement).value)}
      /></label>
    </fieldset>`;
  }

  #publish(t: StudioStrings): TemplateResult {
    const snippets = this.snippets();
    const block = (name: keyof typeof snippets, label: string) =>
      html`<div class="snippet">
        <label for=${`snippet-${name}`}>${label}</label>
        <textarea id=${`snippet-${name}`} readonly rows="4" .value=${live(snippets[name])}></textarea>
        <button type="button" @click=${() => this.#copy(name, snippets[name])}>
          ${this.#copied === name ? t.copied : this.#copied === `${name}:failed` ? t.copyFailed : t.copy}
        </button>
      </div>`;
    return html`<section class="publish" aria-labelledby="publish">
      <h2 id="publish">${t.publish}</h2>
      <div class="row">
        <button type="button" @click=${() => this.#download('json')}>${t.downloadJson}</button>
        <button type="button" @click=${() => this.#download('csv')}>${t.downloadCsv}</button>
        <button type="button" @click=${this.#share}>${t.shareLink}</button>
      </div>
      ${this.#link ? html`<p class="share"><a href=${this.#link}>${t.shareLink}</a> ${t.shareWarning}</p>` : nothing}
      ${block('dropIn', t.dropIn)} ${block('iframe', t.iframe)} ${block('noScript', t.noScript)}
    </section>`;
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
