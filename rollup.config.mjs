// Bundles tsc's output (dist/) into single-file ES modules for a <script type="module"> tag.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { gzipSync } from 'node:zlib';

/** Prints each bundle's gzip size: the number that matters for a page's first download. */
const reportSize = () => ({
  name: 'report-size',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const gzip = gzipSync(chunk.code, { level: 9 }).length;
      console.log(`cdn/${chunk.fileName}: ${chunk.code.length} bytes, ${gzip} bytes gzip`);
    }
  },
});

const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', inlineDynamicImports: true },
  plugins: [
    nodeResolve({ browser: true }),
    minifyHTML(),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    reportSize(),
  ],
});

export default [
  bundle('dist/src/index.js', 'cdn/korea-timeline.js'),
  bundle('dist/src/event-timeline.js', 'cdn/event-timeline.js'),
];
