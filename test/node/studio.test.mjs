// The studio's model (src/studio/sheet.ts): sheets read from pastes, a sheet's address, problems at
// their cells, JSON as rows, and the warnings that keep a row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  cellOf,
  chronologySheet,
  readAny,
  readSheet,
  sheetCsv,
  sheetCsvUrl,
  warnings,
} from '../../dist/src/studio/sheet.js';
import { fromCsv } from '../../dist/src/features/source/import/csv.js';
import { validateImported } from '../../dist/src/features/source/import/shared.js';
import { koreaChronology } from '../../dist/events/korea.js';
import { validateChronology } from '../../dist/src/model/validate.js';

const SAMPLE = readFileSync('node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv', 'utf8');

test('reads a grid pasted from a spreadsheet (tabs) or CSV, and nothing without a header it knows', () => {
  const tsv = 'Year\tMonth\tHeadline\tText\n1815\t12\tAda Lovelace\tA "quoted", text\n\n\t\t\t\n';
  assert.deepEqual(readSheet(tsv), {
    header: ['Year', 'Month', 'Headline', 'Text'],
    rows: [['1815', '12', 'Ada Lovelace', 'A "quoted", text']],
  });
  const csv = readSheet(SAMPLE);
  assert.equal(csv.header[0], 'Year');
  assert.equal(csv.rows.length, 11);
  assert.ok(csv.rows.every((row) => row.length === csv.header.length));
  assert.equal(readSheet('name\tage\nAda\t36\n'), undefined);
  assert.equal(readSheet('{"title": "x"}'), undefined);
  // A short row is padded to the header's width.
  assert.deepEqual(readSheet('start,title,category\n2001,One\n').rows, [['2001', 'One', '']]);
});

test('a sheet written as CSV is read back the same, cells with commas, quotes and newlines included', () => {
  const sheet = { header: ['start', 'title', 'summary'], rows: [['2001', 'A, "B"', 'line one\nline two']] };
  assert.deepEqual(readSheet(sheetCsv(sheet)), sheet);
});

test("a Google Sheet's address in any form becomes its CSV export", () => {
  const key = '1xTn9OSdmnxbBtQcSb6jKsHP3dJvf6W1a2b3c4d5e6f7';
  assert.equal(sheetCsvUrl(key), `https://docs.google.com/spreadsheets/d/${key}/export?format=csv`);
  assert.equal(
    sheetCsvUrl(`https://docs.google.com/spreadsheets/d/${key}/edit#gid=123`),
    `https://docs.google.com/spreadsheets/d/${key}/export?format=csv&gid=123`,
  );
  assert.equal(
    sheetCsvUrl(`https://docs.google.com/spreadsheets/d/${key}/edit?usp=sharing`),
    `https://docs.google.com/spreadsheets/d/${key}/export?format=csv`,
  );
  assert.equal(
    sheetCsvUrl('https://docs.google.com/spreadsheets/d/e/2PACX-1vQabc/pubhtml'),
    'https://docs.google.com/spreadsheets/d/e/2PACX-1vQabc/pub?output=csv',
  );
  assert.equal(
    sheetCsvUrl('https://docs.google.com/spreadsheets/d/e/2PACX-1vQabc/pub?gid=7&single=true&output=tsv'),
    'https://docs.google.com/spreadsheets/d/e/2PACX-1vQabc/pub?output=csv&gid=7',
  );
  assert.equal(sheetCsvUrl(' https://example.org/data.csv '), 'https://example.org/data.csv');
});

test("each of the importer's problems points at its cell", () => {
  const sheet = readSheet(`${SAMPLE.trim()}\n1960,13,,,,,,,,A bad month,,,,,,,,\n`);
  const { errors } = validateImported(fromCsv(sheetCsv(sheet)));
  assert.equal(errors.length, 1);
  const cell = cellOf(errors[0].path, sheet);
  assert.deepEqual(cell, { row: 11, column: sheet.header.indexOf('Month') });
  assert.match(errors[0].message, /^row 13, column Month: /);
  assert.deepEqual(cellOf('header.year', sheet), { row: -1, column: 0 });
  assert.equal(cellOf('events[2].title', sheet), undefined);
  // The message's column, where the path names a field: a source's address in its own column.
  const ours = {
    header: ['start', 'title', 'source URL', 'source 2 URL'],
    rows: [['2001', 'A', '', 'javascript:alert(1)']],
  };
  const [bad] = validateImported(fromCsv(sheetCsv(ours))).errors;
  assert.match(bad.message, /^row 2, column source 2 URL: /);
  assert.deepEqual(cellOf(bad.path, ours, bad.message), { row: 0, column: 3 });
});

test('a JSON chronology becomes rows in our columns that import to the same chronology, every part of it', () => {
  const { sheet, dropped } = chronologySheet(koreaChronology);
  const { chronology, errors } = validateImported(fromCsv(sheetCsv(sheet)));
  assert.deepEqual(errors, []);
  assert.deepEqual(dropped, []);
  // JSON on one line, which a CSV reader could take for a header row, is read as JSON.
  assert.deepEqual(readAny(JSON.stringify(koreaChronology)).sheet, sheet);
  // Title, categories, lanes with their descriptions, eras, events with every source field, notes on the axis.
  assert.deepEqual(chronology, koreaChronology);
  assert.ok(sheet.header.includes('title:ko') && !sheet.header.some((name) => name.endsWith(':ja')));
});

test('the rest of the data format travels in columns too, in any language, and what none holds is named', () => {
  const source = (n) => ({ title: `S${n}`, url: `https://example.org/${n}` });
  const input = {
    title: { en: 'T', ja: '年表' },
    defaultLocale: 'ja',
    updated: '2026-12-01',
    categories: [{ id: 'a', label: { en: 'A', ja: 'エー' }, color: '#123456' }],
    lanes: [{ id: 'x', label: 'X' }],
    events: [
      {
        id: 'one',
        start: '-0044-03-15',
        end: '0014',
        circa: true,
        endOpen: true,
        title: { en: 'One', ja: '一', 'zh-Hant': '壹' },
        category: 'a',
        lane: 'x',
        tags: ['rome', 'empire'],
        updated: '2026-11-30',
        media: [
          { src: 'https://example.org/1.jpg', alt: { en: 'First', ja: '一枚目' }, caption: 'Cap', credit: 'Cred' },
          { src: 'https://example.org/2.jpg', alt: 'Second' },
        ],
        corrections: [{ date: '2026-11-30', text: { en: 'Fixed the year', ja: '年を訂正' } }],
        sources: [1, 2, 3, 4, 5].map(source),
      },
      {
        id: 'two',
        start: '199X',
        title: 'Two',
        category: 'a',
        gap: { en: 'A quiet millennium', ja: '静かな千年' },
        sources: [1, 2, 3, 4, 5, 6].map(source),
      },
    ],
    annotations: [{ id: 'n', start: '0001', text: 'Year one', lane: 'x', priority: 1 }],
  };
  const { sheet, dropped } = chronologySheet(input);
  assert.deepEqual(dropped, ['sources after the fifth']);
  for (const column of [
    'title:en',
    'title:zh-Hant',
    'picture 2 alt',
    'correction:en',
    'source 5 URL',
    'tags',
    'gap:en',
  ])
    assert.ok(sheet.header.includes(column), column);
  const { chronology, errors } = validateImported(fromCsv(sheetCsv(sheet)));
  assert.deepEqual(errors, []);
  const expected = structuredClone(input);
  expected.events[1].sources.pop();
  // Plain texts are in the chronology's language (Japanese here), in the sheet as in JSON.
  assert.deepEqual(chronology, validateChronology(expected).chronology);
  assert.equal(chronology.annotations[0].text.ja, 'Year one');
});

test('warns of what keeps the row but needs a look: no source, pictures, a lonely category', () => {
  const chronology = {
    title: 'T',
    categories: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    events: [
      { id: 'one', start: '2001', title: 'One', category: 'a', sources: [{ title: 'S' }] },
      {
        id: 'two',
        start: '2002',
        title: 'Two',
        category: 'a',
        sources: [{ title: 'S' }],
        media: [{ src: 'http://drive.google.com/x.jpg', alt: 'Same', caption: 'Same' }],
      },
      { id: 'three', start: '2003', title: 'Three', category: 'b' },
    ],
  };
  const found = warnings(chronology, (i) => `rows[${i}]`).map((w) => w.message);
  assert.deepEqual(found, [
    "row 3: the picture's alt text repeats its caption",
    'row 3: a picture over http:, which pages on https: block',
    'row 3: a picture from a sharing site, whose links stop working; host the file itself',
    'row 4: no source; readers cannot check it',
    "the category 'b' has one event: a filter for it shows little",
  ]);
});

test("the studio's snippets from disk name this package's version", () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(
    readFileSync('src/studio/version.ts', 'utf8'),
    new RegExp(`VERSION = '${version.replace(/\./g, '\\.')}'`),
  );
});
