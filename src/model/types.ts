/**
 * The chronology format. Plain data: what an author writes in `events/*.ts` or in JSON.
 * Everything here is serialisable, so a chronology round-trips through JSON unchanged.
 */

/**
 * ISO 8601 calendar date at year, month or day precision: '1950', '1950-06', '1950-06-25'.
 * @pattern ^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$
 */
export type DateString = string;

/** A text in English, optionally with a Korean version. A plain string is English. */
export type Localized = string | { en: string; ko?: string };

/** A work that supports an event: a news report, an official record, a reference book. */
export interface Source {
  title: string;
  /** Only `http:`, `https:` and relative URLs become links. */
  url?: string;
  publisher?: string;
  author?: string;
  published?: DateString;
  accessed?: DateString;
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

/** One thing that happened, at a date or over a range of dates. */
export interface TimelineEvent {
  /** Kebab-case, unique within the chronology; used for `selected` and `#hash` links. */
  id: string;
  start: DateString;
  /** For a range: the last date, inclusive, at its own precision. */
  end?: DateString;
  /** The date is approximate: shown as "c. 1950". */
  circa?: boolean;
  title: Localized;
  summary?: Localized;
  /** The id of a declared category. */
  category: string;
  tags?: string[];
  sources?: Source[];
  /** Editorial note, e.g. why one date was chosen where sources differ. */
  note?: Localized;
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
  /** When the chronology was last updated: shown in its header. */
  updated?: DateString;
  categories: Category[];
  eras?: Era[];
  events: TimelineEvent[];
}
