/** This package's version, for the snippets of a studio opened from disk: test/node/studio.test.mjs holds it to package.json. */
export const VERSION = '0.1.0';
