/**
 * Partial calendar dates: '1953' is the year 1953, not 1 January 1953.
 *
 * Calendar positions are whole day numbers counted in UTC, and text is written from the date's own
 * year, month and day, so no date moves with the reader's time zone.
 */
import type { Chronology, DateString, Localized } from './types.js';
import { isBuiltIn, lookupTags, strings, type Locale } from './messages.js';
import { feature } from '../core/registry.js';

/** `decade` and `century` are written 195X and 18XX; see parseDate. */
export type Precision = 'century' | 'decade' | 'year' | 'month' | 'day';

export interface PartialDate {
  /**
   * Astronomical: 0 is 1 BC, -43 is 44 BC. For a decade or century, the first year it covers:
   * 1950 for 195X, -339 for -033X (340–331 BC).
   */
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
  precision: Precision;
}

const DATE_PATTERN = /^(-\d{4,6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const COARSE_PATTERN = /^(-?)(\d{3}X|\d{2}XX)$/;
const MS_PER_DAY = 86_400_000;
/** Years a decade or century covers after its first. */
export const SPAN = { decade: 9, century: 99 } as Record<Precision, number | undefined>;

/** Dates already parsed: validation and placing each read every date, and long chronologies repeat days. */
const parsed = new Map<string, Readonly<PartialDate> | string>();

/**
 * Parses a DateString; returns the reason as a string when it is not a real calendar date.
 * '1950', '1950-06', '1950-06-25'; '-2332' is 2333 BC (astronomical years: 0 is 1 BC); '195X' is
 * the 1950s, '18XX' the 1800s (the 19th century), '-02XX' the years 300–201 BC (the 3rd century BC).
 */
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
  const coarse = COARSE_PATTERN.exec(text);
  if (coarse) {
    const precision = text.endsWith('XX') ? 'century' : 'decade';
    const named = Number(coarse[2]!.replace(/X/g, '0'));
    // A BC decade or century counts back from its named year: -033X is -339 to -330.
    return { year: coarse[1] ? -named - SPAN[precision]! : named, precision };
  }
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    return `'${text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`;
  }
  const year = Number(match[1]) || 0;
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
 * Days in a month of any year: day 0 of the next month is its last. One line of arithmetic on the
 * first render, where date-fns' getDaysInMonth would bring 150 B of helpers; date-fns does the
 * calendar arithmetic of durations, in the guides chunk (./elapsed.ts).
 */
function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of the first (or last) day the partial date covers. */
export function dayNumber(date: PartialDate, edge: 'first' | 'last' = 'first'): number {
  const first = edge === 'first';
  const year = first ? date.year : date.year + (SPAN[date.precision] ?? 0);
  const monthIndex = (date.month ?? (first ? 1 : 12)) - 1;
  const day = first ? (date.day ?? 1) : (date.day ?? daysInMonth(year, monthIndex + 1));
  return Math.round(utcTime(year, monthIndex, day) / MS_PER_DAY);
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

/** How dates are written in locales other than English and Korean: Intl, in a chunk (../locales/intl.ts). */
export interface IntlDates {
  formatDate(date: PartialDate, locale: Locale, short: boolean): string;
  formatRange(start: PartialDate, end: PartialDate, locale: Locale): string;
}
/** Intl's writer for this locale, once the `locales` feature is here; undefined for English and Korean (tables). */
const viaIntl = (locale: Locale): IntlDates | undefined =>
  isBuiltIn(locale) ? undefined : feature('locales')?.intlDates;
const isKorean = (locale: Locale) => /^ko/i.test(locale);

/**
 * Dates before year 1, decades, centuries and one-sided ends, in words: a chunk (./extended.ts),
 * fetched when the data has such a date; few chronologies do, and none of the drop-in's.
 */
export interface ExtendedDates {
  /** The year part of a date before year 1: "44 BC", "기원전 44년". `written` counts back from 1. */
  bc(written: string, locale: Locale): string;
  /** A decade or century: "the 1950s", "19th century", "3rd century BC". */
  coarse(date: PartialDate, locale: Locale, digits?: (n: number) => string): string;
  /** A date or range with an end known on one side only: "by 1950 – 1953", "1953 or later". */
  open(when: When, locale: Locale): string;
}
/** The words of the `dates` feature, once it is here. */
const extendedWords = (): ExtendedDates | undefined => feature('dates')?.extendedDates;

/** Whether showing a chronology needs ./extended.ts: a date before year 1, a decade or century, or a one-sided end. */
export function needsExtendedDates(chronology: Chronology): boolean {
  const dated: When[] = [...chronology.events, ...(chronology.eras ?? [])];
  return dated.some((d) => /^-|X/.test(d.start + ' ' + (d.end ?? '')) || d.startOpen || d.endOpen);
}

/**
 * A date as its parts in reading order, biggest unit last in English (25 · June · 1950) and first
 * in Korean (1950년 · 6월 · 25일). A year before 1 counts back: "44 BC", "기원전 44년".
 */
function dateParts(date: PartialDate, locale: Locale, short = false): string[] {
  const { year, month, day } = date;
  // Until ./extended.ts arrives, a date before 1 or a decade shows as written: -2332, 1950.
  const extended = extendedWords();
  if (SPAN[date.precision]) return [extended?.coarse(date, locale) ?? String(year)];
  const ko = isKorean(locale);
  const written = String(year < 1 && extended ? 1 - year : year);
  const yearText = ko ? `${written}년` : written;
  const parts = [year < 1 && extended ? extended.bc(yearText, locale) : yearText];
  if (ko) {
    if (month !== undefined) parts.push(`${month}월`);
    if (day !== undefined) parts.push(`${day}일`);
    return parts;
  }
  if (month !== undefined) {
    const name = MONTHS[month - 1]!;
    parts.unshift(short ? shortMonth(name) : name);
  }
  if (day !== undefined) parts.unshift(String(day));
  return parts;
}

/**
 * "1953", "June 1950", "25 June 1950", "44 BC", "the 1950s"; "1953년", "1950년 6월 25일", "기원전 44년",
 * "1950년대". `short`: "Oct 2025". Other locales through Intl once their chunk has loaded.
 */
export function formatDate(date: PartialDate, locale: Locale, short = false): string {
  return viaIntl(locale)?.formatDate(date, locale, short) ?? dateParts(date, locale, short).join(' ');
}

function samePeriod(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * A compact range that repeats only what differs: "1950–53", "18–20 September 2018",
 * "30 Oct – 1 Nov 2025", "October – 1 November 2025", "2333–108 BC"; "2018년 9월 18일~20일",
 * "2025년 10월~11월 1일".
 */
export function formatRange(start: PartialDate, end: PartialDate, locale: Locale): string {
  if (samePeriod(start, end)) return formatDate(start, locale);
  const intl = viaIntl(locale);
  if (intl) return intl.formatRange(start, end, locale);
  const a = dateParts(start, locale);
  const b = dateParts(end, locale);
  // Each side keeps at least one part of its own.
  const most = Math.min(a.length, b.length) - 1;
  let shared = 0;
  if (isKorean(locale)) {
    // The end drops the units it shares with the start, from the year down: 2025년 10월 30일~11월 1일.
    while (shared < most && a[shared] === b[shared]) shared++;
    return `${a.join(' ')}~${b.slice(shared).join(' ')}`;
  }
  if (start.precision === 'year' && end.precision === 'year' && start.year > 0 === end.year > 0) {
    const extended = extendedWords();
    if (start.year < 1 && extended) return `${1 - start.year}–${extended.bc(String(1 - end.year), locale)}`;
    const sameCentury = Math.floor(start.year / 100) === Math.floor(end.year / 100);
    return `${start.year}–${sameCentury ? String(end.year).slice(-2) : end.year}`;
  }
  // The start drops the units it shares with the end, from the year down; across months within
  // one year, days take short month names: 30 Oct – 1 Nov 2025.
  const short =
    start.precision === 'day' && end.precision === 'day' && start.year === end.year && start.month !== end.month;
  const c = short ? dateParts(start, locale, true) : a;
  const d = short ? dateParts(end, locale, true) : b;
  while (shared < most && c[c.length - 1 - shared] === d[d.length - 1 - shared]) shared++;
  const head = c.slice(0, c.length - shared).join(' ');
  // Days alone close up ("18–20 September"); anything with a word keeps its spaces.
  return head + (/^\d+$/.test(head + d[0]) ? '–' : ' – ') + d.join(' ');
}

/** What formatWhen needs to know of an event or era. */
export interface When {
  start: DateString;
  end?: DateString;
  circa?: boolean;
  startOpen?: boolean;
  endOpen?: boolean;
}

/**
 * The date text of an event or era: a date or a range, marked when approximate ("c. 1950") or when
 * an end is known only on one side ("by 1950 – 1953", "1953 or later").
 */
export function formatWhen(
  when: When,
  locale: Locale,
  /** For a small card: a range across years in years alone, "1950–53". */
  compact = false,
): string {
  const t = strings(locale);
  const start = toPartialDate(when.start);
  const end = when.end === undefined ? undefined : toPartialDate(when.end);
  const years = (date: PartialDate): PartialDate =>
    SPAN[date.precision] ? date : { year: date.year, precision: 'year' };
  const extended = extendedWords();
  const text =
    (when.startOpen || when.endOpen) && extended
      ? extended.open(when, locale)
      : !end
        ? formatDate(start, locale)
        : compact && end.year !== start.year
          ? formatRange(years(start), years(end), locale)
          : formatRange(start, end, locale);
  return when.circa ? t.circa(text) : text;
}

/**
 * The text of a Localized value in the locale, and the language it is really in: the exact tag,
 * else the same language (ko-KR → ko, zh-TW → zh-Hant), else the first language the text has,
 * which validation puts first when it is the chronology's `defaultLocale`. A plain string is English.
 */
export function localize(text: Localized, locale: Locale): { text: string; lang: Locale } {
  if (typeof text === 'string') return { text, lang: 'en' };
  if (text[locale]) return { text: text[locale], lang: locale };
  const keys = Object.keys(text);
  const lower = keys.map((key) => key.toLowerCase());
  for (const tag of lookupTags(locale)) {
    const i = lower.indexOf(tag);
    if (i >= 0 && text[keys[i]!]) return { text: text[keys[i]!]!, lang: keys[i]! };
  }
  const first = keys.find((key) => text[key]) ?? 'en';
  return { text: text[first] ?? '', lang: first };
}
