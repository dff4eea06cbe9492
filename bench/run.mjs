// npm run bench: korea-timeline against a plain-DOM list, vis-timeline and TimelineJS3, side by side in
// one run of Debian's Chromium (playwright-core). Two modes (BENCH_MODE=warm|cold|both, both by default):
// - warm: a fresh page per sample with the library already loaded; first render, filter, jump and heap
//   for the Korea events and synthetic sets of 1,000 and 10,000;
// - cold: a phone loading the page: a fresh browser context per sample, no cache, gzip, 150 ms RTT,
//   1.6 Mbit/s, 4x CPU; navigation start to the Korea events laid out (pages from ./cold.mjs).
// Contenders interleaved, medians and ratios. Timings on a shared machine are noise; only ratios within
// one run are claimed, and no test asserts a timing.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { synthetic } from './synthetic.mjs';
import { coldContenders } from './cold.mjs';
import { phases } from './phases.mjs';
import { warmPage } from './warm-page.mjs';
import { CHUNK_BUDGET, budgets } from '../scripts/budgets.mjs';

const root = new URL('..', import.meta.url).pathname;
const SAMPLES = Number(process.env.SAMPLES ?? 7);
// Cold rounds take seconds and vary more on a loaded machine: more of them by default.
const COLD_SAMPLES = Number(process.env.COLD_SAMPLES ?? 11);
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
/** The Korea dataset's name in the tables, with how many events it has. */
const KOREA = `Korea (${korea.events.length})`;
const MODE = process.env.BENCH_MODE || 'both';
if (!['warm', 'cold', 'both', 'serve'].includes(MODE)) {
  console.error(`BENCH_MODE is warm, cold, both or serve, not ${MODE}.`);
  process.exit(1);
}
for (const contender of coldContenders)
  generated.set(`/bench/cold/${contender.page}`, Buffer.from(contender.make(korea)));
const runWarm = MODE === 'warm' || MODE === 'both';
const runCold = MODE === 'cold' || MODE === 'both';
// A partial run while you work, printed but not saved: BENCH_MODE=cold, BENCH_DATASETS='10,000|Korea' and
// BENCH_CONTENDERS='korea-timeline|plain' keep the names that start with one of the choices.
const only = (variable) => process.env[variable]?.split('|').filter(Boolean);
const pick = (wanted, name) => !wanted || wanted.some((w) => name.startsWith(w));
const allDatasets = [
  { name: KOREA, data: korea, url: '/bench/data/korea.json' },
  { name: '1,000', data: synthetic(1_000, 1), url: '/bench/data/1000.json' },
  { name: '10,000', data: synthetic(10_000, 1), url: '/bench/data/10000.json' },
];
// The page fetches its data: handing 10,000 events to page.evaluate took seconds a sample.
for (const { data, url } of allDatasets) generated.set(url, Buffer.from(JSON.stringify(data)));
const datasets = runWarm ? allDatasets.filter((d) => pick(only('BENCH_DATASETS'), d.name)) : [];

/**
 * Imports through `src`, from setting it to kt-load: 10,000 rows of CSV, and 1 MB of TimelineJS3 JSON
 * with HTML in its text, each beside the same events as our own JSON, so the ratio is what the
 * format costs. Run with the warm mode.
 */
const csvCell = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const tenThousand = synthetic(10_000, 1);
const asCsv = (data) =>
  [
    'id,start,title,title:ko,summary,category,source title,source url',
    ...data.events.map((e) =>
      [e.id, e.start, e.title.en, e.title.ko, e.summary.en, e.category, e.sources[0].title, e.sources[0].url]
        .map(csvCell)
        .join(','),
    ),
  ].join('\n');
/** TimelineJS3 JSON of about `bytes`: synthetic events, their text as HTML paragraphs, a group each. */
function asTimelineJS(bytes) {
  const events = [];
  let size = 0;
  for (let seed = 1; size < bytes; seed++) {
    for (const e of synthetic(1_000, seed).events) {
      const [year, month, day] = e.start.split('-');
      const event = {
        start_date: { year, month, day },
        text: {
          headline: e.title.en,
          text: `<p>${e.summary.en}</p><p><em>Filed by</em> ${e.sources[0].publisher}.</p>`,
        },
        group: e.category,
        media: { url: e.sources[0].url, credit: e.sources[0].title },
      };
      events.push(event);
      size += JSON.stringify(event).length + 1;
      if (size >= bytes) break;
    }
  }
  return { title: { text: { headline: 'Synthetic', text: '<p>1 MB of TimelineJS3 text</p>' } }, events };
}
const timelineJS = asTimelineJS(1_000_000);
const allImports = [
  { name: 'CSV, 10,000 rows', url: '/bench/data/import.csv', body: asCsv(tenThousand), ours: '/bench/data/10000.json' },
  {
    name: `TimelineJS3 JSON, 1 MB (${timelineJS.events.length.toLocaleString('en')} events)`,
    url: '/bench/data/import-timelinejs.json',
    body: JSON.stringify(timelineJS),
    ours: '/bench/data/import-timelinejs-ours.json',
  },
];
generated.set('/bench/data/import.csv', Buffer.from(allImports[0].body));
generated.set('/bench/data/import-timelinejs.json', Buffer.from(allImports[1].body));
types['.csv'] = 'text/csv';
compressible.add('.csv');
const importsRun = runWarm && pick(only('BENCH_DATASETS'), 'import') ? allImports : [];
const allContenders = [
  { name: 'korea-timeline', page: 'korea-timeline.html', filter: true, search: true },
  { name: 'plain DOM', page: 'plain-dom.html', filter: true },
  { name: 'vis-timeline', page: 'vis-timeline.html', filter: true },
  { name: 'TimelineJS3', page: 'timelinejs3.html', filter: false, upTo: 1_000 },
];
const contenders = allContenders.filter((c) => pick(only('BENCH_CONTENDERS'), c.name));
const cold = runCold ? coldContenders.filter((c) => pick(only('BENCH_CONTENDERS'), c.name)) : [];
const partial =
  MODE !== 'both' ||
  datasets.length < allDatasets.length ||
  contenders.length < allContenders.length ||
  cold.length < coldContenders.length;

if (MODE === 'serve') {
  // The pages, to open in a browser by hand; Ctrl-C stops.
  console.log(`Serving ${origin}, gzip when asked:`);
  for (const c of coldContenders) console.log(`  cold, ${c.name}: ${origin}/bench/cold/${c.page}`);
  for (const page of readdirSync(join(root, 'bench/pages')).filter((f) => f.endsWith('.html')))
    console.log(
      `  warm: ${origin}/bench/pages/${page} (in the console: bench.render(await (await fetch('/bench/data/korea.json')).json()))`,
    );
  await new Promise(() => {});
}

// The mobile profile of the cold mode: Lighthouse's, applied through the DevTools protocol.
const PHONE = {
  latency: 150, // ms round trip, added to every request
  downloadThroughput: 1.6e6 / 8, // 1.6 Mbit/s, in bytes per second
  uploadThroughput: 750e3 / 8, // 750 kbit/s
  cpu: 4, // times slower
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

const gzip = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
/** The CDN files' sizes as rollup recorded them when it built them (see scripts/check-size.mjs). */
const built = JSON.parse(readFileSync(join(root, 'dist/sizes.json'), 'utf8'));
const firstDownload = (file) => built[file].firstDownload;
const budget = (file) => budgets.find(([name]) => name === file)[1];
const chunkSizes = Object.entries(built)
  .filter(([, { entry }]) => !entry)
  .map(([file, { gzip: bytes }]) => ({ name: file.replace('cdn/chunks/', ''), bytes }));
const trackChunk = chunkSizes.find(({ name }) => name.startsWith('event-timeline-track'));
const largestChunk = chunkSizes.reduce((a, b) => (b.bytes > (a?.bytes ?? -1) ? b : a), undefined);
const sizes = {
  'korea-timeline': {
    bytes: firstDownload('cdn/event-timeline.js'),
    note: trackChunk ? `+ ${trackChunk.bytes} B on demand (track)` : '',
  },
  'korea-timeline (with data)': {
    bytes: firstDownload('cdn/korea-timeline.js'),
    note: 'the Korea bundle, data included',
  },
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

/** Typed into the search field a letter at a time; the synthetic data has it in some titles. */
const QUERY = 'aid package';

const withTimeout = (promise, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), TIMEOUT))]);

/** One warm sample: a fresh page with the library loaded, then render, heap, filter, jump. */
async function sample(contender, dataset) {
  const page = await warmPage(browser, origin, contender.page, dataset.url);
  try {
    const last = dataset.data.events.at(-1).id;
    const render = await withTimeout(
      page.evaluate(async () => {
        const t0 = performance.now();
        const rendered = await window.bench.render(window.benchData);
        return { ms: performance.now() - t0, rendered };
      }),
      'render',
    );
    // How long after the events were on screen updateComplete resolved (korea-timeline alone).
    const settles = await page.evaluate(() => window.benchSettles);
    // What follows the first render (korea-timeline's on-demand chunks) arrives before the next timing.
    await page.evaluate(() => window.bench.settled?.());
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
    // Search: the median keystroke of a query typed a letter at a time, once its code is loaded.
    let search;
    if (contender.search) {
      await page.evaluate(() => window.bench.openSearch());
      const keystrokes = [];
      for (let i = 1; i <= QUERY.length; i++) keystrokes.push(await time('search', QUERY.slice(0, i)));
      search = median(keystrokes);
    }
    return { render: render.ms, rendered: render.rendered, heap: usedSize, filter, jump, search, settles };
  } finally {
    await page.close();
  }
}

/**
 * One cold sample: a fresh browser context (nothing cached, nothing compiled), the phone profile, then
 * navigation to the first frame after the timeline is laid out, as the page's performance.now().
 */
async function coldSample(contender) {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latency,
      downloadThroughput: PHONE.downloadThroughput,
      uploadThroughput: PHONE.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    // Every layout shift of the page, as Core Web Vitals count them (none right after input).
    await page.addInitScript(() => {
      window.benchShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/bench/cold/${contender.page}`, { waitUntil: 'commit', timeout: TIMEOUT });
    await page.waitForFunction(() => window.benchResult, null, { polling: 100, timeout: TIMEOUT });
    // Layout shift counts what moves once the page has settled: its load event, every chunk of the
    // drop-in (settled() waits for them), then two frames.
    await page.waitForFunction(() => document.readyState === 'complete', null, { polling: 100, timeout: TIMEOUT });
    const shift = await page.evaluate(async () => {
      // The server-rendered page defines the element once hydrate.js has run its bundle.
      if (document.querySelector('korea-timeline')) {
        await customElements.whenDefined('korea-timeline');
        await document.querySelector('korea-timeline').settled();
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return window.benchShift;
    });
    return await page.evaluate((shift) => {
      // What the page fetched before it was laid out (a TimelineJS3 icon font may come after).
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].filter((e) => e.startTime < window.benchResult.ms);
      return {
        load: window.benchResult.ms,
        items: window.benchResult.items,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        bytes: entries.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0),
        requests: entries.length,
        shift,
      };
    }, shift);
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

/**
 * Samples each contender `count` times, interleaved: each round starts with a different contender. A
 * contender that fails once is left out of the rounds after.
 */
async function rounds(label, list, count, take) {
  const samples = new Map(list.map((c) => [c.name, []]));
  const failed = new Map();
  for (let s = 0; s < count; s++) {
    const order = list.map((_, i) => list[(i + s) % list.length]);
    for (const contender of order) {
      if (failed.has(contender.name)) continue;
      try {
        samples.get(contender.name).push(await take(contender));
      } catch (error) {
        failed.set(contender.name, String(error.message ?? error).split('\n')[0]);
      }
    }
    process.stdout.write(`\r${label}: sample ${s + 1}/${count} (${elapsed()})`);
  }
  process.stdout.write('\n');
  return { samples, failed };
}

const results = [];
for (const dataset of datasets) {
  const active = contenders.filter((c) => !c.upTo || dataset.data.events.length <= c.upTo);
  const { samples, failed } = await rounds(dataset.name, active, SAMPLES, (c) => sample(c, dataset));
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
      search: median(list.map((r) => r.search)),
      heap: median(list.map((r) => r.heap)),
      rendered: median(list.map((r) => r.rendered)),
      settles: median(list.map((r) => r.settles)),
      renders: list.map((r) => r.render),
    });
  }
}

// Where the first render's time goes, in samples of their own (./phases.mjs): ours beside the floor.
const validatorChunk = Object.keys(built).find(
  (file) => /^cdn\/chunks\/event-timeline-validate-[\w-]+\.js$/.test(file) && existsSync(join(root, file)),
);
const profiled = contenders.filter((c) => c.name === 'korea-timeline' || c.name === 'plain DOM');
const phaseResults = [];
for (const dataset of profiled.length === 2 ? datasets : []) {
  const { samples } = await rounds(`Phases, ${dataset.name}`, profiled, SAMPLES, (c) =>
    withTimeout(phases(browser, origin, c, dataset, validatorChunk), 'phases'),
  );
  const of = (name, key) => median(samples.get(name).map((r) => r[key]));
  const keys = ['total', 'validate', 'view', 'template', 'commit', 'layout', 'nodes'];
  phaseResults.push({
    dataset: dataset.name,
    ours: Object.fromEntries(keys.map((key) => [key, of('korea-timeline', key)])),
    plain: Object.fromEntries(['total', 'layout', 'nodes'].map((key) => [key, of('plain DOM', key)])),
  });
}

// Our own JSON of the TimelineJS3 events: what the import makes of them, made once here.
if (importsRun.length) {
  const { fromTimelineJS } = await import(join(root, 'dist/src/features/source/import/timelinejs.js'));
  const { validateImported } = await import(join(root, 'dist/src/features/source/import/shared.js'));
  const ours = validateImported(fromTimelineJS(timelineJS)).chronology;
  generated.set('/bench/data/import-timelinejs-ours.json', Buffer.from(JSON.stringify(ours)));
}

/** One import sample: a fresh page with the library loaded; `src` set, to kt-load; then our JSON the same way. */
async function importSample(entry) {
  const page = await warmPage(browser, origin, 'korea-timeline.html');
  try {
    const load = (url) =>
      withTimeout(
        page.evaluate(async (src) => {
          const el = document.createElement('event-timeline');
          document.body.append(el);
          await el.updateComplete;
          const t0 = performance.now();
          const done = new Promise((resolve, reject) => {
            el.addEventListener('kt-load', resolve, { once: true });
            el.addEventListener('kt-error', (e) => reject(new Error(JSON.stringify(e.detail.errors[0]))), {
              once: true,
            });
          });
          el.src = src;
          await done;
          const ms = performance.now() - t0;
          el.remove();
          return ms;
        }, url),
        `import ${url}`,
      );
    // Each loads the source chunk (and CSV's, d3-dsv) once, untimed, so both times are of the import.
    await load(entry.url);
    return { format: await load(entry.url), ours: await load(entry.ours) };
  } finally {
    await page.close();
  }
}
const importResults = [];
for (const entry of importsRun) {
  const { samples, failed } = await rounds(entry.name, [{ name: entry.name }], SAMPLES, () => importSample(entry));
  const list = samples.get(entry.name);
  importResults.push({
    name: entry.name,
    bytes: Buffer.byteLength(entry.body),
    samples: list.length,
    failed: failed.get(entry.name),
    format: median(list.map((r) => r.format)),
    ours: median(list.map((r) => r.ours)),
    ratio: median(list.map((r) => r.format / r.ours)),
  });
}

const coldResults = [];
if (cold.length) {
  // One round first that counts for nothing: the server gzips each file once, the OS caches the files.
  await rounds('Cold load, warm-up', cold, 1, coldSample);
  const { samples, failed } = await rounds('Cold load', cold, COLD_SAMPLES, coldSample);
  for (const contender of cold) {
    const list = samples.get(contender.name);
    coldResults.push({
      contender: contender.name,
      samples: list.length,
      failed: failed.get(contender.name),
      load: median(list.map((r) => r.load)),
      fcp: median(list.map((r) => r.fcp)),
      bytes: median(list.map((r) => r.bytes)),
      requests: median(list.map((r) => r.requests)),
      items: median(list.map((r) => r.items)),
      shift: median(list.map((r) => r.shift)),
      loads: list.map((r) => r.load),
    });
  }
}
const version = browser.version();
await browser.close();
server.close();
const duration = (Date.now() - started) / 1000;

const get = (dataset, contender) => results.find((r) => r.dataset === dataset && r.contender === contender);
const getCold = (contender) => coldResults.find((r) => r.contender === contender);
const ms = (v) => (v === undefined ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const times = (limit) => `${Number.isInteger(limit) ? limit.toFixed(1) : limit}×`;
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
/** A warm first-render target: korea-timeline's median over a rival's, on one dataset. */
const renderTarget = (dataset, rival, limit) => [
  `Warm, ${dataset.replace(/ \(\d+\)$/, '')}: first render ≤ ${times(limit)} ${rival}`,
  ratio(get(dataset, 'korea-timeline')?.render, get(dataset, rival)?.render),
  limit,
  '×',
];
/** A cold-load target: the drop-in's median over a rival's. */
const coldTarget = (rival, limit) => [
  `Cold load: drop-in ≤ ${times(limit)} ${rival}`,
  ratio(getCold('korea-timeline (drop-in)')?.load, getCold(rival)?.load),
  limit,
  '×',
];
const targets = [
  renderTarget(KOREA, 'plain DOM', 2.0),
  renderTarget('1,000', 'plain DOM', 0.3),
  renderTarget('10,000', 'plain DOM', 0.07),
  ['Warm, 10,000: filter change ≤ 8 ms (median)', get('10,000', 'korea-timeline')?.filter, 8, 'ms'],
  ['Warm, 10,000: search keystroke ≤ 16 ms (median)', get('10,000', 'korea-timeline')?.search, 16, 'ms'],
  // No chunk is needed to show the Korea events: updateComplete should not wait for the guides.
  [
    'Warm, Korea: updateComplete within a frame (16.7 ms) of the events on screen',
    get(KOREA, 'korea-timeline')?.settles,
    16.7,
    'ms',
  ],
  coldTarget('plain HTML', 1.5),
  [
    'Cold load: server-rendered snippet ≤ 1.15× plain HTML',
    ratio(getCold('korea-timeline (server-rendered)')?.load, getCold('plain HTML')?.load),
    1.15,
    '×',
  ],
  coldTarget('vis-timeline', 0.4),
  coldTarget('TimelineJS3', 0.4),
  // Core Web Vitals call a cumulative layout shift up to 0.1 good; a timeline should move next to nothing.
  ['Cold load: drop-in layout shift ≤ 0.05 (median)', getCold('korea-timeline (drop-in)')?.shift, 0.05, ''],
  ...[
    ['cdn/event-timeline.js', sizes['korea-timeline'].bytes],
    ['cdn/korea-timeline.js', sizes['korea-timeline (with data)'].bytes],
  ].map(([file, bytes]) => [`Budget: ${file} ≤ ${budget(file).toLocaleString('en')} B gzip`, bytes, budget(file), 'B']),
  [
    `Budget: each on-demand chunk ≤ ${CHUNK_BUDGET.toLocaleString('en')} B gzip (largest: ${largestChunk?.name})`,
    largestChunk?.bytes,
    CHUNK_BUDGET,
    'B',
  ],
];

const kb = (bytes) => (bytes === undefined ? '—' : (bytes / 1000).toFixed(1));
const lines = [
  `# Benchmark results`,
  '',
  `Chromium ${version} via playwright-core. Generated by \`npm run bench\` (BENCH_MODE=${MODE}) in ${Math.round(duration)} s. Medians; only ratios within one run are claimed.`,
  '',
];
if (runWarm)
  lines.push(
    '## Warm: first render in a loaded page',
    '',
    `${SAMPLES} samples per contender and dataset, a fresh page per sample (the library already loaded, 1280×900), contenders interleaved.`,
    '',
    '| Dataset | Contender | First render (ms) | Filter (ms) | Search keystroke (ms) | Jump to last (ms) | JS heap (MB) | Items in DOM | Samples |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.dataset} | ${r.contender} | ${r.failed && !r.samples ? `failed: ${r.failed}` : ms(r.render)} | ${ms(r.filter)} | ${ms(r.search)} | ${ms(r.jump)} | ${r.heap ? (r.heap / 1048576).toFixed(1) : '—'} | ${r.rendered ?? '—'} | ${r.samples}${r.failed ? ` (then ${r.failed})` : ''} |`,
    ),
    '',
  );
if (phaseResults.length)
  lines.push(
    '## Where the first render goes',
    '',
    `The profile behind the warm targets (\`bench/phases.mjs\`): ${SAMPLES} more samples per dataset, timed through Lit's own hooks in pages of their own, so the timed renders above carry no hooks. *Validate* is the validator's first run in a page, alone; *view* the rest of \`willUpdate\` (sort, filter, eras, the track's arrangement); *template* \`render()\`; *commit* Lit writing its result to the DOM; *layout* the forced layout once the events are there. Script is what the plain list spends before its layout.`,
    '',
    '| Dataset | Ours: total | validate | view | template | commit | layout | DOM nodes | Plain DOM: total | script | layout | DOM nodes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...phaseResults.map(
      ({ dataset, ours: o, plain: p }) =>
        `| ${dataset} | ${ms(o.total)} | ${ms(o.validate)} | ${ms(o.view)} | ${ms(o.template)} | ${ms(o.commit)} | ${ms(o.layout)} | ${o.nodes?.toLocaleString('en') ?? '—'} | ${ms(p.total)} | ${ms(p.total - p.layout)} | ${ms(p.layout)} | ${p.nodes?.toLocaleString('en') ?? '—'} |`,
    ),
    '',
  );
if (importResults.length)
  lines.push(
    '## Imports through src',
    '',
    `${SAMPLES} samples each, a fresh page per sample (the library and its import code already loaded): from setting \`src\` to \`kt-load\` (fetched from the local server, gzip, imported, validated, shown), beside the same events as our own JSON.`,
    '',
    '| Input | Bytes | Import (ms) | Our JSON (ms) | × our JSON (median of ratios) | Samples |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...importResults.map(
      (r) =>
        `| ${r.name} | ${r.bytes.toLocaleString('en')} | ${r.failed && !r.samples ? `failed: ${r.failed}` : ms(r.format)} | ${ms(r.ours)} | ${r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.samples} |`,
    ),
    '',
  );
if (runCold) {
  const plainLoad = getCold('plain HTML')?.load;
  lines.push(
    '## Cold: a phone loading the page',
    '',
    `The ${korea.events.length} Korea events in every contender. ${COLD_SAMPLES} samples each, a fresh browser context per sample, cache disabled, gzip on the wire, ${PHONE.latency} ms RTT, ${(PHONE.downloadThroughput * 8) / 1e6} Mbit/s down, ${(PHONE.uploadThroughput * 8) / 1e6} Mbit/s up, ${PHONE.cpu}× CPU slowdown, ${PHONE.viewport.width}×${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}×. Laid out: from navigation start to the first frame after the timeline is in the DOM.`,
    '',
    '| Contender | Laid out (ms) | × plain HTML | First contentful paint (ms) | Layout shift | Transferred (kB) | Requests | Items | Samples |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...coldResults.map((r) => {
      const x = ratio(r.load, plainLoad);
      return `| ${r.contender} | ${r.failed && !r.samples ? `failed: ${r.failed}` : ms(r.load)} | ${x === undefined ? '—' : `${x.toFixed(2)}×`} | ${ms(r.fcp)} | ${r.shift === undefined ? '—' : r.shift.toFixed(3)} | ${kb(r.bytes)} | ${r.requests ?? '—'} | ${r.items ?? '—'} | ${r.samples}${r.failed ? ` (then ${r.failed})` : ''} |`;
    }),
    '',
    'Layout shift: the cumulative layout shift (Core Web Vitals: up to 0.1 is good) once the page has loaded and settled. Transferred and requests count what the page fetched before it was laid out (gzip bytes, no headers). Every file comes from one local server; TimelineJS3 asks cdn.knightlab.com for its web fonts by default, and offline that request fails at once, so its time leaves them out.',
    '',
  );
}
lines.push(
  '## Sizes',
  '',
  '| JavaScript, gzip | Bytes | Note |',
  '| --- | ---: | --- |',
  ...Object.entries(sizes).map(([name, s]) => `| ${name} | ${s.bytes.toLocaleString('en')} | ${s.note} |`),
  '',
  '## Targets',
  '',
  '| Target | Measured | Limit | Met |',
  '| --- | ---: | ---: | :---: |',
  ...targets.map(([name, value, limit, unit]) => {
    const shown =
      value === undefined
        ? '—'
        : unit === '×'
          ? `${value.toFixed(3)}×`
          : unit === ''
            ? value.toFixed(3)
            : `${(unit === 'ms' ? value : Math.round(value)).toLocaleString('en', { maximumFractionDigits: 1 })} ${unit}`;
    return `| ${name} | ${shown} | ${unit === '×' ? times(limit) : `${limit.toLocaleString('en')} ${unit}`.trim()} | ${value === undefined ? '?' : value <= limit ? 'yes' : 'no'} |`;
  }),
  '',
);
const markdown = lines.join('\n');
console.log(`\n${markdown}`);
if (partial) {
  console.log('A partial run (BENCH_MODE, BENCH_DATASETS or BENCH_CONTENDERS): bench/results/ is left as it was.');
  process.exit(0);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), markdown);
writeFileSync(
  join(root, 'bench/results/latest.json'),
  `${JSON.stringify(
    {
      chromium: version,
      seconds: Math.round(duration),
      samples: { warm: SAMPLES, cold: COLD_SAMPLES },
      phone: PHONE,
      warm: results,
      phases: phaseResults,
      imports: importResults,
      cold: coldResults,
      sizes,
      chunks: chunkSizes,
      targets: targets.map(([name, value, limit, unit]) => ({
        name,
        value,
        limit,
        unit,
        met: value !== undefined && value <= limit,
      })),
    },
    null,
    2,
  )}\n`,
);
