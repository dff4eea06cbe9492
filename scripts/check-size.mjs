// Part of npm test: fails when a CDN bundle's first download grows past its gzip budget.
// Sizes are deterministic, so this is a test; speed is measured in npm run bench, never here.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  ['cdn/event-timeline.js', 16_000, 'the element with lit and date-fns, without data'],
  ['cdn/korea-timeline.js', 32_000, 'the element and the bilingual Korea chronology'],
];
/** The entry and every chunk it imports statically: what a page downloads before anything runs. */
function firstDownload(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = readFileSync(file);
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const statics = [...code.toString().matchAll(/(?:^|[;}])import(?:[^"'()]*?from)?\s*["']\.\/([^"']+)["']/g)];
  return statics.reduce((sum, [, path]) => sum + firstDownload(dir + path, seen), gzipSync(code, { level: 9 }).length);
}

let over = 0;
for (const [file, limit, what] of budgets) {
  const size = firstDownload(file);
  const ok = size <= limit;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${file}: ${size.toLocaleString('en')} B gzip of ${limit.toLocaleString('en')} B (${what})`,
  );
}
if (over) {
  console.error(`${over} bundle(s) over budget: move code that few pages need into a chunk loaded on demand.`);
  process.exit(1);
}
