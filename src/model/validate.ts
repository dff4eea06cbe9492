/**
 * Runtime validation of untrusted chronology data (hand-written JSON, a CMS, a fetch).
 * Never throws: what is valid is kept, what is not is reported with its path and dropped
 * or repaired, so one bad event never costs the good ones.
 */
import type { Category, Chronology, Era, Localized, Source, TimelineEvent } from './types.js';
import { dayNumber, parseDate, type PartialDate } from './dates.js';
import { validateStory } from './validate-story.js';
import { validateAnchors, validateAnnotations, validateLane, validateLanes } from './validate-lanes.js';
import { canonicalTag } from './messages.js';
import { isSafeUrl } from './url.js';

export { isSafeUrl };

export interface ValidationError {
  /** Where the problem is, e.g. `events[3].start`. */
  path: string;
  /** What is wrong, naming the value and what was expected. */
  message: string;
}

export interface ValidationResult {
  /** The valid part of the input, as clean copies holding only known fields. */
  chronology: Chronology;
  errors: ValidationError[];
}

/**
 * Category ids become CSS custom property names (`--kt-category-color-<id>`), so they are words of
 * letters, digits and marks, in any script, joined by single hyphens: nothing CSS would read.
 */
export const CATEGORY_ID = /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u;
/** Event ids become `#hash` links and `data-id` values: no space, `#`, control or invisible character. */
export const EVENT_ID = /^[^\s#\p{Cc}\p{Cf}]+$/u;
/**
 * A colour as CSS writes one, and nothing else: a hex colour, a keyword, one colour function of
 * numbers (`rgb(42 111 151 / 50%)`, `oklch(…)`), or a custom property (`var(--brand)`). No `;`,
 * braces, nested parentheses or `url(` get through into a style.
 */
const COLOR =
  /^(?:#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|[a-z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\d\s.,%/+-]*(?:deg|turn|rad|grad)?[\d\s.,%/+-]*\)|var\(--[\w-]+\))$/i;
const NOT_BLANK = /\S/;
/** Whether a string has a character that is not white space; most texts start with a visible ASCII one. */
function notBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || NOT_BLANK.test(text);
}
/**
 * The ids almost every chronology has, plain ASCII (`korean-war`, `e123`), checked without compiling
 * the Unicode patterns above: compiling `\p{…}` classes costs a page about 2 ms.
 */
const ASCII_ID = /^[a-z\d]+(?:-[a-z\d]+)*$/i;

export type Json = Record<string, unknown>;

// The fields checked alike, once per module: a literal in a loop would be a new array per event.
const FLAGS = ['circa', 'startOpen', 'endOpen', 'featured'] as const;
const EVENT_TEXTS = ['note', 'kicker', 'gap'] as const;
const SOURCE_TEXTS = ['publisher', 'author'] as const;
const SOURCE_DATES = ['published', 'accessed'] as const;
const hasOwn = Object.prototype.hasOwnProperty;

/** Shows a value in a message: quoted strings, short, with its type when not a string. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** "missing: expected X" or "'value' is not valid: expected X". */
function invalid(value: unknown, expected: string): string {
  return value === undefined ? `missing: expected ${expected}` : `${show(value)} is not valid: expected ${expected}`;
}

/**
 * A field's path, `events[3].title`, from its item's and its key; '' for either means none. Made only
 * when a problem is reported: thousands of valid events would otherwise build a string per field.
 */
function at(path: string, key: string): string {
  return !key ? path : path ? `${path}.${key}` : key;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the fields that only some chronologies have (pictures, updates, corrections) on an event,
 * or on the chronology (path ''), adding the valid ones to it: `validateStory` in ./validate-story.ts.
 */
export type EventExtension = (v: Validator, value: Json, item: TimelineEvent | Chronology, path: string) => void;

class Validator {
  readonly errors: ValidationError[] = [];

  report(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  /** Whether `value` is an object; if not, reports that it is not `what`. */
  is(value: unknown, path: string, what: string): value is Json {
    if (isObject(value)) return true;
    this.report(path, `${show(value)} is not ${what}`);
    return false;
  }

  string(value: unknown, path: string, key: string, required: boolean): string | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && notBlank(value)) return value;
    this.report(at(path, key), invalid(value, 'a non-empty string'));
    return undefined;
  }

  /** The chronology's `defaultLocale`: texts in it are put first, and plain strings are in it. */
  defaultLocale: string | undefined;

  localized(value: unknown, parent: string, key: string, required: boolean): Localized | undefined {
    const first = this.defaultLocale;
    if (isObject(value)) {
      const path = at(parent, key);
      // Thousands of events have a few of these each: no entries arrays, no second pass.
      const texts: Record<string, string> = {};
      let given = 0;
      let kept = 0;
      for (const tag in value) {
        if (!hasOwn.call(value, tag)) continue;
        given++;
        if (!canonicalTag(tag)) {
          this.report(`${path}.${tag}`, `${show(tag)} is not a language tag, e.g. en, ko, zh-Hant`);
          continue;
        }
        const text = value[tag];
        if (typeof text === 'string' && notBlank(text)) {
          texts[tag] = text;
          kept++;
        } else this.string(text, path, tag, true);
      }
      if (kept === 0) {
        if (given === 0) this.report(path, 'has no text: expected at least one language, e.g. { en }');
        return undefined;
      }
      return first && texts[first] !== undefined ? { [first]: texts[first], ...texts } : texts;
    }
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && notBlank(value)) return first && first !== 'en' ? { [first]: value } : value;
    this.report(at(parent, key), invalid(value, 'a non-empty string or texts by language tag, e.g. { en, ko }'));
    return undefined;
  }

  /** An optional language tag (`defaultLocale`, a source's `language`); reported when malformed. */
  language(value: unknown, path: string, key: string): string | undefined {
    if (value === undefined || (typeof value === 'string' && canonicalTag(value))) return value;
    this.report(at(path, key), invalid(value, 'a language tag, e.g. en, ko, zh-Hant'));
    return undefined;
  }

  date(value: unknown, path: string, key: string, required: boolean): PartialDate | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string') {
      this.report(at(path, key), invalid(value, 'a date string YYYY, YYYY-MM or YYYY-MM-DD'));
      return undefined;
    }
    const parsed = parseDate(value);
    if (typeof parsed === 'string') {
      // The other forms, for data (an attribute's warning stays short).
      const forms = parsed.endsWith('YYYY-MM-DD') ? ' (-YYYY before year 1, YYYX a decade, YYXX a century)' : '';
      this.report(at(path, key), parsed + forms);
      return undefined;
    }
    return parsed;
  }

  /** Checks start/end; returns false when the item cannot be placed in time. */
  span(item: Json, path: string): boolean {
    const start = this.date(item.start, path, 'start', true);
    const end = this.date(item.end, path, 'end', false);
    if (!start) return false;
    if (end && dayNumber(end, 'last') < dayNumber(start)) {
      this.report(`${path}.end`, `${show(item.end)} is before start ${show(item.start)}`);
      return false;
    }
    return item.end === undefined || end !== undefined;
  }

  array(value: unknown, path: string, required: boolean): unknown[] {
    if (Array.isArray(value)) return value;
    if (value !== undefined || required) this.report(path, invalid(value, 'an array'));
    return [];
  }

  source(value: unknown, path: string): Source | undefined {
    if (!this.is(value, path, 'a source: expected an object with a title')) return undefined;
    const title = this.string(value.title, path, 'title', true);
    if (title === undefined) return undefined;
    const source: Source = { title };
    for (const key of SOURCE_TEXTS) {
      const text = this.string(value[key], path, key, false);
      if (text !== undefined) source[key] = text;
    }
    for (const key of SOURCE_DATES) {
      if (this.date(value[key], path, key, false)) source[key] = value[key] as string;
    }
    const url = this.url(value.url, path, 'url', false);
    if (url !== undefined) source.url = url;
    const language = this.language(value.language, path, 'language');
    if (language !== undefined) source.language = language;
    return source;
  }

  url(value: unknown, path: string, key: string, required: boolean): string | undefined {
    const url = this.string(value, path, key, required);
    if (url === undefined || isSafeUrl(url)) return url;
    this.report(at(path, key), `${show(url)} is not allowed as a link: only http:, https: and relative URLs`);
    return undefined;
  }

  category(value: unknown, path: string, seen: Map<string, string>): Category | undefined {
    if (!this.is(value, path, 'a category: expected an object with id and label')) return undefined;
    const id = this.id(
      value.id,
      path,
      'id',
      CATEGORY_ID,
      'letters and digits, in any script, and single hyphens',
      seen,
    );
    const label = this.localized(value.label, path, 'label', true);
    const color = this.color(value.color, path, 'color');
    if (id === undefined || label === undefined) return undefined;
    return color === undefined ? { id, label } : { id, label, color };
  }

  /** An optional CSS colour; anything else is reported, and the palette's colour is used. */
  color(value: unknown, path: string, key: string): string | undefined {
    const color = this.string(value, path, key, false);
    if (color === undefined || COLOR.test(color.trim())) return color;
    return this.report(
      at(path, key),
      `${show(color)} is not a colour: expected e.g. #2a6f97, teal, rgb(42 111 151) or var(--brand); the palette's is used`,
    );
  }

  /** The ids of the chronology's declared lanes, while its events are checked. */
  lanes: ReadonlySet<string> = new Set();

  id(
    value: unknown,
    path: string,
    key: string,
    pattern: RegExp,
    expected: string,
    seen: Map<string, string>,
  ): string | undefined {
    const id = this.string(value, path, key, true);
    if (id === undefined) return undefined;
    if (!ASCII_ID.test(id) && !pattern.test(id)) {
      this.report(at(path, key), `${show(id)} is not a valid id: expected ${expected}`);
      return undefined;
    }
    // Ids that differ only by case look the same in a link and to a reader.
    const lower = id.toLowerCase();
    const earlier = seen.get(lower);
    if (earlier !== undefined) {
      const how = earlier === id ? 'an earlier item already uses it' : `it differs only by case from ${show(earlier)}`;
      this.report(at(path, key), `${show(id)} is a duplicate id: ${how}`);
      return undefined;
    }
    seen.set(lower, id);
    return id;
  }

  era(value: unknown, path: string, seen: Map<string, string>): Era | undefined {
    if (!this.is(value, path, 'an era: expected an object with id, start, end and label')) return undefined;
    const id = this.id(value.id, path, 'id', EVENT_ID, 'a string without spaces, # or invisible characters', seen);
    const label = this.localized(value.label, path, 'label', true);
    const placed = this.span(value, path);
    if (value.end === undefined) this.report(`${path}.end`, 'an era needs an end date');
    if (id === undefined || label === undefined || !placed || value.end === undefined) return undefined;
    return { id, start: value.start as string, end: value.end as string, label };
  }

  event(value: unknown, path: string, seen: Map<string, string>, categories: Set<string>): TimelineEvent | undefined {
    if (!this.is(value, path, 'an event: expected an object with id, start, title and category')) return undefined;
    const id = this.id(value.id, path, 'id', EVENT_ID, 'a string without spaces, # or invisible characters', seen);
    const placed = this.span(value, path);
    const title = this.localized(value.title, path, 'title', true);
    const category = this.string(value.category, path, 'category', true);
    if (category !== undefined && !categories.has(category)) {
      this.report(`${path}.category`, `${show(category)} is not a declared category; shown in a neutral colour`);
    }
    if (id === undefined || !placed || title === undefined || category === undefined) return undefined;

    const event: TimelineEvent = { id, start: value.start as string, title, category };
    if (value.end !== undefined) event.end = value.end as string;
    for (const key of FLAGS) {
      if (value[key] === undefined) continue;
      if (typeof value[key] === 'boolean') event[key] = value[key];
      else this.report(`${path}.${key}`, invalid(value[key], 'true or false'));
    }
    const summary = this.localized(value.summary, path, 'summary', false);
    if (summary !== undefined) event.summary = summary;
    for (const key of EVENT_TEXTS) {
      const text = this.localized(value[key], path, key, false);
      if (text !== undefined) event[key] = text;
    }
    if (value.tags !== undefined) {
      const tags = this.array(value.tags, `${path}.tags`, false);
      event.tags = tags.filter((tag, i): tag is string => this.string(tag, path, `tags[${i}]`, true) !== undefined);
    }
    if (value.sources !== undefined) {
      event.sources = keep(this.array(value.sources, `${path}.sources`, false), `${path}.sources`, (source, at) =>
        this.source(source, at),
      );
    }
    validateStory(this, value, event, path);
    validateLane(this, value, event, path);
    return event;
  }
}

export function keep<T>(items: unknown[], path: string, check: (item: unknown, path: string) => T | undefined): T[] {
  const kept: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const valid = check(items[i], `${path}[${i}]`);
    if (valid !== undefined) kept.push(valid);
  }
  return kept;
}

export type { Validator };

/** Validates unknown data as a Chronology. Never throws. */
export function validateChronology(data: unknown): ValidationResult {
  const v = new Validator();
  if (!isObject(data)) {
    v.report('', `${show(data)} is not a chronology: expected an object with title, categories and events`);
    return { chronology: { title: '', categories: [], events: [] }, errors: v.errors };
  }
  v.defaultLocale = v.language(data.defaultLocale, '', 'defaultLocale');
  const title = v.localized(data.title, '', 'title', true) ?? '';
  const description = v.localized(data.description, '', 'description', false);
  const categoryIds = new Map<string, string>();
  const categories = keep(v.array(data.categories, 'categories', true), 'categories', (c, p) =>
    v.category(c, p, categoryIds),
  );
  const eraIds = new Map<string, string>();
  const eras = keep(v.array(data.eras, 'eras', false), 'eras', (e, p) => v.era(e, p, eraIds));
  const lanes = validateLanes(v, data);
  const eventIds = new Map<string, string>();
  const declared = new Set(categories.map((category) => category.id));
  const events = keep(v.array(data.events, 'events', true), 'events', (e, p) => v.event(e, p, eventIds, declared));
  const chronology: Chronology = { title, categories, events };
  if (description !== undefined) chronology.description = description;
  if (v.defaultLocale) chronology.defaultLocale = v.defaultLocale;
  validateStory(v, data, chronology, '');
  if (data.eras !== undefined) chronology.eras = eras;
  if (lanes) chronology.lanes = lanes;
  if (lanes) validateAnchors(v, lanes, events);
  const annotations = validateAnnotations(v, data, events);
  if (annotations) chronology.annotations = annotations;
  return { chronology, errors: v.errors };
}
