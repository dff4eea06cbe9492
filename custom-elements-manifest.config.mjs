// `cem analyze`: the custom-elements manifest, read by editors and by scripts/api-docs.mjs.
export default {
  globs: ['src/elements/*.ts', 'src/custom-events.ts'],
  outdir: '.',
  litelement: true,
};
