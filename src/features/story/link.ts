import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { TimelineShareEvent } from './events.js';
import { localize } from '../../model/dates.js';
import { chunkStrings, type Locale, type StoryMessages } from '../../model/messages.js';
import type { TimelineEvent } from '../../model/types.js';
import { readHash, VIEW_KEYS, writeHash, type ViewState } from '../../model/link.js';
import { HashLinkController } from './hash.js';
import { isSafeUrl } from '../../model/url.js';

/** The strings only the share button shows, one table per locale (the rest are in model/messages.ts). */
const linkMessages: Pick<StoryMessages, 'share' | 'copied'> = { share: 'Copy link', copied: 'Link copied' };

const linkStrings = (locale: Locale): Pick<StoryMessages, 'share' | 'copied'> =>
  chunkStrings(locale, linkMessages, 'share');

/** What the link needs of its element: its id and the view it shows. */
export interface LinkHost extends ViewState, ReactiveControllerHost, EventTarget {
  readonly id: string;
  readonly linkHash: boolean;
  readonly linkBase?: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The share button's styles: the story feature lists them, and the element adopts them when it arrives. */
export const linkStyles = css`
  .share-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0.75em 0 0;
    font-size: var(--_small);
  }
  .share {
    min-height: 2.25em;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .share:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .share-status {
    color: var(--_muted);
  }
  @media (pointer: coarse) {
    .share {
      min-height: 44px;
    }
  }
  @media print {
    .share-row {
      display: none;
    }
  }
`;

/**
 * The whole view in a link (`link-hash`), and the share button of the selected event. Part of the
 * story chunk. It reads the hash and writes it through its hash-link controller; the element
 * applies what the hash says.
 */
export class LinkController {
  /** The element's own attributes when the link arrived: the hash holds only what differs. */
  readonly baseline: ViewState;
  /** The event whose link was copied last, for the share button's confirmation. */
  #shared: string | undefined;
  readonly #hash: HashLinkController;

  /** `onNavigate` is called when the reader navigates to another hash. */
  constructor(
    private readonly host: LinkHost,
    onNavigate: () => void,
  ) {
    this.#hash = new HashLinkController(host, onNavigate);
    this.baseline = Object.fromEntries(VIEW_KEYS.map((key) => [key, host[key]]));
  }

  /**
   * The view the URL's hash describes, for the element to show: each attribute as the hash gives it;
   * what it leaves out stays as it is on load, and returns to the attribute's own value after a
   * navigation (a link, Back, Forward), where no selection in the hash clears the selection
   * (`selected: undefined`). Undefined without `link-hash`.
   */
  follow(navigated: boolean): ViewState | undefined {
    const host = this.host;
    if (!host.linkHash) return undefined;
    const state = readHash(location.hash, host.id);
    const view: ViewState = {};
    for (const key of VIEW_KEYS) {
      view[key] = (key in state ? state[key] : navigated ? this.baseline[key] : host[key]) || undefined;
    }
    if (state.selected || navigated) view.selected = state.selected;
    return view;
  }

  /** Writes this element's view as it is now to the URL's hash, with `link-hash`: a new history entry when `push`. */
  write(push: boolean): void {
    if (this.host.linkHash) this.#hash.write(writeHash(location.hash, this.host.id, this.host, this.baseline), push);
  }

  /** The link to one event: on this page, or on the page `link-base` names (an embed's host). */
  url(id: string): string {
    const base = this.host.linkBase;
    const page = base && isSafeUrl(base) ? new URL(base, location.href).href : location.href;
    return page.replace(/#.*$/, '') + writeHash('', this.host.id, { selected: id }, {});
  }

  /** The selected event's share button, with a polite live region that confirms a copy. */
  button = (event: TimelineEvent, locale: Locale): TemplateResult | typeof nothing => {
    if (!this.host.linkHash) return nothing;
    const t = linkStrings(locale);
    return html`<p class="share-row">
      <button part="share" class="share" type="button" @click=${() => void this.#share(event, locale)}>
        ${t.share}
      </button>
      <span part="share-status" class="share-status" role="status">${this.#shared === event.id ? t.copied : ''}</span>
    </p>`;
  };

  async #share(event: TimelineEvent, locale: Locale): Promise<void> {
    const url = await this.#offer(event.id, localize(event.title, locale).text);
    if (!url) return;
    this.#shared = event.id;
    this.host.requestUpdate();
    this.host.dispatchEvent(new TimelineShareEvent(event, url));
  }

  /**
   * Offers an event's link: the share sheet on a touch device that has one, else the clipboard.
   * Resolves to the link once it is shared or copied, or undefined when it was not.
   */
  async #offer(id: string, title: string): Promise<string | undefined> {
    const url = this.url(id);
    if (navigator.share && matchMedia('(pointer: coarse)').matches) {
      try {
        await navigator.share({ title, url });
        return url;
      } catch {
        // Cancelled, or not allowed here (an iframe without the permission): copy instead.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      return url;
    } catch {
      // The Clipboard API is missing or refused (an iframe without clipboard-write): the old way,
      // which still works inside the reader's click.
      return copyByCommand(url) ? url : undefined;
    }
  }
}

/** Copies through a selected, invisible text area, then gives focus back to what had it. */
function copyByCommand(text: string): boolean {
  const active = document.activeElement;
  const focused = (active?.shadowRoot?.activeElement ?? active) as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
    focused?.focus();
  }
}
