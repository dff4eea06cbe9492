import { isServer } from 'lit';
import type { Chronology, Era } from '../model/types.js';
import type { TimelineItem } from '../model/timeline.js';
import { findStrings, isBuiltIn, type Locale } from '../model/messages.js';
import { WINDOW_AFTER } from '../model/view.js';
import { feature, load, type Features } from '../core/registry.js';
import type { FeatureController } from '../core/features.js';
import { needsExtras } from '../templates/event.js';
import type { TrackController, TrackHost } from '../features/track/controller.js';
import type { SearchController, SearchHost } from '../features/story/search.js';
import type { LinkController, LinkHost } from '../features/story/link.js';
import type { FollowCallbacks, FollowController, FollowHost } from '../features/follow/index.js';
import type { LanesController, LanesHost } from '../features/lanes/index.js';

export type WiringHost = TrackHost &
  SearchHost &
  LinkHost &
  FollowHost &
  LanesHost & {
    readonly isConnected: boolean;
    chronology: Chronology;
    readonly chronologies: readonly Chronology[] | undefined;
    readonly search: boolean;
    readonly query: string | undefined;
  };

/** What the element does when a feature arrives that needs it. */
export interface WiringCallbacks extends FollowCallbacks {
  /** The guides are here: what keys and clicks do. */
  picking(guides: Features['guides']): void;
  /** The link is here (`false`), or the reader moved through the history (`true`): follow the hash. */
  followHash(navigated: boolean): void;
}

/**
 * Which features an `<event-timeline>` asks for, and when, from its attributes and its data; and
 * what each sets up for it: the track's controller, search and the link. The element reads them
 * here; the features themselves come through its `FeatureController`.
 */
export class TimelineWiring {
  /** The track's layouts, windowing and zoom, once its feature is here and the element needs it. */
  track: TrackController | undefined;
  search: SearchController | undefined;
  link: LinkController | undefined;
  /** Following the article and play, with `follow`, `play` or `pace`. */
  follow: FollowController | undefined;
  /** The lanes and annotations, with `lanes`. */
  lanes: LanesController | undefined;

  constructor(
    private readonly host: WiringHost,
    private readonly features: FeatureController,
    private readonly on: WiringCallbacks,
  ) {}

  /** The `chronologies` whose combination the element shows. */
  #combined: readonly Chronology[] | undefined;

  /** Before the data is validated: several chronologies combined into one, the track as soon as it is sure to be needed, and the guides. */
  beforeData(): void {
    const many = this.host.chronologies;
    if (many) {
      this.loadLanes();
      const lanes = this.features.get('lanes');
      if (lanes && many !== this.#combined) this.host.chronology = lanes.combineChronologies((this.#combined = many));
    }
    if (!this.host.isConnected) return;
    const { chronology, scale, orientation } = this.host;
    const events: unknown = (chronology as Partial<Chronology> | null)?.events;
    if ((Array.isArray(events) && events.length > WINDOW_AFTER) || scale === 'time' || orientation === 'horizontal') {
      this.loadTrack();
    }
    this.features.want('guides', (guides) => {
      this.on.picking(guides);
      // It rides in the guides' chunk: asked for once that is here, so a missing chunk is one problem.
      this.features.want('finish');
    });
  }

  /** Once the data is validated: its locale, and the story when an attribute or the data needs it. */
  afterData(chronology: Chronology, locale: Locale): void {
    this.loadLocale(locale);
    const { isConnected, linkHash, search, query, follow, play, pace } = this.host;
    if (isConnected && (linkHash || search || query || needsExtras(chronology))) this.loadStory();
    this.loadLanes();
    this.lanes?.data(chronology);
    // `follow` (even empty), `play` or `pace` (even 0).
    if (isConnected && (follow ?? (play || pace)) !== undefined) {
      this.features.want('follow', (module) => (this.follow = new module.FollowController(this.host, this.on)));
    }
  }

  /**
   * The events in display order: the view's in a flowing list; on a track, its arrangement, made
   * again when the list or the layout `changed`. Until the track arrives, a short list shows as a list
   * and a long one waits; server rendering, which the track never reaches, writes out every event.
   */
  arrange(
    items: readonly TimelineItem[],
    eras: readonly Era[] = [],
    tracked: boolean,
    changed: boolean,
    previous: readonly TimelineItem[],
  ): readonly TimelineItem[] {
    if (!tracked) {
      this.track?.clear();
      return this.host.lanes != undefined && this.lanes ? this.lanes.arrange(items) : items;
    }
    if (!this.track) {
      if (this.host.isConnected) this.loadTrack();
      return items.length > WINDOW_AFTER && !isServer ? [] : items;
    }
    if (!changed && this.track.layout) return previous;
    // With lanes, the open lanes' events, each lane with rows of its own.
    const grouping = this.host.lanes != undefined ? this.lanes?.grouping(items) : undefined;
    return this.track
      .arrange(grouping?.items ?? items, grouping?.relative ? [] : eras, grouping)
      .placed.map((p) => p.item);
  }

  /** With `lanes` or `chronologies`: the lanes, the track laid out again in them once they are here. */
  loadLanes(): void {
    if (this.host.lanes == undefined && !this.host.chronologies) return;
    this.features.want('lanes', (module) => {
      this.lanes = new module.LanesController(this.host, () => this.link?.write(false));
      this.track?.clear();
    });
  }

  /** The story feature: search, the link and the share button, pictures and corrections. */
  loadStory = (): void =>
    this.features.want('story', (story) => {
      ({ search: this.search, link: this.link } = story.story(this.host, () => this.on.followHash(true)));
      if (!isServer) this.on.followHash(false);
    });

  loadTrack(): void {
    this.features.want('track', (track) => (this.track = new track.TrackController(this.host, track.overview)));
  }

  /** A locale other than English: its strings, and Intl's dates but in Korean (English shows meanwhile). */
  loadLocale(locale: Locale): void {
    if ((isBuiltIn(locale) || feature('locales')) && findStrings(locale)) return;
    const ready = () => load('locales').then((locales) => locales.loadLocale(locale));
    this.features.task(`locale ${locale}`, 'locales', ready, true);
  }
}
