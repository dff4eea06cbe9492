/**
 * What the importers share: a row-by-row mapping to our raw chronology shape, then the usual
 * validation, with each remaining problem reported at the row it came from.
 */
import type { ValidationError, ValidationResult } from '../../../model/validate.js';
import { validateChronology } from '../../../model/validate.js';

/** An importer's output: our raw shape, the rows it dropped, and where each kept event came from. */
export interface Imported {
  data: {
    title: unknown;
    description?: unknown;
    categories: unknown[];
    eras?: unknown[];
    lanes?: unknown[];
    events: unknown[];
    annotations?: unknown[];
    updated?: string;
    defaultLocale?: string;
  };
  errors: ValidationError[];
  /** For each of `data.events`, the path of its row in the input, e.g. `events[3]` or `rows[5]`. */
  rows: string[];
  /** For a sheet: the column each event field came from (`start` → `Year`), to name it in a problem. */
  columns?: Record<string, string>;
  /** For each event, the fields whose column is not the one `columns` gives (a source after a blank one). */
  moved?: (Record<string, string> | undefined)[];
  /** Likewise for the sheet's other rows: for each of `data.eras`, `data.lanes`… its row's path, and its columns. */
  others?: Record<string, { rows: string[]; columns: Record<string, string> }>;
}

/**
 * Validates an import, so a problem found later still names the row it came from: a sheet's row by
 * its number and column, as the importer's own problems do ("row 5, column start: …").
 */
export function validateImported({
  data,
  errors,
  rows,
  columns = {},
  moved = [],
  others = {},
}: Imported): ValidationResult {
  const result = validateChronology(data);
  const sources: Record<string, { rows: string[]; columns: Record<string, string> }> = {
    ...others,
    events: { rows, columns },
  };
  const remapped = result.errors.map(({ path, message }) => {
    const at = /^(\w+)\[(\d+)\](.*)$/.exec(path);
    const from = at && sources[at[1]!];
    const row = from?.rows[Number(at![2])];
    if (!at || !from || !row) return { path, message };
    const sheetRow = /^rows\[(\d+)\]$/.exec(row);
    const field = at[3]!.slice(1);
    const exact = at[1] === 'events' ? moved[Number(at[2])] : undefined;
    // The longest field a column holds: `sources[0].url` before `sources`.
    const fields = { ...from.columns, ...exact };
    const key = Object.keys(fields)
      .filter((name) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`))
      .sort((a, b) => b.length - a.length)[0];
    // A text in another language is in its own column: `title.ja` in `title:ja`.
    const lang = /^(?:title|summary|kicker|note|gap|label|text|description)\.([a-z]{2,3}(?:-[a-z\d]+)*)$/i.exec(
      field,
    )?.[1];
    const column = key && fields[key] + (lang && lang !== 'en' ? `:${lang}` : '');
    const where = sheetRow && `row ${Number(sheetRow[1]) + 2}`;
    return {
      path: row + at[3],
      message: where ? `${where}${column ? `, column ${column}` : ''}: ${message}` : message,
    };
  });
  return { chronology: result.chronology, errors: [...errors, ...remapped] };
}

/** The category for events without a group. */
const DEFAULT_CATEGORY = { id: 'general', label: 'General' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Tags whose end (or start) separates words, as a paragraph or line break does. */
const BLOCK = /^(?:p|div|br|li|blockquote|h[1-6])$/i;
/** A tag's start: `<`, an optional `/` and a name, read from a dozen characters at most. */
const TAG_START = /^<(\/?)([a-z][a-z\d]*)/i;
/** The last two characters of text that ends where a tag could begin ('<', '</', '<!'…). */
const OPEN_END = /<[/!?]?$/;

/** Decodes the entities TimelineJS text uses; an unknown name is left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? entity;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * TimelineJS text is HTML; ours is plain text, rendered as text. Tags go (a block's end becomes a
 * space), comments and the content of `<script>` and `<style>` go, entities are decoded, whitespace
 * is collapsed. The result is never parsed as HTML.
 *
 * One pass from left to right, each search starting where the last ended, so the time grows with
 * the length of the text and no input can make it backtrack. A `<` that starts no tag, or a tag
 * that never ends, is kept as text.
 */
export function plainText(html: string): string {
  let text = '';
  let at = 0;
  // Markup was dropped since the last text kept: a '<' or '</' kept as text just before it is
  // followed by a space, so the two sides never join into a tag ('<</b>a' is '< a', not '<a').
  let dropped = false;
  // The text's last two characters, kept aside: reading them off `text`, a string built by `+=`,
  // would copy all of it each time, and the pass would grow with the square of its input.
  let tail = '';
  const add = (piece: string) => {
    text += piece;
    tail = piece.length > 1 ? piece.slice(-2) : tail.slice(-1) + piece;
  };
  const keep = (chunk: string) => {
    if (!chunk) return;
    add(dropped && OPEN_END.test(tail) ? ` ${chunk}` : chunk);
    dropped = false;
  };
  for (;;) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    keep(html.slice(at, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
      dropped = true;
      continue;
    }
    const tag = TAG_START.exec(html.slice(open, open + 12));
    const end = tag ? html.indexOf('>', open) : -1;
    if (!tag || end < 0) {
      // Not a tag ('a < b'), or one that never ends: text. With no '>' left, none later ends either.
      keep('<');
      at = open + 1;
      if (tag) break;
      continue;
    }
    at = end + 1;
    dropped = true;
    const name = tag[2]!.toLowerCase();
    if (BLOCK.test(name)) add(' ');
    else if (!tag[1] && (name === 'script' || name === 'style')) {
      const closing = new RegExp(`</${name}\\s*>`, 'gi');
      closing.lastIndex = at;
      at = closing.exec(html) ? closing.lastIndex : html.length;
    }
  }
  keep(html.slice(at));
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/**
 * A kebab-case id from a name, in any script: 'Grace Hopper invents the compiler' ->
 * 'grace-hopper-invents-the-compiler', '한국전쟁 발발' -> '한국전쟁-발발'. Latin accents go ('Café' ->
 * 'cafe'); letters, digits and marks of other scripts stay as they are. At most 60 characters.
 */
export function kebab(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu);
  if (!words) return '';
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if ([...next].length > 60) return id || [...word].slice(0, 60).join('');
    id = next;
  }
  return id;
}

/** A short hash of a text, the same in every run: an id for a name with no letter or digit. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Hands out ids unique within one import, each in constant time: a repeat gets `-2`, `-3`, …. A
 * name with no letter or digit ('!!!', '🎉') gets `event-` and a hash of itself, so its id does not
 * change when rows are added above it.
 */
export class Ids {
  readonly #used = new Set<string>();
  /** For each base, the suffix to try next. */
  readonly #next = new Map<string, number>();

  next(name: string, fallback = 'event'): string {
    const base = kebab(name) || `${fallback}-${digest(name.trim())}`;
    let id = base;
    let n = this.#next.get(base) ?? 2;
    while (this.#used.has(id)) id = `${base}-${n++}`;
    this.#next.set(base, n);
    this.#used.add(id);
    return id;
  }
}

/**
 * The categories of one import, keyed by id. Names become ids with `kebab`; two different names
 * that make one id ('War' and 'war!') are reported, once per name, and share the first's category.
 */
export class Categories {
  readonly #byId = new Map<string, { id: string; label: unknown; name: string; color?: string | undefined }>();
  readonly #reported = new Set<string>();

  /** The id for a group name, adding its category when new; `label` defaults to the name, `color` to the palette's. */
  add(name: string, errors: ValidationError[], path: string, label: unknown = name, color?: string): string {
    const id = name ? kebab(name) || `category-${digest(name)}` : DEFAULT_CATEGORY.id;
    const known = this.#byId.get(id);
    if (!known) this.#byId.set(id, { id, label: name ? label : DEFAULT_CATEGORY.label, name, color });
    else if (known.name !== name && !this.#reported.has(name)) {
      this.#reported.add(name);
      const shown = (text: string) => (text ? `'${text}'` : 'no category');
      errors.push({
        path,
        message: `${shown(name)} and ${shown(known.name)} both make the category id '${id}': these events are shown under ${shown(known.name)}`,
      });
    }
    return id;
  }

  /** A category declared with its own id (a sheet's category row): events may name it by id or by `name`. */
  declare(id: string, name: string, label: unknown, color?: string): void {
    if (!this.#byId.has(id)) this.#byId.set(id, { id, label, name, color });
  }

  list(): { id: string; label: unknown; color?: string }[] {
    return [...this.#byId.values()].map(({ id, label, color }) => (color ? { id, label, color } : { id, label }));
  }
}

/**
 * Lanes named in a column (a cell of ours names several split by `;`, the event's main lane first).
 * A lane row declares one with its id, label, description and colour, named then by its id or its
 * label; any other new name declares a lane labelled with it, or with `labels`: the name in other
 * languages too.
 */
export class Lanes {
  readonly #byId = new Map<string, { id: string; label: unknown; description?: unknown; color?: string }>();
  readonly #named = new Map<string, string>();

  /** A lane declared with its own id (a sheet's lane row). */
  declare(lane: { id: string; label: unknown; description?: unknown; color?: string }, name: string): void {
    if (this.#byId.has(lane.id)) return;
    this.#byId.set(lane.id, lane);
    for (const key of [name, lane.id]) this.#named.set(key.toLowerCase(), lane.id);
  }

  /** The id a name stands for: a declared lane's, by its label or id; else the name's own id. */
  id(name: string): string {
    return this.#named.get(name.toLowerCase()) ?? (kebab(name) || `lane-${digest(name)}`);
  }

  /** The lane id, or ids, that these names make; undefined when all are blank. */
  add(
    names: readonly string[],
    labels: (name: string, index: number) => unknown = (name) => name,
  ): string | string[] | undefined {
    const ids: string[] = [];
    names.forEach((raw, i) => {
      const name = raw.trim();
      if (!name) return;
      const id = this.id(name);
      if (!this.#byId.has(id)) this.#byId.set(id, { id, label: labels(name, i) });
      if (!ids.includes(id)) ids.push(id);
    });
    return ids.length > 1 ? ids : ids[0];
  }

  /** The declared lanes, or undefined when no cell named one. */
  list(): { id: string; label: unknown }[] | undefined {
    return this.#byId.size > 0 ? [...this.#byId.values()] : undefined;
  }
}

/** What is wrong with a date's cells, and which cell. */
export interface DateProblem {
  part: 'year' | 'month' | 'day';
  problem: string;
}

/** A partial date from year, month and day cells, or what is wrong. Blank month/day mean less precision. */
export function partialDate(year: unknown, month: unknown, day: unknown): string | DateProblem {
  const cell = (value: unknown) =>
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const [y, m, d] = [cell(year), cell(month), cell(day)];
  if (!y) return { part: 'year', problem: 'no year' };
  if (!/^\d{1,4}$/.test(y)) return { part: 'year', problem: `'${y}' is not a year from 0 to 9999` };
  if (!m) return d ? { part: 'month', problem: `no month, but day '${d}'` } : y.padStart(4, '0');
  if (!/^\d{1,2}$/.test(m) || Number(m) < 1 || Number(m) > 12) {
    return { part: 'month', problem: `'${m}' is not a month from 1 to 12` };
  }
  const ym = `${y.padStart(4, '0')}-${m.padStart(2, '0')}`;
  if (!d) return ym;
  if (!/^\d{1,2}$/.test(d)) return { part: 'day', problem: `'${d}' is not a day of the month` };
  return `${ym}-${d.padStart(2, '0')}`;
}

/** A source from TimelineJS media: its URL, titled by its credit, else its caption, else its host. */
export function mediaSource(url: string, credit: string, caption: string): { title: string; url: string } | undefined {
  if (!/^https?:\/\/\S+$/i.test(url.trim())) return undefined;
  const title = plainText(credit) || plainText(caption) || url.trim().replace(/^https?:\/\/([^/]+).*$/i, '$1');
  return { title, url: url.trim() };
}
