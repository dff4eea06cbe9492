/**
 * Partial calendar dates: '1953' is the year 1953, not 1 January 1953.
 *
 * Calendar positions are whole day numbers counted in UTC, and text is formatted with
 * `timeZone: 'UTC'`, so no date moves with the reader's time zone.
 */
import { isExists } from 'date-fns';
import type { DateString, Localized } from './types.js';
import { messages, type Locale } from './messages.js';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
  precision: Precision;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

/** Dates already parsed: validation and placing each read every date, and long chronologies repeat days. */
const parsed = new Map<string, Readonly<PartialDate> | string>();

/** Parses a DateString; returns the reason as a string when it is not a real calendar date. */
export function parseDate(text: string): Readonly<PartialDate> | string {
  let result = parsed.get(text);
  if (result === undefined) {
    if (parsed.size >= 50_000) parsed.clear();
    // Frozen: every caller of a string shares the result.
    parsed.set(text, (result = Object.freeze(parse(text))));
  }
  return result;
}

function parse(text: string): PartialDate | string {
  const match = DATE_PATTERN.exec(text);
  if (!match) return `'${text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `'${text}' is not a valid date: month ${month}`;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (!isExists(year, month - 1, day)) return `'${text}' is not a valid date: ${year}-${match[2]} has no day ${day}`;
  return { year, month, day, precision: 'day' };
}

/** Parses a DateString already known to be valid (validated data). */
export function toPartialDate(text: DateString): PartialDate {
  const parsed = parseDate(text);
  if (typeof parsed === 'string') throw new RangeError(parsed);
  return parsed;
}

/** Milliseconds since 1970 of a UTC midnight; Date.UTC alone would read years 0–99 as 1900–1999. */
function utcTime(year: number, monthIndex: number, day: number): number {
  return year > 99 ? Date.UTC(year, monthIndex, day) : new Date(0).setUTCFullYear(year, monthIndex, day);
}

function lastDay(date: PartialDate): number {
  // Day 0 of the next month is the last day of this one.
  return date.day ?? new Date(utcTime(date.year, date.month ?? 12, 0)).getUTCDate();
}

/** Days since 1970-01-01 of the first (or last) day the partial date covers. */
export function dayNumber(date: PartialDate, edge: 'first' | 'last' = 'first'): number {
  const monthIndex = (date.month ?? (edge === 'first' ? 1 : 12)) - 1;
  const day = edge === 'first' ? (date.day ?? 1) : lastDay(date);
  return Math.round(utcTime(date.year, monthIndex, day) / MS_PER_DAY);
}

/** The UTC midnight Date of a day number, for Intl formatting in UTC. */
export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC formatter for a precision: the month long, or short with `shortMonth`. */
export function formatter(locale: Locale, precision: Precision, shortMonth = false): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${shortMonth}`;
  let cached = formatters.get(key);
  if (!cached) {
    const month = shortMonth ? 'short' : 'long';
    cached = new Intl.DateTimeFormat(messages[locale].intl, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision === 'year' ? {} : { month }),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** Browsers' ICU versions space range dashes differently; settle on one house style. */
function tidyRange(text: string, locale: Locale): string {
  if (locale === 'ko') return text.replace(/\s*~\s*/, '~');
  // "18–20 September 2018" closes up; "30 Oct – 1 Nov 2025" keeps its spaces.
  return text.replace(/\s*[–-]\s*/, (_, offset: number) => (/^\d+$/.test(text.slice(0, offset)) ? '–' : ' – '));
}

/** "1953", "June 1950", "25 June 1950"; "1953년", "1950년 6월", "1950년 6월 25일". */
export function formatDate(date: PartialDate, locale: Locale): string {
  return formatter(locale, date.precision).format(dayToDate(dayNumber(date)));
}

function samePeriod(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * A compact range that repeats only what differs: "1950–53", "18–20 September 2018",
 * "30 Oct – 1 Nov 2025", "25 June 1950 – 27 July 1953".
 */
export function formatRange(start: PartialDate, end: PartialDate, locale: Locale): string {
  if (samePeriod(start, end)) return formatDate(start, locale);
  if (start.precision !== end.precision) {
    return formatDate(start, locale) + messages[locale].rangeJoin + formatDate(end, locale);
  }
  if (start.precision === 'year' && locale === 'en' && Math.floor(start.year / 100) === Math.floor(end.year / 100)) {
    return `${start.year}–${String(end.year).slice(2)}`;
  }
  const shortMonth = start.precision === 'day' && start.year === end.year && start.month !== end.month;
  const text = formatter(locale, start.precision, shortMonth).formatRange(
    dayToDate(dayNumber(start)),
    dayToDate(dayNumber(end)),
  );
  return tidyRange(text, locale);
}

/** The date text of an event or era: a date or a range, marked when approximate. */
export function formatWhen(when: { start: DateString; end?: DateString; circa?: boolean }, locale: Locale): string {
  const start = toPartialDate(when.start);
  const text = when.end ? formatRange(start, toPartialDate(when.end), locale) : formatDate(start, locale);
  return when.circa ? messages[locale].circa(text) : text;
}

/** The text of a Localized value in the locale, and the language it is really in. */
export function localize(text: Localized, locale: Locale): { text: string; lang: Locale } {
  if (typeof text === 'string') return { text, lang: 'en' };
  if (locale === 'ko' && text.ko) return { text: text.ko, lang: 'ko' };
  return { text: text.en, lang: 'en' };
}
