/**
 * The chronology format. Plain data: what an author writes in `events/*.ts` or in JSON.
 * Everything here is serialisable, so a chronology round-trips through JSON unchanged.
 */

/**
 * ISO 8601 calendar date at year, month or day precision: '1950', '1950-06', '1950-06-25'.
 * Before year 1, astronomical years with a minus sign and at least four digits: '-0043-03-15' is
 * 15 March 44 BC, '-2332' is 2333 BC (year 0 is 1 BC). A decade or century replaces its last digits
 * with X: '195X' is the 1950s, '18XX' the 19th century (1800–1899), '-02XX' the 3rd century BC.
 * @pattern ^(-?\d{3}X|-?\d{2}XX|(-\d{4,6}|\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$
 */
export type DateString = string;

/**
 * A text in one or more languages, keyed by BCP 47 tag: `{ en: '…', ko: '…', 'zh-Hant': '…' }`.
 * Shown in the reader's language, else the same language in another region or script, else the
 * chronology's `defaultLocale`, else the first one given. A plain string is in `defaultLocale`
 * (English when there is none).
 */
export type Localized = string | Texts;

/**
 * Texts by language tag; at least one.
 * @minProperties 1
 * @propertyNames { "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$" }
 */
export interface Texts {
  [lang: string]: string;
}

/** A work that supports an event: a news report, an official record, a reference book. */
export interface Source {
  title: string;
  /** Only `http:`, `https:` and relative URLs become links. */
  url?: string;
  publisher?: string;
  author?: string;
  published?: DateString;
  accessed?: DateString;
  /**
   * The language the source itself is written in, as a BCP 47 tag: `en`, `ko`, `zh-Hans`, `pt`. Its
   * link gets `hreflang`, and where the reader reads another language the footnote says which after the
   * headline: "(in Chinese)", "(중국어)". Leave it out when unknown.
   * @pattern ^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$
   */
  language?: string;
}

/** A picture of an event. Only `http:`, `https:` and relative URLs are shown; nothing is embedded. */
export interface Media {
  src: string;
  /** What the picture shows, for readers who cannot see it. Required; `''` marks a purely decorative picture. */
  alt: Localized;
  caption?: Localized;
  /** Who made or owns the picture, shown after the caption. */
  credit?: Localized;
  /** The picture's width and height in pixels, so the page does not shift as it loads. */
  width?: number;
  height?: number;
}

/** A public correction of an event: when, and what was corrected. */
export interface Correction {
  date: DateString;
  text: Localized;
}

/** A group of events with a label and a colour (any CSS colour). */
export interface Category {
  /** Kebab-case id; also names the token `--kt-category-color-<id>`. */
  id: string;
  label: Localized;
  color?: string;
}

/** A named period, drawn as a band or a section heading. */
export interface Era {
  id: string;
  start: DateString;
  end: DateString;
  label: Localized;
}

/**
 * One side of a story, drawn as a row (or a column) of events on the timeline's one axis: Washington
 * and Beijing, say, in Seoul's.
 */
export interface Lane {
  /** Letters, digits and single hyphens; named by events' `lane`; also names `--kt-lane-color-<id>`. */
  id: string;
  label: Localized;
  /** A line on what the lane holds, for its label's description. */
  description?: Localized;
  /** Any CSS colour, for the lane's band and label. */
  color?: string;
  /** The id of one of its events: with `align="relative"`, the time scale puts it at zero, and the lane's other events before and after it. */
  anchor?: string;
}

/**
 * A note on the timeline: a marker at a date, a band over a range, or a note on an event or a lane.
 * It names at least one of `start`, `event` and `lane`.
 */
export interface Annotation {
  /** Unique among the annotations. */
  id: string;
  /** Where it falls: a marker at this date, or the start of a band that runs to `end`. */
  start?: DateString;
  /** For a band: the last date, inclusive. */
  end?: DateString;
  /** The id of the event it is about. */
  event?: string;
  /** The id of the lane it is about, or is drawn in. */
  lane?: string;
  text: Localized;
  /** 1 (most important) to 3 (least); where labels have no room, the higher ones keep theirs. Default 2. */
  priority?: 1 | 2 | 3;
  sources?: Source[];
}

/** One thing that happened, at a date or over a range of dates. */
export interface TimelineEvent {
  /** Kebab-case, unique within the chronology; used for `selected` and `#hash` links. */
  id: string;
  start: DateString;
  /** For a range: the last date, inclusive, at its own precision. */
  end?: DateString;
  /** The date is approximate: shown as "c. 1950". */
  circa?: boolean;
  /** The start is known only as no later than `start` ("by 1950"): drawn with an open start. */
  startOpen?: boolean;
  /** The end (or a single date) is known only as no earlier than it ("1953 or later"): drawn open. */
  endOpen?: boolean;
  title: Localized;
  summary?: Localized;
  /** The id of a declared category. */
  category: string;
  /**
   * The id of the declared lane the event sits in; or several, its main lane first: it shows once, in
   * reading order, in its main lane, with a reference mark in the others.
   */
  lane?: string | string[];
  tags?: string[];
  sources?: Source[];
  /** Editorial note, e.g. why one date was chosen where sources differ. */
  note?: Localized;
  /** A key moment: drawn larger, and one stop of the `featured-only` short story. */
  featured?: boolean;
  /** A short line above a featured event's title, e.g. "Turning point". */
  kicker?: Localized;
  /**
   * What the empty years before this event hold, said where a long gap is marked before it: "the
   * alliance holds through the Cold War" ("1953 → 1988 · 35 years: the alliance holds…").
   */
  gap?: Localized;
  /** Pictures, shown in the event's details. */
  media?: readonly Media[];
  /** When the event's entry was last updated. */
  updated?: DateString;
  /** Corrections made to the entry, oldest first. */
  corrections?: readonly Correction[];
}

export interface Chronology {
  /** The JSON Schema this file follows, for editor validation; ignored by the element. */
  $schema?: string;
  title: Localized;
  description?: Localized;
  /** The language of plain-string texts, and the one to show when a text lacks the reader's. */
  defaultLocale?: string;
  /** When the chronology was last updated: shown in its header. */
  updated?: DateString;
  categories: Category[];
  eras?: Era[];
  /** The sides of the story, shown as lanes on request (`lanes`); events name theirs in `lane`. */
  lanes?: Lane[];
  events: TimelineEvent[];
  /** Notes on the timeline: at a date, over a range, or on an event or a lane. */
  annotations?: Annotation[];
}
