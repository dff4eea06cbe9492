import './helpers/support.js';
import { expect } from '@open-wc/testing';
import {
  dayNumber,
  dayToDate,
  formatDate,
  formatRange,
  formatWhen,
  parseDate,
  toPartialDate,
  type PartialDate,
  type Precision,
} from '../src/model/dates.js';
import type { Locale } from '../src/model/messages.js';
import { validateChronology } from '../src/model/validate.js';
import { formatTick } from '../src/model/scale.js';
// Dates before year 1, decades and centuries are worded by a feature the npm entry provides.
import '../src/core/eager.js';
import { loadLocale } from '../src/features/locales/index.js';

// Korean's words ("기원전", "경") are a pack, as the element fetches it; its dates are built in.
await loadLocale('ko');

/**
 * The reference: what the browser's own Intl formats say, with the house style for range dashes.
 * The library writes dates from tables to skip ICU's start-up; these tests hold it to Intl.
 */
const intl = (locale: Locale, precision: Precision, short = false) =>
  new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision === 'year' ? {} : { month: short ? 'short' : 'long' }),
    ...(precision === 'day' ? { day: 'numeric' } : {}),
  });

function intlRange(a: PartialDate, b: PartialDate, locale: Locale): string {
  if (dayNumber(a) === dayNumber(b)) return intl(locale, a.precision).format(dayToDate(dayNumber(a)));
  if (a.precision === 'year' && locale === 'en' && Math.floor(a.year / 100) === Math.floor(b.year / 100)) {
    return `${a.year}–${String(b.year).slice(2)}`;
  }
  const short = locale === 'en' && a.precision === 'day' && a.year === b.year && a.month !== b.month;
  const text = intl(locale, a.precision, short).formatRange(dayToDate(dayNumber(a)), dayToDate(dayNumber(b)));
  if (locale === 'ko') return text.replace(/\s*~\s*/, '~');
  return text.replace(/\s*[–-]\s*/, (_, offset: number) => (/^\d+$/.test(text.slice(0, offset)) ? '–' : ' – '));
}

/** A repeatable stream of numbers in [0, 1). */
function random(seed: number): () => number {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

function randomDate(next: () => number, precision: Precision, near?: PartialDate): PartialDate {
  // Half the time close to `near`, so shared years and months are common.
  const year = near && next() < 0.5 ? near.year + Math.floor(next() * 2) : 1600 + Math.floor(next() * 800);
  if (precision === 'year') return { year, precision };
  const month = near?.month && next() < 0.5 ? near.month : 1 + Math.floor(next() * 12);
  if (precision === 'month') return { year, month, precision };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: 1 + Math.floor(next() * days), precision };
}

const d = toPartialDate;

describe('dates', () => {
  it('runs in a pinned, non-UTC time zone (Chromium: Seoul, Firefox: Los Angeles, WebKit: Kiritimati)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['Asia/Seoul', 'America/Los_Angeles', 'Pacific/Kiritimati']).to.include(zone);
    expect(new Date(2025, 0, 1).getTimezoneOffset()).to.not.equal(0);
  });

  it('parses year, month and day precision', () => {
    expect(parseDate('1953')).to.deep.equal({ year: 1953, precision: 'year' });
    expect(parseDate('1950-06')).to.deep.equal({ year: 1950, month: 6, precision: 'month' });
    expect(parseDate('1950-06-25')).to.deep.equal({ year: 1950, month: 6, day: 25, precision: 'day' });
  });

  it('rejects what is not a real calendar date, saying why', () => {
    expect(parseDate('2016-13-01')).to.equal("'2016-13-01' is not a valid date: month 13");
    expect(parseDate('2016-02-30')).to.equal("'2016-02-30' is not a valid date: 2016-02 has no day 30");
    expect(parseDate('2023-02-29')).to.be.a('string');
    expect(parseDate('2024-02-29')).to.be.an('object');
    expect(parseDate('25/06/1950')).to.match(/expected YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(parseDate('1950-6-25')).to.be.a('string');
  });

  it('accepts the real dates of years 0–99, and only those', () => {
    expect(parseDate('0004-02-29')).to.deep.equal({ year: 4, month: 2, day: 29, precision: 'day' });
    expect(parseDate('0050-06-15')).to.be.an('object');
    expect(parseDate('0100-02-29')).to.equal("'0100-02-29' is not a valid date: 0100-02 has no day 29");
    expect(dayNumber(d('0004-03-01')) - dayNumber(d('0004-02-29'))).to.equal(1);
    expect(dayNumber(d('0004-02'), 'last')).to.equal(dayNumber(d('0004-02-29')));
  });

  it('keeps precision: a year covers the whole year', () => {
    expect(dayNumber(d('1953'), 'first')).to.equal(dayNumber(d('1953-01-01')));
    expect(dayNumber(d('1953'), 'last')).to.equal(dayNumber(d('1953-12-31')));
    expect(dayNumber(d('2024-02'), 'last')).to.equal(dayNumber(d('2024-02-29')));
    expect(dayNumber(d('1970-01-02'))).to.equal(1);
  });

  it('formats each precision in English', () => {
    expect(formatDate(d('1953'), 'en')).to.equal('1953');
    expect(formatDate(d('1950-06'), 'en')).to.equal('June 1950');
    expect(formatDate(d('1950-06-25'), 'en')).to.equal('25 June 1950');
  });

  it('formats each precision in Korean', () => {
    expect(formatDate(d('1953'), 'ko')).to.equal('1953년');
    expect(formatDate(d('1950-06'), 'ko')).to.equal('1950년 6월');
    expect(formatDate(d('1950-06-25'), 'ko')).to.equal('1950년 6월 25일');
  });

  it('formats compact ranges that repeat only what differs', () => {
    expect(formatRange(d('1950'), d('1953'), 'en')).to.equal('1950–53');
    expect(formatRange(d('1999'), d('2001'), 'en')).to.equal('1999–2001');
    expect(formatRange(d('2025-10-30'), d('2025-11-01'), 'en')).to.equal('30 Oct – 1 Nov 2025');
    expect(formatRange(d('1950-06-25'), d('1953-07-27'), 'en')).to.equal('25 June 1950 – 27 July 1953');
    expect(formatRange(d('2018-09-18'), d('2018-09-20'), 'en')).to.equal('18–20 September 2018');
    expect(formatRange(d('1950-06-25'), d('1950-06-25'), 'en')).to.equal('25 June 1950');
    expect(formatRange(d('2025-10'), d('2025-11-01'), 'en')).to.equal('October – 1 November 2025');
    expect(formatRange(d('2025'), d('2025-11'), 'en')).to.equal('2025 – November 2025');
  });

  it('formats ranges in Korean', () => {
    expect(formatRange(d('2018-09-18'), d('2018-09-20'), 'ko')).to.equal('2018년 9월 18일~20일');
    expect(formatRange(d('2025-10-30'), d('2025-11-01'), 'ko')).to.equal('2025년 10월 30일~11월 1일');
    expect(formatRange(d('1950'), d('1953'), 'ko')).to.equal('1950년~1953년');
    expect(formatRange(d('2025-10'), d('2025-11-01'), 'ko')).to.equal('2025년 10월~11월 1일');
    expect(formatRange(d('2025'), d('2025-11'), 'ko')).to.equal('2025년~2025년 11월');
  });

  it('reads years before 1 as astronomical, and writes them as BC', () => {
    expect(parseDate('-2332')).to.deep.equal({ year: -2332, precision: 'year' });
    expect(parseDate('0000')).to.deep.equal({ year: 0, precision: 'year' });
    expect(parseDate('-0043-03-15')).to.deep.equal({ year: -43, month: 3, day: 15, precision: 'day' });
    // 5 BC (astronomical -4) was a leap year in the proleptic Gregorian calendar; 4 BC was not.
    expect(parseDate('-0004-02-29')).to.be.an('object');
    expect(parseDate('-0003-02-29')).to.be.a('string');
    expect(parseDate('-500')).to.be.a('string');
    // The validator names the forms a date may take, years before 1 among them.
    const { errors } = validateChronology({
      title: 'T',
      categories: [{ id: 'c', label: 'C' }],
      events: [{ id: 'e', start: '-500', title: 'E', category: 'c' }],
    });
    expect(errors[0]!.message).to.match(/-YYYY before year 1/);
    expect(dayNumber(d('0001-01-01')) - dayNumber(d('0000-12-31'))).to.equal(1);
    expect(formatDate(d('-2332'), 'en')).to.equal('2333 BC');
    expect(formatDate(d('-2332'), 'ko')).to.equal('기원전 2333년');
    expect(formatDate(d('0000'), 'en')).to.equal('1 BC');
    expect(formatDate(d('-0043-03-15'), 'en')).to.equal('15 March 44 BC');
    expect(formatDate(d('-0043-03-15'), 'ko')).to.equal('기원전 44년 3월 15일');
    expect(formatRange(d('-2332'), d('-0107'), 'en')).to.equal('2333–108 BC');
    expect(formatRange(d('-0056'), d('0668'), 'en')).to.equal('57 BC – 668');
    expect(formatRange(d('-2332'), d('-0107'), 'ko')).to.equal('기원전 2333년~기원전 108년');
  });

  it('reads decades and centuries, and names them', () => {
    expect(parseDate('195X')).to.deep.equal({ year: 1950, precision: 'decade' });
    expect(parseDate('18XX')).to.deep.equal({ year: 1800, precision: 'century' });
    expect(parseDate('-02XX')).to.deep.equal({ year: -299, precision: 'century' });
    expect(parseDate('19X5')).to.be.a('string');
    expect(dayNumber(d('195X'), 'last')).to.equal(dayNumber(d('1959-12-31')));
    expect(dayNumber(d('-02XX'), 'first')).to.equal(dayNumber(d('-0299-01-01')));
    expect(dayNumber(d('-02XX'), 'last')).to.equal(dayNumber(d('-0200-12-31')));
    const en = (text: string) => formatDate(d(text), 'en');
    const ko = (text: string) => formatDate(d(text), 'ko');
    expect([en('195X'), en('18XX'), en('20XX'), en('00XX'), en('-02XX'), en('-00XX'), en('-033X')]).to.deep.equal([
      'the 1950s',
      '19th century',
      '21st century',
      '1st century',
      '3rd century BC',
      '1st century BC',
      '340–331 BC',
    ]);
    expect([ko('195X'), ko('18XX'), ko('-02XX')]).to.deep.equal(['1950년대', '19세기', '기원전 3세기']);
    expect(formatRange(d('18XX'), d('19XX'), 'en')).to.equal('19th century – 20th century');
    expect(formatWhen({ start: '195X', end: '198X' }, 'ko', true)).to.equal('1950년대~1980년대');
  });

  it('words an end that is known on one side only', () => {
    expect(formatWhen({ start: '1950', startOpen: true }, 'en')).to.equal('by 1950');
    expect(formatWhen({ start: '1950', end: '1953', endOpen: true }, 'en')).to.equal('1950 – 1953 or later');
    expect(formatWhen({ start: '-2332', end: '-0107', startOpen: true }, 'en')).to.equal('by 2333 BC – 108 BC');
    expect(formatWhen({ start: '1950', end: '1953', startOpen: true, endOpen: true }, 'ko')).to.equal(
      '1950년 이전~1953년 이후',
    );
  });

  it('marks approximate dates', () => {
    expect(formatWhen({ start: '1950', circa: true }, 'en')).to.equal('c. 1950');
    expect(formatWhen({ start: '1950', circa: true }, 'ko')).to.equal('1950년경');
  });

  it('writes every date as Intl would, without Intl', () => {
    const next = random(1950);
    const precisions: Precision[] = ['year', 'month', 'day'];
    const wrong: string[] = [];
    let compared = 0;
    for (let i = 0; i < 1500; i++) {
      const locale: Locale = i % 2 ? 'ko' : 'en';
      const start = randomDate(next, precisions[i % 3]!);
      let end = randomDate(next, precisions[Math.floor(i / 6) % 3]!, start);
      if (dayNumber(end) < dayNumber(start)) end = { ...start };
      const pairs: [string, string][] = [
        [formatDate(start, locale), intl(locale, start.precision).format(dayToDate(dayNumber(start)))],
        [formatRange(start, end, locale), start.precision === end.precision ? intlRange(start, end, locale) : ''],
      ];
      if (start.precision === 'month') {
        pairs.push([
          formatTick(dayNumber(start), 'month', locale),
          intl(locale, 'month', locale === 'en').format(dayToDate(dayNumber(start))),
        ]);
      }
      for (const [ours, theirs] of pairs) {
        if (!theirs) continue;
        compared++;
        if (ours !== theirs) wrong.push(`${JSON.stringify([start, end])} ${locale}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(compared).to.be.greaterThan(2500);
    expect(wrong.slice(0, 5)).to.deep.equal([]);
  });

  it('does not shift a date at the edge of a day in any time zone', () => {
    // Local midnight in Seoul and Kiritimati (UTC+14) is the previous day in UTC, and the reverse in
    // Los Angeles.
    expect(formatDate(d('2025-01-01'), 'en')).to.equal('1 January 2025');
    expect(formatDate(d('1999-12-31'), 'en')).to.equal('31 December 1999');
    expect(formatRange(d('1999-12-31'), d('2000-01-01'), 'en')).to.equal('31 December 1999 – 1 January 2000');
  });
});
