// Bundles tsc's output (dist/) into single-file ES modules for a <script type="module"> tag.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/**
 * Prints each bundle's gzip size, the number that matters for a page's first download, and records
 * it from rollup's own chunk data in dist/sizes.json for scripts/check-size.mjs: each file's gzip
 * size, and for an entry its first download (itself and every chunk it imports statically).
 */
const SIZES = 'dist/sizes.json';
const reportSize = () => ({
  name: 'report-size',
  generateBundle(_options, bundle) {
    const sizes = existsSync(SIZES) ? JSON.parse(readFileSync(SIZES, 'utf8')) : {};
    const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
    const firstDownload = (chunk, seen = new Set()) => {
      if (seen.has(chunk.fileName)) return 0;
      seen.add(chunk.fileName);
      return chunk.imports.reduce((sum, name) => sum + firstDownload(bundle[name], seen), gzip(chunk));
    };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const file = `cdn/${chunk.fileName}`;
      sizes[file] = chunk.isEntry
        ? { entry: true, gzip: gzip(chunk), firstDownload: firstDownload(chunk) }
        : { entry: false, gzip: gzip(chunk) };
      console.log(
        `${file}: ${chunk.code.length} bytes, ${gzip(chunk)} bytes gzip${chunk.isEntry ? '' : ' (loaded on demand)'}`,
      );
    }
    writeFileSync(SIZES, `${JSON.stringify(sizes, null, 2)}\n`);
  },
});

/**
 * A chunk that failed to arrive (a network blip) is asked for again when it is next needed. Browsers
 * keep a failed module fetch for the page's life (Chromium even across its frames), so each dynamic
 * import goes through one function that, after a failure, asks under a new URL (`?retry=<time>`)
 * and keeps to it once it works: the chunk's own imports still resolve to the files already loaded.
 * The function is defined once per page, by whichever entry runs first.
 */
const IMPORT = 'globalThis[Symbol.for("korea-timeline.import")]';
const retryImports = () => ({
  name: 'retry-imports',
  renderDynamicImport: ({ targetChunk }) => (targetChunk ? { left: '__ktImport(', right: ',import.meta.url)' } : null),
  renderChunk(code, chunk) {
    if (!/\b__ktImport\(/.test(code)) return null;
    const helper = chunk.isEntry
      ? `${IMPORT}??=((urls)=>(path,base)=>{const url=new URL(path,base).href;return import(urls.get(url)??url).catch(e=>{urls.set(url,url+"?retry="+Date.now());throw e})})(new Map)`
      : IMPORT;
    return `const __ktImport=${helper};\n${code}`;
  },
});

// One entry per bundle, self-contained; code few pages need (the track layouts) is a chunk
// beside it, fetched only when used.
const bundle = (input, name, extra = []) => ({
  input: { [name]: input },
  // Let the entry export what the chunk imports from it, instead of hiding behind a facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${name}-[name]-[hash:6].js`,
  },
  plugins: [nodeResolve({ browser: true }), minifyHTML(), retryImports(), minify(), reportSize(), ...extra],
});

function minify(module = true) {
  return terser({
    module,
    ecma: 2022,
    // Safe options only: the unsafe ones saved about 60 B, not worth a class of bugs no test sees.
    compress: { passes: 3 },
    format: { comments: false },
  });
}

/** `cdn/embed.html`, the page an iframe embed loads: it runs `cdn/embed-frame.js` beside it. */
const embedPage = () => ({
  name: 'embed-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
  },
});

/** `cdn/studio.html`, the studio's page: it runs `cdn/studio.js` beside it. */
const studioPage = () => ({
  name: 'studio-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'studio.html', source: readFileSync('src/studio/studio.html', 'utf8') });
  },
});

/**
 * The Korea drop-in's data, in three downloads. The first carries every event, date, text, era and
 * lane; the events' notes and sources (behind each card's closed "Sources" disclosure) follow in two
 * chunks of about the same size, the second with the annotations, both fetched as soon as the bundle
 * runs (src/elements/korea-data.ts says how the preset joins them).
 * Source fields nothing on the page shows (`published`, `accessed`, `author`) are left out of both;
 * the full record stays in events/korea.ts, events/korea.json and dist/.
 */
const koreaOnDemand = () => {
  let data;
  const shown = async () => {
    const { koreaChronology } = await import(pathToFileURL('dist/events/korea.js').href);
    return (data ??= JSON.parse(
      JSON.stringify(koreaChronology, (key, value) =>
        ['published', 'accessed', 'author'].includes(key) ? undefined : value,
      ),
    ));
  };
  /** Each event's note and sources by id, in two halves of about the same size; the annotations go with the second. */
  const halves = async () => {
    const { events, annotations } = await shown();
    const more = events.map(({ id, note, sources }) => [id, { note, sources }]);
    const sizes = more.map((entry) => JSON.stringify(entry).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    let split = 0;
    for (let sum = 0; split < more.length && sum + sizes[split] <= total / 2; split++) sum += sizes[split];
    return [
      { events: Object.fromEntries(more.slice(0, split)) },
      { events: Object.fromEntries(more.slice(split)), annotations },
    ];
  };
  const names = ['korea-sources-early', 'korea-sources-late'];
  return {
    name: 'korea-on-demand',
    resolveId: (id) => (names.includes(id) ? `\0${id}` : null),
    async load(id) {
      const half = names.indexOf(id.slice(1));
      if (id.startsWith('\0') && half >= 0) return `export default ${JSON.stringify((await halves())[half])};`;
      if (!id.endsWith('/dist/src/elements/korea-data.js')) return null;
      const chronology = await shown();
      const later = (key, value) => (['note', 'sources', 'annotations'].includes(key) ? undefined : value);
      const first = JSON.stringify(chronology, later);
      return `export const first = ${first};
export const rest = () =>
  Promise.all([import('korea-sources-early'), import('korea-sources-late')]).then(([early, late]) => ({
    events: { ...early.default.events, ...late.default.events },
    annotations: late.default.annotations,
  }));`;
    },
  };
};

export default [
  bundle('dist/src/korea-timeline.js', 'korea-timeline', [koreaOnDemand()]),
  bundle('dist/src/event-timeline.js', 'event-timeline'),
  // Hydration of server-rendered HTML, loaded before either bundle by `korea-timeline render --hydrate`.
  bundle('dist/src/hydrate.js', 'hydrate'),
  // The iframe embed: the page inside (which imports one of the bundles), and the host page's script.
  bundle('dist/src/embed/frame.js', 'embed-frame', [embedPage()]),
  bundle('dist/src/embed/host.js', 'embed'),
  // The studio (make a timeline without code): its own page and one classic script with everything
  // in it, the element's chunks included, so the page also works opened from a folder on disk
  // (file://), where browsers refuse module scripts. Never part of the element's bundles.
  {
    input: 'dist/src/studio/index.js',
    output: { file: 'cdn/studio.js', format: 'iife', inlineDynamicImports: true },
    plugins: [nodeResolve({ browser: true }), minifyHTML(), minify(false), reportSize(), studioPage()],
  },
  // korea-timeline/ssr, for Node: the elements with the same minified templates as the bundles above,
  // so the HTML it renders hydrates on them. Lit stays external: the renderer and the elements share it.
  {
    input: 'dist/src/ssr.js',
    external: (id) => /^(?:lit|lit-html|lit-element|@lit|@lit-labs|date-fns|d3-dsv)(?:\/|$)/.test(id),
    output: { file: 'dist/ssr.js', format: 'es', inlineDynamicImports: true },
    plugins: [nodeResolve(), minifyHTML()],
  },
];
