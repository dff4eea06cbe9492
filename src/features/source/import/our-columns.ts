/**
 * Our own sheet's columns (docs/data-format.md): an event per row, and rows of `type` title,
 * category, lane, era and annotation. ./csv.ts tells the layouts apart by the header row.
 */
import type { ValidationError } from '../../../model/validate.js';
import { Ids, type Imported } from './shared.js';
import { builder, leaveOut, where, withLanes, type Builder, type Json, type Row } from './rows.js';

/** Our sheet's numbered columns: `source title`, then `source 2 title` and on to `source 5 …`; pictures and corrections to 3. */
const SOURCE_NUMBERS = [1, 2, 3, 4, 5];
const PICTURE_NUMBERS = [1, 2, 3];
/** `source`, `source 2`…: the prefix of the nth numbered column. */
const nth = (name: string, n: number) => (n === 1 ? name : `${name} ${n}`);
/** A source's fields, and their columns after `source N `. */
const SOURCE_FIELDS = [
  ['title', 'title'],
  ['url', 'URL'],
  ['language', 'language'],
  ['publisher', 'publisher'],
  ['author', 'author'],
  ['published', 'published'],
  ['accessed', 'accessed'],
] as const;

/** Each numbered source's columns as the rows are read (in lower case), in the order of SOURCE_FIELDS. */
const SOURCE_CELLS = SOURCE_NUMBERS.map((n) => ({
  n,
  cells: SOURCE_FIELDS.map(([, column]) => `${nth('source', n)} ${column.toLowerCase()}`),
}));

/** Our yes-or-no columns, and the event field each sets. */
const YES_NO = [
  ['featured', 'featured'],
  ['circa', 'circa'],
  ['start open', 'startOpen'],
  ['end open', 'endOpen'],
] as const;

/** A yes-or-no cell: blank is no; undefined for anything else. */
function yesNo(cell: string): boolean | undefined {
  const word = cell.toLowerCase();
  if (/^(?:|no|n|false|0)$/.test(word)) return false;
  return /^(?:yes|y|true|x|1|✓)$/.test(word) ? true : undefined;
}

/** Where our sheet keeps each source field, for `sources` at this path. */
const sourceColumns = (path: string) =>
  Object.fromEntries(
    SOURCE_NUMBERS.flatMap((n) =>
      SOURCE_FIELDS.map(([field, column]) => [`${path}[${n - 1}].${field}`, `${nth('source', n)} ${column}`]),
    ),
  );

/** Where our sheet keeps each event field. */
const OUR_COLUMNS = {
  id: 'id',
  start: 'start',
  end: 'end',
  title: 'title',
  summary: 'summary',
  category: 'category',
  lane: 'lane',
  featured: 'featured',
  circa: 'circa',
  startOpen: 'start open',
  endOpen: 'end open',
  kicker: 'kicker',
  note: 'note',
  gap: 'gap',
  tags: 'tags',
  updated: 'updated',
  ...Object.fromEntries(
    PICTURE_NUMBERS.flatMap((n) => [
      [`media[${n - 1}].src`, nth('picture', n)],
      [`media[${n - 1}].alt`, `${nth('picture', n)} alt`],
      [`media[${n - 1}].caption`, `${nth('picture', n)} caption`],
      [`media[${n - 1}].credit`, `${nth('picture', n)} credit`],
      [`corrections[${n - 1}].date`, `${nth('correction', n)} date`],
      [`corrections[${n - 1}].text`, nth('correction', n)],
    ]),
  ),
  ...sourceColumns('sources'),
};

/** Where the other rows keep their fields. */
const OTHER_COLUMNS = {
  eras: { id: 'id', start: 'start', end: 'end', label: 'title' },
  lanes: { id: 'id', label: 'title', description: 'summary', color: 'color' },
  annotations: {
    id: 'id',
    start: 'start',
    end: 'end',
    text: 'title',
    event: 'event',
    lane: 'lane',
    priority: 'priority',
    ...sourceColumns('sources'),
  },
};

/**
 * `title` and `title:ko` as a Localized: plain when there is no other language. The plain column is
 * in the sheet's `language` (its title row's), else English.
 */
function localized(get: Row, column: string, tags: readonly string[], base = 'en'): string | Record<string, string> {
  const plain = get(column);
  const others = tags.flatMap((tag) => {
    const text = get(`${column}:${tag.toLowerCase()}`);
    return text && tag !== base ? [[tag, text] as const] : [];
  });
  return others.length > 0 ? { [base]: plain, ...Object.fromEntries(others) } : plain;
}

/**
 * The sources a row's `source N …` columns give, and where a source's columns are not its place in
 * the list (a blank `source 2` moves `source 3` up): its fields' columns, for problems to name.
 */
function sourcesOf(get: Row, path = 'sources'): { sources: Json[]; moved: Record<string, string> } {
  const moved: Record<string, string> = {};
  const sources = SOURCE_CELLS.flatMap(({ n, cells }) => {
    const [title, url] = [get(cells[0]!), get(cells[1]!)];
    if (!title && !url) return [];
    const source: Json = url ? { title: title || url, url } : { title };
    SOURCE_FIELDS.forEach(([field], i) => {
      if (i < 2) return;
      const value = get(cells[i]!);
      if (value) source[field] = value;
    });
    return [{ n, source }];
  });
  sources.forEach(({ n }, i) => {
    if (n !== i + 1)
      for (const [field, column] of SOURCE_FIELDS) moved[`${path}[${i}].${field}`] = `${nth('source', n)} ${column}`;
  });
  return { sources: sources.map(({ source }) => source), moved };
}

export function ourColumns(
  rows: { i: number; get: Row }[],
  errors: ValidationError[],
  tags: readonly string[],
): Imported {
  const b = builder(errors);
  const typeOf = (get: Row) => get('type').toLowerCase();
  const language = rows.find(({ get }) => typeOf(get) === 'title')?.get('language') || undefined;
  const text = (get: Row, column: string) => localized(get, column, tags, language);
  // Rows of type `category` name a category (`title`, in each language) and may give its `color`;
  // they come first in the filters, in their order, whether or not an event uses them yet.
  // With an `id`, events can name the category by it or by its title. Rows of type `lane` do the
  // same for lanes, with a description (`summary`).
  const declared = new Map<string, string>();
  const laneRows: string[] = [];
  for (const { i, get } of rows) {
    const type = typeOf(get);
    if (type !== 'category' && type !== 'lane') continue;
    const name = get('title');
    if (!name) {
      leaveOut(b, i, 'title', `a ${type} needs a title`);
      continue;
    }
    const color = get('color') || undefined;
    const id = get('id');
    if (type === 'lane') {
      const lane: Json & { id: string; label: unknown } = { id: id || b.lanes.id(name), label: text(get, 'title') };
      if (get('summary')) lane.description = text(get, 'summary');
      if (color) lane.color = color;
      b.lanes.declare(lane, name);
      laneRows.push(where(i).path);
      continue;
    }
    if (id) b.categories.declare(id, name, text(get, 'title'), color);
    else b.categories.add(name, b.errors, `${where(i).path}.title`, text(get, 'title'), color);
    if (id) for (const key of [name, id]) declared.set(key.toLowerCase(), id);
  }
  const data: Imported['data'] = { title: 'Timeline', categories: [], events: b.events };
  const eras: unknown[] = [];
  const eraIds = new Ids();
  const annotations: unknown[] = [];
  const annotationIds = new Ids();
  const others = { eras: [] as string[], lanes: laneRows, annotations: [] as string[] };
  const moved: Record<string, string>[] = [];
  for (const { i, get } of rows) {
    const title = get('title');
    const start = get('start');
    // As in TimelineJS3's sheets, a `type` column marks the row that titles the chronology, and eras.
    const type = typeOf(get);
    if (type === 'title') {
      if (title) data.title = text(get, 'title');
      if (get('summary')) data.description = text(get, 'summary');
      if (get('updated')) data.updated = get('updated');
      if (get('language')) data.defaultLocale = get('language');
      continue;
    }
    if (type === 'category' || type === 'lane') continue;
    if (type === 'era') {
      if (!start || !get('end') || !title)
        leaveOut(b, i, !start ? 'start' : !title ? 'title' : 'end', 'an era needs a start, an end and a title');
      else {
        eras.push({ id: get('id') || eraIds.next(title, 'era'), start, end: get('end'), label: text(get, 'title') });
        others.eras.push(where(i).path);
      }
      continue;
    }
    if (type === 'annotation') {
      if (!title) {
        leaveOut(b, i, 'title', 'a note needs its text in title');
        continue;
      }
      const note: Json = { id: get('id') || annotationIds.next(title, 'note'), text: text(get, 'title') };
      if (start) note.start = start;
      if (get('end')) note.end = get('end');
      if (get('event')) note.event = get('event');
      if (get('lane')) note.lane = b.lanes.id(get('lane'));
      const priority = get('priority');
      if (priority) note.priority = /^[123]$/.test(priority) ? Number(priority) : priority;
      const { sources } = sourcesOf(get);
      if (sources.length > 0) note.sources = sources;
      annotations.push(note);
      others.annotations.push(where(i).path);
      continue;
    }
    if (type && type !== 'event') {
      leaveOut(
        b,
        i,
        'type',
        `'${get('type')}' is not a row type (title, category, lane, era, annotation, or blank for an event)`,
      );
      continue;
    }
    const made = ourEvent(b, i, get, (column) => text(get, column), declared, tags);
    if (!made) continue;
    b.events.push(made.event);
    b.rows.push(where(i).path);
    moved[b.events.length - 1] = made.moved;
  }
  data.categories = b.categories.list();
  if (eras.length > 0) data.eras = eras;
  withLanes(data, b);
  if (annotations.length > 0) data.annotations = annotations;
  return {
    data,
    errors: b.errors,
    rows: b.rows,
    columns: OUR_COLUMNS,
    moved,
    others: Object.fromEntries(
      Object.entries(OTHER_COLUMNS).map(([key, columns]) => [
        key,
        { rows: others[key as keyof typeof others], columns },
      ]),
    ),
  };
}

/** An event row in our columns, or undefined when it is left out (and reported). */
function ourEvent(
  b: Builder,
  i: number,
  get: Row,
  text: (column: string) => unknown,
  declared: ReadonlyMap<string, string>,
  tags: readonly string[],
): { event: Json; moved: Record<string, string> } | undefined {
  const title = get('title');
  const start = get('start');
  if (!start) return leaveOut(b, i, 'start', 'no date');
  if (!title) return leaveOut(b, i, 'title', 'no title');
  const category =
    declared.get(get('category').toLowerCase()) ??
    b.categories.add(get('category'), b.errors, `${where(i).path}.category`, text('category'));
  const event: Json = { id: get('id') || b.ids.next(title), start, title: text('title'), category };
  if (get('end')) event.end = get('end');
  if (get('summary')) event.summary = text('summary');
  // An undeclared lane's label in other languages: the same place in `lane:ko`'s list.
  const others = tags.map((tag) => [tag, get(`lane:${tag.toLowerCase()}`).split(';')] as const);
  const lane = b.lanes.add(get('lane').split(';'), (name, n) => {
    const labels = others.flatMap(([tag, names]) => (names[n]?.trim() ? [[tag, names[n]!.trim()]] : []));
    return labels.length > 0 ? { en: name, ...Object.fromEntries(labels) } : name;
  });
  if (lane) event.lane = lane;
  const { sources, moved } = sourcesOf(get);
  if (sources.length > 0) event.sources = sources;
  for (const key of ['kicker', 'note', 'gap'] as const) if (get(key)) event[key] = text(key);
  const labels = get('tags')
    .split(';')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (labels.length > 0) event.tags = labels;
  if (get('updated')) event.updated = get('updated');
  let unclear = false;
  for (const [column, key] of YES_NO) {
    const value = yesNo(get(column));
    if (value === undefined) {
      leaveOut(b, i, column, `'${get(column)}' is neither yes nor no`);
      unclear = true;
    } else if (value) event[key] = true;
  }
  if (unclear) return undefined;
  const media = PICTURE_NUMBERS.flatMap((n) => {
    const column = nth('picture', n);
    if (!get(column)) return [];
    // A blank alt is a missing one (the validator says so): '' for decoration is for JSON.
    const picture: Json = { src: get(column) };
    for (const part of ['alt', 'caption', 'credit'])
      if (get(`${column} ${part}`)) picture[part] = text(`${column} ${part}`);
    return [picture];
  });
  if (media.length > 0) event.media = media;
  const corrections = PICTURE_NUMBERS.flatMap((n) => {
    const column = nth('correction', n);
    return get(column) || get(`${column} date`) ? [{ date: get(`${column} date`), text: text(column) }] : [];
  });
  if (corrections.length > 0) event.corrections = corrections;
  return { event, moved };
}
