// `cem analyze`: the custom-elements manifest, read by editors and by scripts/api-docs.mjs.
export default {
  globs: ['src/event-timeline.ts', 'src/korea-timeline.ts', 'src/custom-events.ts'],
  outdir: '.',
  litelement: true,
};
