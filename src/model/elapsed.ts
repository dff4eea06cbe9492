/**
 * Elapsed time in words: how long a range lasts ("3 years", "9 days"), and the gap between two
 * events far apart ("1953 → 1988 · 35 years"). Pure: no DOM; loaded with the reader's chunk.
 *
 * Short spans count calendar days inclusively, as a reader counts a visit of 18–20 September as
 * three days; longer ones are rounded to months, then years.
 */
import type { Locale } from './messages.js';
import type { TimelineItem } from './timeline.js';
import { dayToDate } from './dates.js';

/** Events further apart than this (in days) get a gap marker between them. */
export const GAP_AFTER = 5 * 365.2425;

const MONTH = 365.2425 / 12;

type Unit = 'day' | 'month' | 'year';

/** "3 years", "1 year 4 months", "9 days"; "3년", "1년 4개월", "9일". */
const words: Record<Locale, (n: number, unit: Unit) => string> = {
  en: (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`,
  ko: (n, unit) => `${n}${{ day: '일', month: '개월', year: '년' }[unit]}`,
};

/** How long an event from day `from` to day `to` (inclusive day numbers) lasts, in words. */
export function formatDuration(from: number, to: number, locale: Locale): string {
  const say = words[locale];
  const days = to - from + 1;
  if (days < 60) return say(days, 'day');
  const months = Math.round(days / MONTH);
  if (months < 12) return say(months, 'month');
  if (months < 24 && months % 12 !== 0) return `${say(1, 'year')} ${say(months % 12, 'month')}`;
  return say(Math.round(months / 12), 'year');
}

/** The years a gap runs between, in reading order, and how many years that is. */
export interface Gap {
  from: number;
  to: number;
  years: number;
}

/**
 * The gap between an event and the one before it in the list, when they are more than five years
 * apart; in either order (newest first too).
 */
export function gapBetween(previous: TimelineItem | undefined, item: TimelineItem): Gap | undefined {
  if (!previous) return undefined;
  const [early, late] = previous.from <= item.from ? [previous, item] : [item, previous];
  if (late.from - early.to <= GAP_AFTER) return undefined;
  const years = (day: number) => dayToDate(day).getUTCFullYear();
  const [a, b] = [years(early.to), years(late.from)];
  return early === previous ? { from: a, to: b, years: b - a } : { from: b, to: a, years: b - a };
}

/** "1953 → 1988 · 35 years", "1953 → 1988 · 35년". */
export function formatGap(gap: Gap, locale: Locale): string {
  return `${gap.from} → ${gap.to} · ${words[locale](gap.years, 'year')}`;
}

/** What a screen reader hears for a gap: "From 1953 to 1988: 35 years", "1953년부터 1988년까지 35년". */
export function speakGap(gap: Gap, locale: Locale): string {
  const years = words[locale](gap.years, 'year');
  return locale === 'ko' ? `${gap.from}년부터 ${gap.to}년까지 ${years}` : `From ${gap.from} to ${gap.to}: ${years}`;
}
