import type { Locale } from '../model/messages.js';
import { loadValidator } from '../model/check.js';
import type * as Guides from '../story/guides.js';
import type { TrackController, TrackHost } from './track.js';
import type { SearchController, SearchHost } from './search.js';
import type { LinkController, LinkHost } from './link.js';
import type { ChunkName, Problems } from './problems.js';
import { adopt } from './adopt.js';

export type ChunksHost = SearchHost & LinkHost & TrackHost;

/**
 * The element's code that comes on demand: each chunk fetched once, when it is first needed, its
 * failure reported through `Problems`, and the host rendered again when it arrives. `pending` holds
 * those that change what a reader sees; the host's `updateComplete` waits for them.
 */
export class Chunks {
  /** Chunks on their way that change what is shown. */
  readonly pending = new Set<Promise<unknown>>();
  /** The reader's guides (elapsed time, the story bar), fetched after the first render. */
  guides: typeof Guides | undefined;
  /** The track's layouts, windowing and zoom: the time scale, the horizontal layout and long lists. */
  track: TrackController | undefined;
  /** Search and the view in the URL, with the story chunk (`search`, `query`, `link-hash`, pictures, corrections). */
  search: SearchController | undefined;
  link: LinkController | undefined;
  /** What has been asked for, and what of it is still on its way. */
  #asked = new Set<string>();
  #loading = new Set<string>();

  constructor(
    private readonly host: ChunksHost,
    private readonly problems: Problems,
  ) {}

  /** Resolves once the host has rendered with every chunk that changes what is shown (`pending`). */
  async settled(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.pending.size) {
      await Promise.all(this.pending);
      done = await complete();
    }
    return done;
  }

  /** Whether a chunk is on its way. */
  loading(key: string): boolean {
    return this.#loading.has(key);
  }

  /** Fetches the chunk `key` once, hands it to `use` if given, and renders again; `wait`: `updateComplete` waits for it. */
  load<T>(key: string, name: ChunkName, load: () => Promise<T>, use?: (module: T) => void, wait = true): void {
    if (this.#asked.has(key) || this.problems.missing(name)) return;
    this.#asked.add(key);
    this.#loading.add(key);
    const done: Promise<void> = this.problems.chunk(name, load).then((module) => {
      if (module) use?.(module);
      this.#loading.delete(key);
      this.pending.delete(done);
      this.host.requestUpdate();
    });
    if (wait) this.pending.add(done);
  }

  /** `use`: what else the guides bring (what keys and clicks do). */
  loadGuides(use: (guides: typeof Guides) => void): void {
    this.load(
      'guides',
      'guides',
      () => import('../story/guides.js'),
      (guides) => {
        this.guides = guides;
        guides.adopt(this.host.renderRoot);
        use(guides);
      },
    );
  }

  loadTrack(): void {
    const use = (module: typeof import('./track.js')) => (this.track = new module.TrackController(this.host));
    this.load('track', 'track', () => import('./track.js'), use, false);
  }

  /** Search, the link and the share button, pictures and corrections; `ready` once they are set up. */
  loadStory(onNavigate: () => void, ready: () => void): void {
    this.load(
      'story',
      'story',
      () => import('./story.js'),
      (module) => {
        Object.assign(this, module.story(this.host, onNavigate));
        ready();
      },
    );
  }

  loadValidator(): void {
    this.load('validate', 'validate', loadValidator);
  }

  /** What a locale other than English and Korean needs: its strings and Intl dates. English shows meanwhile. */
  loadLocale(locale: Locale): void {
    this.load(`locale ${locale}`, 'locale', () => import('../locales/load.js').then((m) => m.loadLocale(locale)));
  }

  /** The words for dates before year 1, decades, centuries and one-sided ends, and the open ends' styles. */
  loadDates(): void {
    const load = () => Promise.all([import('../model/extended.js'), import('../chunk.styles.js')]);
    this.load('dates', 'dates', load, (modules) => adopt(this.host, modules[1].openEndStyles));
  }
}
