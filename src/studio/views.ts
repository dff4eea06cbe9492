/**
 * The studio's parts as templates: the problems, the sheet, the embed's options and what it hands
 * over. Pure: what they show and what they do come in through `StudioView` (./timeline-studio.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { ValidationError } from '../model/validate.js';
import type { Options } from './drafts.js';
import { cellOf, OUR_COLUMNS, TIMELINEJS_COLUMNS, type Sheet } from './sheet.js';
import type { Snippets } from './snippets.js';
import type { Section } from './sections.js';
import type { StudioStrings } from './strings.js';

/** A sheet row's height in px (`--_row` in the styles), and how many rows are drawn around the view. */
export const ROW = 37;
export const DRAWN = 80;
/** How many problems of each kind are listed; the rest are counted. */
const LISTED = 100;

/** What the templates show, and what the reader's actions on them call. */
export interface StudioView {
  t: StudioStrings;
  sheet: Sheet;
  warnings: readonly ValidationError[];
  /** The first row drawn, of those shown. */
  first: number;
  /** The section open, the sections the sheet has, and the rows and columns the open one shows. */
  section: Section;
  sections: readonly Section[];
  /** How many rows each section has. */
  counts: Record<Section, number>;
  shown: { rows: readonly number[]; columns: readonly number[] };
  show(section: Section): void;
  /** Whether the sheet's columns take other languages (ours do, TimelineJS3's do not). */
  languages: boolean;
  /** Adds a language's text columns; false when the tag is not one (the message says so). */
  addLanguage(tag: string): boolean;
  /** Whether any event is a key moment. */
  keyMoments: boolean;
  /** The snippet last copied (`name`, or `name:failed`). */
  copied: string;
  /** The preview link, once made. */
  link: string;
  snippets: Snippets;
  focusCell(row: number, column: number): Promise<void>;
  edit(row: number, column: number, value: string): void;
  cellKey(event: KeyboardEvent, row: number, column: number): void;
  leaveCell(): void;
  moveRow(row: number, by: number): void;
  removeRow(row: number): void;
  option(key: keyof Options, value: string | boolean): void;
  copy(name: keyof Snippets, text: string): Promise<void>;
  download(kind: 'json' | 'csv'): void;
  share(): Promise<void>;
  /** What the last import said, and whether to offer the ways that always work. */
  message: string;
  fallback: boolean;
  /** The draft open, and all the drafts' names. */
  draft: string;
  drafts: readonly string[];
  file(event: Event): void;
  load(address: string): Promise<void>;
  template(columns: readonly string[]): void;
  switchDraft(name: string): void;
  renameDraft(name: string): void;
  newDraft(): void;
  deleteDraft(): void;
}

/** Bringing data in: a file, a sheet's address, templates, what the import said, and the drafts. */
export function renderBring(view: StudioView): TemplateResult {
  const { t } = view;
  return html`<section class="bring" aria-labelledby="bring">
    <h2 id="bring">${t.bring}</h2>
    <p>${t.pasteHint}</p>
    <div class="row">
      <label class="button"
        >${t.chooseFile}
        <input
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
          @change=${view.file}
        />
      </label>
      <form
        class="url"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void view.load(new FormData(e.target as HTMLFormElement).get('url') as string);
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
      <button type="button" class="link" @click=${() => view.template(OUR_COLUMNS)}>${t.ourTemplate}</button>
      <button type="button" class="link" @click=${() => view.template(TIMELINEJS_COLUMNS)}>
        ${t.timelinejsTemplate}
      </button>
    </p>
    <p class="message" role="status">
      ${view.message}${view.fallback ? html` <span class="fallback">${t.fallback}</span>` : nothing}
    </p>
    <div class="row drafts">
      <label
        >${t.draft}
        <select @change=${(e: Event) => view.switchDraft((e.target as HTMLSelectElement).value)}>
          ${view.drafts.map((name) => html`<option .selected=${name === view.draft}>${name}</option>`)}
        </select>
      </label>
      <label
        >${t.rename}
        <input
          .value=${live(view.draft)}
          @change=${(e: Event) => view.renameDraft((e.target as HTMLInputElement).value)}
      /></label>
      <button type="button" @click=${view.newDraft}>${t.newDraft}</button>
      <button type="button" @click=${view.deleteDraft}>${t.deleteDraft}</button>
    </div>
  </section>`;
}

/** The problems: errors (their rows left out), then warnings, each a link to its cell; the first hundred of each. */
export function renderProblems(view: StudioView, errors: readonly ValidationError[]): TemplateResult {
  const { t } = view;
  const item = (problem: ValidationError) => {
    const cell = cellOf(problem.path, view.sheet, problem.message);
    return html`<li>
      ${
        cell && cell.row >= 0
          ? html`<button type="button" class="link" @click=${() => void view.focusCell(cell.row, cell.column)}>
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
    ${errors.length === 0 && view.warnings.length === 0 ? html`<p>${t.noProblems}</p>` : nothing}
    ${
      errors.length > 0
        ? html`<p class="count error" role="status">${t.errors(errors.length)}</p>
            <ul class="errors">
              ${listed(errors)}
            </ul>`
        : nothing
    }
    ${
      view.warnings.length > 0
        ? html`<p class="count">${t.warnings(view.warnings.length)}</p>
            <ul class="warnings">
              ${listed(view.warnings)}
            </ul>`
        : nothing
    }
  </section>`;
}

/** The sections as pressed buttons with their row counts, and a form to add a language's columns. */
export function renderSections(view: StudioView): TemplateResult {
  const { t } = view;
  return html`<div class="row sections">
    <div role="group" aria-label=${t.show}>
      ${view.sections.map(
        (section) =>
          html`<button type="button" aria-pressed=${view.section === section} @click=${() => view.show(section)}>
            ${t.sections[section]} <span class="count">${view.counts[section]}</span>
          </button>`,
      )}
    </div>
    ${
      // TimelineJS3's columns have one language: a sheet in them has no columns to add.
      view.languages
        ? html`<form
            @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              const form = e.target as HTMLFormElement;
              if (view.addLanguage(String(new FormData(form).get('language') ?? ''))) form.reset();
            }}
          >
            <label>${t.addLanguage} <input name="language" size="8" autocomplete="off" spellcheck="false" /></label>
            <button type="submit">${t.addColumns}</button>
          </form>`
        : nothing
    }
  </div>`;
}

/** The sheet: a table of the open section's rows and columns, those near the view drawn, each cell an input. */
export function renderGrid(view: StudioView, errors: readonly ValidationError[]): TemplateResult {
  const { t } = view;
  const { header } = view.sheet;
  const { rows, columns } = view.shown;
  const bad = new Set(
    errors
      .map((e) => cellOf(e.path, view.sheet, e.message))
      .filter((c) => c && c.row >= 0)
      .map((c) => `${c!.row}:${c!.column}`),
  );
  // Each row renders again only when its cells, place, flagged cells or words change: a keystroke
  // in a sheet of thousands of rows touches one row.
  const flagged = (r: number) => columns.map((c) => (bad.has(`${r}:${c}`) ? 1 : 0)).join('');
  // The row's number is its number in the sheet (as the problems say it), whichever rows are shown.
  const row = (cells: readonly string[], r: number, y: number, marks: string) =>
    html`<tr aria-rowindex=${y + 2}>
      <th scope="row">${r + 2}</th>
      ${columns.map(
        (c, x) =>
          html`<td class=${marks[x] === '1' ? 'bad' : ''}>
            <input
              data-row=${r}
              data-column=${c}
              aria-label=${t.cell(r + 2, header[c] ?? '')}
              aria-invalid=${marks[x] === '1'}
              .value=${live(cells[c] ?? '')}
              @input=${(e: Event) => view.edit(r, c, (e.target as HTMLInputElement).value)}
              @keydown=${(e: KeyboardEvent) => view.cellKey(e, r, c)}
              @blur=${view.leaveCell}
            />
          </td>`,
      )}
      <td class="actions">
        <button type="button" aria-label=${t.moveUp(r + 2)} @click=${() => view.moveRow(r, -1)}>↑</button>
        <button type="button" aria-label=${t.moveDown(r + 2)} @click=${() => view.moveRow(r, 1)}>↓</button>
        <button type="button" aria-label=${t.removeRow(r + 2)} @click=${() => view.removeRow(r)}>×</button>
      </td>
    </tr>`;
  // Only the rows near the view are in the DOM; the table says how many there are, and each row
  // its place, for screen readers (aria-rowcount, aria-rowindex).
  const first = Math.min(view.first, Math.max(0, rows.length - DRAWN));
  const drawn = rows.slice(first, first + DRAWN);
  const spacer = (count: number) =>
    count > 0
      ? html`<tr class="spacer" aria-hidden="true" style=${`height: ${count * ROW}px`}>
          <td colspan=${columns.length + 2}></td>
        </tr>`
      : nothing;
  return html`<table class="grid" aria-rowcount=${rows.length + 1}>
    <thead>
      <tr aria-rowindex="1">
        <th scope="col"><span class="visually-hidden">${t.row(1)}</span>1</th>
        ${columns.map((c) => html`<th scope="col">${header[c]}</th>`)}
        <th scope="col"><span class="visually-hidden">${t.sheet}</span></th>
      </tr>
    </thead>
    <tbody>
      ${spacer(first)}
      ${drawn.map((r, i) => {
        const cells = view.sheet.rows[r]!;
        const y = first + i;
        const marks = flagged(r);
        return guard([cells, r, y, marks, columns, header, t], () => row(cells, r, y, marks));
      })}
      ${spacer(rows.length - first - drawn.length)}
    </tbody>
  </table>`;
}

/** The embed's options, as the preview shows them. */
export function renderOptions(view: StudioView, o: Options): TemplateResult {
  const { t } = view;
  const select = (key: keyof Options, label: string, choices: [string, string][]) =>
    html`<label
      >${label}
      <select @change=${(e: Event) => view.option(key, (e.target as HTMLSelectElement).value)}>
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
        ?disabled=${!view.keyMoments}
        .checked=${Boolean(o.featuredOnly) && view.keyMoments}
        @change=${(e: Event) => view.option('featuredOnly', (e.target as HTMLInputElement).checked)}
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
        @change=${(e: Event) => view.option('height', (e.target as HTMLInputElement).value)}
    /></label>
  </fieldset>`;
}

/** Downloads, the preview link and the three snippets. */
export function renderPublish(view: StudioView): TemplateResult {
  const { t } = view;
  const { snippets } = view;
  const block = (name: keyof typeof snippets, label: string) =>
    html`<div class="snippet">
      <label for=${`snippet-${name}`}>${label}</label>
      <textarea id=${`snippet-${name}`} readonly rows="4" .value=${live(snippets[name])}></textarea>
      <button type="button" @click=${() => view.copy(name, snippets[name])}>
        ${view.copied === name ? t.copied : view.copied === `${name}:failed` ? t.copyFailed : t.copy}
      </button>
    </div>`;
  return html`<section class="publish" aria-labelledby="publish">
    <h2 id="publish">${t.publish}</h2>
    <div class="row">
      <button type="button" @click=${() => view.download('json')}>${t.downloadJson}</button>
      <button type="button" @click=${() => view.download('csv')}>${t.downloadCsv}</button>
      <button type="button" @click=${view.share}>${t.shareLink}</button>
    </div>
    ${view.link ? html`<p class="share"><a href=${view.link}>${t.shareLink}</a> ${t.shareWarning}</p>` : nothing}
    ${block('dropIn', t.dropIn)} ${block('iframe', t.iframe)} ${block('noScript', t.noScript)}
  </section>`;
}
