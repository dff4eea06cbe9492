/**
 * The chunk manifest: each optional feature of the element, declared once. For each: where its code
 * is (`load`, a dynamic import, so a bundler makes it a chunk; a feature under about 1 KB rides in a
 * bigger one's chunk, exported from it), what triggers it (its comment), whether `updateComplete`
 * waits for it (`waits: true`: it changes what a reader sees of the data), and whether the server
 * draws it (`server: 'eager'`: the npm entry provides it before the first render, see ./eager.ts).
 * Without them, a feature is one `updateComplete` does not wait for and the server never reaches:
 * it only adds interaction, or layout a browser measures.
 *
 * Adding a feature: a folder under src/features/ whose index.ts exports what it adds (and `styles`),
 * one entry here, and, if the server must draw it, one line in ./eager.ts.
 */
export const manifest = {
  /** Data not checked when it was built: a chronology property, src, children. */
  validate: {
    load: () => import('../model/validate.js'),
    waits: true,
    server: 'eager',
  },
  /** Data with a date before year 1, a decade or century, or a one-sided end. */
  dates: {
    load: () => import('../features/dates/index.js'),
    waits: true,
    server: 'eager',
  },
  /** A locale other than en: Intl's dates (but Korean's), and each language's strings, a chunk of their own. */
  locales: {
    load: () => import('../features/locales/index.js'),
    waits: true,
    server: 'eager',
  },
  /** search, query or link-hash; data with pictures, updates or corrections. */
  story: {
    load: () => import('../features/story/index.js'),
    waits: true,
    server: 'eager',
  },
  /** Every connected element, after its first render, with the guides. */
  finish: {
    // Too small for a chunk of its own: it rides with the guides.
    load: () => import('../features/guides/index.js').then((guides) => guides.finish),
    server: 'eager',
  },
  /** Every connected element, after its first render. */
  guides: {
    load: () => import('../features/guides/index.js'),
  },
  /** scale="time", orientation="horizontal", or more events than a list renders at once. */
  track: {
    // Two chunks fetched at once: the overview strip under a horizontal track is one of its own.
    load: () =>
      Promise.all([import('../features/track/index.js'), import('../features/track/overview.js')]).then(
        ([track, overview]) => track.withOverview(overview),
      ),
  },
  /** A src attribute. */
  source: {
    load: () => import('../features/source/index.js'),
  },
  /** `follow`, `play` or `pace`: following the article as the reader scrolls, and playing through the events. */
  follow: {
    load: () => import('../features/follow/index.js'),
  },
  /** `lanes`: the chronology's sides (or its categories) as lanes, and its annotations. */
  lanes: {
    load: () => import('../features/lanes/index.js'),
    waits: true,
    server: 'eager',
  },
  /** `<timeline-event>` children. */
  declarative: {
    load: () => import('../features/declarative/index.js'),
  },
} as const;

/** What each feature adds, by name: its module. */
export type Features = { [N in keyof typeof manifest]: Awaited<ReturnType<(typeof manifest)[N]['load']>> };
