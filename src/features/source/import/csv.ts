/**
 * CSV to our raw chronology shape, in one of two column layouts, told apart by the header row:
 *
 * - TimelineJS3's published Google Sheet: Year, Month, Day, Time, End Year, End Month, End Day,
 *   End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
 *   Type, Group, Background.
 * - Ours: id, start, end, title, summary, category, source title, source URL, source language (a
 *   BCP 47 tag); `title:ko`, `summary:ko` and `category:ko` give the Korean text.
 *
 * Header names are matched without regard to case or surrounding spaces. A row that cannot be
 * used is reported as `rows[N]` (N counts data rows from 0; the message gives the sheet's row
 * number, the header being row 1) with the column named, and left out; the other rows are kept.
 */
import { csvParseRows } from 'd3-dsv';
import type { ValidationError } from '../../../model/validate.js';
import { DEFAULT_CATEGORY, Ids, kebab, mediaSource, partialDate, plainText, type Imported } from './shared.js';

type Row = (column: string) => string;
type Json = Record<string, unknown>;

/** A data row's place: its path, and its number in the sheet. */
const where = (i: number) => ({ path: `rows[${i}]`, sheetRow: i + 2 });

/** Maps CSV to our raw shape; validate it with `validateImported`. Never throws. */
export function fromCsv(csv: string): Imported {
  const [header = [], ...lines] = csvParseRows(csv.replace(/^\uFEFF/, ''));
  const columns = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const cells =
    (line: string[]): Row =>
    (column) =>
      (line[columns.get(column) ?? -1] ?? '').trim();
  const rows = lines
    .map((line, i) => ({ i, get: cells(line), blank: line.every((cell) => !cell.trim()) }))
    .filter((row) => !row.blank);
  if (columns.has('year') && columns.has('headline')) return timelineSheet(rows);
  if (columns.has('start') && columns.has('title')) return ourColumns(rows);
  return {
    data: { title: '', categories: [], events: [] },
    errors: [
      {
        path: 'rows',
        message: 'the header row names neither TimelineJS columns (Year, Headline, …) nor ours (start, title, …)',
      },
    ],
    rows: [],
  };
}

interface Builder {
  errors: ValidationError[];
  rows: string[];
  events: unknown[];
  categories: Map<string, Json>;
  ids: Ids;
}

const builder = (): Builder => ({ errors: [], rows: [], events: [], categories: new Map(), ids: new Ids() });

function leaveOut(b: Builder, i: number, column: string, problem: string): void {
  const { path, sheetRow } = where(i);
  b.errors.push({
    path: `${path}.${column}`,
    message: `row ${sheetRow}, column ${column}: ${problem}; the row is left out`,
  });
}

const CAPITAL = { year: 'Year', month: 'Month', day: 'Day' } as const;

function timelineSheet(rows: { i: number; get: Row }[]): Imported {
  const b = builder();
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
    const id = kebab(group) || DEFAULT_CATEGORY.id;
    if (!b.categories.has(id))
      b.categories.set(id, id === DEFAULT_CATEGORY.id ? DEFAULT_CATEGORY : { id, label: group });
    const event: Json = { id: b.ids.next(headline), start, title: headline, category: id };
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
    categories: [...b.categories.values()],
    events: b.events,
  };
  if (description) data.description = description;
  if (eras.length > 0) data.eras = eras;
  return { data, errors: b.errors, rows: b.rows };
}

/** `title` and `title:ko` as a Localized: plain when there is no Korean. */
function localized(get: Row, column: string): string | { en: string; ko: string } {
  const en = get(column);
  const ko = get(`${column}:ko`);
  return ko ? { en, ko } : en;
}

function ourColumns(rows: { i: number; get: Row }[]): Imported {
  const b = builder();
  for (const { i, get } of rows) {
    const title = get('title');
    const start = get('start');
    if (!start) {
      leaveOut(b, i, 'start', 'no date');
      continue;
    }
    if (!title) {
      leaveOut(b, i, 'title', 'no title');
      continue;
    }
    const name = get('category');
    const category = kebab(name) || DEFAULT_CATEGORY.id;
    if (!b.categories.has(category)) {
      b.categories.set(category, name ? { id: category, label: localized(get, 'category') } : DEFAULT_CATEGORY);
    }
    const event: Json = { id: get('id') || b.ids.next(title), start, title: localized(get, 'title'), category };
    if (get('end')) event.end = get('end');
    if (get('summary')) event.summary = localized(get, 'summary');
    const url = get('source url');
    const sourceTitle = get('source title');
    const language = get('source language');
    if (sourceTitle || url) {
      const source: Json = url ? { title: sourceTitle || url, url } : { title: sourceTitle };
      if (language) source.language = language;
      event.sources = [source];
    }
    b.events.push(event);
    b.rows.push(where(i).path);
  }
  return {
    data: { title: 'Timeline', categories: [...b.categories.values()], events: b.events },
    errors: b.errors,
    rows: b.rows,
  };
}
