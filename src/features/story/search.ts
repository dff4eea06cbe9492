import { css, html, type TemplateResult } from 'lit';
import { chunkStrings, type Locale, type StoryMessages } from '../../model/messages.js';
import type { Chronology } from '../../model/types.js';
import { SearchIndex } from '../../model/search.js';
import { TimelineSearchEvent } from './events.js';

/** The search field's styles: the story feature lists them, and the element adopts them when it arrives. */
export const searchStyles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0.75em 0 0;
  }
  .search label {
    font-weight: 600;
    font-size: 0.875em;
  }
  .search input {
    flex: 1 1 12em;
    max-width: 24em;
    min-height: 2.25em;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  @media (pointer: coarse) {
    .search input {
      min-height: 44px;
    }
  }
  .search input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .search-status {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_small);
    color: var(--_muted);
  }
  .search-status:empty {
    display: none;
  }
  mark {
    border-radius: 2px;
    background: light-dark(#ffe58a, #6b5500);
    color: inherit;
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .search {
      display: none;
    }
  }
`;

/** The strings only search shows, one table per locale (the rest are in model/messages.ts). */
// Search starts Intl anyway (its collator), so numbers are grouped by it here: 10,000 in both.
const count = (n: number) => n.toLocaleString('en');
const searchMessages: Pick<StoryMessages, 'search' | 'matches'> = {
  search: 'Search',
  matches: (n) => `${count(n)} ${n === 1 ? 'event matches' : 'events match'}`,
};

const searchStrings = (locale: Locale): Pick<StoryMessages, 'search' | 'matches'> =>
  chunkStrings(locale, searchMessages, 'search');

export interface SearchHost extends EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** How long typing pauses before the status says how many events match: one announcement per query. */
const SETTLE_MS = 600;

/**
 * Search (`search`, `query`): the field and its live status, which events match, and the marks
 * around the matches. It has no lifecycle of its own: the element asks it during its update.
 * Part of the story chunk, fetched the first time an element has `search` or a `query`. The index is built for
 * one chronology in one locale, on the first query, and reused per keystroke.
 */
export class SearchController {
  #index: SearchIndex | undefined;
  #query = '';
  /** How many events the view shows, as the field last said. */
  #count = 0;
  /** While the reader types, the status keeps what it last said; it speaks when typing pauses. */
  #typing: ReturnType<typeof setTimeout> | undefined;
  #said = '';

  constructor(
    private readonly host: SearchHost,
    /** The reader typed or cleared a query: the element's `query` is set (and the link written). */
    private readonly searchFor: (query: string) => void,
  ) {}

  /** The ids of the events matching `query`, or undefined when there is none (all match). */
  match(chronology: Chronology, locale: Locale, query: string | undefined): ReadonlySet<string> | undefined {
    this.#query = query?.trim() ?? '';
    if (!this.#query) return undefined;
    if (this.#index?.chronology !== chronology || this.#index.locale !== locale) {
      this.#index = new SearchIndex(chronology, locale);
    }
    return this.#index.match(this.#query);
  }

  /** `text` with each match of the query in `<mark part="match">`. */
  mark = (text: string): unknown => {
    if (!this.#query || !this.#index) return text;
    const ranges = this.#index.folder.ranges(text, this.#query);
    if (ranges.length === 0) return text;
    const parts: unknown[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      parts.push(text.slice(at, start), html`<mark part="match">${text.slice(start, end)}</mark>`);
      at = end;
    }
    parts.push(text.slice(at));
    return parts;
  };

  /** The search field and the polite status saying how many events match. */
  field(locale: Locale, query: string | undefined, count: number): TemplateResult {
    const t = searchStrings(locale);
    this.#count = count;
    return html`<div part="search" class="search" role="search">
      <label for="search">${t.search}</label>
      <input
        id="search"
        type="search"
        autocomplete="off"
        .value=${query ?? ''}
        @input=${this.#onInput}
        @keydown=${this.#onKey}
      />
      <p part="search-status" class="search-status" role="status">${this.#status(t.matches(count))}</p>
    </div>`;
  }

  #onInput = (event: Event): void => void this.#searchFor((event.target as HTMLInputElement).value);

  /** What the live status says: the count for the query, once typing has paused. */
  #status(matches: string): string {
    if (!this.#typing) this.#said = this.#query ? matches : '';
    return this.#said;
  }

  /** The reader's query: the element shows it, then `kt-search` says how many events it shows. */
  async #searchFor(query: string): Promise<void> {
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => {
      this.#typing = undefined;
      this.host.requestUpdate();
    }, SETTLE_MS);
    this.searchFor(query);
    await this.host.updateComplete;
    this.host.dispatchEvent(new TimelineSearchEvent(query, this.#count));
  }

  /** Escape clears the query and keeps focus in the field; with no query it does what it does elsewhere. */
  #onKey = (event: KeyboardEvent): void => {
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Escape' || !input.value) return;
    event.preventDefault();
    event.stopPropagation();
    input.value = '';
    void this.#searchFor('');
  };
}
