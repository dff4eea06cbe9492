// validateChronology without the element: what it keeps, and the path and message of each problem.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeUrl, validateChronology } from '../../dist/src/model/validate.js';

const base = { title: 'T', categories: [{ id: 'c', label: 'C' }] };
const withEvents = (...events) => validateChronology({ ...base, events });
const event = (fields = {}) => ({ id: 'e', start: '2001', title: 'E', category: 'c', ...fields });

describe('validateChronology', () => {
  test('accepts a valid chronology unchanged and reports nothing', () => {
    const data = { ...base, eras: [{ id: 'x', start: '2000', end: '2002', label: 'X' }], events: [event()] };
    const { chronology, errors } = validateChronology(data);
    assert.deepEqual(errors, []);
    assert.deepEqual(chronology, data);
  });

  test('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], { events: 'no' }, { categories: [null], events: [null] }]) {
      assert.doesNotThrow(() => validateChronology(input), String(input));
    }
    assert.deepEqual(validateChronology(null).errors[0], {
      path: '',
      message: 'null is not a chronology: expected an object with title, categories and events',
    });
  });

  test('reports missing and mistyped required fields with their path', () => {
    const { errors, chronology } = withEvents({ id: 'x', start: '2001', category: 'c' }, event({ id: 'y', title: 3 }));
    assert.deepEqual(errors, [
      {
        path: 'events[0].title',
        message: 'missing: expected a non-empty string or texts by language tag, e.g. { en, ko }',
      },
      {
        path: 'events[1].title',
        message: 'number 3 is not valid: expected a non-empty string or texts by language tag, e.g. { en, ko }',
      },
    ]);
    assert.deepEqual(chronology.events, []);
  });

  test('rejects dates that are not real calendar dates', () => {
    const { errors } = withEvents(event({ start: '2016-13-01' }), event({ id: 'f', start: '2016-02-30' }));
    assert.deepEqual(errors, [
      { path: 'events[0].start', message: "'2016-13-01' is not a valid date: month 13" },
      { path: 'events[1].start', message: "'2016-02-30' is not a valid date: 2016-02 has no day 30" },
    ]);
  });

  test('rejects an end before the start, at each precision', () => {
    const { errors, chronology } = withEvents(
      event({ start: '2001-05-02', end: '2001-05-01' }),
      event({ id: 'ok', start: '2001-05-02', end: '2001' }),
    );
    assert.deepEqual(errors, [{ path: 'events[0].end', message: "'2001-05-01' is before start '2001-05-02'" }]);
    assert.deepEqual(
      chronology.events.map((e) => e.id),
      ['ok'],
    );
  });

  test('reports the later of two duplicate ids', () => {
    const { errors, chronology } = withEvents(event({ title: 'first' }), event({ title: 'second' }));
    assert.deepEqual(errors, [
      { path: 'events[1].id', message: "'e' is a duplicate id: an earlier item already uses it" },
    ]);
    assert.deepEqual(
      chronology.events.map((e) => e.title),
      ['first'],
    );
  });

  test('reads ids and texts beyond plain ASCII as it reads ASCII ones', () => {
    const { errors, chronology } = validateChronology({
      title: 'T',
      categories: [{ id: '안보-동맹', label: 'C' }],
      events: [
        event({ id: '한국전쟁', category: '안보-동맹' }),
        event({ id: 'café:1', category: '안보-동맹' }),
        event({ id: 'e-', category: '안보-동맹' }),
        event({ id: 'tab\there', category: '안보-동맹' }),
        event({ id: 'blank', title: '\u00a0\u3000', category: '안보-동맹' }),
        event({ id: 'spaced', title: '\u00a0Seoul', category: '안보-동맹' }),
      ],
    });
    assert.deepEqual(
      chronology.events.map((e) => e.id),
      ['한국전쟁', 'café:1', 'e-', 'spaced'],
    );
    assert.deepEqual(
      errors.map((e) => e.path),
      ['events[3].id', 'events[4].title'],
    );
  });
  test('keeps an event of an undeclared category, and reports it', () => {
    const { errors, chronology } = withEvents(event({ category: 'nope' }));
    assert.equal(chronology.events.length, 1);
    assert.deepEqual(errors, [
      { path: 'events[0].category', message: "'nope' is not a declared category; shown in a neutral colour" },
    ]);
  });

  test('links only http:, https: and relative URLs; drops the rest from the link and reports them', () => {
    const urls = [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ];
    const sources = [...urls, 'https://ok.example/', '/relative', 'page.html'].map((url) => ({ title: 's', url }));
    const { errors, chronology } = withEvents(event({ sources }));
    assert.deepEqual(
      errors.map((e) => e.path),
      urls.map((_, i) => `events[0].sources[${i}].url`),
    );
    assert.equal(
      errors[0].message,
      "'javascript:alert(1)' is not allowed as a link: only http:, https: and relative URLs",
    );
    assert.deepEqual(
      chronology.events[0].sources.map((s) => s.url),
      [...urls.map(() => undefined), 'https://ok.example/', '/relative', 'page.html'],
    );
    assert.equal(isSafeUrl('HTTPS://x'), true);
  });

  test("keeps a source's language tag, and reports a malformed one by its path, keeping the source", () => {
    const sources = [
      { title: 'a', url: 'https://a.example/', language: 'zh-Hans' },
      { title: 'b', url: 'https://b.example/', language: 'Chinese' },
      { title: 'c', language: 42 },
      { title: 'd', language: 'pt-' },
    ];
    const { errors, chronology } = withEvents(event({ sources }));
    assert.deepEqual(errors, [
      {
        path: 'events[0].sources[1].language',
        message: "'Chinese' is not valid: expected a language tag, e.g. en, ko, zh-Hant",
      },
      {
        path: 'events[0].sources[2].language',
        message: 'number 42 is not valid: expected a language tag, e.g. en, ko, zh-Hant',
      },
      {
        path: 'events[0].sources[3].language',
        message: "'pt-' is not valid: expected a language tag, e.g. en, ko, zh-Hant",
      },
    ]);
    assert.deepEqual(chronology.events[0].sources, [
      { title: 'a', url: 'https://a.example/', language: 'zh-Hans' },
      { title: 'b', url: 'https://b.example/' },
      { title: 'c' },
      { title: 'd' },
    ]);
  });

  test('validates eras and drops invalid ones', () => {
    const { errors, chronology } = validateChronology({
      ...base,
      events: [],
      eras: [
        { id: 'a', start: '2000', end: '1999', label: 'A' },
        { id: 'b', start: '2000', label: 'B' },
        { id: 'c', start: '2000', end: '2001', label: 'C' },
      ],
    });
    assert.deepEqual(errors, [
      { path: 'eras[0].end', message: "'1999' is before start '2000'" },
      { path: 'eras[1].end', message: 'an era needs an end date' },
    ]);
    assert.deepEqual(
      chronology.eras.map((e) => e.id),
      ['c'],
    );
  });

  test('reports wrong types in optional fields without losing the event', () => {
    const { errors, chronology } = withEvents(event({ circa: 'yes', tags: ['ok', 5], sources: 'none' }));
    assert.deepEqual(
      errors.map((e) => e.path),
      ['events[0].circa', 'events[0].tags[1]', 'events[0].sources'],
    );
    assert.deepEqual(chronology.events[0].tags, ['ok']);
  });

  test('keeps a key moment, its kicker and a gap caption, and reports a flag or text of the wrong type', () => {
    const good = withEvents(
      event({ featured: true, kicker: { en: 'Start here', ko: '여기서부터' }, gap: 'The alliance holds' }),
    );
    assert.deepEqual(good.errors, []);
    assert.equal(good.chronology.events[0].featured, true);
    assert.deepEqual(good.chronology.events[0].kicker, { en: 'Start here', ko: '여기서부터' });
    assert.equal(good.chronology.events[0].gap, 'The alliance holds');
    const bad = withEvents(event({ featured: 'yes', kicker: 3, gap: ['no'] }));
    assert.deepEqual(
      bad.errors.map((e) => e.path),
      ['events[0].featured', 'events[0].kicker', 'events[0].gap'],
    );
    assert.equal(bad.chronology.events.length, 1);
  });

  test('keeps only known fields, so stray data never reaches the page', () => {
    const { chronology } = withEvents(event({ onclick: 'alert(1)' }));
    assert.deepEqual(Object.keys(chronology.events[0]), ['id', 'start', 'title', 'category']);
  });

  test('drops a __proto__ key from JSON without taking it as a prototype', () => {
    // JSON.parse makes `__proto__` an own property, as fetched data would have it; an object
    // literal would set the prototype instead and the key would never reach the validator.
    const data = JSON.parse(`{
      "__proto__": { "polluted": true },
      "title": "T",
      "categories": [{ "id": "c", "label": { "en": "C", "__proto__": { "ko": "다" } } }],
      "events": [{ "id": "e", "start": "2001", "title": "E", "category": "c",
                   "__proto__": { "summary": "injected", "polluted": true } }]
    }`);
    assert.ok(Object.hasOwn(data, '__proto__') && Object.hasOwn(data.events[0], '__proto__'));
    const { chronology, errors } = validateChronology(data);
    // In a text, `__proto__` is a key like any other that is not a language tag.
    assert.deepEqual(errors, [
      { path: 'categories[0].label.__proto__', message: "'__proto__' is not a language tag, e.g. en, ko, zh-Hant" },
    ]);
    assert.deepEqual(chronology.categories[0].label, { en: 'C' });
    assert.equal(Object.getPrototypeOf(chronology.categories[0].label), Object.prototype);
    const [validated] = chronology.events;
    assert.deepEqual(Object.keys(validated), ['id', 'start', 'title', 'category']);
    assert.equal(Object.getPrototypeOf(validated), Object.prototype);
    assert.equal(validated.summary, undefined);
    assert.equal(Object.getPrototypeOf(chronology), Object.prototype);
    assert.equal(chronology.polluted, undefined);
    assert.deepEqual(chronology.categories[0].label, { en: 'C' });
    assert.equal(chronology.categories[0].label.ko, undefined);
    assert.equal({}.polluted, undefined);
  });
});
