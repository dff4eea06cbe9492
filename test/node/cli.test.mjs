// `korea-timeline convert`: what a user sees on stdout and stderr, and the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const cli = (...args) => spawnSync(process.execPath, ['bin/korea-timeline.mjs', ...args], { encoding: 'utf8' });

test("converts TimelineJS3's sample sheet to a chronology, with nothing to report", () => {
  const { status, stdout, stderr } = cli('convert', '../shared/fixtures/timelinejs/women_in_computing.csv');
  assert.equal(stderr, '');
  assert.equal(status, 0);
  const chronology = JSON.parse(stdout);
  assert.equal(chronology.title, 'Women in Computing');
  assert.equal(chronology.events.length, 10);
  assert.equal(chronology.events[0].id, 'ada-lovelace');
});

test('prints the good rows and reports each bad one by row and column, exiting 1', () => {
  const { status, stdout, stderr } = cli('convert', 'test/data/sheet-bad-rows.csv');
  assert.equal(status, 1);
  assert.deepEqual(
    JSON.parse(stdout).events.map((e) => e.id),
    ['korean-war', 'mutual-defense-treaty', 'normalization'],
  );
  assert.deepEqual(stderr.trim().split('\n'), [
    'test/data/sheet-bad-rows.csv: rows[2].Year: row 4, column Year: no year; the row is left out',
    "test/data/sheet-bad-rows.csv: rows[4].Day: row 6, column Day: 'x' is not a day of the month; the row is left out",
  ]);
});

test('says how to use it, and exits 2, when it cannot read its input', () => {
  for (const args of [
    [],
    ['convert'],
    ['frobnicate', 'x.csv'],
    ['convert', 'missing.csv'],
    ['convert', 'test/data/not-json.txt'],
  ]) {
    const { status, stdout, stderr } = cli(...args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, /usage: korea-timeline convert|missing\.csv: ENOENT|neither CSV nor JSON/, args.join(' '));
  }
});
