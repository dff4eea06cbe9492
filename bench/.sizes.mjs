import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
const c = config[0];
const b = await rollup({
  input: c.input,
  plugins: c.plugins.filter((p) => p.name !== 'report-size'),
  preserveEntrySignatures: c.preserveEntrySignatures,
});
const { output } = await b.generate(c.output);
for (const ch of output) {
  if (ch.type !== 'chunk' || !ch.isEntry) continue;
  const rows = [];
  for (const [id, m] of Object.entries(ch.modules)) {
    const code = (await minify(m.code ?? '', { module: true })).code ?? '';
    rows.push([gzipSync(code, { level: 9 }).length, id.replace(/.*node_modules\//, '').replace(/.*main\//, '')]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const r of rows) console.log(r.join('\t'));
}
