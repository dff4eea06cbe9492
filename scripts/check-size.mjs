// Part of npm test: fails when a CDN bundle's first download, or any chunk loaded on demand, grows
// past its gzip budget (1 KB = 1,000 B), or when a release would leave the bundles under 1,000 B of
// headroom: a budget is a ceiling, not a target. The sizes are rollup's own chunk data, recorded by
// rollup.config.mjs in dist/sizes.json. Sizes are deterministic, so this is a test; speed is measured
// in npm run bench, never here.
import { existsSync, readFileSync } from 'node:fs';
import { CHUNK_BUDGET, budgets } from './budgets.mjs';

if (!existsSync('dist/sizes.json')) {
  console.error('No dist/sizes.json: build first (npm run build).');
  process.exit(1);
}
const sizes = JSON.parse(readFileSync('dist/sizes.json', 'utf8'));

let over = 0;
const line = (ok, file, size, limit, what) => {
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${file}: ${size.toLocaleString('en')} B gzip of ${limit.toLocaleString('en')} B (${what})`,
  );
};
for (const [file, limit, headroom, what] of budgets) {
  const size = sizes[file]?.firstDownload;
  if (size === undefined) {
    line(false, file, 0, limit, 'missing from the build');
    continue;
  }
  const room = headroom ? `, leaving at least ${headroom.toLocaleString('en')} B free` : '';
  line(size <= limit - headroom, file, size, limit, `${what}${room}`);
}
for (const [file, { entry, gzip }] of Object.entries(sizes)) {
  if (!entry) line(gzip <= CHUNK_BUDGET, file, gzip, CHUNK_BUDGET, 'loaded on demand');
}
if (over) {
  console.error(`${over} file(s) over budget: move code that few pages need into a chunk loaded on demand.`);
  process.exit(1);
}
