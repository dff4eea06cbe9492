import { LitElement } from 'lit';
import type { Chronology } from '../model/types.js';
import type { Locale } from '../model/messages.js';
import type { Scale } from '../model/scale.js';
import { EMPTY } from '../controllers/data.js';

/**
 * The public properties of `<event-timeline>`, each with its attribute and default. The element
 * (./event-timeline.ts) wires them to the model and the features; this class holds no behaviour.
 */
export class TimelineProperties extends LitElement {
  static override properties = {
    chronology: { attribute: false },
    chronologies: { attribute: false },
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
    linkBase: { attribute: 'link-base' },
    featuredOnly: { type: Boolean, attribute: 'featured-only', reflect: true },
    search: { type: Boolean },
    query: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    follow: {},
    followOffset: { type: Number, attribute: 'follow-offset' },
    play: { type: Boolean, reflect: true },
    pace: { type: Number },
    lanes: { reflect: true },
    laneView: { attribute: 'lane-view', reflect: true },
    collapsed: { reflect: true },
    align: { reflect: true },
  };

  /** The data to show. Replace the object to change it; it is validated, never mutated. After a `src` load, its valid part. */
  declare chronology: Chronology;
  /** Several chronologies on one axis, with `lanes`: each becomes a lane (or a group of lanes, when it has its own), and `chronology` their combination (`combineChronologies`); event ids are prefixed with their lane's, e.g. `us-rok-treaty`. */
  declare chronologies: readonly Chronology[] | undefined;
  /** URL of a chronology to load: JSON, TimelineJS3 JSON or CSV. The last request wins; a failed load keeps the data shown. */
  declare src: string | undefined;
  /** Any BCP 47 tag: `en` built in; `ko` (which `<korea-timeline>` brings), `ja`, `zh-Hans`, `zh-Hant`, `es`, `fr`, `de`, `ar` load on demand; others via `registerLocale`. Defaults to the nearest `lang` up the tree, else `en`. */
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
  /** Keep the view in the URL's hash: the selected event, and the categories, `from`/`to` and `query` that differ from the attributes. Opening the URL restores it; Back and Forward move between selections. */
  declare linkHash: boolean;
  /** The page the "Copy link" button's links point to, when it is not this one (an embed's host article): an http(s) address, to which the event's hash is added. */
  declare linkBase: string | undefined;
  /** Show only the key moments (events marked `featured`): a short story. The story bar's toggle sets it. */
  declare featuredOnly: boolean;
  /** Show a search field. */
  declare search: boolean;
  /** The search text, typed or set: only events whose title, summary, category or source titles match it are shown. */
  declare query: string | undefined;
  /** The chronology title's heading level, 2–6; eras and events go one level deeper, to at most 6. */
  declare headingLevel: number;
  /** Follow an article as the reader scrolls it: a selector of the article, or empty for the nearest `<article>` around the element (else the page's first). Its anchors (`<a href="#id">`, `data-kt-event="id"`, `data-kt-view="…"` in the link hash's format) select their events as the reader reaches them. A switch in the story bar turns it off. */
  declare follow: string | undefined;
  /** Where across the window an anchor becomes the step shown when following: 0 (top) to 1 (bottom); 0.4 by default. */
  declare followOffset: number | undefined;
  /** Play through the events shown (only the key moments with `featured-only`), one every `pace` seconds: set to start, cleared when it stops at the end or at the reader's first click or key. */
  declare play: boolean;
  /** Seconds per event while playing (5 by default); set, it shows the play button even before `play`. */
  declare pace: number | undefined;
  /** Show the chronology's sides as lanes: present (or `lanes`) for the data's `lanes`, each event in its `lane`; `category` for one lane per category. The list shows them as columns beside one line of dates on a wide screen, and a lane named on each event on a narrow one. */
  declare lanes: string | undefined;
  /** With `lanes`: `time` (default) keeps one list in time order; `lane` groups the events by lane, each lane a labelled list of its own. The lane bar's switch sets it. */
  declare laneView: 'time' | 'lane' | undefined;
  /** With `lanes`: space-separated ids of the lanes folded away; their events are counted in the lane bar, not listed. The lane bar's buttons set it. */
  declare collapsed: string | undefined;
  /** With `lanes`, on the time scale: `relative` moves each lane so its `anchor` event sits at zero, and the axis counts years before and after it ("−2 y", "+3 y"), to compare what followed in each; `absolute` (default) keeps the calendar. */
  declare align: 'absolute' | 'relative' | undefined;

  constructor() {
    super();
    this.chronology = EMPTY;
    this.theme = 'auto';
    this.reverse = false;
    this.orientation = 'vertical';
    this.scale = 'even';
    this.zoom = 1;
    this.linkHash = false;
    this.featuredOnly = false;
    this.headingLevel = 2;
    this.play = false;
  }
}
