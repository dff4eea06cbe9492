// Storytelling in the model and on the server: pictures, updates and corrections validated; search
// folding; the view in the hash; corrections in server-rendered HTML.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { validateChronology } from '../../dist/src/index.js';
import { Folder, SearchIndex } from '../../dist/src/model/search.js';
import { readHash, writeHash } from '../../dist/src/model/link.js';

const base = { title: 'T', categories: [{ id: 'c', label: { en: 'Crewed', ko: '유인' } }] };
const event = (fields = {}) => ({ id: 'e', start: '2001', title: 'E', category: 'c', ...fields });
const withEvents = (...events) => validateChronology({ ...base, events });

describe('validating pictures, updates and corrections', () => {
  test('keeps valid ones unchanged', () => {
    const data = {
      ...base,
      updated: '2025-11-03',
      events: [
        event({
          media: [
            { src: 'a.svg', alt: { en: 'A', ko: '가' }, caption: 'C', credit: 'NASA', width: 4, height: 3 },
            { src: 'b.svg', alt: '' },
          ],
          updated: '2025-11',
          corrections: [{ date: '2025-11-03', text: 'Fixed the day.' }],
        }),
      ],
    };
    const { chronology, errors } = validateChronology(data);
    assert.deepEqual(errors, []);
    assert.deepEqual(chronology, data);
  });

  test('reports a missing alt, a bad URL, size and correction by path, keeping the rest', () => {
    const { chronology, errors } = withEvents(
      event({
        media: [
          { src: 'a.svg' },
          { src: 'javascript:alert(1)', alt: 'x' },
          { src: 'c.svg', alt: 'C', width: -2 },
          'pic',
        ],
        corrections: [{ date: '2025-13-01', text: 'x' }, { date: '2025-01-01' }],
        updated: 'soon',
      }),
    );
    assert.deepEqual(
      errors.map((e) => e.path),
      [
        'events[0].updated',
        'events[0].media[0].alt',
        'events[0].media[1].src',
        'events[0].media[2].width',
        'events[0].media[3]',
        'events[0].corrections[0].date',
        'events[0].corrections[1].text',
      ],
    );
    assert.match(errors[1].message, /missing: expected a text saying what the picture shows, or '' for decoration/);
    assert.deepEqual(chronology.events[0].media, [{ src: 'c.svg', alt: 'C' }]);
    assert.deepEqual(chronology.events[0].corrections, []);
    assert.equal(chronology.events[0].updated, undefined);
  });
});

describe('search', () => {
  test('folds case, accents and width as the collator does, and leaves Korean as typed', () => {
    const en = new Folder('en');
    assert.equal(en.text('Pelé'), en.text('PELE'));
    assert.equal(en.text('ＡＢＣ'), en.text('abc'));
    assert.equal(en.text('e\u0301'), en.text('é'));
    const ko = new Folder('ko');
    assert.notEqual(ko.text('가'), ko.text('각'));
    assert.ok(ko.text('한국전쟁').includes(ko.text('국전')));
  });

  test('finds where a query occurs in the original text, across folded characters', () => {
    const folder = new Folder('en');
    assert.deepEqual(folder.ranges('Pelé and pele', 'PELE'), [
      [0, 4],
      [9, 13],
    ]);
    assert.deepEqual(folder.ranges('ＦＵＬＬ width', 'full'), [[0, 4]]);
    assert.deepEqual(folder.ranges('nothing', 'x'), []);
  });

  test('matches title, summary, category label and source titles, in the locale', () => {
    const chronology = {
      ...base,
      events: [
        event({ id: 'a', title: { en: 'Apollo', ko: '아폴로' } }),
        event({ id: 'b', summary: 'An apollo summary' }),
        event({ id: 'c', sources: [{ title: 'Apollo report' }] }),
        event({ id: 'd' }),
      ],
    };
    const index = new SearchIndex(chronology, 'en');
    assert.deepEqual([...index.match('APOLLO')], ['a', 'b', 'c']);
    assert.deepEqual([...index.match('crewed')], ['a', 'b', 'c', 'd']);
    assert.equal(index.match('  '), undefined);
    assert.equal(index.match('apollo'), index.match('Apollo'), 'the same query gives the same set');
    assert.deepEqual([...new SearchIndex(chronology, 'ko').match('아폴')], ['a']);
  });
});

describe('the view in the hash', () => {
  test('reads the old #id format for every element, and parameters by id', () => {
    assert.deepEqual(readHash('#apollo-11', ''), { selected: 'apollo-11' });
    assert.deepEqual(readHash('#apollo-11', 'moon'), { selected: 'apollo-11' });
    assert.deepEqual(readHash('', 'moon'), {});
    // A hand-edited link with a malformed escape is read as written, never thrown.
    assert.deepEqual(readHash('#%E0%A4%A', ''), { selected: '%E0%A4%A' });
    const hash = '#moon.event=a&moon.q=lunar+orbit&moon.categories=&event=b&from=1969';
    assert.deepEqual(readHash(hash, 'moon'), { selected: 'a', query: 'lunar orbit', categories: '' });
    assert.deepEqual(readHash(hash, ''), { selected: 'b', from: '1969' });
  });

  test("writes only what differs from the attributes, keeping other elements' parts", () => {
    const baseline = { categories: 'a b', from: undefined, to: undefined, query: undefined };
    assert.equal(writeHash('', '', { selected: 'x', ...baseline }, baseline), '#x');
    assert.equal(writeHash('', '', { selected: 'a=b', ...baseline }, baseline), '#a%3Db');
    assert.equal(readHash('#a%3Db', '').selected, 'a=b');
    assert.equal(
      writeHash('#other.event=y', 'moon', { selected: 'x', categories: 'a', query: 'moon' }, baseline),
      '#other.event=y&moon.event=x&moon.categories=a&moon.q=moon',
    );
    assert.equal(writeHash('#moon.event=x', 'moon', { categories: undefined }, baseline), '#moon.categories=');
    assert.equal(writeHash('#moon.event=x', 'moon', baseline, baseline), '');
    assert.equal(writeHash('#stale-id', 'moon', { selected: 'x' }, {}), '#moon.event=x');
  });
});

describe('server rendering', () => {
  test('puts the updated date, pictures and corrections in the HTML', async () => {
    const chronology = {
      ...base,
      updated: '2025-11-03',
      events: [
        event({
          media: [{ src: 'a.svg', alt: 'A drawing', caption: 'Caption' }],
          corrections: [{ date: '2025-11-03', text: 'An earlier version gave the wrong year.' }],
        }),
      ],
    };
    const markup = await collectResult(
      render(html`<event-timeline .chronology=${chronology} heading-level="3"></event-timeline>`),
    );
    assert.match(
      markup,
      /<p part="updated"[^>]*>\s*(<!--[^>]*-->)*<time datetime="2025-11-03"[^>]*>(<!--[^>]*-->)*Updated 3 November 2025/,
    );
    assert.match(markup, /<img\s+part="image"[^>]*alt="A drawing"/);
    assert.match(markup, /part="corrections"/);
    assert.ok(markup.includes('An earlier version gave the wrong year.'));
    assert.match(markup, /<h3 part="heading"/);
  });
});
