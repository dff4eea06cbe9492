// The feature registry, in Node: the npm entry provides exactly the features the manifest says the
// server draws, so the eager wiring (core/eager.ts) and the lazy one (the manifest's chunks) cannot drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { manifest } from '../../dist/src/core/manifest.js';
import { feature, load } from '../../dist/src/core/registry.js';

test('nothing is provided until an entry provides it', () => {
  for (const name of Object.keys(manifest)) assert.equal(feature(name), undefined, name);
});

test("the npm entry provides the manifest's eager features, and only those", async () => {
  await import('../../dist/src/core/eager.js');
  const provided = Object.keys(manifest).filter((name) => feature(name) !== undefined);
  const eager = Object.entries(manifest)
    .filter(([, spec]) => spec.server === 'eager')
    .map(([name]) => name);
  assert.deepEqual(provided, eager);
});

test('a feature loads from its chunk as the manifest declares it, once', async () => {
  const [first, second] = await Promise.all([load('track'), load('track')]);
  assert.equal(first, second);
  assert.equal(typeof first.TrackController, 'function');
  assert.equal(feature('track'), first);
});

test('every feature that draws adds its styles as CSS', async () => {
  for (const name of ['dates', 'story', 'finish', 'guides', 'track']) {
    const module = await load(name);
    assert.ok(module.styles.length > 0, name);
    for (const sheet of module.styles) assert.equal(typeof sheet.cssText, 'string', name);
  }
});
