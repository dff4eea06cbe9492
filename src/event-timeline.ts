import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cssVars } from './css-vars.js';
import type { Category, Chronology, Localized, Source, TimelineEvent } from './model/types.js';
import { formatWhen, localize } from './model/dates.js';
import { messages, toLocale, type Locale } from './model/messages.js';
import { filterItems, parseBound, toItems, type TimelineItem } from './model/timeline.js';
import type { Break, Layout, Placed, Scale } from './model/scale.js';
import { validateChronology, type ValidationError } from './model/validate.js';
import { TimelineErrorEvent, TimelineFilterEvent, TimelineLoadEvent, TimelineSelectEvent } from './custom-events.js';
import { styles } from './event-timeline.styles.js';

/** Colours for categories that declare none: each reaches 3:1 on the light and dark backgrounds. */
const PALETTE = ['#3a6fd8', '#1d8a5a', '#8a5cd6', '#c45f0a', '#c83f7c', '#6e7c8e'];
const NEUTRAL = 'var(--_line)';
const EMPTY: Chronology = { title: '', categories: [], events: [] };

const clampZoom = (zoom: number) => Math.min(16, Math.max(0.25, zoom));
/** Above this many events, only those near the viewport are rendered. */
const WINDOW_AFTER = 200;

/** The track layouts (./track.js), loaded the first time an element needs one. */
let track: typeof import('./track.js') | undefined;
let trackLoading: Promise<typeof import('./track.js')> | undefined;

/** Reading `<timeline-event>` children (./declarative.js), loaded when an element has some. */
let declarative: typeof import('./declarative.js') | undefined;

/** Connected timelines, told when any `lang` attribute in the document changes. */
const langListeners = new Set<EventTimeline>();
let langObserver: MutationObserver | undefined;

function followLang(timeline: EventTimeline, follow: boolean): void {
  if (follow) langListeners.add(timeline);
  else langListeners.delete(timeline);
  if (langListeners.size > 0 && !langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((t) => t.requestUpdate()));
    langObserver.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (langListeners.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/**
 * An accessible, themeable timeline of any chronology.
 *
 * @summary Renders a typed chronology as an ordered list of dated events, grouped by era.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The header: heading, description and count.
 * @csspart heading - The chronology's title.
 * @csspart description - The chronology's description.
 * @csspart count - The number of events shown; a polite live region.
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event's `<li>`; also `event-selected` on the selected one.
 * @csspart era - The band naming an era, at the first event shown in it.
 * @csspart marker - The event's marker on the line, in its category colour; also `marker-point` or `marker-range`.
 * @csspart date - The event's `<time>`.
 * @csspart body - The event's text: title, category, summary and sources. On a track (time scale, horizontal, or over 200 events) a card holds only its title, and its category across; the selected card holds all of it.
 * @csspart title - The event's title heading.
 * @csspart category - The event's category label.
 * @csspart summary - The event's summary.
 * @csspart note - The event's editorial note, e.g. why one date was chosen where sources differ.
 * @csspart sources - The list of the event's sources.
 * @csspart empty - The message shown when no event matches.
 * @csspart error - The summary of problems in the data or its loading; `role="alert"`.
 * @csspart loading - The message shown while `src` loads.
 * @csspart filters - The group of category filter chips.
 * @csspart filter - One chip: "All" or a category, with its count; `aria-pressed` when active.
 * @csspart scroller - The scrolling track of the time scale or horizontal layout.
 * @csspart axis - The axis with tick labels (time scale and horizontal layout).
 * @csspart era-band - An era drawn as a band over its dates (time scale and horizontal layout).
 * @csspart break - A long empty gap, shortened and labelled, e.g. "1953 → 1988".
 * @csspart zoom - The zoom buttons of the horizontal time scale.
 * @csspart detail - The selected event in full, below the horizontal track.
 *
 * @cssproperty --kt-color-bg - Background.
 * @cssproperty --kt-color-surface - Background of hovered and selected events.
 * @cssproperty --kt-color-text - Text colour.
 * @cssproperty --kt-color-muted - Secondary text: dates, categories, sources.
 * @cssproperty --kt-color-line - The timeline's line, and events of undeclared categories.
 * @cssproperty --kt-color-accent - Links and the selected event's border.
 * @cssproperty --kt-color-focus - The keyboard focus ring.
 * @cssproperty --kt-color-era - Background of era bands.
 * @cssproperty --kt-color-error - Border and paths of the problem summary.
 * @cssproperty --kt-category-color-<id> - The colour of category `<id>`; overrides the data's colour.
 * @cssproperty --kt-font-family - Font stack; the default renders Hangul well.
 * @cssproperty --kt-font-size - Base font size; everything scales from it.
 * @cssproperty --kt-radius - Corner radius of cards and bands.
 * @cssproperty --kt-marker-size - Diameter of event markers.
 * @cssproperty --kt-line-width - Width of the line.
 * @cssproperty --kt-gap - Base spacing unit.
 * @cssproperty --kt-date-width - Width of the date column in wide layouts.
 *
 * @fires kt-select - The user selected an event. `detail: { event }`.
 * @fires kt-error - The data had invalid parts, which are not shown, or `src` failed to load. `detail: { errors }`.
 * @fires kt-load - `src` loaded; its valid part is shown. `detail: { chronology }`.
 * @fires kt-filter - The user toggled a category chip. `detail: { categories }`, the ids now shown.
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    chronology: { attribute: false },
    src: {},
    locale: { reflect: true },
    theme: { reflect: true },
    categories: {},
    from: {},
    to: {},
    reverse: { type: Boolean, reflect: true },
    selected: { reflect: true },
    orientation: { reflect: true },
    scale: { reflect: true },
    zoom: { type: Number, reflect: true },
    linkHash: { type: Boolean, attribute: 'link-hash', reflect: true },
    _childEvents: { state: true },
    _focusedId: { state: true },
    _loading: { state: true },
  };

  /** The data to show. Replace the object to change it; it is validated, never mutated. */
  declare chronology: Chronology;
  /** URL of a JSON chronology to load. The last request wins; a failed load keeps the data shown. */
  declare src: string | undefined;
  /** `en` or `ko`. Defaults to the nearest `lang` up the tree, else `en`. */
  declare locale: Locale | undefined;
  /** `light`, `dark`, or `auto` (default): follow the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | 'auto';
  /** Space-separated category ids to show; all when absent. */
  declare categories: string | undefined;
  /** Show only events that end on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  declare from: string | undefined;
  /** Show only events that start on or before this date. */
  declare to: string | undefined;
  /** Newest first. */
  declare reverse: boolean;
  /** The id of the selected event. Setting it from code scrolls it into view and fires nothing. */
  declare selected: string | undefined;
  /** `vertical` (default) or `horizontal`: a horizontally scrolling track with an axis. */
  declare orientation: 'vertical' | 'horizontal';
  /** `even` (default) spaces events evenly; `time` places them in proportion to time. */
  declare scale: Scale;
  /** Magnification of the time scale (0.25–16). Buttons, Ctrl/⌘ + wheel, pinch and +/- change it. */
  declare zoom: number;
  /** Write the selected event to the URL as `#id`, and select the event a `#id` names. */
  declare linkHash: boolean;

  /** The locale from the nearest `lang`, read at each update (never during server rendering). */
  #inheritedLocale: Locale = 'en';
  /** The event holding the roving tab stop. */
  declare private _focusedId: string | undefined;
  declare private _loading: boolean;
  /** Events written as `<timeline-event>` children, as raw data. */
  declare private _childEvents: Record<string, unknown>[];
  #childObserver: MutationObserver | undefined;

  #errors: ValidationError[] = [];
  #chronology: Chronology = EMPTY;
  #items: TimelineItem[] = [];
  #visible: TimelineItem[] = [];
  #categoryById = new Map<string, { category: Category; color: string }>();
  #errorsToReport: ValidationError[] = [];
  /** Why the last `src` load failed; shown until new data arrives. */
  #loadErrors: ValidationError[] = [];
  #request: AbortController | undefined;
  /** The last validation, reused when the same object is given again (a loaded chronology). */
  #validated: { input: unknown; result: ReturnType<typeof validateChronology> } | undefined;
  /** Attribute values already warned about, so each bad value warns once. */
  #warned = new Set<string>();
  /** The categories the `categories` attribute keeps, or undefined for all. */
  #activeCategories: Set<string> | undefined;
  /** Events in the from/to window, before the category filter, and how many of each category. */
  #inBounds: TimelineItem[] = [];
  #counts = new Map<string, number>();
  #layout: Layout | undefined;
  #placedById = new Map<string, Placed>();
  #breakBefore = new Map<string, Break>();
  /** Set while the user selects, so only code-set selections scroll. */
  #userSelecting = false;
  /** Zoom by buttons, wheel, pinch and keys; created with the track module. */
  #zoomer: import('./track.js').Zoomer | undefined;
  #trackStyled = false;
  /** The stretch of the track (em) whose events are rendered, when windowed. */
  #window: [number, number] = [-24, 96];
  #scrollListening = false;

  constructor() {
    super();
    this.chronology = EMPTY;
    this.theme = 'auto';
    this.reverse = false;
    this.orientation = 'vertical';
    this.scale = 'even';
    this.zoom = 1;
    this.linkHash = false;
    this._loading = false;
    this._childEvents = [];
  }

  /** Problems found in the current data or its loading: `{ path, message }` for each. */
  get errors(): readonly ValidationError[] {
    return [...this.#loadErrors, ...this.#errors];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLang(this, true);
    window.addEventListener('hashchange', this.#onHashChange);
    // Only the children matter: the host's own attributes (several reflect) never change them.
    this.#childObserver = new MutationObserver((records) => {
      if (records.some((r) => r.type !== 'attributes' || r.target !== this)) this.#readChildren();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#readChildren();
  }

  /** Reads `<timeline-event>` children; the code for it loads only when there are some. */
  #readChildren(): void {
    if (!this.querySelector('timeline-event') && this._childEvents.length === 0) return;
    void import('./declarative.js').then((m) => {
      declarative = m;
      this._childEvents = m.readChildren(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followLang(this, false);
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#listenForScroll(false);
    this.#childObserver?.disconnect();
  }

  /** A windowed track follows the page's scrolling and its own size; nothing listens otherwise. */
  #listenForScroll(on: boolean): void {
    if (on !== this.#scrollListening) track?.followPage((this.#scrollListening = on), this.#measureWindow, this);
  }

  /**
   * Whether events sit on a positioned track rather than in a flowing list: the time scale, the
   * horizontal layout, and any list long enough to render only its visible part.
   */
  get #tracked(): boolean {
    return this.scale === 'time' || this.orientation === 'horizontal' || this.#windowed;
  }

  get #windowed(): boolean {
    return this.#visible.length > WINDOW_AFTER;
  }

  /** Re-renders when the part of the track on screen has moved enough. */
  #measureWindow = (): void => {
    const next = this.#windowed && track?.onScreen(this.renderRoot, this.orientation === 'horizontal', this.#window);
    if (next) {
      this.#window = next;
      this.requestUpdate();
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.isConnected) this.#inheritedLocale = toLocale(this.#nearestLang());
    // The data: the chronology property, plus any events written as <timeline-event> children.
    const dataChanged = changed.has('chronology') || (changed as PropertyValues).has('_childEvents');
    if (dataChanged) {
      const cached = this.#validated;
      const children = this._childEvents;
      const { chronology, errors } =
        children.length && declarative
          ? declarative.validateWithChildren(this.chronology, children, this.chronology === EMPTY)
          : cached?.input === this.chronology
            ? cached.result
            : this.chronology === EMPTY
              ? { chronology: EMPTY, errors: [] }
              : validateChronology(this.chronology);
      this.#validated = undefined;
      this.#loadErrors = [];
      this.#chronology = chronology;
      this.#errors = errors;
      this.#errorsToReport = errors;
      this.#items = toItems(chronology);
      this.#categoryById = new Map(
        chronology.categories.map((category, i) => [
          category.id,
          { category, color: category.color ?? PALETTE[i % PALETTE.length]! },
        ]),
      );
    }
    if ((dataChanged || changed.has('linkHash')) && this.linkHash && this.isConnected) {
      this.#onHashChange();
    }
    const boundsChanged = dataChanged || changed.has('from') || changed.has('to');
    const filtersChanged = boundsChanged || changed.has('categories') || changed.has('reverse');
    if (boundsChanged) {
      const from = this.#bound('from', 'first');
      const to = this.#bound('to', 'last');
      this.#inBounds = from === undefined && to === undefined ? this.#items : filterItems(this.#items, { from, to });
      this.#counts = new Map();
      for (const { event } of this.#inBounds) {
        this.#counts.set(event.category, (this.#counts.get(event.category) ?? 0) + 1);
      }
    }
    if (filtersChanged) {
      this.#activeCategories = this.#categoryFilter();
      const visible = filterItems(this.#inBounds, { categories: this.#activeCategories });
      this.#visible = this.reverse ? visible.reverse() : visible;
    }
    const layoutKeys = ['orientation', 'scale', 'zoom'] as const;
    if (filtersChanged || layoutKeys.some((key) => changed.has(key))) this.#arrange();

    if ((changed.has('selected') || dataChanged) && this.selected && this.#items.length > 0) {
      if (!this.#items.some((item) => item.event.id === this.selected)) {
        this.#warnOnce(`selected="${this.selected}"`, 'no event has this id');
      }
    }
    const listChanged = filtersChanged || layoutKeys.some((key) => changed.has(key));
    if (this._focusedId === undefined || (listChanged && !this.#visible.some((e) => e.event.id === this._focusedId))) {
      this._focusedId = (this.#visible.find((item) => item.event.id === this.selected) ?? this.#visible[0])?.event.id;
    }
  }

  /** Positions the visible events on the track; its order becomes the list and keyboard order. */
  #arrange(): void {
    this.#layout = undefined;
    this.#placedById.clear();
    this.#breakBefore.clear();
    if (!this.#tracked) return;
    if (!track) {
      // Until the track module arrives, the events show as the list. Never during server rendering.
      if (this.isConnected) {
        trackLoading ??= import('./track.js');
        void trackLoading.then((module) => {
          track = module;
          this.#arrange();
          this.requestUpdate();
        });
      }
      return;
    }
    const result = track.arrange(this.#visible, this.#chronology.eras ?? [], {
      orientation: this.orientation === 'horizontal' ? 'horizontal' : 'vertical',
      scale: this.scale === 'time' ? 'time' : 'even',
      zoom: clampZoom(this.zoom || 1),
      reverse: this.reverse,
    });
    this.#layout = result;
    this.#visible = result.placed.map((p) => p.item);
    for (const p of result.placed) this.#placedById.set(p.item.event.id, p);
    for (const br of result.breaks) {
      const next = result.placed.find((p) => p.pos >= br.end);
      if (next) this.#breakBefore.set(next.item.event.id, br);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (track && this.#layout && !this.#trackStyled) {
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, track.trackStyles.styleSheet!];
      this.#trackStyled = true;
    }
    if (this.#errorsToReport.length > 0) {
      this.#report(this.#errorsToReport, 'problem(s) in the chronology; invalid parts are not shown');
      this.#errorsToReport = [];
    }
    if (changed.has('src')) void this.#load();
    if (changed.has('selected') && this.selected && !this.#userSelecting) this.#scrollTo(this.selected);
    this.#userSelecting = false;
    this.#zoomer?.restore();
    this.#listenForScroll(this.#windowed && this.#layout !== undefined);
    // Measure once the browser has laid the track out; a re-render from here would be a second update.
    if (this.#windowed) requestAnimationFrame(this.#measureWindow);
  }

  #li(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  }

  #scrollTo(id: string): void {
    this.#li(id)?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }

  /** Selects the event a `#id` in the URL names, if `link-hash` is on. */
  #onHashChange = (): void => {
    if (!this.linkHash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && id !== this.selected && this.#items.some((item) => item.event.id === id)) {
      this.selected = id;
      this._focusedId = id;
    }
  };

  /** One grouped warning and one kt-error for a set of problems. */
  #report(errors: ValidationError[], what: string): void {
    console.warn(
      `<${this.localName}>: ${errors.length} ${what}.\n` +
        errors.map((e) => `  ${e.path || '(root)'}: ${e.message}`).join('\n'),
    );
    this.dispatchEvent(new TimelineErrorEvent(errors));
  }

  #warnOnce(attribute: string, reason: string): void {
    if (this.#warned.has(attribute)) return;
    this.#warned.add(attribute);
    console.warn(`<${this.localName}>: ignoring ${attribute}: ${reason}`);
  }

  /** Loads `src`; on any failure the data on screen stays as it was. */
  async #load(): Promise<void> {
    this.#request?.abort();
    this.#request = undefined;
    const src = this.src;
    this._loading = Boolean(src);
    if (!src) return;
    const request = (this.#request = new AbortController());
    const fail = (message: string, errors: ValidationError[] = []) => {
      this.#loadErrors = [{ path: 'src', message: `'${src}' ${message}` }, ...errors];
      this.#report(this.#loadErrors, 'problem(s) loading src; the data shown is unchanged');
    };
    try {
      const loaded = await (await import('./loader.js')).fetchChronology(src, request.signal);
      if ('problem' in loaded) return fail(loaded.problem, loaded.errors);
      const { data, result } = loaded;
      this.#validated = { input: data, result };
      this.chronology = data as Chronology;
      await this.updateComplete;
      this.dispatchEvent(new TimelineLoadEvent(result.chronology));
    } catch (error) {
      if (request.signal.aborted) return;
      fail(`could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (this.#request === request) {
        this.#request = undefined;
        this._loading = false;
      }
    }
  }

  /** The category ids to keep; unknown ids are ignored with a warning, and none known means all. */
  #categoryFilter(): Set<string> | undefined {
    const ids = this.categories?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (ids.length === 0 || this.#categoryById.size === 0) return undefined;
    const known = ids.filter((id) => this.#categoryById.has(id));
    if (known.length < ids.length) {
      this.#warnOnce(
        `categories="${this.categories}"`,
        `unknown ${ids.filter((id) => !known.includes(id)).join(', ')}`,
      );
    }
    return known.length > 0 ? new Set(known) : undefined;
  }

  #bound(name: 'from' | 'to', edge: 'first' | 'last'): number | undefined {
    const text = this[name];
    if (!text) return undefined;
    const day = parseBound(text, edge);
    if (typeof day === 'number') return day;
    this.#warnOnce(`${name}="${text}"`, day);
    return undefined;
  }

  /** The `lang` of the element or its nearest ancestor, also across the shadow root it sits in. */
  #nearestLang(): string | null {
    const found = this.closest('[lang]') ?? (this.getRootNode() as Partial<ShadowRoot>).host?.closest('[lang]');
    return found?.getAttribute('lang') ?? null;
  }

  get #locale(): Locale {
    return this.locale ? toLocale(this.locale) : this.#inheritedLocale;
  }

  #itemOf(event: Event): TimelineItem | undefined {
    const li = event.composedPath().find((node) => node instanceof HTMLLIElement && node.dataset.id !== undefined);
    const id = (li as HTMLLIElement | undefined)?.dataset.id;
    return this.#visible.find((item) => item.event.id === id);
  }

  #select(item: TimelineItem): void {
    this._focusedId = item.event.id;
    if (this.selected === item.event.id) return;
    this.#userSelecting = true;
    this.selected = item.event.id;
    if (this.linkHash) history.replaceState(history.state, '', `#${encodeURIComponent(item.event.id)}`);
    this.dispatchEvent(new TimelineSelectEvent(item.event));
  }

  /** A chip: "All" (no id) shows everything; from "All", a category shows it alone; then each toggles. */
  #toggleCategory(id?: string): void {
    const all = [...this.#categoryById.keys()];
    const active = this.#activeCategories;
    let next = id === undefined ? all : !active ? [id] : all.filter((c) => active.has(c) !== (c === id));
    if (next.length === 0 || next.length === all.length) {
      next = all;
      this.removeAttribute('categories');
    } else {
      this.setAttribute('categories', next.join(' '));
    }
    this.dispatchEvent(new TimelineFilterEvent(next));
  }

  #onClick(event: MouseEvent): void {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
    const item = this.#itemOf(event);
    if (item) this.#select(item);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget && !(event.target instanceof HTMLLIElement)) return;
    const index = this.#visible.findIndex((item) => item.event.id === this._focusedId);
    const last = this.#visible.length - 1;
    const target = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      this.#focus(Math.max(0, Math.min(last, target)));
    } else if ((event.key === 'Enter' || event.key === ' ') && this.#visible[index]) {
      event.preventDefault();
      this.#select(this.#visible[index]!);
    } else if (event.key === 'Escape' && this.selected !== undefined) {
      event.preventDefault();
      this.selected = undefined;
    } else if ((event.key === '+' || event.key === '=' || event.key === '-') && this.scale === 'time') {
      event.preventDefault();
      this.#zoomer?.by(event.key === '-' ? -1 : 1, this._focusedId);
    }
  }

  async #focus(index: number): Promise<void> {
    const id = this.#visible[index]?.event.id;
    if (id === undefined) return;
    this._focusedId = id;
    await this.updateComplete;
    this.#li(id)?.focus();
  }

  protected override render(): TemplateResult {
    const locale = this.#locale;
    const t = messages[locale];
    const title = localize(this.#chronology.title, locale);
    const errors = this.errors;
    const mode = this.#tracked ? (this.orientation === 'horizontal' ? 'horizontal' : 'vertical-track') : 'flow';
    return html`<div part="base" class="base ${mode}" lang=${locale} aria-busy=${this._loading ? 'true' : 'false'}>
      <header part="header" class="header">
        ${
          title.text
            ? html`<h2 part="heading" class="heading" id="heading" lang=${title.lang}>${title.text}</h2>`
            : nothing
        }
        ${this.#text(this.#chronology.description, 'p', 'description')} ${this.#renderFilters(locale)}
        <p part="count" class="count" role="status">${t.eventsShown(this.#visible.length, this.#items.length)}</p>
      </header>
      ${this._loading ? html`<p part="loading" class="loading" role="status">${t.loading}</p>` : nothing}
      ${
        errors.length > 0
          ? html`<div part="error" class="error" role="alert">
              <details ?open=${errors.length <= 3}>
                <summary>${t.problems(errors.length)}</summary>
                <ul lang="en">
                  ${errors.map((e) => html`<li><code>${e.path || '(root)'}</code> ${e.message}</li>`)}
                </ul>
              </details>
            </div>`
          : nothing
      }
      ${
        this.#visible.length === 0
          ? html`<p part="empty" class="empty">${t.noEvents}</p>`
          : this.#layout && track
            ? track.renderTrack({
                layout: this.#layout,
                locale,
                zoomable: this.orientation === 'horizontal' && this.scale === 'time',
                list: this.#renderList(locale, title.text ? 'heading' : undefined, this.#layout.placed),
                detail: this.#detail(locale),
                zoomer: (this.#zoomer ??= new track.Zoomer(this)),
                focused: this._focusedId,
                onScroll: this.#measureWindow,
                window: this.#windowed ? this.#window : undefined,
              })
            : this.#renderList(locale, title.text ? 'heading' : undefined)
      }
    </div>`;
  }

  #renderList(locale: Locale, labelledBy: string | undefined, placed?: Layout['placed']): TemplateResult {
    return html`<ol
      part="list"
      class="list"
      aria-labelledby=${labelledBy ?? nothing}
      @click=${this.#onClick}
      @keydown=${this.#onKeyDown}
    >
      ${
        placed && track && this.#windowed
          ? track.renderWindow(placed, this.#window, [this._focusedId, this.selected], (p, i) =>
              this.#renderEvent(p.item, i, locale, p),
            )
          : // A long list waits the few milliseconds for the track module rather than render twice.
            this.#windowed
            ? nothing
            : this.#visible.map((item, i) => this.#renderEvent(item, i, locale, placed?.[i]))
      }
    </ol>`;
  }

  #renderFilters(locale: Locale): TemplateResult | typeof nothing {
    const t = messages[locale];
    const categories = [...this.#categoryById.values()];
    if (categories.length < 2) return nothing;
    const active = this.#activeCategories;
    const total = [...this.#counts.values()].reduce((sum, n) => sum + n, 0);
    const chip = (label: string, count: number, pressed: boolean, id?: string, color?: string) =>
      html`<button
        part="filter"
        class="filter"
        type="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        style=${color ? cssVars({ '--_cat': color }) : nothing}
        @click=${() => this.#toggleCategory(id)}
      >
        ${label} <span class="filter-count">${count}</span>
      </button>`;
    return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
      ${chip(t.all, total, !active)}
      ${categories.map(({ category, color }) =>
        chip(
          localize(category.label, locale).text,
          this.#counts.get(category.id) ?? 0,
          !active || active.has(category.id),
          category.id,
          `var(--kt-category-color-${category.id}, ${color})`,
        ),
      )}
    </div>`;
  }

  /** The selected event in full, below the horizontal track. */
  #detail(locale: Locale): TemplateResult | typeof nothing {
    const event = this.orientation === 'horizontal' && this.selected && this.#placedById.get(this.selected)?.item.event;
    return event && track ? track.renderDetail(event, locale, this.#renderContent(event, true, locale)) : nothing;
  }

  /**
   * An event's title, category, summary, note and sources: in its list item, or the detail panel.
   * A card on a track shows less (`brief`): the title, and in the horizontal layout the category.
   */
  #renderContent(event: TimelineEvent, linked: boolean, locale: Locale, brief?: boolean): TemplateResult {
    const category = this.#categoryById.get(event.category);
    const label = category ? localize(category.category.label, locale) : { text: event.category, lang: 'en' };
    return html`${this.#text(event.title, 'h3', 'title')}
    ${
      brief && this.orientation !== 'horizontal'
        ? nothing
        : html`<p part="category" class="category" lang=${label.lang}>${label.text}</p>`
    }
    ${
      brief
        ? nothing
        : html`${this.#text(event.summary, 'p', 'summary')} ${this.#text(event.note, 'p', 'note')}
          ${event.sources?.length ? this.#renderSources(event.sources, linked, locale) : nothing}`
    }`;
  }

  #renderEvent(item: TimelineItem, index: number, locale: Locale, placed?: Placed): TemplateResult {
    const { event, era } = item;
    const previous = this.#visible[index - 1];
    const selected = event.id === this.selected;
    const category = this.#categoryById.get(event.category);
    const classes = `event${event.end ? ' range' : ''}${selected ? ' selected' : ''}`;
    const gap = this.#breakBefore.get(event.id);
    const vars: Record<string, string | number> = {
      '--_cat': `var(--kt-category-color-${event.category}, ${category?.color ?? NEUTRAL})`,
    };
    if (placed) Object.assign(vars, { '--_pos': placed.pos, '--_lane': placed.lane, '--_span': placed.span });
    if (gap && placed)
      Object.assign(vars, { '--_gap-start': gap.start - placed.pos, '--_gap-size': gap.end - gap.start });
    return html`<li
      part=${selected ? 'event event-selected' : 'event'}
      class=${classes}
      data-id=${event.id}
      data-category=${event.category}
      tabindex=${event.id === this._focusedId ? 0 : -1}
      aria-current=${selected ? 'true' : 'false'}
      aria-setsize=${this.#visible.length}
      aria-posinset=${index + 1}
      style=${cssVars(vars)}
    >
      ${
        era && era !== previous?.era
          ? html`<div part="era" class="era">
              <h3 class="era-label" lang=${localize(era.label, locale).lang}>${localize(era.label, locale).text}</h3>
              <span class="era-dates">${formatWhen(era, locale)}</span>
            </div>`
          : nothing
      }
      ${gap && track ? track.renderBreak(gap, locale) : nothing}
      <time part="date" class="date" datetime=${event.start}>${formatWhen(event, locale)}</time>
      <span part=${event.end ? 'marker marker-range' : 'marker marker-point'} class="marker" aria-hidden="true"></span>
      <div part="body" class="body">
        ${this.#renderContent(event, selected, locale, placed && (!selected || this.orientation === 'horizontal'))}
      </div>
    </li>`;
  }

  #renderSources(sources: Source[], selected: boolean, locale: Locale): TemplateResult {
    return html`<ul part="sources" class="sources" aria-label=${messages[locale].sources}>
      <li class="sources-label" aria-hidden="true">${messages[locale].sources}</li>
      ${sources.map(
        (source) =>
          html`<li>
            ${
              source.url
                ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer" tabindex=${selected ? 0 : -1}
                    >${source.title}</a
                  >`
                : source.title
            }${source.publisher ? html`, ${source.publisher}` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  /** A localized text in an element of its own, with `lang` set to the language it is really in. */
  #text(value: Localized | undefined, tag: 'h3' | 'p', name: string): TemplateResult | typeof nothing {
    if (value === undefined) return nothing;
    const { text, lang } = localize(value, this.#locale);
    return tag === 'h3'
      ? html`<h3 part=${name} class=${name} lang=${lang}>${text}</h3>`
      : html`<p part=${name} class=${name} lang=${lang}>${text}</p>`;
  }
}

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
