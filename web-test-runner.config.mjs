// Runs test/**/*.test.ts in headless Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser, driven
// through WebKitWebDriver on a virtual X display), found on this machine.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findProgram, setInnerSize, startWebKit } from './scripts/webkit.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';

// React ships CommonJS only: bundle what test/frameworks.test.ts uses into one ES module.
const react = await rollup({
  input: 'test/react-entry.js',
  plugins: [
    replace({ 'process.env.NODE_ENV': JSON.stringify('development'), preventAssignment: true }),
    nodeResolve({ browser: true }),
    commonjs(),
  ],
  onwarn: () => {},
});
await react.write({ file: 'test/.vendor/react.js', format: 'es' });

// What a user copies to their server: the whole cdn/ folder, as the README says, and (to test the
// failure) the bundle alone without its chunks.
rmSync('test/.cdn', { recursive: true, force: true });
cpSync('cdn', 'test/.cdn/whole', { recursive: true });
mkdirSync('test/.cdn/alone', { recursive: true });
cpSync('cdn/korea-timeline.js', 'test/.cdn/alone/korea-timeline.js');
// A copy for each engine whose chunks a test makes fail (the network-fail command, below): the
// engines run at once, and none may lose the chunks another is loading.
for (const engine of ['chromium', 'firefox', 'webkit']) cpSync('cdn', `test/.cdn/blip-${engine}`, { recursive: true });

// Server-rendered timelines for test/hydrate.test.ts and test/embed.test.ts, each in a Node process
// of its own (the SSR DOM shim stays out of this one). The Korea one hydrates on the sources, so it
// is rendered from dist/src, whose templates are theirs; the CLI's snippets, with --hydrate, hydrate
// on the CDN bundles, whose templates are minified as the CLI's are.
mkdirSync('test/.ssr', { recursive: true });
const node = (args) => execFileSync(process.execPath, args, { encoding: 'utf8' });
writeFileSync(
  'test/.ssr/korea.html',
  node([
    '--input-type=module',
    '-e',
    "import { renderTimeline } from './dist/src/ssr.js'; process.stdout.write((await renderTimeline()).html);",
  ]),
);
// The parity fixture (test/helpers/chronologies.mjs) in four locales, for test/parity.test.ts: from
// dist/src, whose templates the browser test's elements share; and hydrated on the CDN bundle, in
// Japanese, which the server writes with features the bundle fetches as chunks.
const { parity, sides } = await import('./test/helpers/chronologies.mjs');
writeFileSync('test/.ssr/parity.json', JSON.stringify(parity));
writeFileSync('test/.ssr/sides.json', JSON.stringify(sides));
const parityLocales = ['en', 'ko', 'ja', 'ar'];
const rendered = node([
  '--input-type=module',
  '-e',
  `import { renderTimeline } from './dist/src/ssr.js';
const chronology = JSON.parse(${JSON.stringify(JSON.stringify(parity))});
const pages = {};
for (const locale of ${JSON.stringify(parityLocales)}) pages[locale] = (await renderTimeline({ chronology, locale })).html;
process.stdout.write(JSON.stringify(pages));`,
]);
for (const [locale, html] of Object.entries(JSON.parse(rendered)))
  writeFileSync(`test/.ssr/parity-${locale}.html`, html);
for (const [file, ...args] of [
  ['korea-hydrate.html'],
  ['mini-hydrate.html', 'test/data/mini.json'],
  ['parity-hydrate.html', 'test/.ssr/parity.json', '--locale', 'ja'],
  ['lanes-hydrate.html', 'test/.ssr/sides.json', '--lanes', 'lanes'],
]) {
  const options = ['--hydrate', '--page', '--cdn', '/test/.cdn/whole/'];
  writeFileSync(`test/.ssr/${file}`, node(['bin/korea-timeline.mjs', 'render', ...args, ...options]));
}

// An article that links to the events of a snippet rendered with --follow, for test/follow.test.ts
// to open without scripts: its links reach the events through the targets the server writes.
const { forty } = await import('./test/helpers/chronologies.mjs');
writeFileSync('test/.ssr/forty.json', JSON.stringify(forty));
const followed = node(['bin/korea-timeline.mjs', 'render', 'test/.ssr/forty.json', '--follow=#story']);
writeFileSync(
  'test/.ssr/article-follow.html',
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>An article without scripts</title></head>
<body style="margin: 0">
<article id="story">
<h1>A story in forty steps</h1>
${forty.events.map(({ id, title }) => `<p>This paragraph tells of <a href="#${id}">${title}</a>.</p>`).join('\n')}
${followed}
<div style="height: 100vh"></div>
</article>
</body>
</html>
`,
);

// A snippet under the strict policy below (test/csp/ is served with it): the page's first script
// records each violation.
writeFileSync(
  'test/csp/hydrated.html',
  node([
    'bin/korea-timeline.mjs',
    'render',
    'test/data/mini.json',
    '--hydrate',
    '--page',
    '--cdn',
    '/test/.cdn/whole/',
  ]).replace('<head>', '<head>\n<script src="./listen.js"></script>'),
);

// Data with problems the server leaves out (a bad date) or shows and reports (an undeclared
// category): the CLI refuses to render it, so the bundled dist/ssr.js, as `korea-timeline/ssr`, does.
writeFileSync(
  'test/.ssr/problem-hydrate.html',
  node([
    '--input-type=module',
    '-e',
    `import { readFileSync } from 'node:fs';
import { renderTimeline } from './dist/ssr.js';
const chronology = JSON.parse(readFileSync('test/data/kept-problem.json', 'utf8'));
process.stdout.write((await renderTimeline({ chronology, hydrate: true, page: true, cdn: '/test/.cdn/whole/' })).html);`,
  ]),
);

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

// Each browser runs in a different time zone, so every test also proves dates do not shift.
const browsers = [];
if (wanted.includes('chromium')) {
  const executablePath = findProgram(
    'Chromium',
    'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    'chromium',
  );
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath,
        env: { ...process.env, TZ: 'Asia/Seoul' },
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  const executablePath = findProgram(
    'Firefox',
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'firefox-esr',
  );
  const firefox = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    },
  });
  firefox.name = 'Firefox'; // the launcher calls every browser "Chrome" in its reports
  browsers.push(firefox);
}

/** The WebDriver launcher, named for its engine in reports (it would say "MiniBrowser"). */
class WebKit extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

if (wanted.includes('webkit')) {
  const webkit = await startWebKit();
  browsers.push(new WebKit(webkit.options()));
}

/** The policy a security-conscious page would set: no inline script or style, Trusted Types on. */
const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** `?delay=ms` holds a response back, so tests can overlap requests. */
async function delay(context, next) {
  const ms = Number(context.query.delay);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5000)));
  return next();
}

/**
 * A network blip: while `network-fail` (a test command) names a path fragment for a browser,
 * requests for paths holding it fail with 503, as a dropped connection would fail them.
 */
const failing = new Map();
async function blip(context, next) {
  for (const path of failing.values()) {
    if (context.path.includes(path)) {
      context.status = 503;
      return;
    }
  }
  return next();
}
const network = {
  name: 'network-fail',
  executeCommand({ command, payload, session }) {
    if (command !== 'network-fail') return undefined;
    if (payload?.path) failing.set(session.browser.name, payload.path);
    else failing.delete(session.browser.name);
    return true;
  },
};

/**
 * `serve-text`: serves a text a test made in the page (a download) at a path it names, for an
 * element's `src` to load as any file.
 */
const served = new Map();
async function serveText(context, next) {
  const text = served.get(context.path);
  if (text === undefined) return next();
  context.type = context.path.endsWith('.json') ? 'application/json' : 'text/plain';
  context.body = text;
}
const serveCommand = {
  name: 'serve-text',
  executeCommand({ command, payload }) {
    if (command !== 'serve-text') return undefined;
    served.set(payload.path, payload.text);
    return true;
  },
};

/**
 * `viewport`: the page's inner size, in every engine. Web Test Runner's own set-viewport knows only
 * Puppeteer and Playwright; over WebDriver, size the window so that its inner size is the one asked.
 */
const viewport = {
  name: 'viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'viewport') return undefined;
    const { width, height } = payload;
    if (session.browser.type === 'puppeteer') {
      await session.browser.getPage(session.id).setViewport({ width, height });
      return true;
    }
    await setInnerSize(session.browser.driver, width, height);
    return true;
  },
};

async function csp(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', strictCsp);
}

/**
 * `cdp-metrics`: Chromium's own counts of listeners, nodes and heap, after a garbage collection.
 * `cdp-media-features`: emulate media features such as forced-colors.
 * `cdp-touch`: emulate a touch screen (`{ enabled }`), so `pointer: coarse` matches.
 */
const mediaSessions = new WeakMap();
const cdpMetrics = {
  name: 'cdp-metrics',
  async executeCommand({ command, payload, session }) {
    if (command === 'cdp-media-features' || command === 'cdp-touch') {
      // emulateMedia's forcedColors works only through Playwright; the protocol itself can. An
      // emulation lasts as long as its session, so each page keeps one.
      const page = session.browser.getPage(session.id);
      if (!mediaSessions.has(page)) mediaSessions.set(page, await page.createCDPSession());
      const cdp = mediaSessions.get(page);
      if (command === 'cdp-touch') {
        await cdp.send('Emulation.setTouchEmulationEnabled', {
          enabled: payload.enabled,
          maxTouchPoints: payload.enabled ? 5 : 1,
        });
      } else {
        await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      }
      return true;
    }
    if (command !== 'cdp-metrics') return undefined;
    const client = await session.browser.getPage(session.id).createCDPSession();
    try {
      await client.send('HeapProfiler.collectGarbage');
      await client.send('Performance.enable');
      const { metrics } = await client.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    } finally {
      await client.detach();
    }
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/**/*.chromium.test.ts'],
  groups:
    browsers[0]?.name === 'Chrome'
      ? [{ name: 'chromium-only', files: 'test/**/*.chromium.test.ts', browsers: [browsers[0]] }]
      : [],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [blip, delay, csp, serveText],
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' }),
    cdpMetrics,
    network,
    viewport,
    serveCommand,
  ],
  browsers,
  concurrency: 1,
  // Sized for a loaded 2-core machine: the first test of a file also waits for its modules to compile.
  testFramework: { config: { timeout: 20000 } },
};
