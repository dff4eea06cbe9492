import {
  isServer,
  nothing,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { toLocale, type Locale } from '../model/messages.js';
import { titleLevel } from '../templates/heading.js';
import type { TimelineItem } from '../model/timeline.js';
import type { TimelineEvent } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import { toggleCategory, view, WINDOW_AFTER, type TimelineView } from '../model/view.js';
import { TimelineFilterEvent, TimelineSelectEvent } from '../core/events.js';
import { InheritedLangController } from '../controllers/lang.js';
import { Problems, type ChunkName } from '../core/problems.js';
import { ChildEventsController } from '../controllers/children.js';
import { RovingFocus } from '../core/roving-focus.js';
import { RevealController } from '../controllers/reveal.js';
import { FeatureController } from '../core/features.js';
import { load, providedStyles, type Features } from '../core/registry.js';
import { DataController, EMPTY } from '../controllers/data.js';
import { renderTimeline } from '../templates/timeline.js';
import { TimelineProperties } from './properties.js';
import { TimelineWiring } from './wiring.js';
import { styles } from '../event-timeline.styles.js';

/**
 * An accessible, themeable timeline of any chronology.
 *
 * @tagname event-timeline
 * @summary Renders a typed chronology as an ordered list of dated events, grouped by era.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The header: heading, description, updated date, search, filters, story bar and count.
 * @csspart synopsis - First in the header, for screen readers: the title, the span shown, the number of events and eras, and how to move through the list. Visually hidden; `::part(synopsis) { position: static; clip-path: none }` shows it.
 * @csspart heading - The chronology's title.
 * @csspart description - The chronology's description.
 * @csspart updated - When the chronology was last updated, in the header ("Updated 3 November 2025"); in an event's details, when it was.
 * @csspart search - The search field and its label (`search`).
 * @csspart search-status - How many events match the query; a polite live region.
 * @csspart match - A `<mark>` around each match of the query in the events' text.
 * @csspart count - The number of events shown; a polite live region.
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event's `<li>`; also `event-selected` on the selected one, and `featured` on a key moment.
 * @csspart era - The band naming an era, at the first event shown in it.
 * @csspart era-label - The era's name, a heading one level below the chronology's title.
 * @csspart era-stuck - In the list, a copy of the era's band (also `era`) that stays at the top of the window while the reader is inside the era, once its own band has gone by; hidden from assistive technology. `--kt-sticky-top` moves it below a page's own sticky header.
 * @csspart year - In the list, the year's numeral heading the date column where a new year starts.
 * @csspart era-span - In the list, the era's tint along the line beside each event in it, so an era reads as a span.
 * @csspart marker - The event's marker on the line, in its category colour (larger on a key moment); also `marker-point` or `marker-range`.
 * @csspart date - The event's `<time>`: bold, in the text colour, never broken inside a range on a wide layout.
 * @csspart duration - How long a range lasts, in words, under its date ("3 years", "9 days").
 * @csspart kicker - A featured event's kicker, above its title.
 * @csspart body - The event's text: kicker, title, summary, and a line with the category and the sources. On a track (time scale, horizontal, or over 200 events) a card holds only its title, and its category across; the selected card holds all of it.
 * @csspart title - The event's title heading.
 * @csspart category - The event's category label.
 * @csspart summary - The event's summary.
 * @csspart note - The event's editorial note, e.g. why one date was chosen where sources differ; inside `sources`.
 * @csspart sources - The event's note and sources: a `<details>`, open on the selected event, with the sources as footnotes.
 * @csspart media - A picture of the event: a `<figure>` in its details.
 * @csspart image - The picture's `<img>`, with its alt text; lazily loaded, its size reserved when the data gives it.
 * @csspart caption - The picture's `<figcaption>`.
 * @csspart credit - Who made the picture, in its caption.
 * @csspart corrections - The list of the event's corrections, each with its date.
 * @csspart share - The selected event's "Copy link" button (`link-hash`).
 * @csspart share-status - Confirms that the link was copied; a polite live region.
 * @csspart empty - The message shown when no event matches.
 * @csspart error - The summary of problems in the data or its loading; `role="alert"`.
 * @csspart loading - The message shown while `src` loads.
 * @csspart filters - The group of category filter chips.
 * @csspart filter - One chip: "All" or a category, with its count; `aria-pressed` when active, `aria-disabled="true"` when no event is in range.
 * @csspart story - The story bar: the call to start with the key moments, the key-moments toggle, previous and next, and the legend.
 * @csspart key-moments - The toggle that shows only the key moments (`featured-only`), with how many there are; filled with the accent colour when on.
 * @csspart start - In the story bar, before the reader has chosen an event: "Start with the 8 key moments", which turns key-moments mode on and selects the first.
 * @csspart legend - At the story bar's end, "How to read this": a `<details>` whose list says what the marks on screen mean (only those the view has, and on a time scale where distance is not time), opened over the events.
 * @csspart stepper - In key-moments mode, once the story bar has scrolled out of sight while the timeline is in it: a bar fixed to the bottom of the window with previous, the place ("3 of 8") and next, which names the moment it goes to.
 * @csspart follow - In the story bar, the switch that turns following the article (`follow`) on and off; `aria-pressed`.
 * @csspart play - In the story bar, the button that plays through the events (`play`, `pace`); `aria-pressed` while it plays.
 * @csspart play-status - Says "Playing" or "Paused" once when play starts or stops; a polite live region, visually hidden.
 * @csspart scroller - The scrolling track of the time scale or horizontal layout.
 * @csspart axis - The axis with tick labels (time scale and horizontal layout).
 * @csspart era-band - An era drawn as a band over its dates (time scale and horizontal layout).
 * @csspart break - A long gap: in the list, a marker saying how long ("1953 → 1988 · 35 years"); on a track, the stretch shortened, hatched across the track and labelled "1953 → 1988, not to scale".
 * @csspart zoom - The zoom buttons of the horizontal time scale.
 * @csspart detail - On the horizontal track, the pane above it: the selected event in full, or how to choose one.
 * @csspart overview - The overview strip, under the horizontal track and above the list: eras, events, and the window shown; click or drag to move.
 * @csspart lane-bar - With `lanes`: the bar above the events, with the switch between time order and lanes (`lane-view`), the button that folds or opens every lane, and in time order each lane's head.
 * @csspart lane-label - A lane's head: in the bar in time order (on a wide screen, over its column), or its group's heading in the lane view; it holds the lane's `lane-toggle`.
 * @csspart lane-toggle - A lane's fold button: its swatch, name and count, `aria-expanded` while its events are listed (`collapsed`).
 * @csspart lane - In the lane view, a lane: a labelled group with its heading and its own list.
 * @csspart lane-tag - On each event, its lane's name (and the other lanes it is in): shown on a narrow screen and in the lane view, for screen readers where the column's head says it.
 * @csspart annotation - A note on the timeline (the data's `annotations`), between the events where it falls: after the event it is about (which names it in `aria-describedby`), before the first event after its date, or at the end of its lane.
 * @csspart annotation-mark - On a track with lanes, a note's place: a numbered rule across the lanes at its date or event, a shaded band over a range; the note itself is in the list under the track.
 * @csspart annotation-label - Beside a note's number on the horizontal track, its text, where no label of a note of higher priority is: the others keep their number alone.
 * @csspart step - The previous and next buttons above the horizontal track, beside the zoom: they select the event before or after the selected one (from the view's start when none is) and bring it into view.
 *
 * @cssproperty --kt-color-bg - Background.
 * @cssproperty --kt-color-surface - Background of hovered and selected events.
 * @cssproperty --kt-color-text - Text colour.
 * @cssproperty --kt-color-muted - Secondary text: categories, sources, durations, the count.
 * @cssproperty --kt-color-line - The timeline's line, and events of undeclared categories.
 * @cssproperty --kt-color-accent - The selected event's border, active chips, kickers and the overview's window.
 * @cssproperty --kt-color-focus - The keyboard focus ring.
 * @cssproperty --kt-color-era - Background of era bands.
 * @cssproperty --kt-color-error - Border and paths of the problem summary.
 * @cssproperty --kt-category-color-<id> - The colour of category `<id>`; overrides the data's colour.
 * @cssproperty --kt-lane-color-<id> - The colour of lane `<id>` (`lanes`): its swatch, column edge and name; overrides the data's colour.
 * @cssproperty --kt-font-family - Font stack. By default Korean text gets a Korean-first stack (Pretendard, Noto Sans KR, Apple SD Gothic Neo, Malgun Gothic) and a taller line.
 * @cssproperty --kt-font-size - Base font size; everything scales from it.
 * @cssproperty --kt-font-size-small - The type scale's small step, in ems of the base: categories, sources, durations, the count, chips and gap markers (default 0.8125em, 13 px).
 * @cssproperty --kt-font-size-title - An event's title, in ems of the base (default 1.1875em, 19 px).
 * @cssproperty --kt-font-size-display - A key moment's title, in display type, in ems of the base (default 1.625em, 26 px).
 * @cssproperty --kt-radius - Corner radius of cards and bands.
 * @cssproperty --kt-marker-size - Diameter of event markers.
 * @cssproperty --kt-line-width - Width of the line.
 * @cssproperty --kt-gap - Base spacing unit.
 * @cssproperty --kt-date-width - Width of the date column in wide layouts.
 * @cssproperty --kt-sticky-top - How far from the top of the window the current era's band sticks (default 0), e.g. the height of the page's own sticky header.
 *
 * @fires kt-select - The user selected an event. `detail: { event }`.
 * @fires kt-error - The data had invalid parts, which are not shown, or `src` failed to load. `detail: { errors }`.
 * @fires kt-load - `src` loaded; its valid part is shown. `detail: { chronology }`.
 * @fires kt-filter - The user toggled a category chip. `detail: { categories }`, the ids now shown.
 * @fires kt-search - The reader typed or cleared a search. `detail: { query, count }`, the number of events now shown.
 * @fires kt-share - The reader copied or shared the link to an event. `detail: { event, url }`.
 * @fires kt-zoom - The reader zoomed the time scale. `detail: { zoom }`.
 * @fires kt-expand - The reader opened a compact card on a track to read it in full. `detail: { event }`.
 * @fires kt-lanes - The reader folded or opened a lane, or switched between time order and lanes. `detail: { laneView, collapsed }`.
 * @fires kt-step - Following an article (`follow`), the reader's scrolling reached a new step. `detail: { anchor, event }`: the article's element (null above the first) and the event it selects.
 */
export class EventTimeline extends TimelineProperties {
  static override styles = styles;
  /** Defined after features were provided (the npm entry), it starts with their styles, on the server too. */
  static override finalizeStyles(own?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([own ?? [], ...providedStyles()]);
  }

  readonly #problems = new Problems(this);
  readonly #features = new FeatureController(
    this,
    this.#problems,
    () => (this.constructor as typeof EventTimeline).elementStyles,
  );
  readonly #reveal: RevealController = new RevealController(
    this,
    () => !this.#tracked || this.#wiring.track?.layout !== undefined,
    () => this.#features.get('guides')?.reveal,
  );
  /** Which features it asks for, and what they set up for it: the track, search and the link. */
  readonly #wiring = new TimelineWiring(this, this.#features, {
    picking: (guides) => (this.#roving.picking = guides),
    followHash: (navigated) => this.#followHash(navigated),
    event: (id) => this.#event(id),
    items: () => this.#visible,
    reveal: this.#reveal,
  });
  readonly #lang = new InheritedLangController(this);
  readonly #children = new ChildEventsController(this, () =>
    this.#problems.chunk('declarative', () => load('declarative')),
  );
  readonly #data = new DataController(
    this,
    this.#problems,
    this.#features,
    this.#children,
    this.#wiring.loadStory,
    (chronology) => (this.chronology = chronology),
  );
  readonly #roving = new RovingFocus(this, {
    items: () => this.#visible,
    select: (item) => this.#select(item),
    clear: () => this.#clear(),
    zoom: (direction, anchorId) => this.#wiring.track?.zoomBy(direction, anchorId) ?? false,
  });
  #view: TimelineView = view({ chronology: EMPTY });
  readonly #serverRendered = !isServer && Boolean(this.shadowRoot);
  /** What changed while a server-rendered element waited for its first update, and whether its data did. */
  #held: PropertyValues = new Map();
  #heldData = false;
  /** The events in display order: the view's, or the track's when events are placed on one. */
  #visible: readonly TimelineItem[] = [];

  /** Problems found in the current data or its loading: `{ path, message }` for each. */
  get errors(): readonly ValidationError[] {
    return this.#data.errors;
  }

  /** Imports a chunk as the element's own are: if it cannot be fetched, says so on screen and in the console. */
  protected chunk<T>(name: ChunkName, load: () => Promise<T>): Promise<T | undefined> {
    return this.#problems.chunk(name, load);
  }

  get #locale(): Locale {
    return this.locale ? toLocale(this.locale) : this.#lang.locale;
  }

  /**
   * Whether events sit on a positioned track rather than in a flowing list: the time scale, the
   * horizontal layout, and any list long enough to render only its visible part; never in print.
   */
  get #tracked(): boolean {
    if (this.#problems.missing('track') || this.#wiring.track?.printing) return false;
    return this.scale === 'time' || this.orientation === 'horizontal' || this.#view.visible.length > WINDOW_AFTER;
  }

  /**
   * Server-rendered (a declarative shadow root when it upgrades), it renders first once the
   * features the server drew its data with are here (extended dates, the locale, pictures), so
   * hydration finds what the server wrote; until then the server's HTML stays as it is, and the
   * changes made meanwhile are held for that first update.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // A change asks again for code a network blip kept away; a failure's own update changes nothing.
    if (changed.size > 0) this.#problems.retry();
    if (!this.#serverRendered || this.hasUpdated) return true;
    this.#wiring.loadLocale(this.#locale);
    this.#wiring.loadLanes();
    this.#heldData = this.#data.validate() || this.#heldData;
    if (!this.#features.waiting) return true;
    this.#held = new Map([...changed, ...this.#held]);
    void this.#features.settled().then(() => this.requestUpdate());
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const all = changed as PropertyValues;
    for (const [key, value] of this.#held) if (!all.has(key)) all.set(key, value);
    this.#held.clear();
    const heldData = this.#heldData;
    this.#heldData = false;
    this.#wiring.beforeData();
    const dataChanged = this.#data.validate() || heldData;
    const chronology = this.#data.chronology;
    const locale = this.#locale;
    this.#wiring.afterData(chronology, locale);
    this.#data.loadSource();
    if ((dataChanged || changed.has('linkHash')) && this.isConnected) this.#followHash(false);

    const previous = this.#view;
    const match = this.#wiring.search?.match(chronology, locale, this.query);
    const { categories, from, to, reverse, featuredOnly: featured } = this;
    this.#view = view({ chronology, categories, from, to, reverse, featured, match }, previous);
    for (const { attribute, reason } of this.#view.problems) this.#problems.warnOnce(attribute, reason);

    const layoutChanged =
      this.#wiring.lanes?.reflow() === true ||
      (['orientation', 'scale', 'zoom', 'reverse', 'lanes', 'collapsed', 'align'] as const).some((k) => changed.has(k));
    const listChanged = this.#view !== previous || layoutChanged;
    this.#visible = this.#wiring.arrange(
      this.#view.visible,
      chronology.eras,
      this.#tracked,
      listChanged,
      this.#visible,
    );

    if ((changed.has('selected') || dataChanged) && this.selected && this.#view.items.length > 0) {
      if (!this.#view.items.some((item) => item.event.id === this.selected)) {
        this.#problems.warnOnce(`selected="${this.selected}"`, 'no event has this id');
      }
    }
    if (changed.has('selected')) this.#reveal.selected(this.selected);
    // A new layout shows the selected event wherever the track puts it.
    if ((changed.has('orientation') || changed.has('scale')) && this.hasUpdated) {
      this.#reveal.selected(this.selected, true);
    }
    this.#roving.settle(this.#visible, this.selected, listChanged);
  }

  /** Waits for the features the data needs to be shown as it is (validator, dates, locale, pictures), not for the guides or the track. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#features.settled(() => super.getUpdateComplete());
  }

  /**
   * Resolves once every part the element has asked for has arrived and rendered: what
   * `updateComplete` waits for, and what follows the events onto the screen (the reader's guides,
   * the story bar, the track and its layout).
   */
  settled(): Promise<boolean> {
    return this.#features.settled(() => this.updateComplete, true);
  }

  /** Shows the view the URL's hash describes, once `link-hash` has brought the story chunk. */
  #followHash(navigated: boolean): void {
    const view = this.#wiring.link?.follow(navigated);
    if (!view) return;
    const { selected: id, ...filters } = view;
    Object.assign(this, filters);
    if (!('selected' in view)) return;
    if (id === undefined) this.selected = undefined;
    else if (id !== this.selected && this.#event(id)) {
      this.#reveal.followingLink();
      this.selected = id;
      this.#roving.focused = id;
    }
  }

  /** The event with this id in the data shown (validated, or loaded). */
  #event(id: string): TimelineEvent | undefined {
    return this.#data.chronology.events.find((event) => event.id === id);
  }

  /** Escape, or the close button of the horizontal track's pane: clears the selection; false when there was none. */
  #clear(): boolean {
    if (this.selected === undefined) return false;
    this.selected = undefined;
    return true;
  }

  /** Selects an event for the reader; `walk` (previous / next) also brings it into view. */
  #select(item: TimelineItem, walk = false): void {
    this.#roving.focused = item.event.id;
    if (this.selected === item.event.id) return;
    if (!walk) this.#reveal.readerSelecting();
    this.selected = item.event.id;
    this.#wiring.link?.write(true);
    this.dispatchEvent(new TimelineSelectEvent(item.event));
    if (this.#tracked) this.#wiring.track?.expand(item.event);
  }

  #toggleCategory = (id?: string): void => {
    const all = [...this.#view.categories.keys()];
    const next = toggleCategory(all, this.#view.active, id);
    if (next) this.setAttribute('categories', next.join(' '));
    else this.removeAttribute('categories');
    this.#wiring.link?.write(false);
    this.dispatchEvent(new TimelineFilterEvent(next ?? all));
  };

  /**
   * Hydrating, the first render is the server's: without what the server never draws (the guides'
   * story bar and gap markers), even when it arrived while the element waited; they follow at once.
   */
  get #guides(): Features['guides'] | undefined {
    return this.hasUpdated || !this.#serverRendered ? this.#features.get('guides') : undefined;
  }

  protected override firstUpdated(): void {
    if (this.#serverRendered && this.#features.get('guides')) this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const locale = this.#locale;
    const guides = this.#guides;
    const { track, search, link } = this.#wiring;
    const visible = this.#visible;
    const focused = this.#roving.focused;
    const horizontal = this.orientation === 'horizontal';
    const { search: searching, query, selected } = this;
    const level = titleLevel(this.headingLevel);
    const errors = this.errors;
    return renderTimeline({
      locale,
      chronology: this.#data.chronology,
      view: this.#view,
      visible,
      mode: this.#tracked ? (horizontal ? 'horizontal' : 'vertical-track') : 'flow',
      loading: this.#data.loading,
      errors,
      unloaded: this.#problems.missingCode.length === errors.length,
      header: {
        onChip: this.#toggleCategory,
        level,
        quiet: Boolean(query) || this.#wiring.follow?.following,
        extras: [
          this.#features.get('story')?.renderUpdated(this.#data.chronology.updated, locale),
          searching ? search?.field(locale, query, this.#view.visible.length) : nothing,
        ],
        bar: guides?.renderStoryBar({
          locale,
          items: visible,
          all: this.#view.items,
          featuredOnly: this.featuredOnly,
          selected,
          toggle: () => (this.featuredOnly = !this.featuredOnly),
          walk: (item) => this.#select(item, true),
          extra: this.#wiring.follow?.controls(locale),
        }),
      },
      context: {
        locale,
        categories: this.#view.categories,
        selected,
        focused,
        size: visible.length,
        horizontal,
        level,
        mark: search?.mark ?? String,
        share: link?.button,
        anchors: this.follow !== undefined,
      },
      picker: this.#roving,
      guides,
      lanes: this.lanes == undefined ? undefined : this.#wiring.lanes,
      track: this.#tracked && track?.layout ? track : undefined,
      selected: selected ? visible.find((item) => item.event.id === selected) : undefined,
      close: () => this.#clear(),
    });
  }
}
