// A fresh consumer project installs the packed tarball from the registry's point of view: it
// type-checks an app and the React snippet of docs/frameworks.md against the shipped .d.ts with strict settings,
// renders the element on the server, and reads the shipped JSON. Needs the npm registry (CI has it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { dev, installPacked, run } from '../helpers/pack.mjs';

let consumer;

const readme = readFileSync('README.md', 'utf8');
const frameworks = readFileSync('docs/frameworks.md', 'utf8');
/** The React snippet of docs/frameworks.md, type-checked and rendered as written. */
const reactSnippet = frameworks.match(/```tsx\n([^]*?)```/)[1];
/** The Vue recipe: its Vite config and component, built as written. */
const vueRecipe = {
  'vite.config.ts': frameworks.match(/```ts\n\/\/ vite\.config\.ts\n([^]*?)```/)[1],
  'App.vue': frameworks.match(/```vue\n<!-- App\.vue -->\n([^]*?)```/)[1],
};
/** The Svelte component, and the README's TypeScript snippet for a bundler. */
const svelteRecipe = frameworks.match(/```svelte\n<!-- Timeline\.svelte -->\n([^]*?)```/)[1];
const bundlerSnippet = readme.match(/```ts\n(import 'korea-timeline';[^]*?)```/)[1];

test(
  'a fresh project installs the tarball, type-checks strictly, and renders it on the server',
  { timeout: 240_000 },
  () => {
    const dir = (consumer = installPacked(
      'consumer',
      [
        // The optional peers of korea-timeline/ssr, the CLI's render and korea-timeline/react, as the README installs them.
        ...['typescript', 'react', 'react-dom', '@types/react', 'vue', '@lit-labs/ssr', '@lit/react'].map(dev),
        // TypeScript 7 beside the 5.9 the package is built with, and Vite for the Vue recipe.
        'ts7@npm:typescript@^7',
        'vite@^8',
        '@vitejs/plugin-vue@^6',
        '@vitejs/plugin-react@^6',
        '@types/react-dom@^19',
        'svelte@^5',
        '@sveltejs/vite-plugin-svelte@^7',
      ],
      { type: 'module' },
    ));

    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          noEmit: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          jsx: 'react-jsx',
        },
        files: ['app.ts', 'main-entry.ts', 'timelines.tsx'],
      }),
    );
    writeFileSync(
      join(dir, 'app.ts'),
      `import { koreaChronology, validateChronology, type Chronology, type TimelineEvent } from 'korea-timeline';
import type { EventTimeline } from 'korea-timeline/event-timeline.js';
import { renderTimeline, type RenderResult } from 'korea-timeline/ssr';

export const snippet: Promise<RenderResult> = renderTimeline({ chronology: koreaChronology, locale: 'ko', hydrate: true });

const chronology: Chronology = koreaChronology;
const first: TimelineEvent | undefined = chronology.events[0];
const { errors } = validateChronology({ title: 'T', categories: [], events: [] });

export function wire(el: HTMLElementTagNameMap['korea-timeline'], generic: EventTimeline): string[] {
  const seen: string[] = [first?.id ?? '', String(errors.length)];
  el.addEventListener('kt-select', (e) => seen.push(e.detail.event.id));
  el.addEventListener('kt-filter', (e) => seen.push(...e.detail.categories));
  generic.chronology = chronology;
  generic.selected = 'korean-war';
  return seen;
}
`,
    );
    // The main entry alone types both tags: what a page that imports it for its effect gets.
    writeFileSync(
      join(dir, 'main-entry.ts'),
      `import 'korea-timeline';
export const korea: number = document.createElement('korea-timeline').chronology.events.length;
export const generic: string | undefined = document.querySelector('event-timeline')?.selected;
export const found: string | undefined = document.querySelector('korea-timeline')?.locale;
`,
    );
    writeFileSync(join(dir, 'timelines.tsx'), reactSnippet);
    run(dir, join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);
    run(dir, process.execPath, [join(dir, 'node_modules/ts7/bin/tsc'), '-p', '.']);

    writeFileSync(
      join(dir, 'ssr.mjs'),
      `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'korea-timeline';
import data from 'korea-timeline/events/korea.json' with { type: 'json' };
import schema from 'korea-timeline/chronology.schema.json' with { type: 'json' };
import { renderTimeline } from 'korea-timeline/ssr';
const count = (markup) => (markup.match(/<li[^>]*part="event/g) ?? []).length;
const markup = await collectResult(render(html\`<korea-timeline></korea-timeline>\`));
const snippet = await renderTimeline({ locale: 'ko' });
console.log(JSON.stringify({ events: count(markup), api: count(snippet.html), json: data.events.length, schema: schema.$ref }));
`,
    );
    const result = JSON.parse(run(dir, 'node', ['ssr.mjs']).trim().split('\n').pop());
    assert.equal(result.events, result.json);
    assert.equal(result.api, result.json);
    // The CLI, as the README runs it.
    const cli = run(dir, 'npx', ['--no-install', 'korea-timeline', 'render', '--page']);
    assert.equal((cli.match(/<li[^>]*part="event/g) ?? []).length, result.json);
    assert.ok(result.events > 30);
    assert.equal(result.schema, '#/definitions/Chronology');
  },
);

test("a bundler keeps every feature the npm entry provides, by the package's sideEffects", async () => {
  assert.ok(consumer, 'the install test ran first');
  const { manifest } = await import('../../dist/src/core/manifest.js');
  writeFileSync(join(consumer, 'effect.js'), "import 'korea-timeline';\n");
  const bundle = await rollup({
    input: join(consumer, 'effect.js'),
    plugins: [nodeResolve({ browser: true, rootDir: consumer })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry).code;
  // What each eager feature adds, by a name rollup keeps: in the entry, not in a lazy chunk.
  const marks = {
    validate: 'function validateChronology(',
    dates: 'const extendedDates =',
    locales: 'const intlDates =',
    story: 'function renderMedia(',
    finish: 'function renderLanguage(',
    lanes: 'class LanesController',
  };
  const eager = Object.keys(manifest).filter((name) => manifest[name].server === 'eager');
  assert.deepEqual(Object.keys(marks), eager);
  for (const [name, mark] of Object.entries(marks)) {
    assert.match(entry, new RegExp(`provide\\(['"]${name}['"]`), `${name} is provided`);
    assert.ok(entry.includes(mark), `${name}'s code is in the entry: ${mark}`);
  }
  assert.ok(entry.includes('customElements.define(name, element)'), 'both elements are defined');
});

/** The consumer's apps: what a developer would write, bundled from the consumer's node_modules. */
const apps = {
  'react.js': `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'korea-timeline';
createRoot(document.querySelector('#app')).render(
  createElement('korea-timeline', { locale: 'ko', 'onkt-select': (e) => (document.title = e.detail.event.id) }),
);`,
  'react-tsx.js': `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { koreaChronology } from 'korea-timeline';
import { Timelines } from './timelines.js';
createRoot(document.querySelector('#app')).render(createElement(Timelines, { chronology: koreaChronology }));`,
  'vue.js': `import { createApp } from 'vue/dist/vue.esm-bundler.js';
import 'korea-timeline';
const app = createApp({
  methods: { onSelect: (e) => (document.title = e.detail.event.id) },
  template: '<korea-timeline locale="ko" @kt-select="onSelect"></korea-timeline>',
});
app.config.compilerOptions.isCustomElement = (tag) => ['event-timeline', 'korea-timeline', 'timeline-event'].includes(tag);
app.mount('#app');`,
};
const pages = {
  'react.html': '<div id="app"></div><script type="module" src="./react.bundle.js"></script>',
  'react-tsx.html': '<div id="app"></div><script type="module" src="./react-tsx.bundle.js"></script>',
  'vue.html': '<div id="app"></div><script type="module" src="./vue.bundle.js"></script>',
  'cdn.html':
    '<script type="module" src="/node_modules/korea-timeline/cdn/korea-timeline.js"></script><korea-timeline locale="ko"></korea-timeline>',
};

async function bundleApps() {
  const snippet = ts.transpileModule(reactSnippet, {
    compilerOptions: { jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(join(consumer, 'timelines.js'), snippet.outputText);
  for (const [file, code] of Object.entries(apps)) {
    writeFileSync(join(consumer, file), code);
    const bundle = await rollup({
      input: join(consumer, file),
      plugins: [
        replace({
          'process.env.NODE_ENV': JSON.stringify('production'),
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          preventAssignment: true,
        }),
        nodeResolve({ browser: true, rootDir: consumer }),
        commonjs(),
      ],
      onwarn: () => {},
    });
    const out = join(consumer, file.replace('.js', '.bundle.js'));
    await bundle.write({ file: out, format: 'es', inlineDynamicImports: true });
  }
  for (const [file, body] of Object.entries(pages)) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
    writeFileSync(join(consumer, file), html);
  }
}

function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const file = join(root, normalize(new URL(request.url, 'http://x').pathname));
    if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
    const type = types[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test(
  'the installed package works from React, Vue and plain HTML with the CDN bundle',
  { timeout: 240_000 },
  async (t) => {
    assert.ok(consumer, 'the install test ran first');
    const executablePath =
      process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
    assert.ok(executablePath, 'Chromium is installed: apt-get install -y chromium');
    await bundleApps();
    const server = await serve(consumer);
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const expected = JSON.parse(readFileSync('events/korea.json', 'utf8')).events.length;
    try {
      const open = async (page) => {
        const tab = await browser.newPage();
        const problems = [];
        tab.on('pageerror', (error) => problems.push(error.message));
        tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        await tab.goto(`http://127.0.0.1:${server.address().port}/${page}`);
        return { tab, problems };
      };
      for (const page of Object.keys(pages).filter((p) => p !== 'react-tsx.html')) {
        await t.test(page, async () => {
          const { tab, problems } = await open(page);
          const count = await tab.waitForFunction(() => {
            const items = document.querySelector('korea-timeline')?.shadowRoot?.querySelectorAll('li[part~="event"]');
            return items && items.length > 30 ? items.length : false;
          });
          assert.equal(await count.jsonValue(), expected);
          const title = await tab.evaluate(
            () => document.querySelector('korea-timeline').shadowRoot.querySelector('[part="title"]').textContent,
          );
          assert.match(title, /[\uac00-\ud7a3]/, 'Korean text from locale="ko"');
          if (page === 'react.html' || page === 'vue.html') {
            await tab.evaluate(() =>
              document
                .querySelector('korea-timeline')
                .shadowRoot.querySelector('li[data-id="korean-war"] [part="title"]')
                .click(),
            );
            await tab.waitForFunction(() => document.title === 'korean-war');
          }
          assert.deepEqual(problems, []);
          await tab.close();
        });
      }
      await t.test('react-tsx.html: the React snippet, both ways of using the elements', async () => {
        const { tab, problems } = await open('react-tsx.html');
        const select = (tag, id) =>
          tab.evaluate(
            ([tag, id]) =>
              document.querySelector(tag).shadowRoot.querySelector(`li[data-id="${id}"] [part="title"]`).click(),
            [tag, id],
          );
        const selectedIn = (tag, id) =>
          tab.waitForFunction(
            ([tag, id]) =>
              document.querySelector(tag)?.shadowRoot?.querySelector(`li[data-id="${id}"]`)?.ariaCurrent === 'true',
            [tag, id],
          );
        const count = await tab.waitForFunction(() => {
          const items = document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('li[part~="event"]');
          return items && items.length > 30 ? items.length : false;
        });
        assert.equal(await count.jsonValue(), expected, 'the chronology property reached <event-timeline>');
        // onkt-select on the element sets the state, which selects the event in the wrapped one too.
        await tab.waitForFunction(() =>
          document.querySelector('korea-timeline')?.shadowRoot?.querySelector('li[data-id="korean-war"]'),
        );
        await select('event-timeline', 'korean-war');
        await selectedIn('korea-timeline', 'korean-war');
        // The wrapper's onSelect does the same the other way.
        await select('korea-timeline', 'armistice-agreement-signed');
        await selectedIn('event-timeline', 'armistice-agreement-signed');
        assert.equal(await tab.evaluate(() => document.querySelector('korea-timeline').orientation), 'horizontal');
        assert.deepEqual(problems, []);
        await tab.close();
      });
    } finally {
      await browser.close();
      server.close();
    }
  },
);

/**
 * Builds `files` into a Vite app under the consumer project (its page holds `body` and loads `entry`),
 * serves the build, opens it in Chromium, runs `check`, and asserts that nothing was logged as an error
 * or a warning.
 */
async function viteApp(name, { files, body = '<div id="app"></div>', entry = '/main.ts', mode }, check) {
  const app = join(consumer, name);
  mkdirSync(app, { recursive: true });
  for (const [file, code] of Object.entries(files)) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), code);
  }
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${body}<script type="module" src="${entry}"></script></body></html>`,
  );
  if (files['tsconfig.json']) run(app, join(consumer, 'node_modules/.bin/tsc'), ['-p', '.']);
  // A development build (mode 'development') warns as a developer sees it while writing the page.
  const env = mode ? { ...process.env, NODE_ENV: mode } : process.env;
  const modeArgs = mode ? ['--mode', mode] : [];
  run(app, join(consumer, 'node_modules/.bin/vite'), ['build', ...modeArgs, '--logLevel', 'error'], env);
  const executablePath =
    process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const server = await serve(join(app, 'dist'));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage();
    const said = [];
    tab.on('pageerror', (error) => said.push(error.message));
    tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && said.push(message.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await check(tab);
    // Nothing but Lit's one notice that its development build runs.
    assert.deepEqual(
      said.filter((text) => !text.includes('lit.dev/msg/dev-mode')),
      [],
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/** Waits for every Korea event in the first `tag`, then clicks the Korean War's title; returns how many there were. */
async function renderAndSelect(tab, tag) {
  const count = await tab.waitForFunction((tag) => {
    const items = document.querySelector(tag)?.shadowRoot?.querySelectorAll('li[part~="event"]');
    return items && items.length > 30 ? items.length : false;
  }, tag);
  await tab.evaluate(
    (tag) => document.querySelector(tag).shadowRoot.querySelector('li[data-id="korean-war"] [part="title"]').click(),
    tag,
  );
  return count.jsonValue();
}

test(
  "Vite builds the README's TypeScript snippet and the React snippet and Svelte component of docs/frameworks.md; each renders and selects",
  { timeout: 240_000 },
  async (t) => {
    assert.ok(consumer, 'the install test ran first');
    const expected = JSON.parse(readFileSync('events/korea.json', 'utf8')).events.length;
    const strict = {
      strict: true,
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      noEmit: true,
      noUncheckedIndexedAccess: true,
    };

    await t.test('TypeScript, checked by tsc with moduleResolution "bundler"', async () => {
      const files = {
        'main.ts': bundlerSnippet,
        // The file it fetches: the Korea chronology, as any chronology would be.
        'public/our-timeline.json': readFileSync('events/korea.json', 'utf8'),
        'tsconfig.json': JSON.stringify({
          compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'bundler' },
          files: ['main.ts'],
        }),
      };
      await viteApp('vite-ts', { files, body: '<event-timeline></event-timeline>' }, async (tab) => {
        const logged = tab.waitForEvent('console', { predicate: (message) => message.text() === 'korean-war' });
        assert.equal(await renderAndSelect(tab, 'event-timeline'), expected);
        await logged;
      });
    });

    await t.test('React 19 TSX with @vitejs/plugin-react', async () => {
      const files = {
        'vite.config.ts':
          "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nexport default defineConfig({ plugins: [react()] });\n",
        'timelines.tsx': reactSnippet,
        'main.tsx': `import { createRoot } from 'react-dom/client';
import { koreaChronology } from 'korea-timeline';
import { Timelines } from './timelines';
createRoot(document.getElementById('app')!).render(<Timelines chronology={koreaChronology} />);
`,
        'tsconfig.json': JSON.stringify({
          compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' },
          files: ['main.tsx', 'timelines.tsx'],
        }),
      };
      await viteApp('vite-react', { files, entry: '/main.tsx' }, async (tab) => {
        assert.equal(await renderAndSelect(tab, 'event-timeline'), expected);
        // onkt-select set the state, which selects the event in the wrapped <korea-timeline> too.
        await tab.waitForFunction(
          () =>
            document.querySelector('korea-timeline')?.shadowRoot?.querySelector('li[data-id="korean-war"]')
              ?.ariaCurrent === 'true',
        );
      });
    });

    await t.test('Svelte 5: the component of docs/frameworks.md', async () => {
      const files = {
        'vite.config.ts':
          "import { defineConfig } from 'vite';\nimport { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default defineConfig({ plugins: [svelte()] });\n",
        'Timeline.svelte': svelteRecipe,
        'main.ts':
          "import { mount } from 'svelte';\nimport Timeline from './Timeline.svelte';\nmount(Timeline, { target: document.getElementById('app')! });\n",
      };
      await viteApp('vite-svelte', { files }, async (tab) => {
        assert.equal(await renderAndSelect(tab, 'korea-timeline'), expected);
        await tab.waitForFunction(() => document.querySelector('output')?.textContent === 'korean-war');
        const title = await tab.evaluate(
          () => document.querySelector('korea-timeline').shadowRoot.querySelector('[part="title"]').textContent,
        );
        assert.match(title, /[\uac00-\ud7a3]/, 'Korean text from locale="ko"');
      });
    });
  },
);

test(
  'the Vue recipe of docs/frameworks.md: built with Vite, it renders, selects, and Vue warns about nothing',
  { timeout: 240_000 },
  async () => {
    assert.ok(consumer, 'the install test ran first');
    const files = {
      ...vueRecipe,
      'main.ts': "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n",
    };
    const expected = JSON.parse(readFileSync('events/korea.json', 'utf8')).events.length;
    await viteApp('vite-vue', { files, mode: 'development' }, async (tab) => {
      assert.equal(await renderAndSelect(tab, 'korea-timeline'), expected);
      await tab.waitForFunction(() => document.querySelector('output')?.textContent === 'korean-war');
    });
  },
);

test(
  'the element alone installs lean: no server renderer, no React, and the CLI says what render needs',
  { timeout: 240_000 },
  () => {
    const dir = installPacked('lean', []);
    const tree = JSON.parse(run(dir, 'npm', ['ls', '--all', '--json'])).dependencies['korea-timeline'].dependencies;
    // npm lists an optional peer that is not installed with no version: only what is there counts.
    const installed = Object.keys(tree).filter((name) => tree[name].version);
    assert.deepEqual(installed.sort(), ['@lit/task', 'd3-dsv', 'date-fns', 'lit']);
    for (const name of ['@lit-labs/ssr', '@lit-labs/ssr-client', '@lit/react', 'react', '@types/react']) {
      assert.equal(existsSync(join(dir, 'node_modules', name)), false, `${name} is not installed`);
    }
    // convert needs nothing more; render names the one package to add, and exits 2.
    writeFileSync(join(dir, 'one.csv'), 'start,title,category\n2001,One,c\n');
    const converted = JSON.parse(run(dir, 'npx', ['--no-install', 'korea-timeline', 'convert', 'one.csv']));
    assert.equal(converted.events[0].title, 'One');
    const render = spawnSync('npx', ['--no-install', 'korea-timeline', 'render'], { cwd: dir, encoding: 'utf8' });
    assert.equal(render.status, 2);
    assert.match(render.stderr, /render needs @lit-labs\/ssr, an optional peer: npm install @lit-labs\/ssr/);
    assert.equal(render.stdout, '');
  },
);
