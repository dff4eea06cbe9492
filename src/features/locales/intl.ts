/**
 * Dates in every locale but English and Korean, written by Intl. A chunk: Intl starts ICU the first
 * time a format is made, which a drop-in in English or Korean never pays for.
 */
import { dayNumber, type IntlDates, type PartialDate } from '../../model/dates.js';
import { extendedDates } from '../dates/index.js';
import { strings, type Locale } from '../../model/messages.js';
import { intlTag } from './units.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached format for dates of this precision; Gregorian, in UTC, so no date moves. */
function format(locale: Locale, date: PartialDate, short: boolean, era: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${date.precision} ${short} ${era}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlTag(locale), {
      timeZone: 'UTC',
      calendar: 'gregory',
      year: 'numeric',
      month: date.precision === 'year' ? undefined : short ? 'short' : 'long',
      day: date.precision === 'day' ? 'numeric' : undefined,
      era: era ? 'short' : undefined,
    });
    formats.set(key, found);
  }
  return found;
}

const toDate = (date: PartialDate) => new Date(dayNumber(date) * 86_400_000);
const coarse = (date: PartialDate) => date.precision === 'decade' || date.precision === 'century';
const digits = (locale: Locale) => {
  const numbers = new Intl.NumberFormat(intlTag(locale), { useGrouping: false });
  return (n: number) => numbers.format(n);
};

export const intlDates: IntlDates = {
  formatDate(date, locale, short) {
    if (coarse(date)) return extendedDates.coarse(date, locale, digits(locale));
    return format(locale, date, short, date.year < 1).format(toDate(date));
  },
  // Each end in full: Intl's formatRange switches some locales to numbers ("2018/09/18～2018/09/20"
  // in Chromium's Japanese), and differs between browsers.
  formatRange(start, end, locale) {
    return this.formatDate(start, locale, false) + strings(locale).rangeJoin + this.formatDate(end, locale, false);
  },
};
