/**
 * What the importers share: a row-by-row mapping to our raw chronology shape, then the usual
 * validation, with each remaining problem reported at the row it came from.
 */
import type { ValidationError, ValidationResult } from '../../../model/validate.js';
import { validateChronology } from '../../../model/validate.js';

/** An importer's output: our raw shape, the rows it dropped, and where each kept event came from. */
export interface Imported {
  data: { title: string; description?: string; categories: unknown[]; eras?: unknown[]; events: unknown[] };
  errors: ValidationError[];
  /** For each of `data.events`, the path of its row in the input, e.g. `events[3]` or `rows[5]`. */
  rows: string[];
}

/** Validates an import, so a problem found later still names the row it came from. */
export function validateImported({ data, errors, rows }: Imported): ValidationResult {
  const result = validateChronology(data);
  const remapped = result.errors.map(({ path, message }) => ({
    path: path.replace(/^events\[(\d+)\]/, (whole, i: string) => rows[Number(i)] ?? whole),
    message,
  }));
  return { chronology: result.chronology, errors: [...errors, ...remapped] };
}

/** The category for events without a group, or whose group name has no letter or digit. */
export const DEFAULT_CATEGORY = { id: 'general', label: 'General' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * TimelineJS text is HTML; ours is plain text, rendered as text. Tags go (a block's end becomes a
 * space), entities are decoded, whitespace is collapsed. The result is never parsed as HTML.
 */
export function plainText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)\s*>/gi, '')
    .replace(/<\/?(?:p|div|br|li|blockquote|h[1-6])\b[^>]*>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      if (name) return ENTITIES[name.toLowerCase()] ?? entity;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A kebab-case id from a name: 'Grace Hopper invents the compiler' -> 'grace-hopper-invents-the-compiler'. */
export function kebab(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Hands out ids unique within one import: a repeat gets `-2`, `-3`, …; a name with no letters, `event`. */
export class Ids {
  readonly #used = new Set<string>();

  next(name: string, fallback = 'event'): string {
    const base = kebab(name) || fallback;
    let id = base;
    for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#used.add(id);
    return id;
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
