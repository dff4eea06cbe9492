/**
 * Search: which events match a query, and where in a text the matches are. Case-, accent- and
 * width-insensitive as `Intl.Collator`'s base sensitivity defines it; Korean matches as typed.
 * Pure, no DOM; loaded on demand with the search controller.
 *
 * Comparing a query with every stretch of every text through the collator would take seconds at
 * 10,000 events. Instead each character is folded once to the first character the collator finds
 * equal to it (characters it ignores, such as combining accents, fold to nothing), and a match is
 * a substring of the folded text: a keystroke is one `includes` per event.
 */
import { localize } from './dates.js';
import type { Locale } from './messages.js';
import type { Chronology, TimelineEvent } from './types.js';

export class Folder {
  readonly #collator: Intl.Collator;
  /** One character per group of characters the collator finds equal, in its order. */
  readonly #groups: string[] = [];
  readonly #folds = new Map<string, string>();

  constructor(locale: Locale) {
    this.#collator = new Intl.Collator(locale, { sensitivity: 'base' });
  }

  /** The character that stands for `char`'s group, or '' when the collator ignores it. */
  char(char: string): string {
    let fold = this.#folds.get(char);
    if (fold !== undefined) return fold;
    const compare = this.#collator.compare;
    if (compare(char, '') === 0) fold = '';
    else {
      let low = 0;
      let high = this.#groups.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compare(this.#groups[middle]!, char) < 0) low = middle + 1;
        else high = middle;
      }
      const found = this.#groups[low];
      if (found !== undefined && compare(found, char) === 0) fold = found;
      else {
        this.#groups.splice(low, 0, char);
        fold = char;
      }
    }
    this.#folds.set(char, fold);
    return fold;
  }

  /** The whole text folded. */
  text(text: string): string {
    let folded = '';
    for (const char of text.normalize()) folded += this.char(char);
    return folded;
  }

  /** Where the query occurs in `text`: `[start, end)` index pairs into `text`, in order, not overlapping. */
  ranges(text: string, query: string): [number, number][] {
    const needle = this.text(query);
    if (!needle) return [];
    let folded = '';
    // Where each folded character came from in the text; one more entry for the end.
    const from: number[] = [];
    let index = 0;
    for (const char of text) {
      const fold = this.char(char);
      for (let i = 0; i < fold.length; i++) from.push(index);
      folded += fold;
      index += char.length;
    }
    from.push(index);
    const ranges: [number, number][] = [];
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      ranges.push([from[at]!, from[at + needle.length]!]);
    }
    return ranges;
  }
}

/** The texts of an event that search looks in: title, summary, category label and source titles. */
export function searchTexts(event: TimelineEvent, chronology: Chronology, locale: Locale): string[] {
  const category = chronology.categories.find((c) => c.id === event.category);
  const texts = [localize(event.title, locale).text, category ? localize(category.label, locale).text : event.category];
  if (event.summary !== undefined) texts.push(localize(event.summary, locale).text);
  for (const source of event.sources ?? []) texts.push(source.title);
  return texts;
}

/**
 * The events of one chronology in one locale, folded once, and the ids matching a query. The same
 * query gives the same set, so a view built from it is reused.
 */
export class SearchIndex {
  readonly folder: Folder;
  readonly #entries: { id: string; text: string }[];
  #last: { query: string; ids: ReadonlySet<string> } | undefined;

  constructor(
    readonly chronology: Chronology,
    readonly locale: Locale,
  ) {
    this.folder = new Folder(locale);
    this.#entries = chronology.events.map((event) => ({
      id: event.id,
      // A separator the collator does not ignore keeps a match from running across two texts.
      text: this.folder.text(searchTexts(event, chronology, locale).join('\n')),
    }));
  }

  /** The ids of the events matching `query`, or undefined when it is blank (everything matches). */
  match(query: string): ReadonlySet<string> | undefined {
    const needle = this.folder.text(query.trim());
    if (!needle) return undefined;
    if (this.#last?.query === needle) return this.#last.ids;
    const ids = new Set<string>();
    for (const entry of this.#entries) if (entry.text.includes(needle)) ids.add(entry.id);
    this.#last = { query: needle, ids };
    return ids;
  }
}
