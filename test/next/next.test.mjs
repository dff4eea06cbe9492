// npm run test:next: a real Next.js app with the packed tarball, as a user builds it. It installs
// Next and the package into a temporary project, runs `next build` (which type-checks the TSX),
// starts `next start` on a loopback port, and checks in headless Chromium that the page shows the
// events after hydration and that a click selects one: first as docs/frameworks.md's Next.js section says
// by default (Turbopack, the elements render in the browser), then with the elements rendered on
// the server through @lit-labs/nextjs (webpack). A few minutes and the npm registry: CI runs it after
// npm test, as `npm run test:consumers`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { dev, installPacked, run as runIn } from '../helpers/pack.mjs';

const NEXT = '16.4.6';
const LIT_NEXTJS = '0.2.4';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (cwd, command, args) => runIn(cwd, command, args, env);

/** A free loopback port, asked of the OS. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The Next app's files as docs/frameworks.md writes them: each is a code block whose first line names it. */
const readmeFiles = Object.fromEntries(
  [...readFileSync('docs/frameworks.md', 'utf8').matchAll(/```(?:tsx|js)\n\/\/ ([^\s,]+)[^\n]*\n([^]*?)```/g)].map(
    ([, path, code]) => [path, code],
  ),
);
assert.deepEqual(Object.keys(readmeFiles).sort(), ['app/page.tsx', 'app/timeline.tsx', 'next.config.mjs']);

/** What the page leaves out: Next's required layout, an icon, and a strict tsconfig. */
const files = {
  'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': readmeFiles['app/page.tsx'],
  'app/timeline.tsx': readmeFiles['app/timeline.tsx'],
  // The same page again, rendered on each request instead of once at build time.
  'app/dynamic/page.tsx': `${readmeFiles['app/page.tsx'].replace("'./timeline'", "'../timeline'")}\nexport const dynamic = 'force-dynamic';\n`,
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'dom.iterable', 'ES2023'],
        strict: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        isolatedModules: true,
        esModuleInterop: true,
        skipLibCheck: true,
        incremental: false,
        plugins: [{ name: 'next' }],
      },
      include: ['next-env.d.ts', '**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    },
    null,
    2,
  ),
};

const nextBin = () => join(dir, 'node_modules/.bin/next');
let dir;
let browser;
const expected = JSON.parse(readFileSync('events/korea.json', 'utf8')).events.length;
/** Events server-rendered into the element's declarative shadow root. */
const serverEvents = (markup) => (markup.match(/<li[^>]*part="event/g) ?? []).length;

before(() => {
  dir = installPacked(
    'next-consumer',
    [
      `next@${NEXT}`,
      ...['react', 'react-dom', 'typescript', '@types/react', '@types/react-dom', '@lit/react'].map(dev),
      '@types/node@^20',
    ],
    {},
    env,
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `next start` on a free loopback port, stopped when the test ends; resolves with its URL once ready. */
async function start(t) {
  const port = await freePort();
  const server = spawn(nextBin(), ['start', '--hostname', '127.0.0.1', '--port', port], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  t.after(() => server.kill());
  await new Promise((resolve, reject) => {
    server.stderr.on('data', (chunk) => (log += chunk));
    server.stdout.on('data', (chunk) => {
      log += chunk;
      if (/Ready in/.test(log)) resolve();
    });
    server.on('exit', (code) => reject(new Error(`next start exited with ${code}:\n${log}`)));
  });
  return `http://127.0.0.1:${port}/`;
}

/** Opens the app in Chromium: the events show once hydrated, and a click selects one. */
async function clickThrough(url) {
  if (!browser) {
    const executablePath =
      process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
    assert.ok(executablePath, 'Chromium is installed: apt-get install -y chromium');
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  }
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  await tab.goto(url);
  // Hydrated: React has set the handler, so the selection reaches the page's state.
  const count = await tab.waitForFunction(
    () => {
      const items = document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('li[part~="event"]');
      return items && items.length > 30 && !document.querySelector('event-timeline[defer-hydration]')
        ? items.length
        : false;
    },
    null,
    { timeout: 60_000 },
  );
  assert.equal(await count.jsonValue(), expected, 'the chronology given on the server reached the element');
  await tab.locator('event-timeline li[data-id="armistice-agreement-signed"] [part="title"]').click();
  await tab.waitForFunction(() => document.querySelector('output')?.textContent === 'armistice-agreement-signed');
  await tab.waitForFunction(
    () =>
      document.querySelector('event-timeline')?.shadowRoot?.querySelector('li[data-id="armistice-agreement-signed"]')
        ?.ariaCurrent === 'true',
  );
  assert.deepEqual(problems, []);
  await tab.close();
}

test(
  `Next ${NEXT} (Turbopack): the component renders in the browser and handles a click, prerendered and dynamic`,
  { timeout: 600_000 },
  async (t) => {
    run(dir, nextBin(), ['build']);
    const url = await start(t);
    for (const page of [url, `${url}dynamic`]) {
      const markup = await (await fetch(page)).text();
      assert.match(markup, /<event-timeline/, `${page}: the server renders the tag`);
      assert.equal(serverEvents(markup), 0, `${page}: and nothing inside it`);
      await clickThrough(page);
    }
  },
);

test(
  `Next ${NEXT} (webpack) with @lit-labs/nextjs ${LIT_NEXTJS}: the events are in the server's HTML, prerendered and dynamic, and hydrate`,
  { timeout: 600_000 },
  async (t) => {
    // Its peer range stops at Next 15, so npm needs --legacy-peer-deps for Next 16.
    run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--legacy-peer-deps', `@lit-labs/nextjs@${LIT_NEXTJS}`]);
    writeFileSync(join(dir, 'next.config.mjs'), readmeFiles['next.config.mjs']);
    // The plugin configures webpack; Next 16 builds with Turbopack unless told otherwise.
    run(dir, nextBin(), ['build', '--webpack']);
    const url = await start(t);
    // The first request after start, dynamic: it once raced the validator's chunk and held no events.
    const first = await (await fetch(`${url}dynamic`)).text();
    assert.equal(serverEvents(first), expected, 'the first dynamic request holds every event');
    const again = await (await fetch(`${url}dynamic`)).text();
    assert.equal(serverEvents(again), expected, 'and so does the next');
    const markup = await (await fetch(url)).text();
    assert.match(markup, /<event-timeline[^>]*><template [^>]*shadowrootmode="open"/, 'a declarative shadow root');
    assert.equal(serverEvents(markup), expected, 'the prerendered page holds every event, before any script runs');
    await clickThrough(url);
    await clickThrough(`${url}dynamic`);
  },
);
