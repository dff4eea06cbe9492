/**
 * Following the article (`follow`) and playing through the events (`play`, `pace`), in one chunk
 * fetched only by an element that has one of them.
 *
 * Following: the article's anchors (`<a href="#event-id">`, any element with `data-kt-event`, or
 * `data-kt-view` in the link hash's format) are steps. The step shown is the last anchor whose top is
 * above a line across the window (`follow-offset`, 0.4 of its height by default), so the state
 * comes from where the reader is, whatever brought them there: a fast scroll, a reload halfway
 * down, a jump link, Back. The reader's own click or key on the timeline pauses following until they
 * scroll again, and the switch turns it off.
 *
 * Playing: the events shown (only the key moments with `featured-only`) are selected in turn, every
 * `pace` seconds, until the last, or until the reader does anything on the timeline. Neither moves
 * the focus or scrolls the page: the timeline brings the event into its own view.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../model/types.js';
import type { TimelineItem } from '../../model/timeline.js';
import { chunkStrings, type FollowMessages, type Locale } from '../../model/messages.js';
import { readHash, type ViewState } from '../../model/link.js';
import { feature } from '../../core/registry.js';
import { TimelineStepEvent } from './events.js';
import { articleFor, passedSteps } from './anchors.js';

export interface FollowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  follow: string | undefined;
  followOffset: number | undefined;
  play: boolean;
  pace: number | undefined;
  selected: string | undefined;
  categories: string | undefined;
  from: string | undefined;
  to: string | undefined;
  query: string | undefined;
}

/** What following asks of the element. */
export interface FollowCallbacks {
  /** The event with this id in the data shown, if any: an anchor naming another is another timeline's. */
  event(id: string): TimelineEvent | undefined;
  /** The events shown, in reading order: what play walks through. */
  items(): readonly TimelineItem[];
  /** What scrolls a selection into view: told that the next needs nothing from it (a step brings its event into view itself). */
  readonly reveal: { readerSelecting(): void };
}

const english: FollowMessages = { follow: 'Follow the article', play: 'Play', playing: 'Playing', paused: 'Paused' };
const strings = (locale: Locale): FollowMessages => chunkStrings(locale, english, 'follow');

const VIEW_KEYS = ['categories', 'from', 'to', 'query'] as const;

export class FollowController implements ReactiveController {
  /** The reader's switch: off, the element shows what the reader chooses, as without `follow`. */
  on = true;
  /** The reader clicked or pressed a key on the timeline: following waits for their next scroll. */
  #paused = false;
  #frame = 0;
  /** The anchor of the step shown: null above the first, undefined before the first look. */
  #anchor: Element | null | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #playing = false;
  /** What the play button's live region says: once per start or stop. */
  #status = '';
  /** The language of the controls, for what the live region says. */
  #locale: Locale = 'en';
  /** The view the page set, which a `data-kt-view` anchor's missing keys and the article's top restore. */
  readonly #baseline: ViewState;

  constructor(
    private readonly host: FollowHost,
    private readonly callbacks: FollowCallbacks,
  ) {
    this.#baseline = Object.fromEntries(VIEW_KEYS.map((key) => [key, host[key]]));
    host.addController(this);
  }

  /** Whether the element follows the article now: the count is then not read out on every step. */
  get following(): boolean {
    return this.host.follow !== undefined && this.on;
  }

  hostConnected(): void {
    document.addEventListener('scroll', this.#scrolled, { capture: true, passive: true });
    addEventListener('resize', this.#schedule, { passive: true });
    for (const type of ['pointerdown', 'keydown', 'wheel']) {
      this.host.addEventListener(type, this.#interacted, { capture: true, passive: true });
    }
    this.#schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.#scrolled, { capture: true });
    removeEventListener('resize', this.#schedule);
    for (const type of ['pointerdown', 'keydown', 'wheel']) {
      this.host.removeEventListener(type, this.#interacted, { capture: true });
    }
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#stop(false);
  }

  hostUpdated(): void {
    // Play started or stopped (the attribute, the button, a key): its first step is an update of its own.
    if (this.host.play !== this.#playing) {
      void Promise.resolve().then(() => (this.host.play ? this.#start() : this.#stop(true)));
    }
  }

  /** The follow switch and the play button, for the story bar; a live region (visually hidden by the guides' `.spoken`) says when play starts or stops. */
  controls(locale: Locale): TemplateResult {
    const t = strings((this.#locale = locale));
    const host = this.host;
    return html`${
        host.follow === undefined
          ? nothing
          : html`<button type="button" part="follow" class="filter" aria-pressed=${this.on} @click=${this.#toggle}>
              ${t.follow}
            </button>`
      }${
        host.play || host.pace !== undefined
          ? html`<button
              type="button"
              part="play"
              class="filter"
              aria-pressed=${Boolean(host.play)}
              @click=${() => (host.play = !host.play)}
            >
              <span aria-hidden="true">${host.play ? '❚❚' : '▶\uFE0E'}</span> ${t.play}
            </button>`
          : nothing
      }<span part="play-status" class="spoken" role="status">${this.#status}</span>`;
  }

  #toggle = (): void => {
    this.on = !this.on;
    this.#paused = false;
    this.#anchor = undefined;
    this.host.requestUpdate();
    this.#schedule();
  };

  /** A scroll of the page or of the article, not of a box around the timeline (which it scrolls itself). */
  #scrolled = ({ target }: Event): void => {
    if (target instanceof Element && target.contains(this.host)) return;
    this.#paused = false;
    this.#schedule();
  };

  /** The reader's own click, key or wheel on the timeline: it pauses following and stops play. */
  #interacted = (event: Event): void => {
    const control = event
      .composedPath()
      .some((node) => node instanceof Element && /^(follow|play)$/.test(node.getAttribute('part') ?? ''));
    if (control) return;
    if (this.following) this.#paused = true;
    if (this.host.play) this.host.play = false;
  };

  #schedule = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#look();
    });
  };

  /** What a step's hash shows in this timeline, or undefined when it is another timeline's (or nothing). */
  #step(hash: string): ViewState | undefined {
    const state = readHash(hash, this.host.id);
    if (!Object.keys(state).length || (state.selected !== undefined && !this.callbacks.event(state.selected))) {
      return undefined;
    }
    // A view sets the whole view: what it leaves out is what the page set.
    return hash.includes('=') ? { ...this.#baseline, ...state } : state;
  }

  /** Shows the step of the last anchor above the line that is this timeline's, if it is not the one shown. */
  #look(): void {
    if (!this.following || this.#paused) return;
    const article = articleFor(this.host, this.host.follow);
    if (!article) return;
    const line = innerHeight * Math.min(Math.max(this.host.followOffset ?? 0.4, 0), 1);
    const passed = passedSteps(article, line);
    let found: Element | null = null;
    let step: ViewState | undefined;
    // From the last passed back to the first of this timeline's: usually one look-up, however long the article.
    for (let i = passed.length - 1; i >= 0 && !step; i--) {
      const [anchor, hash] = passed[i]!;
      if (!this.host.contains(anchor) && (step = this.#step(hash))) found = anchor;
    }
    if (found === this.#anchor) return;
    this.#anchor = found;
    const id = step?.selected;
    this.#show(id, step && Object.keys(step).some((key) => key !== 'selected') ? step : this.#baseline);
    this.host.dispatchEvent(new TimelineStepEvent(found, id === undefined ? undefined : this.callbacks.event(id)));
  }

  /**
   * Shows a step: selects `id` (none clears the selection) and sets the view a `data-kt-view` anchor
   * gives, bringing the event into the timeline's own view without moving the focus or the page.
   */
  #show(id: string | undefined, view: ViewState | undefined): void {
    const host = this.host;
    if (view) for (const key of VIEW_KEYS) host[key] = view[key] || undefined;
    if (id === host.selected) return;
    this.callbacks.reveal.readerSelecting();
    host.selected = id;
    // Into the element's own view once drawn (the guides, which scroll it, are here by then), never the page's.
    if (id) void host.updateComplete.then(() => feature('guides')?.reveal(host.renderRoot, id, false, true));
  }

  #start(): void {
    if (this.#playing) return;
    this.#playing = true;
    this.#announce(true);
    const items = this.callbacks.items();
    const at = items.findIndex((item) => item.event.id === this.host.selected);
    // From the selected event, or from the first when none is or the last was reached.
    if (at < 0 || at === items.length - 1) this.#show(items[0]?.event.id, undefined);
    this.#next();
  }

  #next(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        const items = this.callbacks.items();
        const next = items[items.findIndex((item) => item.event.id === this.host.selected) + 1];
        if (!next || !this.host.play) {
          this.host.play = false;
          return;
        }
        this.#show(next.event.id, undefined);
        this.#next();
      },
      Math.max(this.host.pace ?? 5, 0.05) * 1000,
    );
  }

  #stop(announce: boolean): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#playing) return;
    this.#playing = false;
    if (announce) this.#announce(false);
  }

  #announce(playing: boolean): void {
    this.#status = strings(this.#locale)[playing ? 'playing' : 'paused'];
    this.host.requestUpdate();
  }
}
