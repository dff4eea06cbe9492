// Runs in Node after the build: the JSON export and the JSON Schema against the TypeScript source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { koreaChronology } from '../../dist/events/korea.js';
import { validateChronology } from '../../dist/src/model/validate.js';

const json = JSON.parse(readFileSync('events/korea.json', 'utf8'));
const schema = JSON.parse(readFileSync('chronology.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

test('events/korea.json matches events/korea.ts', () => {
  const { $schema, ...data } = json;
  assert.equal($schema, '../chronology.schema.json');
  assert.deepEqual(data, JSON.parse(JSON.stringify(koreaChronology)));
});

test('events/korea.json is valid against the schema', () => {
  assert.equal(validate(json), true, JSON.stringify(validate.errors, null, 2));
});

test('the schema rejects what the Chronology type rejects', () => {
  const event = { id: 'e', start: '2001', title: 'E', category: 'c' };
  const base = { title: 'T', categories: [{ id: 'c', label: 'C' }], events: [event] };
  assert.equal(validate(base), true);
  const bad = [
    { ...base, title: undefined },
    { ...base, events: [{ ...event, start: '2016-13-01' }] },
    { ...base, events: [{ ...event, start: '25/06/1950' }] },
    { ...base, events: [{ ...event, title: {} }] },
    { ...base, events: [{ ...event, title: { 'not a language': '제목' } }] },
    { ...base, events: [{ ...event, circa: 'yes' }] },
    { ...base, events: [{ ...event, sources: [{ title: 'S', language: 'Chinese' }] }] },
  ];
  for (const data of bad) {
    assert.equal(validate(JSON.parse(JSON.stringify(data))), false, JSON.stringify(data));
    assert.notDeepEqual(validateChronology(JSON.parse(JSON.stringify(data))).errors.length, 0, JSON.stringify(data));
  }
});

test('the schema flags unknown fields, which the element drops without complaint', () => {
  const data = {
    title: 'T',
    categories: [{ id: 'c', label: 'C' }],
    events: [{ id: 'e', start: '2001', title: 'E', category: 'c', colour: 'red' }],
  };
  assert.equal(validate(data), false, 'an editor shows the typo');
  assert.deepEqual(validateChronology(data).errors, []);
});

test('the schema describes every date field with the DateString pattern', () => {
  const pattern = new RegExp(schema.definitions.DateString.pattern);
  for (const good of ['1950', '1950-06', '1950-06-25']) assert.match(good, pattern);
  for (const badDate of ['1950-13', '1950-06-32', '50', '1950-6-25']) assert.doesNotMatch(badDate, pattern);
});

test("the Korea drop-in's two sources chunks hold every event's sources, each with its language, and the annotations", async () => {
  const files = readdirSync('cdn/chunks').filter((file) => /^korea-timeline-_korea-sources-.+\.js$/.test(file));
  assert.equal(files.length, 2, 'two halves');
  const halves = await Promise.all(
    files.map(async (file) => (await import(pathToFileURL(`cdn/chunks/${file}`).href)).default),
  );
  const later = Object.assign({}, ...halves.map((half) => half.events));
  assert.deepEqual(Object.keys(later).sort(), koreaChronology.events.map((e) => e.id).sort());
  const annotations = halves.flatMap((half) => half.annotations ?? []);
  assert.deepEqual(
    annotations.map((note) => note.id),
    koreaChronology.annotations.map((note) => note.id),
  );
  for (const { id, sources = [] } of koreaChronology.events) {
    const languages = sources.map((source) => source.language);
    assert.ok(languages.every(Boolean), `${id}: every source has a language`);
    assert.deepEqual(
      later[id].sources.map((source) => source.language),
      languages,
      id,
    );
  }
});
