/**
 * CSV to our raw chronology shape, in one of two column layouts, told apart by the header row:
 *
 * - TimelineJS3's published Google Sheet: Year, Month, Day, Time, End Year, End Month, End Day,
 *   End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
 *   Type, Group, Background.
 * - Ours (docs/data-format.md): id, start, end, title, summary, category, lane (one, or several split
 *   by `;`, the main one first), tags, updated, the yes-or-no columns, kicker, note and gap; up to five
 *   `source N …` (title, URL, language, publisher, author, published, accessed), three `picture N …`
 *   and three `correction N …`; `title:ko`, `summary:ja`… give other languages' texts. An optional
 *   `type` column marks, as TimelineJS3's does, the rows that are not events: the chronology's `title`,
 *   and each `category`, `lane`, `era` and `annotation`.
 *
 * TimelineJS3's Group is both the event's category and its lane, as its rows are in TimelineJS3.
 *
 * Header names are matched without regard to case or surrounding spaces. A row that cannot be
 * used is reported as `rows[N]` (N counts data rows from 0; the message gives the sheet's row
 * number, the header being row 1) with the column named, and left out; the other rows are kept.
 */
import { csvParseRows } from 'd3-dsv';
import type { ValidationError } from '../../../model/validate.js';
import { Ids, mediaSource, partialDate, plainText, type Imported } from './shared.js';
import { builder, leaveOut, where, withLanes, type Json, type Row } from './rows.js';
import { ourColumns } from './our-columns.js';

/**
 * Where a quote opens a field and is never closed, or -1. Such a quote would make every later line
 * part of one cell. One pass: a quote opens a field only at the field's start.
 */
function unclosedQuote(csv: string, from: number): number {
  let fieldStart = true;
  for (let i = from; i < csv.length; i++) {
    const c = csv[i];
    if (fieldStart && c === '"') {
      const open = i;
      for (;;) {
        const quote = csv.indexOf('"', i + 1);
        if (quote < 0) return open;
        i = quote;
        if (csv[quote + 1] !== '"') break;
        i++;
      }
      fieldStart = false;
    } else fieldStart = c === ',' || c === '\n' || (c === '\r' && fieldStart);
  }
  return -1;
}

/**
 * The rows of a CSV text. A line with a quote that is never closed is read as a blank row, and
 * reported, and the lines after it are read as rows of their own, so no later row is lost.
 */
function parseRows(csv: string, errors: ValidationError[]): string[][] {
  const rows: string[][] = [];
  let from = 0;
  for (;;) {
    const quote = unclosedQuote(csv, from);
    if (quote < 0) return rows.concat(csvParseRows(csv.slice(from)));
    const lineStart = csv.lastIndexOf('\n', quote) + 1;
    const lineEnd = csv.indexOf('\n', quote);
    const before = lineStart > from ? csvParseRows(csv.slice(from, lineStart)) : [];
    rows.push(...before);
    const problem = 'a quote opens a cell and never closes; the row is left out and the rows after it are kept';
    if (rows.length === 0) errors.push({ path: 'header', message: `the header row: ${problem}` });
    else
      errors.push({ path: where(rows.length - 1).path, message: `row ${where(rows.length - 1).sheetRow}: ${problem}` });
    rows.push([]);
    if (lineEnd < 0) return rows;
    from = lineEnd + 1;
  }
}

/** Maps CSV to our raw shape; validate it with `validateImported`. Never throws. */
export function fromCsv(csv: string): Imported {
  const errors: ValidationError[] = [];
  const [header = [], ...lines] = parseRows(csv.replace(/^\uFEFF/, ''), errors);
  return fromRows(header, lines, errors);
}

/**
 * Maps a sheet's cells (a header row and data rows, as a CSV parser or a grid holds them) to our raw
 * shape, with `errors` found before (a row that could not be read). Never throws.
 */
export function fromRows(
  header: readonly string[],
  lines: readonly string[][],
  errors: ValidationError[] = [],
): Imported {
  const columns = new Map<string, number>();
  const named = new Set<string>();
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    const first = columns.get(name);
    if (first === undefined) columns.set(name, i);
    else if (name && !named.has(name)) {
      named.add(name);
      errors.push({
        path: `header.${name}`,
        message: `the header names '${cell.trim()}' twice (columns ${first + 1} and ${i + 1}); only column ${first + 1} is read`,
      });
    }
  });
  // Most of our columns are absent from most sheets: those are blank without touching the row.
  const cells =
    (line: string[]): Row =>
    (column) => {
      const at = columns.get(column);
      return at === undefined ? '' : (line[at] ?? '').trim();
    };
  const rows = lines
    .map((line, i) => ({ i, get: cells(line), blank: line.every((cell) => !cell.trim()) }))
    .filter((row) => !row.blank);
  if (columns.has('year') && columns.has('headline')) return timelineSheet(rows, errors);
  // `title:ko`, `summary:ja`, `note:zh-Hant`…: the languages the header has columns for.
  const tags = [
    ...new Set(header.flatMap((cell) => /^[^:]+:([a-z]{2,3}(?:-[a-z\d]+)*)$/i.exec(cell.trim())?.[1] ?? [])),
  ];
  if (columns.has('start') && columns.has('title')) return ourColumns(rows, errors, tags);
  errors.push({
    path: 'rows',
    message: 'the header row names neither TimelineJS columns (Year, Headline, …) nor ours (start, title, …)',
  });
  return { data: { title: '', categories: [], events: [] }, errors, rows: [] };
}

const CAPITAL = { year: 'Year', month: 'Month', day: 'Day' } as const;

function timelineSheet(rows: { i: number; get: Row }[], errors: ValidationError[]): Imported {
  const b = builder(errors);
  let title = '';
  let description = '';
  const eras: unknown[] = [];
  const eraIds = new Ids();
  for (const { i, get } of rows) {
    const type = get('type').toLowerCase();
    const headline = plainText(get('headline'));
    if (type === 'title') {
      title = headline;
      description = plainText(get('text'));
      continue;
    }
    const start = partialDate(get('year'), get('month'), get('day'));
    if (typeof start === 'object') {
      leaveOut(b, i, CAPITAL[start.part], start.problem);
      continue;
    }
    const end = partialDate(get('end year'), get('end month'), get('end day'));
    if (typeof end === 'object' && end.problem !== 'no year') {
      leaveOut(b, i, `End ${CAPITAL[end.part]}`, end.problem);
      continue;
    }
    if (!headline) {
      leaveOut(b, i, 'Headline', 'no headline');
      continue;
    }
    if (type === 'era') {
      if (typeof end === 'object') leaveOut(b, i, 'End Year', 'an era needs an end');
      else eras.push({ id: eraIds.next(headline, 'era'), start, end, label: headline });
      continue;
    }
    const group = plainText(get('group'));
    const category = b.categories.add(group, b.errors, `${where(i).path}.Group`);
    const event: Json = { id: b.ids.next(headline), start, title: headline, category };
    const lane = b.lanes.add([group]);
    if (lane) event.lane = lane;
    if (typeof end === 'string' && end !== start) event.end = end;
    const summary = plainText(get('text'));
    if (summary) event.summary = summary;
    const source = mediaSource(get('media'), get('media credit'), get('media caption'));
    if (source) event.sources = [source];
    b.events.push(event);
    b.rows.push(where(i).path);
  }
  const data: Imported['data'] = {
    title: title || 'Timeline',
    categories: b.categories.list(),
    events: b.events,
  };
  withLanes(data, b);
  if (description) data.description = description;
  if (eras.length > 0) data.eras = eras;
  return { data, errors: b.errors, rows: b.rows, columns: SHEET_COLUMNS };
}

/** Where a TimelineJS3 sheet keeps each event field. */
const SHEET_COLUMNS = {
  start: 'Year',
  end: 'End Year',
  title: 'Headline',
  summary: 'Text',
  category: 'Group',
  lane: 'Group',
  sources: 'Media',
};
