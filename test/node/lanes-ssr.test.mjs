// Lanes and annotations written by the server: with JavaScript off, the reader has every event with
// its lane, every note where it falls, and the lane view's labelled groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTimeline } from '../../dist/src/ssr.js';
import { decode } from '../helpers/html.mjs';
import { sides } from '../helpers/chronologies.mjs';

const text = (html) =>
  decode(html.replace(/<!--[^]*?-->/g, ''))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('writes the lane bar, each event with its lane, and each note where it falls', async () => {
  const { html, errors } = await renderTimeline({ chronology: sides, lanes: 'lanes' });
  assert.deepEqual(errors, []);
  assert.match(html, /<event-timeline[^>]*\blanes="lanes"/);
  assert.equal((html.match(/part="lane-toggle"/g) ?? []).length, 3);
  assert.equal((html.match(/<li[^>]*part="event/g) ?? []).length, sides.events.length);
  assert.equal((html.match(/part="lane-tag"/g) ?? []).length, sides.events.length);
  const words = text(html);
  assert.ok(words.includes('North side · also South side'), 'an event in two lanes names both');
  for (const note of sides.annotations) assert.ok(words.includes(note.text.en), note.id);
  // In reading order: the note about an event right after it, a dated one before the first event after its date.
  const at = (needle) => words.indexOf(needle);
  assert.ok(at('Both sides meet') < at('The only meeting of both sides'));
  assert.ok(at('The only meeting of both sides') < at('A boom in the south'));
  assert.ok(at('A boom in the south') < at('South grows'));
  assert.match(html, /aria-describedby="note-about-both"/);
});

test('writes the lane view as labelled groups, a folded lane without its list', async () => {
  const { html } = await renderTimeline({ chronology: sides, lanes: 'lanes', laneView: 'lane', collapsed: 'south' });
  assert.equal((html.match(/<section[^>]*part="lane"[^>]*role="group"/g) ?? []).length, 3);
  assert.match(html, /aria-expanded="false"/);
  const words = text(html);
  assert.ok(!words.includes('South grows'), 'a folded lane lists nothing');
  assert.ok(words.includes('North opens its ports'));
});

test('render --lanes on the command line, and refuses a lanes value it does not know', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kt-lanes-'));
  const file = join(folder, 'sides.json');
  writeFileSync(file, JSON.stringify(sides));
  const bin = new URL('../../bin/korea-timeline.mjs', import.meta.url).pathname;
  const ok = spawnSync(process.execPath, [bin, 'render', file, '--lanes', 'category', '--lane-view', 'lane'], {
    encoding: 'utf8',
  });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal((ok.stdout.match(/part="lane"/g) ?? []).length, 2);
  const bad = spawnSync(process.execPath, [bin, 'render', file, '--lanes', 'sideways'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /--lanes sideways: expected lanes, category/);
});
