/**
 * Every UI string, one table per locale. Templates read from here only, so a translation
 * is one object, not a hunt through markup.
 */

export type Locale = 'en' | 'ko';

export const locales: readonly Locale[] = ['en', 'ko'];

export interface Messages {
  circa: (date: string) => string;
  /** Joins two independently formatted dates into a range. */
  rangeJoin: string;
  sources: string;
  category: string;
  eventsShown: (shown: number, total: number) => string;
  /** Some events exist, but none passes the filters. */
  noEvents: string;
  /** The chronology has no events at all. */
  noData: string;
  loading: string;
  problems: (count: number) => string;
  filters: string;
  all: string;
}

/** 10000 → "10,000" (Korean groups digits the same way), without waking up ICU for a number. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export const messages: Record<Locale, Messages> = {
  en: {
    circa: (date) => `c. ${date}`,
    rangeJoin: ' – ',
    sources: 'Sources',
    category: 'Category',
    eventsShown: (shown, total) =>
      shown === total
        ? `${count(total)} ${total === 1 ? 'event' : 'events'}`
        : `${count(shown)} of ${count(total)} events shown`,
    noEvents: 'No events match the current filters.',
    noData: 'No events to show.',
    loading: 'Loading…',
    problems: (count) =>
      `${count} ${count === 1 ? 'problem' : 'problems'} in the data: the affected items are not shown.`,
    filters: 'Filter by category',
    all: 'All',
  },
  ko: {
    circa: (date) => `${date}경`,
    rangeJoin: '~',
    sources: '출처',
    category: '분류',
    eventsShown: (shown, total) =>
      shown === total ? `사건 ${count(total)}건` : `사건 ${count(total)}건 중 ${count(shown)}건 표시`,
    noEvents: '현재 필터에 맞는 사건이 없습니다.',
    noData: '표시할 사건이 없습니다.',
    loading: '불러오는 중…',
    problems: (count) => `데이터에서 문제 ${count}건이 발견되어 해당 항목은 표시하지 않습니다.`,
    filters: '분류별로 보기',
    all: '전체',
  },
};

/** Maps any BCP 47 tag to a supported locale: 'ko-KR' → 'ko', anything unknown → 'en'. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().split('-')[0] === 'ko' ? 'ko' : 'en';
}
