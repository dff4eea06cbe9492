// What `npm install korea-timeline` gets: checked against `npm pack --dry-run` after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the package ships the code, bundles, data, schema, manifest, themes and docs', () => {
  for (const file of [
    'dist/src/index.js',
    'dist/src/index.d.ts',
    'dist/src/event-timeline.js',
    'dist/src/features/track/controller.js',
    'dist/events/korea.js',
    'cdn/event-timeline.js',
    'cdn/korea-timeline.js',
    'events/korea.json',
    'chronology.schema.json',
    'custom-elements.json',
    'themes/newspaper.css',
    'themes/high-contrast.css',
    'themes/dancheong.css',
    'README.md',
    'docs/api.md',
    'docs/screenshot.png',
    'bin/korea-timeline.mjs',
    'dist/src/ssr.js',
    'dist/src/ssr.d.ts',
    'cdn/hydrate.js',
    'cdn/embed.html',
    'cdn/embed-frame.js',
    'cdn/embed.js',
    'cdn/studio.html',
    'cdn/studio.js',
    'docs/studio.md',
    'docs/studio.png',
    'LICENSE',
    'package.json',
  ]) {
    assert.ok(files.has(file), `${file} is in the package`);
  }
  assert.ok(
    [...files].some((f) => /^cdn\/chunks\/event-timeline-track-.+\.js$/.test(f)),
    'the on-demand chunk ships',
  );
});

test('the package leaves out tests, the demo, the benchmark and TypeScript sources', () => {
  for (const file of files) {
    assert.doesNotMatch(file, /^(test|demo|bench|src|scripts)\//, `${file} should not ship`);
  }
});

test('every export, the types and the manifest resolve to a shipped file', () => {
  const targets = Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  for (const target of [...targets, pkg.types, pkg.customElements]) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const prefix = path.slice(0, path.indexOf('*'));
      assert.ok(
        [...files].some((f) => f.startsWith(prefix)),
        `${target} matches shipped files`,
      );
    } else {
      assert.ok(files.has(path), `${target} is shipped`);
    }
  }
  // What the element imports; server rendering, hydration support and the React wrappers are optional peers.
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/task', 'd3-dsv', 'date-fns', 'lit']);
  const optional = ['@lit-labs/ssr', '@lit-labs/ssr-client', '@lit/react', '@types/react', 'react'];
  assert.deepEqual(Object.keys(pkg.peerDependencies).sort(), optional);
  assert.deepEqual(pkg.peerDependenciesMeta, Object.fromEntries(optional.map((name) => [name, { optional: true }])));
});

/** The packages a built module reaches through its static and dynamic imports (not Node's own modules). */
function packagesReached(entry, seen = new Set(), packages = new Set()) {
  if (seen.has(entry)) return packages;
  seen.add(entry);
  const { importedFiles } = ts.preProcessFile(readFileSync(entry, 'utf8'), true, true);
  for (const { fileName: specifier } of importedFiles) {
    if (specifier.startsWith('.')) packagesReached(join(dirname(entry), specifier), seen, packages);
    // Node's own modules (node:fs) are no package to install.
    else if (!specifier.startsWith('node:')) packages.add(specifier.match(/^(@[^/]+\/)?[^/]+/)[0]);
  }
  return packages;
}

test('only korea-timeline/ssr loads the server renderer, and only cdn/hydrate.js the hydration', () => {
  assert.deepEqual([...packagesReached('dist/src/ssr.js')].sort(), [
    '@lit-labs/ssr',
    '@lit/task',
    'd3-dsv',
    'date-fns',
    'lit',
  ]);
  assert.deepEqual([...packagesReached('dist/src/hydrate.js')], ['@lit-labs/ssr-client']);
  assert.deepEqual([...packagesReached('dist/src/embed/host.js')], []);
  assert.deepEqual([...packagesReached('dist/src/embed/frame.js')], []);
});

test('only korea-timeline/react loads react and @lit/react', () => {
  // d3-dsv is reached only through the CSV importer, a chunk fetched when a `src` is CSV.
  for (const entry of ['index.js', 'event-timeline.js', 'korea-timeline.js', 'elements.js']) {
    assert.deepEqual(
      [...packagesReached(`dist/src/${entry}`)].sort(),
      ['@lit/task', 'd3-dsv', 'date-fns', 'lit'],
      entry,
    );
  }
  assert.deepEqual([...packagesReached('dist/src/react.js')].sort(), [
    '@lit/react',
    '@lit/task',
    'd3-dsv',
    'date-fns',
    'lit',
    'react',
  ]);
});

test('source maps carry their sources, since the package ships no TypeScript', () => {
  const maps = [...files].filter((f) => f.endsWith('.js.map'));
  assert.ok(maps.length > 10, `${maps.length} maps`);
  for (const file of maps) {
    const map = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length, `${file} has the text of its sources`);
  }
  assert.ok(![...files].some((f) => f.endsWith('.d.ts.map')), 'no declaration maps pointing at missing sources');
});

/** The text of a Markdown page without its code blocks and code spans, where a link is only an example. */
const prose = (markdown) => markdown.replace(/```[^]*?```/g, '').replace(/`[^`\n]*`/g, '');
/** Every link's and image's address in a Markdown page: inline, and reference definitions. */
const addresses = (markdown) => [
  ...[...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]),
  ...[...prose(markdown).matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]),
];
/** The anchors of a page's headings, as GitHub and npm make them. */
const anchors = (markdown) => {
  const seen = new Map();
  return new Set(
    [...markdown.replace(/```[^]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => {
      const slug = heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      return count ? `${slug}-${count}` : slug;
    }),
  );
};
const ours = /^https:\/\/unpkg\.com\/korea-timeline(@[^/]+)?\/(.*)$/;

test("every link and image on the registry's page (the README) resolves there", () => {
  const readme = readFileSync('README.md', 'utf8');
  const links = addresses(readme);
  assert.ok(links.length > 10, `${links.length} links`);
  for (const link of links) {
    if (link.startsWith('#')) {
      assert.ok(anchors(readme).has(link.slice(1)), `${link} is a heading of the README`);
      continue;
    }
    // No repository to resolve a relative address against: every other link is absolute, and ours
    // name this version and a file the package ships.
    assert.match(link, /^https:\/\//, link);
    const [, version, address] = link.match(ours) ?? [];
    if (address === undefined) continue;
    assert.equal(version, `@${pkg.version}`, link);
    const [path, anchor] = address.split('#');
    assert.ok(files.has(path), `${path} ships in the package`);
    if (anchor) assert.ok(anchors(readFileSync(path, 'utf8')).has(anchor), `${address} reaches a heading`);
  }
  for (const [, label] of prose(readme).matchAll(/\]\[([^\]]+)\]/g)) {
    assert.match(readme, new RegExp(`^\\[${label}\\]: `, 'm'), `the reference [${label}] is defined`);
  }
});

test('the docs pages ship, and each of their links reaches a file and a heading that exist', () => {
  const pages = readdirSync('docs').filter((f) => f.endsWith('.md'));
  assert.ok(pages.length >= 8, pages.join());
  for (const page of pages) {
    assert.ok(files.has(`docs/${page}`), `docs/${page} ships`);
    const markdown = readFileSync(join('docs', page), 'utf8');
    for (const link of addresses(markdown)) {
      if (/^https?:\/\//.test(link)) continue;
      const [path, anchor] = link.split('#');
      const target = path ? join('docs', path) : join('docs', page);
      assert.ok(existsSync(target), `${page}: ${link} reaches a file`);
      if (anchor) assert.ok(anchors(readFileSync(target, 'utf8')).has(anchor), `${page}: ${link} reaches a heading`);
    }
  }
});

test('every address of the CDN copy in the README and the docs names this version', () => {
  for (const page of [
    'README.md',
    'docs/api.md',
    'docs/screenshot.png',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ]) {
    for (const [address, version] of readFileSync(page, 'utf8').matchAll(
      /https:\/\/unpkg\.com\/korea-timeline(@[^/]+)?\//g,
    )) {
      assert.equal(version, `@${pkg.version}`, `${page}: ${address}`);
    }
  }
});
