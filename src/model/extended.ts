/**
 * Dates before year 1, decades, centuries and one-sided ends, in words: the `dates` feature
 * (../features/dates/), which ./dates.ts asks the registry for.
 */
import { formatDate, formatRange, SPAN, toPartialDate, type ExtendedDates, type PartialDate } from './dates.js';

/** The years a decade or century covers: 195X → [1950, 1959]. */
const yearSpan = (date: PartialDate): [number, number] => [date.year, date.year + (SPAN[date.precision] ?? 0)];
import { chunkStrings, strings, type DateMessages, type Locale } from './messages.js';

/** 19 → "19th", 21 → "21st", 12 → "12th". */
function ordinal(n: number): string {
  const suffixes = ['th', 'st', 'nd', 'rd'];
  const tens = n % 100;
  return n + (suffixes[(tens - 20) % 10] ?? suffixes[tens] ?? 'th');
}

/** English lives here, with the code; other languages' come in their packs. */
const english: DateMessages = {
  bc: (date) => `${date} BC`,
  decade: (year) => `the ${year}s`,
  century: (n) => `${ordinal(n)} century`,
  startOpen: (date) => `by ${date}`,
  endOpen: (date) => `${date} or later`,
};

const words = (locale: Locale): DateMessages => chunkStrings(locale, english, 'bc');

export const extendedDates: ExtendedDates = {
  bc: (written, locale) => words(locale).bc(written),

  /** "340–331 BC" for a decade before year 1, which no one names. */
  coarse(date, locale, digits = String) {
    const t = words(locale);
    const [first, last] = yearSpan(date);
    if (date.precision === 'decade') {
      if (first >= 0) return t.decade(digits(first));
      const year = (y: number): PartialDate => ({ year: y, precision: 'year' });
      return formatRange(year(first), year(last), locale);
    }
    const n = first >= 0 ? first / 100 + 1 : Math.ceil((1 - last) / 100);
    const text = t.century(n, digits(n));
    return first >= 0 ? text : t.bc(text);
  },

  /** A one-sided end is worded on its own, so each side is written in full. */
  open(when, locale) {
    const t = words(locale);
    const from = formatDate(toPartialDate(when.start), locale);
    let text = when.startOpen ? t.startOpen(from) : from;
    if (when.end !== undefined) {
      const to = formatDate(toPartialDate(when.end), locale);
      text += strings(locale).rangeJoin + (when.endOpen ? t.endOpen(to) : to);
    } else if (when.endOpen) text = t.endOpen(text);
    return text;
  },
};
