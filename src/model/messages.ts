/**
 * Every UI string, one table per language. Templates read from here only, so a translation is one
 * object, not a hunt through markup. English is built in (each chunk brings its own); the packs in
 * ../features/locales/, Korean among them, load on demand, and `registerLocale` adds any other.
 */

/** A BCP 47 language tag: 'en', 'ko-KR', 'zh-Hant-TW', 'ar'. */
export type Locale = string;

/** The strings of the first render. */
export interface CoreMessages {
  circa: (date: string) => string;
  /** Joins two independently formatted dates into a range. */
  rangeJoin: string;
  sources: string;
  /** The label of an event's closed note and sources: "Sources (2)", "Note and sources (2)". */
  sourcesCount: (count: number, note: boolean) => string;
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
  /** The screen-reader summary of a chronology: `events` is eventsShown's text. */
  synopsis: (title: string, events: string, span: string, eras: number) => string;
}

/** The strings only a track (time scale, horizontal) shows: English built in with its chunk. */
export interface TrackMessages {
  /** The zoom buttons' group, and each button. */
  zoom: string;
  zoomIn: string;
  zoomOut: string;
  /** The horizontal track's pane for the selected event, and its close button. */
  details: string;
  close: string;
  /** In that pane while no event is selected. */
  pick: string;
  /** A shortened empty stretch of a time scale, read out. */
  gap: (from: string, to: string) => string;
  /** Written on that stretch: the axis is cut there. */
  notToScale: string;
}

/** The strings of the reader's guides (elapsed time, the story bar): English built in with their chunk. */
export interface GuideMessages {
  /** The story bar's group, its key-moments toggle, and its buttons. */
  story: string;
  keyMoments: string;
  previous: string;
  next: string;
  /** A number of days, months or years: "3 years", "3년". */
  duration: (n: number, unit: 'day' | 'month' | 'year') => string;
  /** A gap between two events, read out: "From 1953 to 1988: 35 years". */
  elapsed: (from: string, to: string, years: string) => string;
  /** The stepper's place among the key moments: "3 of 8"; before the first is chosen, how many: "8 key moments". */
  moment: (n: number, total: number) => string;
  /** The call to begin with the key moments, before the reader has chosen any event: "Start with the 8 key moments". */
  start: (total: number) => string;
  /** "How to read this": the legend's toggle, then its lines, each shown where the view has what it explains. */
  legend: string;
  /** The reading order of a list or vertical track. */
  legendOrder: (newest: boolean) => string;
  legendEvent: string;
  legendRange: string;
  legendFeatured: string;
  legendColour: string;
  legendEra: string;
  /** The flowing list's marks for years without events. */
  legendGap: string;
  /** The time scale: what distance along it means, and where it does not. */
  legendTime: string;
  /** An evenly spaced track. */
  legendEven: string;
}

/** Words for dates before year 1, decades, centuries and one-sided ends: English built in with their chunk. */
export interface DateMessages {
  /** A date before year 1: "44 BC", "기원전 44년"; `date` is written with the year counted back from 1. */
  bc: (date: string) => string;
  /** A decade, from its first year as the locale writes it: "the 1950s", "1950년대". */
  decade: (year: string) => string;
  /** A century from its number as the locale writes it: "19th century", "19세기". */
  century: (n: number, digits: string) => string;
  /** A start known only as no later than this date: "by 1950". */
  startOpen: (date: string) => string;
  /** An end known only as no earlier than this date: "1953 or later". */
  endOpen: (date: string) => string;
}

/** The strings of search, sharing and corrections: English built in with the story chunk. */
export interface StoryMessages {
  /** The search field's label, and how many events match. */
  search: string;
  matches: (n: number) => string;
  /** The share button, and what its live region says once the link is copied. */
  share: string;
  copied: string;
  /** The label of an event's corrections, and "Updated 3 November 2025". */
  corrections: string;
  updated: (date: string) => string;
}

/** Following the article and playing through the events: English built in with their code (../features/follow/index.ts). */
export interface FollowMessages {
  /** The switch that makes the timeline follow the article as the reader scrolls. */
  follow: string;
  /** The play button, pressed while it plays, and what its live region says when play starts and stops. */
  play: string;
  playing: string;
  paused: string;
}

/** The words of the footnotes: English built in with the code that writes them (../features/finish/language.ts). */
export interface FootnoteMessages {
  /** After the headline of a source in another language, with the space before it that the language wants: " (in Chinese)", " (중국어)", "（中国語）"; `name` is that language's name in the reader's. */
  inLanguage: (name: string) => string;
}

/** Lanes and annotations (`lanes`): English built in with their chunk (../features/lanes/). */
export interface LaneMessages {
  /** The lane bar's group. */
  lanes: string;
  /** Its switch: one list in time order, or a list per lane. */
  byTime: string;
  byLane: string;
  /** Fold every lane away, or open them all. */
  collapseAll: string;
  expandAll: string;
  /** After an event's lane, the other lanes it belongs to: "also Beijing". */
  alsoIn: (lanes: string) => string;
  /** The lane of events that name none. */
  otherLane: string;
  /** The label of a note on the timeline (an annotation). */
  annotation: string;
  /** With `align="relative"`, a tick on the axis: years before or after each lane's anchor, "−2 y", "+3 y"; `years` is already written with its sign. */
  offset: (years: string) => string;
}

/** Every string the element shows. `registerLocale` needs them all, so a translation can't miss one. */
export type Messages = CoreMessages &
  DateMessages &
  TrackMessages &
  GuideMessages &
  StoryMessages &
  FollowMessages &
  FootnoteMessages &
  LaneMessages;

/**
 * The strings of a group whose English comes with its chunk: those of the locale's pack (or
 * registered table) when it has them (`key` tells), else that English.
 */
export function chunkStrings<T extends object>(locale: Locale, english: T, key: keyof T): T {
  const found = findStrings(locale) as Partial<T> | undefined;
  return found?.[key] !== undefined ? (found as T) : english;
}

/** 10000 → "10,000", without waking up ICU for a number. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const en: CoreMessages = {
  circa: (date) => `c. ${date}`,
  rangeJoin: ' – ',
  sources: 'Sources',
  sourcesCount: (count, note) => `${note ? 'Note and sources' : 'Sources'} (${count})`,
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
  synopsis: (title, events, span, eras) =>
    `${title}: ${events}, ${span}, ${eras} ${eras === 1 ? 'era' : 'eras'}. Arrow keys move between events, Enter selects.`,
};

const tables = new Map<string, CoreMessages & Partial<Omit<Messages, keyof CoreMessages>>>([['en', en]]);

/**
 * The tags to look a locale up under, most specific first: zh-Hant-TW → zh-hant-tw, zh-hant, zh.
 * Chinese without a script takes the one its region writes: zh-TW → zh-hant, zh-CN → zh-hans.
 */
export function lookupTags(locale: Locale): readonly string[] {
  // Asked for each string of each event rendered: worked out once per locale.
  let tags = tagsOf.get(locale);
  if (tags) return tags;
  const parts = locale.toLowerCase().split('-');
  const found = parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
  if (parts[0] === 'zh' && !/^han[st]$/.test(parts[1] ?? '')) {
    found.splice(-1, 0, /^(tw|hk|mo)$/.test(parts[1] ?? '') ? 'zh-hant' : 'zh-hans');
  }
  tagsOf.set(locale, (tags = found));
  return tags;
}
const tagsOf = new Map<Locale, readonly string[]>();

/** The strings of a locale's nearest registered language, if any is registered. */
export function findStrings(locale: Locale): (CoreMessages & Partial<Omit<Messages, keyof CoreMessages>>) | undefined {
  for (const tag of lookupTags(locale)) {
    const found = tables.get(tag);
    if (found) return found;
  }
  return undefined;
}

/** The strings to show in a locale: its own, or English until (or unless) its pack is loaded. */
export const strings = (locale: Locale): CoreMessages & Partial<Omit<Messages, keyof CoreMessages>> =>
  findStrings(locale) ?? en;

/**
 * Adds or replaces the UI strings of a language, e.g. `registerLocale('he', { … })`. A partial table
 * is laid over English, string by string: what it lacks, or gives as anything but text or a
 * function, is shown in English, never blank.
 */
export function registerLocale(tag: Locale, table: Partial<Messages>): void {
  const merged: Record<string, unknown> = { ...en };
  for (const [key, value] of Object.entries(table ?? {})) {
    if (typeof value === 'string' || typeof value === 'function') merged[key] = value;
  }
  tables.set(tag.toLowerCase(), merged as unknown as CoreMessages);
}

/** Whether dates in this locale are written from the built-in tables (English and Korean), not Intl. */
export const isBuiltIn = (locale: Locale): boolean => /^(en|ko)(-|$)/i.test(locale);

const canonical = new Map<string, string | undefined>();

/**
 * A language tag in the form `Intl` writes it ('ko-kr' → 'ko-KR'), or undefined when `Intl` would
 * throw on it ('de-DE-DE', 'fr-12', 'not a tag!'). Remembered, so a tag costs one check.
 */
export function canonicalTag(tag: string): string | undefined {
  if (!canonical.has(tag)) {
    let result: string | undefined;
    try {
      // Intl takes a language of 5 to 8 letters ('Korean'): none is registered, and none is a tag here.
      if (/^[a-z]{2,3}(-|$)/i.test(tag)) result = Intl.getCanonicalLocales(tag)[0];
    } catch {
      // Not a tag Intl takes: undefined.
    }
    canonical.set(tag, result);
  }
  return canonical.get(tag);
}

const warned = new Set<string>();

/**
 * The locale for a `locale` or `lang` value: its canonical tag; for a tag `Intl` rejects, its
 * language alone ('de-DE-DE' → 'de'), else 'en', with one console warning per tag. '' → 'en'.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const trimmed = tag?.trim() ?? '';
  if (!trimmed) return 'en';
  const locale = canonicalTag(trimmed);
  if (locale) return locale;
  const fallback = canonicalTag(trimmed.split('-')[0]!) ?? 'en';
  if (!warned.has(trimmed)) {
    warned.add(trimmed);
    console.warn(`korea-timeline: '${trimmed}' is not a language tag; shown in '${fallback}'`);
  }
  return fallback;
}
