// Lanes and annotations in the data: what the validator keeps, what it reports (by path), and how
// CSV, TimelineJS3 and HTML authors name them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateChronology } from '../../dist/src/model/validate.js';
import { fromCsv } from '../../dist/src/features/source/import/csv.js';
import { fromTimelineJS } from '../../dist/src/features/source/import/timelinejs.js';
import { validateImported } from '../../dist/src/features/source/import/shared.js';

const lanes = [
  { id: 'washington', label: { en: 'Washington', ko: '워싱턴' }, description: 'The alliance', color: '#2a6f97' },
  { id: 'beijing', label: 'Beijing' },
];
const base = { title: 'T', categories: [{ id: 'c', label: 'C' }], lanes };
const event = (id, fields = {}) => ({ id, start: '2016-07-08', title: id, category: 'c', ...fields });

describe('lanes', () => {
  test('keeps declared lanes, and each event in one lane or several, its main lane first', () => {
    const data = {
      ...base,
      events: [
        event('thaad', { lane: 'washington' }),
        event('apec', { lane: ['beijing', 'washington'] }),
        event('home'),
      ],
    };
    const { chronology, errors } = validateChronology(data);
    assert.deepEqual(errors, []);
    assert.deepEqual(chronology.lanes, lanes);
    assert.deepEqual(
      chronology.events.map((e) => e.lane),
      ['washington', ['beijing', 'washington'], undefined],
    );
  });

  test('reports an undeclared, repeated or empty lane by path, and still shows the event', () => {
    const { chronology, errors } = validateChronology({
      ...base,
      events: [
        event('a', { lane: 'moscow' }),
        event('b', { lane: ['beijing', 'beijing', 3] }),
        event('c', { lane: [] }),
      ],
    });
    assert.deepEqual(errors, [
      { path: 'events[0].lane', message: "'moscow' is not a declared lane; the event shows without it" },
      { path: 'events[1].lane[1]', message: "'beijing' is named twice" },
      { path: 'events[1].lane[2]', message: 'number 3 is not valid: expected a non-empty string' },
      { path: 'events[2].lane', message: 'an empty list: expected a lane id, or several, its main lane first' },
    ]);
    assert.deepEqual(
      chronology.events.map((e) => [e.id, e.lane]),
      [
        ['a', undefined],
        ['b', 'beijing'],
        ['c', undefined],
      ],
    );
  });

  test('says so when an event names a lane and the chronology declares none', () => {
    const { errors } = validateChronology({ ...base, lanes: undefined, events: [event('a', { lane: 'x' })] });
    assert.deepEqual(errors, [
      {
        path: 'events[0].lane',
        message: "'x' is not a declared lane: the chronology declares no lanes; the event shows without it",
      },
    ]);
  });

  test('checks each lane as it checks a category: id, label and colour', () => {
    const { chronology, errors } = validateChronology({
      ...base,
      lanes: [
        { id: 'a b', label: 'A' },
        { id: 'b' },
        { id: 'c', label: 'C', color: 'red; x: y' },
        { id: 'C', label: 'C2' },
        'd',
      ],
      events: [],
    });
    assert.deepEqual(errors, [
      {
        path: 'lanes[0].id',
        message: "'a b' is not a valid id: expected letters and digits, in any script, and single hyphens",
      },
      {
        path: 'lanes[1].label',
        message: 'missing: expected a non-empty string or texts by language tag, e.g. { en, ko }',
      },
      {
        path: 'lanes[2].color',
        message:
          "'red; x: y' is not a colour: expected e.g. #2a6f97, teal, rgb(42 111 151) or var(--brand); the palette's is used",
      },
      { path: 'lanes[3].id', message: "'C' is a duplicate id: it differs only by case from 'c'" },
      { path: 'lanes[4]', message: "'d' is not a lane: expected an object with id and label" },
    ]);
    assert.deepEqual(chronology.lanes, [{ id: 'c', label: 'C' }]);
  });
});

describe('annotations', () => {
  const events = [event('thaad', { lane: 'washington' })];
  const check = (...annotations) => validateChronology({ ...base, events, annotations });

  test('keeps a marker, a band, a note on an event and one on a lane', () => {
    const annotations = [
      {
        id: 'trade',
        start: '2004',
        text: { en: 'China becomes the largest trading partner', ko: '중국, 최대 교역국' },
      },
      { id: 'thaad-years', start: '2016-07', end: '2017-10', text: 'The THAAD dispute', priority: 1, lane: 'beijing' },
      {
        id: 'why',
        event: 'thaad',
        text: 'Announced in Seoul',
        sources: [{ title: 'Reuters', url: 'https://reuters.com/x' }],
      },
      { id: 'alliance', lane: 'washington', text: 'Allies since 1953', priority: 3 },
    ];
    const { chronology, errors } = check(...annotations);
    assert.deepEqual(errors, []);
    assert.deepEqual(chronology.annotations, annotations);
  });

  test('reports a note placed nowhere, or at what is not there, and keeps the rest', () => {
    const { chronology, errors } = check(
      { id: 'a', text: 'Nowhere' },
      { id: 'b', event: 'missing', text: 'On nothing' },
      { id: 'c', lane: 'moscow', text: 'In no lane' },
      { id: 'd', start: '2001', end: '2000', text: 'Backwards' },
      { id: 'e', end: '2000', text: 'No start' },
      { id: 'f', start: '2001', text: 'Too keen', priority: 0 },
      { id: 'f', start: '2002', text: 'Same id' },
      { id: 'g', start: '2003' },
      { id: 'h', start: '2004', text: 'Kept' },
    );
    assert.deepEqual(errors, [
      { path: 'annotations[0]', message: 'says where it belongs nowhere: expected a start date, an event or a lane' },
      { path: 'annotations[1].event', message: "'missing' is not the id of an event shown; the note is left out" },
      { path: 'annotations[2].lane', message: "'moscow' is not a declared lane; the note is left out" },
      { path: 'annotations[3].end', message: "'2000' is before start '2001'" },
      { path: 'annotations[4].end', message: 'an end needs a start date' },
      { path: 'annotations[5].priority', message: 'number 0 is not valid: expected 1, 2 or 3; 2 is used' },
      { path: 'annotations[6].id', message: "'f' is a duplicate id: an earlier item already uses it" },
      {
        path: 'annotations[7].text',
        message: 'missing: expected a non-empty string or texts by language tag, e.g. { en, ko }',
      },
    ]);
    assert.deepEqual(
      chronology.annotations.map((a) => a.id),
      ['f', 'h'],
    );
  });
});

describe('lanes in imports', () => {
  test('our CSV: a lane column, several split by ";", with Korean labels in lane:ko', () => {
    const csv = [
      'start,title,category,lane,lane:ko',
      '2016-07-08,THAAD,security,Washington,워싱턴',
      '2016-08,Hallyu ban,culture,Beijing,베이징',
      '2025-10-30,Busan,diplomacy,Washington; Beijing,워싱턴; 베이징',
      '2018-04-27,Panmunjom,inter-korean,,',
    ].join('\n');
    const { chronology, errors } = validateImported(fromCsv(csv));
    assert.deepEqual(errors, []);
    assert.deepEqual(chronology.lanes, [
      { id: 'washington', label: { en: 'Washington', ko: '워싱턴' } },
      { id: 'beijing', label: { en: 'Beijing', ko: '베이징' } },
    ]);
    assert.deepEqual(
      chronology.events.map((e) => e.lane),
      ['washington', 'beijing', ['washington', 'beijing'], undefined],
    );
  });

  test('a CSV without a lane column declares no lanes', () => {
    const { chronology } = validateImported(fromCsv('start,title,category\n2001,A,c'));
    assert.equal(chronology.lanes, undefined);
  });

  test("TimelineJS3's group is the event's lane as well as its category", () => {
    const sheet = [
      'Year,Month,Day,Headline,Text,Group',
      '1815,12,10,Ada Lovelace is born,,People',
      '1843,,,Notes on the Analytical Engine,,Machines; Notes',
      '1843,7,,An event in no group,,',
    ].join('\n');
    const fromSheet = validateImported(fromCsv(sheet));
    assert.deepEqual(fromSheet.errors, []);
    assert.deepEqual(fromSheet.chronology.lanes, [
      { id: 'people', label: 'People' },
      { id: 'machines-notes', label: 'Machines; Notes' },
    ]);
    assert.deepEqual(
      fromSheet.chronology.events.map((e) => [e.category, e.lane]),
      [
        ['people', 'people'],
        ['machines-notes', 'machines-notes'],
        ['general', undefined],
      ],
    );
    const json = validateImported(
      fromTimelineJS({
        events: [
          { start_date: { year: '1969' }, text: { headline: 'Apollo 11' }, group: 'NASA' },
          { start_date: { year: '1957' }, text: { headline: 'Sputnik' } },
        ],
      }),
    );
    assert.deepEqual(json.errors, []);
    assert.deepEqual(json.chronology.lanes, [{ id: 'nasa', label: 'NASA' }]);
    assert.deepEqual(
      json.chronology.events.map((e) => e.lane),
      ['nasa', undefined],
    );
  });
});

test('combineChronologies: a chronology with lanes of its own gives a group of lanes; junk is skipped', async () => {
  const { combineChronologies } = await import('../../dist/src/features/lanes/combine.js');
  const two = {
    title: { en: 'Two', ko: '둘' },
    lanes: [
      { id: 'a', label: { en: 'A', ko: '가' } },
      { id: 'b', label: 'B' },
    ],
    events: [{ id: 'x', start: '2000', title: 'X', category: 'c', lane: ['b', 'a'] }],
    annotations: [{ id: 'n', lane: 'a', text: 'Note' }],
  };
  const combined = combineChronologies([
    null,
    'junk',
    { title: 'One', events: [{ id: 'x', start: '1999', title: 'Y', category: 'c' }] },
    two,
  ]);
  assert.deepEqual(
    combined.lanes.map((lane) => [lane.id, lane.label]),
    [
      ['one', 'One'],
      ['two-a', { en: 'Two · A', ko: '둘 · 가' }],
      ['two-b', { en: 'Two · B', ko: '둘 · B' }],
    ],
  );
  assert.deepEqual(
    combined.events.map((event) => [event.id, event.lane]),
    [
      ['one-x', 'one'],
      ['two-x', ['two-b', 'two-a']],
    ],
  );
  assert.deepEqual(combined.annotations, [{ id: 'two-n', lane: 'two-a', text: 'Note' }]);
  const { errors } = validateChronology({ ...combined, categories: [{ id: 'c', label: 'C' }] });
  assert.deepEqual(errors, []);
});

test("a lane's anchor must be one of its events: else it is reported by path and left out", () => {
  const data = {
    title: 'Anchors',
    categories: [{ id: 'c', label: 'C' }],
    lanes: [
      { id: 'a', label: 'A', anchor: 'x' },
      { id: 'b', label: 'B', anchor: 'x' },
      { id: 'c', label: 'C', anchor: 'nowhere' },
    ],
    events: [{ id: 'x', start: '2000', title: 'X', category: 'c', lane: 'a' }],
  };
  const { chronology, errors } = validateChronology(data);
  assert.deepEqual(
    chronology.lanes.map((lane) => lane.anchor),
    ['x', undefined, undefined],
  );
  assert.deepEqual(errors, [
    { path: 'lanes[1].anchor', message: "'x' is not an event in this lane; the lane is not aligned" },
    { path: 'lanes[2].anchor', message: "'nowhere' is not an event in this lane; the lane is not aligned" },
  ]);
});
