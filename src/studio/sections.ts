/**
 * The sheet's sections: its rows by `type` (the chronology's title, categories, lanes, eras, notes on
 * the axis, events), each shown with the columns its rows use, as tabs over one sheet. And the edits
 * that work on a section or a block of cells: a row added in a section, a language's columns, a grid
 * pasted into the cells from one. Pure: no DOM.
 */
import { tsvParseRows } from 'd3-dsv';
import { LANGUAGE_TEXTS, type Sheet } from './sheet.js';

export type Section = 'all' | 'event' | 'title' | 'category' | 'lane' | 'era' | 'annotation';

/** What each section's rows use, by column name before any `:language`; undefined for all of them. */
const COLUMNS: Record<Section, ReadonlySet<string> | undefined> = {
  all: undefined,
  event: undefined,
  title: new Set(['type', 'title', 'summary', 'updated', 'language']),
  category: new Set(['type', 'id', 'title', 'color']),
  lane: new Set(['type', 'id', 'title', 'summary', 'color']),
  era: new Set(['type', 'id', 'start', 'end', 'title']),
  annotation: new Set(['type', 'id', 'start', 'end', 'title', 'event', 'lane', 'priority']),
};
/** Columns only other rows use, not shown with the events. */
const NOT_EVENTS = new Set(['color', 'event', 'priority', 'language']);

/** Whether the sheet is in TimelineJS3's columns (Year, Headline…), whose rows are events, a title and eras. */
export const isTimelineSheet = (sheet: Sheet): boolean => {
  const names = sheet.header.map((name) => name.trim().toLowerCase());
  return names.includes('year') && names.includes('headline');
};

/** The sections a sheet has tabs for, in order. */
export function sectionsOf(sheet: Sheet): Section[] {
  return isTimelineSheet(sheet)
    ? ['all', 'event', 'title', 'era']
    : ['all', 'event', 'title', 'category', 'lane', 'era', 'annotation'];
}

/** The section of a row, by its `type` cell: blank (or `event`, or a type the importer will report) is an event. */
export function sectionOf(sheet: Sheet, row: number, typeColumn = typeIndex(sheet)): Section {
  const type = (sheet.rows[row]?.[typeColumn] ?? '').trim().toLowerCase();
  return type in COLUMNS && type !== 'all' ? (type as Section) : 'event';
}

const typeIndex = (sheet: Sheet) => sheet.header.findIndex((name) => name.trim().toLowerCase() === 'type');

/** How many rows each section has. */
export function countsOf(sheet: Sheet): Record<Section, number> {
  const counts: Record<Section, number> = { all: 0, event: 0, title: 0, category: 0, lane: 0, era: 0, annotation: 0 };
  const type = typeIndex(sheet);
  sheet.rows.forEach((_, i) => counts[sectionOf(sheet, i, type)]++);
  counts.all = sheet.rows.length;
  return counts;
}

/** The rows of a section, by their index in the sheet. */
export function rowsIn(sheet: Sheet, section: Section): number[] {
  const type = typeIndex(sheet);
  const all = sheet.rows.map((_, i) => i);
  return section === 'all' ? all : all.filter((i) => sectionOf(sheet, i, type) === section);
}

/** Per header: each section's columns, computed once, so a keystroke's render keeps the same array. */
const columnCache = new WeakMap<readonly string[], Map<Section, number[]>>();

/** The columns a section shows, by their index in the sheet: all of them in TimelineJS3's columns. */
export function columnsIn(sheet: Sheet, section: Section): number[] {
  let cached = columnCache.get(sheet.header);
  if (!cached) columnCache.set(sheet.header, (cached = new Map()));
  let columns = cached.get(section);
  if (!columns) {
    const names = sheet.header.map((name) => name.trim().toLowerCase().replace(/:.*$/, ''));
    const wanted = COLUMNS[section];
    const timeline = isTimelineSheet(sheet);
    columns = names.flatMap((name, i) => {
      if (timeline || section === 'all') return [i];
      if (section === 'event') return NOT_EVENTS.has(name) ? [] : [i];
      // A note's sources are in the same columns as an event's.
      return wanted?.has(name) || (section === 'annotation' && name.startsWith('source')) ? [i] : [];
    });
    cached.set(section, columns);
  }
  return columns;
}

/** A blank row in a section: after the section's last row, its type filled in. Returns the sheet and the row. */
export function addRowIn(sheet: Sheet, section: Section): { sheet: Sheet; row: number } {
  const blank = sheet.header.map(() => '');
  const type = typeIndex(sheet);
  if (section !== 'all' && section !== 'event' && type >= 0) blank[type] = section;
  const last = section === 'all' ? -1 : (rowsIn(sheet, section).at(-1) ?? -1);
  const at = last < 0 ? sheet.rows.length : last + 1;
  return { sheet: { ...sheet, rows: [...sheet.rows.slice(0, at), blank, ...sheet.rows.slice(at)] }, row: at };
}

/**
 * The sheet with a language's text columns (`title:ja`, `summary:ja`…) after the last language
 * column, or after all; undefined when the tag is not a language tag or its columns are there, or
 * the sheet is in TimelineJS3's columns, which have one language.
 */
export function withLanguage(sheet: Sheet, input: string): Sheet | undefined {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(input.trim())[0];
  } catch {
    return undefined;
  }
  const known = (name: string) => name.trim().toLowerCase() === `title:${tag!.toLowerCase()}`;
  if (!tag || isTimelineSheet(sheet) || sheet.header.some(known)) return undefined;
  const added = LANGUAGE_TEXTS.map((name) => `${name}:${tag}`);
  return { header: [...sheet.header, ...added], rows: sheet.rows.map((row) => [...row, ...added.map(() => '')]) };
}

/**
 * A block of cells (tab-separated lines, as spreadsheets copy them) pasted from a cell: into that
 * cell and the shown rows and columns after it, adding rows below the sheet as needed. Cells past the
 * last shown column are dropped. Returns the sheet, and how many rows and cells were filled.
 */
export function pasteCells(
  sheet: Sheet,
  text: string,
  at: { row: number; column: number },
  shown: { rows: readonly number[]; columns: readonly number[] },
  section: Section = 'all',
): { sheet: Sheet; filled: number } {
  const lines = tsvParseRows(text.replace(/\r?\n$/, ''));
  let next = { ...sheet, rows: [...sheet.rows] };
  const rowStart = Math.max(0, shown.rows.indexOf(at.row));
  const columnStart = Math.max(0, shown.columns.indexOf(at.column));
  const targets = [...shown.rows.slice(rowStart)];
  let filled = 0;
  lines.forEach((line, i) => {
    if (targets[i] === undefined) {
      const added = addRowIn(next, section);
      next = { ...added.sheet, rows: [...added.sheet.rows] };
      // Rows shown after the one added moved down by one.
      for (let j = 0; j < targets.length; j++) if (targets[j]! >= added.row) targets[j]!++;
      targets[i] = added.row;
    }
    const r = targets[i]!;
    const cells = [...next.rows[r]!];
    line.forEach((value, j) => {
      const c = shown.columns[columnStart + j];
      if (c === undefined) return;
      cells[c] = value;
      filled++;
    });
    next.rows[r] = cells;
  });
  return { sheet: next, filled };
}
