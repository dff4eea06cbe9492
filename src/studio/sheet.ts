/**
 * The studio's model: a sheet of text cells, as an editor keeps it in Google Sheets or Excel, and
 * what it becomes. The sheet is the source of truth; each change is imported again by the same CSV
 * importer `src` uses, so each problem names the row and column it is in. Pure: no DOM.
 */
import { csvFormatRows, csvParseRows, tsvParseRows } from 'd3-dsv';
import type { Chronology } from '../model/types.js';
import { validateChronology, type ValidationError } from '../model/validate.js';
import { validateImported } from '../features/source/import/shared.js';
import { fromTimelineJS, isTimelineJS } from '../features/source/import/timelinejs.js';

/** A header row and the data rows under it: every cell a string, as a spreadsheet holds it. */
export interface Sheet {
  header: string[];
  rows: string[][];
}

/** Our columns, as `src` reads them from CSV (docs/data-format.md). */
export const OUR_COLUMNS = [
  'type',
  'id',
  'start',
  'end',
  'start open',
  'end open',
  'circa',
  'title',
  'summary',
  'category',
  'color',
  'lane',
  'featured',
  'kicker',
  'note',
  'picture',
  'picture alt',
  'picture caption',
  'picture credit',
  'source title',
  'source URL',
  'source language',
  'source 2 title',
  'source 2 URL',
  'source 2 language',
  'source 3 title',
  'source 3 URL',
  'source 3 language',
  'title:ko',
  'summary:ko',
  'category:ko',
  'lane:ko',
  'kicker:ko',
  'note:ko',
];

/** TimelineJS3's Google Sheet template, whose rows migrate as they are. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
];

/** An empty sheet with these columns, and a few empty rows to type into. */
export function emptySheet(header: readonly string[] = OUR_COLUMNS, rows = 3): Sheet {
  return { header: [...header], rows: Array.from({ length: rows }, () => header.map(() => '')) };
}

/**
 * A grid pasted from a spreadsheet (tab-separated, as Google Sheets, Excel and Numbers copy it) or
 * CSV text, as a sheet; undefined when the first line names none of the columns the importer knows.
 * Every row is as wide as the header; trailing blank rows are dropped.
 */
export function readSheet(text: string): Sheet | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.slice(0, body.search(/\r?\n|$/));
  const rows = (first.includes('\t') ? tsvParseRows(body) : csvParseRows(body)) as string[][];
  const [header = [], ...data] = rows;
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  if (!((names.has('year') && names.has('headline')) || (names.has('start') && names.has('title')))) return undefined;
  while (data.length > 0 && data.at(-1)!.every((cell) => !cell.trim())) data.pop();
  return { header, rows: data.map((row) => header.map((_, i) => row[i] ?? '')) };
}

/** The sheet as CSV, the form `src` and the CLI read. */
export function sheetCsv(sheet: Sheet): string {
  return `${csvFormatRows([sheet.header, ...sheet.rows])}\n`;
}

/** A chronology as a sheet in our columns: for data that came as JSON, to edit as rows. */
export function chronologySheet(chronology: Chronology): { sheet: Sheet; dropped: string[] } {
  const text = (value: unknown, lang: string): string =>
    typeof value === 'string'
      ? lang === 'en'
        ? value
        : ''
      : ((value as Record<string, string> | undefined)?.[lang] ?? '');
  const dropped = new Set<string>();
  const labels = new Map(chronology.categories.map((c) => [c.id, c.label]));
  const laneLabels = new Map((chronology.lanes ?? []).map((lane) => [lane.id, lane.label]));
  const lanes = (ids: string | string[] | undefined, lang: string) =>
    (ids === undefined ? [] : [ids].flat())
      .map((id) => text(laneLabels.get(id), lang) || (lang === 'en' ? id : ''))
      .join(';');
  const rows: string[][] = [];
  const row = (cells: Record<string, string>) => rows.push(OUR_COLUMNS.map((name) => cells[name] ?? ''));
  row({
    type: 'title',
    title: text(chronology.title, 'en'),
    'title:ko': text(chronology.title, 'ko'),
    summary: text(chronology.description, 'en'),
    'summary:ko': text(chronology.description, 'ko'),
  });
  if (chronology.lanes?.some((lane) => lane.description || lane.color)) dropped.add('lane descriptions and colours');
  // Each category as a row of its own: its label in each language, its colour, its place in the filters.
  for (const category of chronology.categories) {
    row({
      type: 'category',
      id: category.id,
      title: text(category.label, 'en') || category.id,
      'title:ko': text(category.label, 'ko'),
      color: category.color ?? '',
    });
  }
  for (const era of chronology.eras ?? []) {
    row({
      type: 'era',
      id: era.id,
      start: era.start,
      end: era.end,
      title: text(era.label, 'en'),
      'title:ko': text(era.label, 'ko'),
    });
  }
  for (const event of chronology.events) {
    const sources = event.sources ?? [];
    if (sources.length > 3) dropped.add('sources after the third');
    const [picture, ...pictures] = event.media ?? [];
    if (pictures.length > 0) dropped.add('pictures after the first');
    for (const key of ['corrections', 'updated', 'tags'] as const) if (key in event) dropped.add(key);
    const languages = [event.title, event.summary, event.kicker, event.note].flatMap((t) =>
      t && typeof t === 'object' ? Object.keys(t) : [],
    );
    if (languages.some((tag) => !/^(?:en|ko)$/i.test(tag)))
      dropped.add('texts in languages other than English and Korean');
    const label = labels.get(event.category);
    const cells: Record<string, string> = {
      id: event.id,
      start: event.start,
      end: event.end ?? '',
      circa: event.circa ? 'yes' : '',
      'start open': event.startOpen ? 'yes' : '',
      'end open': event.endOpen ? 'yes' : '',
      title: text(event.title, 'en'),
      'title:ko': text(event.title, 'ko'),
      summary: text(event.summary, 'en'),
      'summary:ko': text(event.summary, 'ko'),
      category: label ? text(label, 'en') || event.category : event.category,
      'category:ko': label ? text(label, 'ko') : '',
      lane: lanes(event.lane, 'en'),
      'lane:ko': lanes(event.lane, 'ko').replace(/^;+$/, ''),
      featured: event.featured ? 'yes' : '',
      kicker: text(event.kicker, 'en'),
      'kicker:ko': text(event.kicker, 'ko'),
      note: text(event.note, 'en'),
      'note:ko': text(event.note, 'ko'),
      picture: picture?.src ?? '',
      'picture alt': picture ? text(picture.alt, 'en') : '',
      'picture caption': picture ? text(picture.caption, 'en') : '',
      'picture credit': picture ? text(picture.credit, 'en') : '',
    };
    sources.slice(0, 3).forEach((source, i) => {
      const prefix = i === 0 ? 'source' : `source ${i + 1}`;
      cells[`${prefix} title`] = source.title;
      cells[`${prefix} URL`] = source.url ?? '';
      cells[`${prefix} language`] = source.language ?? '';
    });
    row(cells);
  }
  if (chronology.annotations?.length) dropped.add('annotations');
  return { sheet: { header: [...OUR_COLUMNS], rows }, dropped: [...dropped] };
}

/**
 * Whatever was pasted, dropped or fetched, as a sheet: a grid of cells (TSV or CSV with a header
 * row we know) as it is, TimelineJS3 JSON or ours as rows in our columns, with what those leave out.
 * Undefined when it is none of these.
 */
export function readAny(text: string): { sheet: Sheet; dropped: string[] } | undefined {
  const sheet = readSheet(text);
  if (sheet) return { sheet, dropped: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || !('events' in data || isTimelineJS(data))) return undefined;
  const { chronology } = isTimelineJS(data) ? validateImported(fromTimelineJS(data)) : validateChronology(data);
  return chronologySheet(chronology);
}

/** A problem's cell: `rows[4].Month` is data row 4 (from 0) in the column named Month; the header for `header.x`. */
export function cellOf(path: string, sheet: Sheet): { row: number; column: number } | undefined {
  const at = /^rows\[(\d+)\](?:\.(.+))?$/.exec(path) ?? /^header\.(.+)$/.exec(path);
  if (!at) return undefined;
  const header = path.startsWith('header');
  const name = (header ? at[1] : at[2])?.split(/[.[]/)[0]?.toLowerCase();
  const found = name === undefined ? -1 : sheet.header.findIndex((cell) => cell.trim().toLowerCase() === name);
  // A problem with a column the importer names differently (`start` from Year) points at the row's first cell.
  return { row: header ? -1 : Number(at[1]), column: Math.max(0, found) };
}

/** The words of the warnings: English by default; the studio passes its interface's. */
export interface WarningWords {
  at: (row: number) => string;
  noSource: string;
  noAlt: string;
  altIsCaption: string;
  http: string;
  sharingSite: string;
  lonelyCategory: (id: string) => string;
}

export const WARNINGS_EN: WarningWords = {
  at: (row) => `row ${row}`,
  noSource: 'no source; readers cannot check it',
  noAlt: 'a picture without alt text',
  altIsCaption: "the picture's alt text repeats its caption",
  http: 'a picture over http:, which pages on https: block',
  sharingSite: 'a picture from a sharing site, whose links stop working; host the file itself',
  lonelyCategory: (id) => `the category '${id}' has one event: a filter for it shows little`,
};

/** Problems that keep the row: what a newsroom's checklist would flag before publishing. */
export function warnings(
  chronology: Chronology,
  rowOf: (index: number) => string | undefined,
  words: WarningWords = WARNINGS_EN,
): ValidationError[] {
  const found: ValidationError[] = [];
  const counts = new Map<string, number>();
  for (const event of chronology.events) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  const text = (value: unknown) =>
    value === undefined ? '' : typeof value === 'string' ? value : Object.values(value as object).join(' ');
  chronology.events.forEach((event, i) => {
    const path = rowOf(i) ?? `events[${i}]`;
    const row = /^rows\[(\d+)\]$/.exec(path);
    const warn = (message: string) =>
      found.push({ path, message: `${row ? words.at(Number(row[1]) + 2) : path}: ${message}` });
    if (!event.sources?.length) warn(words.noSource);
    for (const picture of event.media ?? []) {
      const alt = text(picture.alt);
      if (!alt.trim() && picture.alt !== '') warn(words.noAlt);
      else if (alt && alt === text(picture.caption)) warn(words.altIsCaption);
      if (/^http:/i.test(picture.src)) warn(words.http);
      if (/(?:drive|docs)\.google\.com|dropbox\.com|facebook\.com|fbcdn\.net/i.test(picture.src))
        warn(words.sharingSite);
    }
  });
  for (const [id, n] of counts) {
    if (n === 1 && counts.size > 1) found.push({ path: 'categories', message: words.lonelyCategory(id) });
  }
  return found;
}

/**
 * A published Google Sheet's CSV address, from any form of its URL: the editor's (`/d/KEY/edit#gid=N`),
 * a published page (`/d/e/KEY/pubhtml`, `/pub?…`), or a bare key. Other addresses are used as they are.
 */
export function sheetCsvUrl(input: string): string {
  const text = input.trim();
  if (/^[\w-]{25,}$/.test(text)) return `https://docs.google.com/spreadsheets/d/${text}/export?format=csv`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  if (url.hostname !== 'docs.google.com') return text;
  const published = /^\/spreadsheets\/d\/e\/([\w-]+)\/pub(?:html)?/.exec(url.pathname);
  if (published) {
    const gid = url.searchParams.get('gid');
    return `https://docs.google.com/spreadsheets/d/e/${published[1]}/pub?output=csv${gid ? `&gid=${gid}` : ''}`;
  }
  const key = /^\/spreadsheets\/d\/([\w-]+)/.exec(url.pathname);
  if (!key) return text;
  const gid = /gid=(\d+)/.exec(url.hash + url.search)?.[1];
  return `https://docs.google.com/spreadsheets/d/${key[1]}/export?format=csv${gid ? `&gid=${gid}` : ''}`;
}
