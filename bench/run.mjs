// npm run bench: korea-timeline against a plain-DOM list, vis-timeline and TimelineJS3, side by side in
// one run of Debian's Chromium (playwright-core). A fresh page per sample, contenders interleaved,
// medians and ratios. Timings on a shared machine are noise; only ratios within one run are claimed.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { synthetic } from './synthetic.mjs';

const root = new URL('..', import.meta.url).pathname;
const SAMPLES = Number(process.env.SAMPLES ?? 7);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 60_000);

const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!executablePath) {
  console.error('No Chromium found: install it (as root: apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(join(root, 'cdn/event-timeline.js')) || !existsSync(join(root, 'events/korea.json'))) {
  console.error('Build first: npm run build (npm run bench does it for you).');
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.ttf', '.eot']);
/** Pages made at bench time (the cold-load ones), served from memory. */
const generated = new Map();
/** Gzip once per file and version: a static host or CDN would serve it precompressed. */
const gzipped = new Map();
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  let body = generated.get(path);
  if (body === undefined) {
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    body = readFileSync(file);
  }
  const headers = { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && compressible.has(extname(path))) {
    const key = `${path}:${generated.has(path) ? 'generated' : statSync(file).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
    body = gzipped.get(key);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  response.writeHead(200, headers).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const korea = JSON.parse(readFileSync(join(root, 'events/korea.json'), 'utf8'));
// A partial run while you work, printed but not saved: BENCH_DATASETS='10,000|Korea' and
// BENCH_CONTENDERS='korea-timeline|plain DOM' keep the names that start with one of the choices.
const only = (variable) => process.env[variable]?.split('|').filter(Boolean);
const pick = (wanted, name) => !wanted || wanted.some((w) => name.startsWith(w));
const allDatasets = [
  { name: 'Korea (43)', data: korea },
  { name: '1,000', data: synthetic(1_000, 1) },
  { name: '10,000', data: synthetic(10_000, 1) },
];
const datasets = allDatasets.filter((d) => pick(only('BENCH_DATASETS'), d.name));
const allContenders = [
  { name: 'korea-timeline', page: 'korea-timeline.html', filter: true },
  { name: 'plain DOM', page: 'plain-dom.html', filter: true },
  { name: 'vis-timeline', page: 'vis-timeline.html', filter: true },
  { name: 'TimelineJS3', page: 'timelinejs3.html', filter: false, upTo: 1_000 },
];
const contenders = allContenders.filter((c) => pick(only('BENCH_CONTENDERS'), c.name));
const partial = datasets.length < allDatasets.length || contenders.length < allContenders.length;

const gzip = (...files) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(root, f)), { level: 9 }).length, 0);
const chunk = (prefix) => {
  const dir = join(root, 'cdn/chunks');
  const name = existsSync(dir) && readdirSync(dir).find((f) => f.startsWith(prefix));
  return name ? `cdn/chunks/${name}` : undefined;
};
const trackChunk = chunk('event-timeline-track');
const sizes = {
  'korea-timeline': {
    bytes: gzip('cdn/event-timeline.js'),
    note: trackChunk ? `+ ${gzip(trackChunk)} B on demand (track)` : '',
  },
  'korea-timeline (with data)': { bytes: gzip('cdn/korea-timeline.js'), note: 'the Korea bundle, data included' },
  'plain DOM': { bytes: 0, note: 'inline, a few lines' },
  'vis-timeline': {
    bytes: gzip('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
    note: `+ ${gzip('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css')} B CSS`,
  },
  TimelineJS3: {
    bytes: gzip('node_modules/@knight-lab/timelinejs/dist/js/timeline.js'),
    note: `+ ${gzip('node_modules/@knight-lab/timelinejs/dist/css/timeline.css')} B CSS, fonts`,
  },
};

const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--js-flags=--expose-gc',
    // Offline and deterministic: a page that reaches for another host fails at once instead of waiting.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

const withTimeout = (promise, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), TIMEOUT))]);

/** One sample: a fresh page, render, heap, filter, jump. */
async function sample(contender, dataset) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${origin}/bench/pages/${contender.page}`);
    await page.waitForFunction(() => window.benchReady === true);
    await page.evaluate((data) => (window.benchData = data), dataset.data);
    const last = dataset.data.events.at(-1).id;
    const render = await withTimeout(
      page.evaluate(async () => {
        const t0 = performance.now();
        const rendered = await window.bench.render(window.benchData);
        return { ms: performance.now() - t0, rendered };
      }),
      'render',
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const time = (fn, arg) =>
      withTimeout(
        page.evaluate(
          async ([name, value]) => {
            const t0 = performance.now();
            await window.bench[name](value);
            return performance.now() - t0;
          },
          [fn, arg],
        ),
        fn,
      );
    const category = dataset.data.categories[1].id;
    const filter = contender.filter ? await time('filter', category) : undefined;
    // Jump from the unfiltered view: clear the filter first.
    if (contender.name === 'korea-timeline') await page.evaluate(() => window.bench.filter(''));
    if (contender.name === 'plain DOM')
      await page.evaluate(() => document.querySelectorAll('li[hidden]').forEach((li) => (li.hidden = false)));
    const jump = await time('jumpToLast', last);
    return { render: render.ms, rendered: render.rendered, heap: usedSize, filter, jump };
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};

const results = [];
for (const dataset of datasets) {
  const active = contenders.filter((c) => !c.upTo || dataset.data.events.length <= c.upTo);
  const samples = new Map(active.map((c) => [c.name, []]));
  const failed = new Map();
  for (let s = 0; s < SAMPLES; s++) {
    // Interleave: each round starts with a different contender.
    const order = active.map((_, i) => active[(i + s) % active.length]);
    for (const contender of order) {
      if (failed.has(contender.name)) continue;
      try {
        samples.get(contender.name).push(await sample(contender, dataset));
      } catch (error) {
        failed.set(contender.name, String(error.message ?? error));
      }
    }
    process.stdout.write(`\r${dataset.name}: sample ${s + 1}/${SAMPLES}`);
  }
  process.stdout.write('\n');
  for (const contender of active) {
    const list = samples.get(contender.name);
    results.push({
      dataset: dataset.name,
      events: dataset.data.events.length,
      contender: contender.name,
      samples: list.length,
      failed: failed.get(contender.name),
      render: median(list.map((r) => r.render)),
      filter: median(list.map((r) => r.filter)),
      jump: median(list.map((r) => r.jump)),
      heap: median(list.map((r) => r.heap)),
      rendered: median(list.map((r) => r.rendered)),
    });
  }
}
const version = browser.version();
await browser.close();
server.close();

const get = (dataset, contender) => results.find((r) => r.dataset === dataset && r.contender === contender);
const ms = (v) => (v === undefined ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
/** A first-render target: korea-timeline's median over a rival's, on one dataset. */
const renderTarget = (dataset, rival, limit) => [
  `${dataset.replace(' (43)', '')}: first render ≤ ${limit}× ${rival}`,
  ratio(get(dataset, 'korea-timeline')?.render, get(dataset, rival)?.render),
  limit,
  '×',
];
const targets = [
  ['Bundle: cdn/event-timeline.js ≤ 16 KB gzip', sizes['korea-timeline'].bytes, 16_000, 'B'],
  ['Bundle: cdn/korea-timeline.js ≤ 32 KB gzip', sizes['korea-timeline (with data)'].bytes, 32_000, 'B'],
  renderTarget('1,000', 'plain DOM', 0.5),
  renderTarget('1,000', 'vis-timeline', 0.1),
  renderTarget('10,000', 'plain DOM', 0.1),
  ['10,000: filter change ≤ 16 ms (median)', get('10,000', 'korea-timeline')?.filter, 16, 'ms'],
  renderTarget('Korea (43)', 'vis-timeline', 0.2),
  renderTarget('Korea (43)', 'TimelineJS3', 0.2),
];

const lines = [
  `# Benchmark results`,
  '',
  `Chromium ${version} via playwright-core, ${SAMPLES} samples per contender and dataset, a fresh page per sample, contenders interleaved. Medians. Generated by \`npm run bench\`.`,
  '',
  '| Dataset | Contender | First render (ms) | Filter (ms) | Jump to last (ms) | JS heap (MB) | Items in DOM | Samples |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.dataset} | ${r.contender} | ${r.failed && !r.samples ? `failed: ${r.failed}` : ms(r.render)} | ${ms(r.filter)} | ${ms(r.jump)} | ${r.heap ? (r.heap / 1048576).toFixed(1) : '—'} | ${r.rendered ?? '—'} | ${r.samples}${r.failed ? ` (then ${r.failed})` : ''} |`,
  ),
  '',
  '| JavaScript, gzip | Bytes | Note |',
  '| --- | ---: | --- |',
  ...Object.entries(sizes).map(([name, s]) => `| ${name} | ${s.bytes.toLocaleString('en')} | ${s.note} |`),
  '',
  '| Target | Measured | Limit | Met |',
  '| --- | ---: | ---: | :---: |',
  ...targets.map(([name, value, limit, unit]) => {
    const shown =
      value === undefined
        ? '—'
        : unit === '×'
          ? `${value.toFixed(3)}×`
          : `${Math.round(value).toLocaleString('en')} ${unit}`;
    return `| ${name} | ${shown} | ${unit === '×' ? `${limit}×` : `${limit.toLocaleString('en')} ${unit}`} | ${value === undefined ? '?' : value <= limit ? 'yes' : 'no'} |`;
  }),
  '',
];
const markdown = lines.join('\n');
console.log(`\n${markdown}`);
if (partial) {
  console.log('A partial run (BENCH_DATASETS or BENCH_CONTENDERS): bench/results/ is left as it was.');
  process.exit(0);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), markdown);
writeFileSync(
  join(root, 'bench/results/latest.json'),
  `${JSON.stringify({ samples: SAMPLES, results, sizes, targets: targets.map(([name, value, limit]) => ({ name, value, limit, met: value !== undefined && value <= limit })) }, null, 2)}\n`,
);
