/**
 * The studio's model: a sheet of text cells, as an editor keeps it in Google Sheets or Excel, and
 * what it becomes. The sheet is the source of truth; each change is imported again by the same CSV
 * importer `src` uses, so each problem names the row and column it is in. Pure: no DOM.
 */
import { csvFormatRows, csvParseRows, tsvParseRows } from 'd3-dsv';
import type { Chronology, Localized, Source } from '../model/types.js';
import { validateChronology, type ValidationError } from '../model/validate.js';
import { validateImported } from '../features/source/import/shared.js';
import { fromTimelineJS, isTimelineJS } from '../features/source/import/timelinejs.js';

/** A header row and the data rows under it: every cell a string, as a spreadsheet holds it. */
export interface Sheet {
  header: string[];
  rows: string[][];
}

/** Our columns before the numbered ones and the languages' (docs/data-format.md). */
const PLAIN = [
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
  'event',
  'priority',
  'featured',
  'kicker',
  'note',
  'gap',
  'tags',
  'updated',
  'language',
];
/** The texts a language has a column for (`title:ko`) in a new sheet, and when one is added. */
export const LANGUAGE_TEXTS = [
  'title',
  'summary',
  'category',
  'lane',
  'kicker',
  'note',
  'gap',
  'picture alt',
  'picture caption',
];
const nth = (name: string, n: number) => (n === 1 ? name : `${name} ${n}`);
const SOURCE = ['title', 'URL', 'language', 'publisher', 'author', 'published', 'accessed'];
const PICTURE = ['', ' alt', ' caption', ' credit'];

/**
 * Every column our importer reads, in the order a sheet shows them: the plain ones, up to three
 * pictures, five sources and three corrections, then each language's texts.
 */
export function columnsFor(languages: readonly string[]): string[] {
  const n = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  const localizable = [
    ...LANGUAGE_TEXTS,
    ...n(3).flatMap((i) => [...PICTURE.slice(1).map((part) => `${nth('picture', i)}${part}`), nth('correction', i)]),
  ];
  return [
    ...PLAIN,
    ...n(3).flatMap((i) => PICTURE.map((part) => `${nth('picture', i)}${part}`)),
    ...n(5).flatMap((i) => SOURCE.map((field) => `${nth('source', i)} ${field}`)),
    ...n(3).flatMap((i) => [`${nth('correction', i)} date`, nth('correction', i)]),
    ...languages.flatMap((tag) => [...new Set(localizable)].map((text) => `${text}:${tag}`)),
  ];
}

/** The columns of a new sheet: the ones most timelines use, with Korean beside English. */
const TEMPLATE = new Set([
  ...PLAIN,
  ...PICTURE.map((part) => `picture${part}`),
  ...[1, 2, 3].flatMap((i) =>
    ['title', 'URL', 'language', 'publisher', 'published'].map((f) => `${nth('source', i)} ${f}`),
  ),
  ...LANGUAGE_TEXTS.map((text) => `${text}:ko`),
]);

/** Our columns, as `src` reads them from CSV (docs/data-format.md): a new sheet's. */
export const OUR_COLUMNS = columnsFor(['ko']).filter((name) => TEMPLATE.has(name));

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

/**
 * A chronology as a sheet in our columns, for data that came as JSON, to edit as rows: a row for
 * its title, each category, lane, era, event and note, a column for each language its texts are in.
 * `dropped` names what no column holds (a fourth picture, a sixth source, a picture's size).
 */
export function chronologySheet(chronology: Chronology): { sheet: Sheet; dropped: string[] } {
  const dropped = new Set<string>();
  const languages = new Set<string>();
  const rows: Record<string, string>[] = [];
  // Plain columns are in the chronology's language, as its plain strings are.
  const base = chronology.defaultLocale ?? 'en';
  /** A text in its column, and in each language's (`title:ko`). */
  const texts = (cells: Record<string, string>, column: string, value: Localized | undefined) => {
    if (value === undefined) return;
    if (typeof value === 'string') {
      cells[column] = value;
      return;
    }
    for (const [tag, text] of Object.entries(value)) {
      if (tag !== base) languages.add(tag);
      cells[tag === base ? column : `${column}:${tag}`] = text ?? '';
    }
  };
  const english = (value: Localized | undefined) =>
    value === undefined ? '' : typeof value === 'string' ? value : (value[base] ?? '');
  /** How a row names a category or lane: its label (in the plain column's language) where no other has it, else its id. */
  const namer = (list: readonly { id: string; label: Localized }[]) => {
    const counts = new Map<string, number>();
    for (const item of list)
      counts.set(english(item.label).toLowerCase(), (counts.get(english(item.label).toLowerCase()) ?? 0) + 1);
    const names = new Map(
      list.map((item) => {
        const label = english(item.label);
        return [item.id, label && counts.get(label.toLowerCase()) === 1 ? label : item.id];
      }),
    );
    return (id: string) => names.get(id) ?? id;
  };
  const category = namer(chronology.categories);
  const lane = namer(chronology.lanes ?? []);
  const sources = (cells: Record<string, string>, list: readonly Source[] | undefined) => {
    if ((list?.length ?? 0) > 5) dropped.add('sources after the fifth');
    list?.slice(0, 5).forEach((source, i) => {
      const at = (field: string) => `${nth('source', i + 1)} ${field}`;
      cells[at('title')] = source.title;
      for (const field of ['URL', 'language', 'publisher', 'author', 'published', 'accessed'] as const) {
        const value = source[field === 'URL' ? 'url' : field];
        if (value) cells[at(field)] = value;
      }
    });
  };

  const head: Record<string, string> = { type: 'title' };
  texts(head, 'title', chronology.title);
  texts(head, 'summary', chronology.description);
  if (chronology.updated) head['updated'] = chronology.updated;
  if (chronology.defaultLocale) head['language'] = chronology.defaultLocale;
  rows.push(head);
  // Each category as a row of its own: its label in each language, its colour, its place in the filters.
  for (const item of chronology.categories) {
    const cells: Record<string, string> = { type: 'category', id: item.id, color: item.color ?? '' };
    texts(cells, 'title', item.label);
    cells['title'] ||= item.id;
    rows.push(cells);
  }
  for (const item of chronology.lanes ?? []) {
    const cells: Record<string, string> = { type: 'lane', id: item.id, color: item.color ?? '' };
    texts(cells, 'title', item.label);
    cells['title'] ||= item.id;
    texts(cells, 'summary', item.description);
    rows.push(cells);
  }
  for (const era of chronology.eras ?? []) {
    const cells: Record<string, string> = { type: 'era', id: era.id, start: era.start, end: era.end };
    texts(cells, 'title', era.label);
    rows.push(cells);
  }
  const yes = (value: boolean | undefined) => (value ? 'yes' : '');
  for (const event of chronology.events) {
    const cells: Record<string, string> = {
      id: event.id,
      start: event.start,
      end: event.end ?? '',
      circa: yes(event.circa),
      'start open': yes(event.startOpen),
      'end open': yes(event.endOpen),
      category: category(event.category),
      lane: [event.lane ?? []].flat().map(lane).join(';'),
      featured: yes(event.featured),
      tags: (event.tags ?? []).join(';'),
      updated: event.updated ?? '',
    };
    for (const key of ['title', 'summary', 'kicker', 'note', 'gap'] as const) texts(cells, key, event[key]);
    sources(cells, event.sources);
    if ((event.media?.length ?? 0) > 3) dropped.add('pictures after the third');
    event.media?.slice(0, 3).forEach((picture, i) => {
      const column = nth('picture', i + 1);
      cells[column] = picture.src;
      texts(cells, `${column} alt`, picture.alt);
      texts(cells, `${column} caption`, picture.caption);
      texts(cells, `${column} credit`, picture.credit);
      if (picture.width || picture.height) dropped.add("pictures' sizes");
    });
    if ((event.corrections?.length ?? 0) > 3) dropped.add('corrections after the third');
    event.corrections?.slice(0, 3).forEach((correction, i) => {
      cells[`${nth('correction', i + 1)} date`] = correction.date;
      texts(cells, nth('correction', i + 1), correction.text);
    });
    rows.push(cells);
  }
  for (const note of chronology.annotations ?? []) {
    const cells: Record<string, string> = {
      type: 'annotation',
      id: note.id,
      start: note.start ?? '',
      end: note.end ?? '',
      event: note.event ?? '',
      lane: note.lane ? lane(note.lane) : '',
      priority: note.priority ? String(note.priority) : '',
    };
    texts(cells, 'title', note.text);
    sources(cells, note.sources);
    rows.push(cells);
  }
  const used = new Set(rows.flatMap((cells) => Object.keys(cells).filter((key) => cells[key])));
  // The template's columns, each language's texts, and whatever else the data fills.
  const tags = languages.size > 0 ? [...languages] : ['ko'];
  const header = columnsFor(tags).filter((name) => used.has(name) || TEMPLATE.has(name.replace(/:.+$/, '')));
  return {
    sheet: { header, rows: rows.map((cells) => header.map((name) => cells[name] ?? '')) },
    dropped: [...dropped],
  };
}

/**
 * Whatever was pasted, dropped or fetched, as a sheet: a grid of cells (TSV or CSV with a header
 * row we know) as it is, TimelineJS3 JSON or ours as rows in our columns, with what those leave out.
 * Undefined when it is none of these.
 */
export function readAny(text: string): { sheet: Sheet; dropped: string[] } | undefined {
  // JSON on one line could pass for a CSV header that names `start` and `title`: an object is JSON.
  const sheet = /^\uFEFF?\s*\{/.test(text) ? undefined : readSheet(text);
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

/**
 * A problem's cell: `rows[4].Month` is data row 4 (from 0) in the column named Month; the header for
 * `header.x`. A message that names its column ("row 6, column source 2 URL: …") is the surer guide,
 * as a path names the field (`rows[4].sources[1].url`).
 */
export function cellOf(path: string, sheet: Sheet, message = ''): { row: number; column: number } | undefined {
  const at = /^rows\[(\d+)\](?:\.(.+))?$/.exec(path) ?? /^header\.(.+)$/.exec(path);
  if (!at) return undefined;
  const header = path.startsWith('header');
  const named = /^row \d+, column ([^:]+):/.exec(message)?.[1];
  const name = (named ?? (header ? at[1] : at[2])?.split(/[.[]/)[0])?.toLowerCase();
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
