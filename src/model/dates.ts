/**
 * Partial calendar dates: '1953' is the year 1953, not 1 January 1953.
 *
 * Calendar positions are whole day numbers counted in UTC, and text is written from the date's own
 * year, month and day, so no date moves with the reader's time zone.
 */
import { getDaysInMonth } from 'date-fns';
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
  if (day < 1 || day > daysInMonth(year, month))
    return `'${text}' is not a valid date: ${match[1]}-${match[2]} has no day ${day}`;
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

/**
 * Days in a month of any year. Not date-fns' isExists, which reads years 0–99 as 1900–1999 and so
 * rejects every date in them; setFullYear keeps the year as written.
 */
function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month;
  let days = monthLengths.get(key);
  if (days === undefined) {
    const first = new Date(2000, 0, 1);
    first.setFullYear(year, month - 1, 1);
    monthLengths.set(key, (days = getDaysInMonth(first)));
  }
  return days;
}
/** Month lengths already worked out: a long chronology asks for the same few hundred months. */
const monthLengths = new Map<number, number>();

function lastDay(date: PartialDate): number {
  return date.day ?? daysInMonth(date.year, date.month ?? 12);
}

/** Days since 1970-01-01 of the first (or last) day the partial date covers. */
export function dayNumber(date: PartialDate, edge: 'first' | 'last' = 'first'): number {
  const monthIndex = (date.month ?? (edge === 'first' ? 1 : 12)) - 1;
  const day = edge === 'first' ? (date.day ?? 1) : lastDay(date);
  return Math.round(utcTime(date.year, monthIndex, day) / MS_PER_DAY);
}

/** The UTC midnight Date of a day number. */
export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** The calendar date of a day number, at the given precision. */
export function fromDayNumber(day: number, precision: Precision): PartialDate {
  const date = dayToDate(day);
  const year = date.getUTCFullYear();
  if (precision === 'year') return { year, precision };
  const month = date.getUTCMonth() + 1;
  return precision === 'month' ? { year, month, precision } : { year, month, day: date.getUTCDate(), precision };
}

/*
 * Dates are written from tables, not Intl: creating the first Intl.DateTimeFormat in a page starts
 * ICU, which cost a drop-in timeline a third of its first render. The output is what Intl's en-GB
 * and ko-KR formats give, with one house style for range dashes; test/dates.test.ts compares the
 * two over thousands of dates in both browsers.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** en-GB abbreviations: "Sept", and "June" and "July" in full where Intl keeps them. */
const shortMonth = (name: string) => name.slice(0, name === 'September' ? 4 : 3);

/**
 * A date as its parts in reading order, biggest unit last in English (25 · June · 1950) and first
 * in Korean (1950년 · 6월 · 25일).
 */
function dateParts(date: PartialDate, locale: Locale, short = false): string[] {
  const { year, month, day } = date;
  if (locale === 'ko') {
    const parts = [`${year}년`];
    if (month !== undefined) parts.push(`${month}월`);
    if (day !== undefined) parts.push(`${day}일`);
    return parts;
  }
  const parts = [String(year)];
  if (month !== undefined) {
    const name = MONTHS[month - 1]!;
    parts.unshift(short ? shortMonth(name) : name);
  }
  if (day !== undefined) parts.unshift(String(day));
  return parts;
}

/** "1953", "June 1950", "25 June 1950"; "1953년", "1950년 6월", "1950년 6월 25일". `short`: "Oct 2025". */
export function formatDate(date: PartialDate, locale: Locale, short = false): string {
  return dateParts(date, locale, short).join(' ');
}

function samePeriod(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * A compact range that repeats only what differs: "1950–53", "18–20 September 2018",
 * "30 Oct – 1 Nov 2025", "25 June 1950 – 27 July 1953"; "2018년 9월 18일~20일".
 */
export function formatRange(start: PartialDate, end: PartialDate, locale: Locale): string {
  if (samePeriod(start, end)) return formatDate(start, locale);
  if (start.precision !== end.precision) {
    return formatDate(start, locale) + messages[locale].rangeJoin + formatDate(end, locale);
  }
  if (locale === 'ko') {
    // The end drops the units it shares with the start, from the year down: 2025년 10월 30일~11월 1일.
    const a = dateParts(start, locale);
    const b = dateParts(end, locale);
    let shared = 0;
    while (shared < a.length && a[shared] === b[shared]) shared++;
    return `${a.join(' ')}~${b.slice(shared).join(' ')}`;
  }
  if (start.precision === 'year') {
    const sameCentury = Math.floor(start.year / 100) === Math.floor(end.year / 100);
    return `${start.year}–${sameCentury ? String(end.year).slice(-2) : end.year}`;
  }
  // The start drops the units it shares with the end, from the year down; across months within
  // one year, days take short month names: 30 Oct – 1 Nov 2025.
  const short = start.precision === 'day' && start.year === end.year && start.month !== end.month;
  const a = dateParts(start, locale, short);
  const b = dateParts(end, locale, short);
  let shared = 0;
  while (shared < a.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  const head = a.slice(0, a.length - shared).join(' ');
  // Days alone close up ("18–20 September"); anything with a word keeps its spaces.
  return head + (/^\d+$/.test(head) ? '–' : ' – ') + b.join(' ');
}

/** The date text of an event or era: a date or a range, marked when approximate. */
export function formatWhen(
  when: { start: DateString; end?: DateString; circa?: boolean },
  locale: Locale,
  /** For a small card: a range across years in years alone, "1950–53". */
  compact = false,
): string {
  const start = toPartialDate(when.start);
  const end = when.end === undefined ? undefined : toPartialDate(when.end);
  const years = (date: PartialDate): PartialDate => ({ year: date.year, precision: 'year' });
  const text = !end
    ? formatDate(start, locale)
    : compact && end.year !== start.year
      ? formatRange(years(start), years(end), locale)
      : formatRange(start, end, locale);
  return when.circa ? messages[locale].circa(text) : text;
}

/** The text of a Localized value in the locale, and the language it is really in. */
export function localize(text: Localized, locale: Locale): { text: string; lang: Locale } {
  if (typeof text === 'string') return { text, lang: 'en' };
  if (locale === 'ko' && text.ko) return { text: text.ko, lang: 'ko' };
  return { text: text.en, lang: 'en' };
}
