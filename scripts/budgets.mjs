// The gzip budgets of the CDN files (1 KB = 1,000 B): scripts/check-size.mjs fails past them, and
// npm run bench reports them.

/** [file, budget, headroom it must leave, what it is] */
export const budgets = [
  ['cdn/event-timeline.js', 20_000, 1_000, 'the element with lit and date-fns, without data'],
  ['cdn/korea-timeline.js', 36_000, 1_000, 'the element and the bilingual Korea chronology'],
  ['cdn/hydrate.js', 10_000, 0, 'hydration of server-rendered HTML; it then runs a bundle'],
  // 1,300: it also relays the host article's steps to a following embed (data-kt-follow).
  ['cdn/embed-frame.js', 1_300, 0, 'the script of embed.html, before the bundle it loads'],
  ['cdn/embed.js', 1_000, 0, "the host page's script for iframe embeds"],
  // A page for editors, not readers: one classic script with every chunk in it, so it works from disk,
  // and its interface in ten languages (about 80 kB since its sections, languages and every column;
  // 90 kB with the lanes chunk, which it carries as it carries every chunk).
  ['cdn/studio.js', 100_000, 0, 'the studio page: the element with all its chunks, the importers and the studio'],
];
export const CHUNK_BUDGET = 10_000;
