// `korea-timeline convert` and `render`: what a user sees on stdout and stderr, and the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { koreaChronology } from '../../dist/events/korea.js';
import { formatWhen, localize } from '../../dist/src/model/dates.js';
import { decode, times } from '../helpers/html.mjs';

const cli = (...args) => spawnSync(process.execPath, ['bin/korea-timeline.mjs', ...args], { encoding: 'utf8' });

test("converts TimelineJS3's sample sheet to a chronology, with nothing to report", () => {
  const { status, stdout, stderr } = cli(
    'convert',
    'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv',
  );
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

// `korea-timeline render`: a snippet that reads without JavaScript, or a refusal that says why.
const events = koreaChronology.events;

test('render with no file writes the Korea timeline: every event, date, source and era', () => {
  const { status, stdout, stderr } = cli('render');
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.match(
    stdout,
    /^<!--lit-part[^>]*--><!--lit-node 0--><korea-timeline[^>]*><template[^>]*shadowrootmode="open"/,
  );
  const text = decode(stdout);
  const dates = times(stdout);
  for (const event of events) {
    assert.ok(dates.includes(formatWhen(event, 'en')), `${event.id}: date`);
    assert.ok(text.includes(localize(event.title, 'en').text), `${event.id}: title`);
    for (const source of event.sources ?? []) assert.ok(text.includes(`href="${source.url}"`), `${event.id}: source`);
  }
  for (const era of koreaChronology.eras) assert.ok(text.includes(localize(era.label, 'en').text), era.id);
  assert.doesNotMatch(stdout, /<script/);
});

test('render takes a file and the attributes as options; --page writes a whole page', () => {
  const { status, stdout, stderr } = cli(
    'render',
    'test/data/mini.json',
    '--locale=ko',
    '--theme',
    'dark',
    '--orientation',
    'horizontal',
    '--scale',
    'time',
    '--from',
    '2002',
    '--selected',
    'two',
    '--page',
  );
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.match(stdout, /^<!doctype html>\n<html lang="ko">/);
  assert.match(stdout, /<title>Mini<\/title>/);
  assert.match(stdout, /<meta name="color-scheme" content="dark">/);
  const tag = stdout.match(/<event-timeline[^>]*>/)[0];
  for (const attribute of ['locale="ko"', 'theme="dark"', 'orientation="horizontal"', 'scale="time"', 'from="2002"']) {
    assert.ok(tag.includes(attribute), attribute);
  }
  assert.deepEqual(
    [...stdout.matchAll(/<li[^>]*data-id="([^"]+)"/g)].map((m) => m[1]),
    ['two'],
  );
  assert.match(stdout, /<li[^>]*part="event event-selected"/);
  assert.doesNotMatch(stdout, /<script/);
});

test('render --locale writes the interface and the dates in the language of any pack', () => {
  const { status, stdout } = cli('render', '--locale', 'ja');
  assert.equal(status, 0);
  const text = decode(stdout);
  assert.ok(text.includes(`${koreaChronology.events.length}件の出来事`), 'the count in Japanese');
  assert.ok(text.includes('1950年6月25日'), 'a date in Japanese');
});

test('render --hydrate adds the scripts, and the data for the browser to render what the server did', () => {
  const { status, stdout } = cli('render', '-', '--hydrate', '--cdn', 'https://cdn.example/kt/');
  assert.equal(status, 2, 'stdin is empty here: nothing to read');
  const file = cli('render', 'test/data/mini.json', '--hydrate', '--cdn', 'https://cdn.example/kt/').stdout;
  assert.ok(
    file.endsWith(
      '<link rel="modulepreload" href="https://cdn.example/kt/event-timeline.js">\n<script type="module" src="https://cdn.example/kt/hydrate.js"></script>\n',
    ),
  );
  const data = file.match(/<script type="application\/json" data-kt-chronology>(.*?)<\/script><\/event-timeline>/)[1];
  assert.deepEqual(
    JSON.parse(data).chronology.events.map((e) => e.id),
    ['one', 'two'],
  );
  const korea = cli('render', '--hydrate').stdout;
  assert.match(korea, /href="https:\/\/unpkg.com\/korea-timeline@\d+\.\d+\.\d+[^/]*\/cdn\/korea-timeline.js"/);
  assert.match(korea, /src="https:\/\/unpkg.com\/korea-timeline@\d+\.\d+\.\d+[^/]*\/cdn\/hydrate.js"/);
  assert.doesNotMatch(korea, /data-kt-chronology/, 'the Korea data is in the bundle already');
  assert.equal(stdout, '');
  // A folder's address without its last '/' is still that folder.
  const bare = cli('render', 'test/data/mini.json', '--hydrate', '--cdn', 'https://cdn.example/kt').stdout;
  assert.ok(bare.includes('<script type="module" src="https://cdn.example/kt/hydrate.js"></script>'), bare.slice(-300));
});

test('--help prints the usage on stdout and succeeds, before any command or after one', () => {
  for (const args of [['--help'], ['-h'], ['help'], ['render', '--help'], ['convert', 'x.csv', '-h']]) {
    const { status, stdout, stderr } = cli(...args);
    assert.equal(status, 0, args.join(' '));
    assert.match(stdout, /^usage: korea-timeline convert/, args.join(' '));
    assert.equal(stderr, '', args.join(' '));
  }
});

test('render --hydrate keeps a </script> in the data from ending its script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-render-'));
  const file = join(dir, 'hostile.json');
  const payload = '</script><script>window.pwned=1</script><!--';
  writeFileSync(
    file,
    JSON.stringify({
      title: payload,
      categories: [{ id: 'c', label: 'C' }],
      events: [{ id: 'a', start: '2001', title: payload, category: 'c' }],
    }),
  );
  const { status, stdout } = cli('render', file, '--hydrate', '--page');
  assert.equal(status, 0);
  assert.equal(stdout.match(/<script/g).length, 2, 'the module script and the data, no more');
  assert.ok(stdout.includes('<title>&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;!--</title>'));
});

test('render writes out every event of a long chronology, which --hydrate refuses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-render-'));
  const file = join(dir, 'long.json');
  const events = Array.from({ length: 300 }, (_, i) => ({
    id: `e${i}`,
    start: `${1700 + i}`,
    title: `E${i}`,
    category: 'c',
  }));
  writeFileSync(file, JSON.stringify({ title: 'Long', categories: [{ id: 'c', label: 'C' }], events }));
  const { status, stdout } = cli('render', file);
  assert.equal(status, 0);
  assert.equal((stdout.match(/<li[^>]*part="event/g) ?? []).length, 300);
  const hydrated = cli('render', file, '--hydrate');
  assert.equal(hydrated.status, 1);
  assert.equal(hydrated.stdout, '');
  assert.equal(hydrated.stderr, `${file}: events: 300 events: more than 200 cannot be hydrated\n`);
});

test('render refuses bad data: each problem by file, path and row on stderr, exit 1, nothing on stdout', () => {
  const csv = cli('render', 'test/data/sheet-bad-rows.csv');
  assert.equal(csv.status, 1);
  assert.equal(csv.stdout, '');
  assert.deepEqual(csv.stderr.trim().split('\n'), [
    'test/data/sheet-bad-rows.csv: rows[2].Year: row 4, column Year: no year; the row is left out',
    "test/data/sheet-bad-rows.csv: rows[4].Day: row 6, column Day: 'x' is not a day of the month; the row is left out",
  ]);
  const json = cli('render', 'test/data/partly-invalid.json');
  assert.equal(json.status, 1);
  assert.equal(json.stdout, '');
  assert.match(json.stderr, /^test\/data\/partly-invalid.json: events\[1\]\.start: .*2016-13-01/);
});

test('render refuses options that name no date, category or event (exit 1), and unknown choices (exit 2)', () => {
  const bad = cli('render', '--from', '1950-13', '--categories', 'nope', '--selected', 'nope');
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.deepEqual(bad.stderr.trim().split('\n'), [
    `(korea): from="1950-13": '1950-13' is not a valid date: month 13`,
    '(korea): categories="nope": unknown nope',
    '(korea): selected="nope": no event has this id',
  ]);
  for (const args of [
    ['--theme', 'pink'],
    ['--colour', 'red'],
    ['a.json', 'b.json'],
  ]) {
    const { status, stdout, stderr } = cli('render', ...args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, /usage: korea-timeline/);
  }
});

test('the snippet shows every event in a browser with JavaScript off', async () => {
  const { stdout } = cli('render', '--page');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 800, height: 600 } });
    await page.setContent(stdout);
    const items = page.locator('korea-timeline li[part~="event"]');
    assert.equal(await items.count(), events.length);
    const last = items.last();
    await last.scrollIntoViewIfNeeded();
    assert.ok(await last.isVisible());
    assert.equal(await last.locator('[part="title"]').textContent(), localize(events.at(-1).title, 'en').text);
    assert.equal(await page.evaluate(() => typeof customElements.get('korea-timeline')), 'undefined');
    // Filter chips need the script: without it, none is shown to press in vain.
    assert.equal(await page.locator('korea-timeline button').filter({ visible: true }).count(), 0);
  } finally {
    await browser.close();
  }
});

test('render writes every event of a chronology with dates before year 1, decades, centuries and open ends', () => {
  const file = 'demo/long-history.json';
  const { status, stdout, stderr } = cli('render', file);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  const { events } = JSON.parse(readFileSync(file, 'utf8'));
  const ids = [...stdout.matchAll(/<li[^>]*data-id="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids.sort(), events.map((e) => e.id).sort());
  // In words, as the browser writes them: no year is left as a minus sign or an X.
  const dates = times(stdout);
  assert.ok(dates.length >= events.length);
  for (const date of dates) assert.doesNotMatch(date, /(^|\s)-\d|\dX/, date);
  assert.match(stdout, / BC/);
  // Its styles are in the snippet: the open ends' fade, and the footnotes'.
  assert.match(stdout, /\.open-start \.marker/);
  assert.match(stdout, /\.publisher\s*\{/);
});

test('render --hydrate takes other locales, dates before year 1 and pictures', () => {
  const { status, stdout, stderr } = cli('render', 'demo/long-history.json', '--hydrate', '--locale', 'ja');
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.match(stdout, /data-kt-chronology/);
  assert.match(stdout, /紀元前/);
});

test('render refuses a locale Intl rejects, with its usage message and no stack trace', () => {
  for (const tag of ['it-IT-IT', 'pt-99', 'en-US-x']) {
    const { status, stdout, stderr } = cli('render', '--locale', tag);
    assert.equal(status, 2, tag);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^korea-timeline: --locale ${tag}: expected a language tag`));
    assert.match(stderr, /usage: korea-timeline convert/);
    assert.doesNotMatch(stderr, /\n\s+at /);
  }
});

test('render reads CSV on stdin whatever its column order, and JSON after a byte order mark', () => {
  const run = (input) =>
    spawnSync(process.execPath, ['bin/korea-timeline.mjs', 'render', '-'], { encoding: 'utf8', input });
  const csv = run('start,category,title\n1988-09-17,,Seoul Olympics open\n');
  assert.equal(csv.stderr, '');
  assert.equal(csv.status, 0);
  assert.match(csv.stdout, /Seoul Olympics open/);
  const json = run(
    `\uFEFF${JSON.stringify({ title: 'T', categories: [{ id: 'c', label: 'C' }], events: [{ id: 'a', start: '2001', title: 'After a BOM', category: 'c' }] })}`,
  );
  assert.equal(json.stderr, '');
  assert.equal(json.status, 0);
  assert.match(json.stdout, /After a BOM/);
});
