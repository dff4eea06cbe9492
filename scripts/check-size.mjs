// Part of npm test: fails when a CDN bundle's first download, or any chunk loaded on demand, grows
// past its gzip budget (1 KB = 1,000 B). Sizes are deterministic, so this is a test; speed is
// measured in npm run bench, never here.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  ['cdn/event-timeline.js', 18_000, 'the element with lit and date-fns, without data'],
  ['cdn/korea-timeline.js', 36_000, 'the element and the bilingual Korea chronology'],
  ['cdn/hydrate.js', 10_000, 'hydration of server-rendered HTML; it then runs a bundle'],
  ['cdn/embed-frame.js', 1_000, 'the script of embed.html, before the bundle it loads'],
  ['cdn/embed.js', 1_000, "the host page's script for iframe embeds"],
];
const CHUNK_BUDGET = 10_000;

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The chunks a file imports statically: what a page downloads with it before anything runs. */
function staticImports(file) {
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:^|[;}])import(?:[^"'()]*?from)?\s*["']\.\/([^"']+)["']/g)].map(([, p]) => dir + p);
}

function firstDownload(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  return staticImports(file).reduce((sum, path) => sum + firstDownload(path, seen), gzip(file));
}

let over = 0;
const line = (ok, file, size, limit, what) => {
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${file}: ${size.toLocaleString('en')} B gzip of ${limit.toLocaleString('en')} B (${what})`,
  );
};
const firstLoaded = new Set();
for (const [file, limit, what] of budgets) {
  const size = firstDownload(file, new Set());
  firstDownload(file, firstLoaded);
  line(size <= limit, file, size, limit, what);
}
for (const name of readdirSync('cdn/chunks')) {
  const file = `cdn/chunks/${name}`;
  if (firstLoaded.has(file)) continue;
  const size = gzip(file);
  line(size <= CHUNK_BUDGET, file, size, CHUNK_BUDGET, 'loaded on demand');
}
if (over) {
  console.error(`${over} file(s) over budget: move code that few pages need into a chunk loaded on demand.`);
  process.exit(1);
}
