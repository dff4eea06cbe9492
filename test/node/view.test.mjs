// The pure view model, without a browser: what a timeline shows for given data, filters and order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toggleCategory, view } from '../../dist/src/model/view.js';

/** Four events out of order, three categories (one without a colour), and an era. */
const chronology = {
  title: 'View fixture',
  categories: [
    { id: 'war', label: 'War', color: '#123456' },
    { id: 'trade', label: 'Trade' },
    { id: 'culture', label: 'Culture' },
  ],
  eras: [{ id: 'early', start: '1950', end: '1969', label: 'Early' }],
  events: [
    { id: 'd', start: '2000-03', title: 'D', category: 'culture' },
    { id: 'a', start: '1950-06-25', end: '1953-07-27', title: 'A', category: 'war' },
    { id: 'c', start: '1992-08-24', title: 'C', category: 'trade' },
    { id: 'b', start: '1965', title: 'B', category: 'trade' },
  ],
};
const ids = (items) => items.map((item) => item.event.id);

test('sorts events by date and names the era each starts in', () => {
  const v = view({ chronology });
  assert.deepEqual(ids(v.visible), ['a', 'b', 'c', 'd']);
  assert.deepEqual(
    v.visible.map((item) => item.era?.id),
    ['early', 'early', undefined, undefined],
  );
  assert.equal(v.active, undefined);
  assert.deepEqual(v.problems, []);
});

test('colours categories from the data, else from the palette in declaration order', () => {
  const { categories } = view({ chronology });
  assert.equal(categories.get('war').color, '#123456');
  assert.notEqual(categories.get('trade').color, categories.get('culture').color);
  assert.match(categories.get('trade').color, /^#[0-9a-f]{6}$/);
});

test('bounds keep events that overlap them, at the precision written', () => {
  // The war ends in July 1953: "to 1950" keeps it, "from 1953-08" does not.
  assert.deepEqual(ids(view({ chronology, to: '1950' }).visible), ['a']);
  assert.deepEqual(ids(view({ chronology, from: '1953-08' }).visible), ['b', 'c', 'd']);
  assert.deepEqual(ids(view({ chronology, from: '1953-07', to: '1992-08-24' }).visible), ['a', 'b', 'c']);
});

test('counts each category within the bounds, before the category filter', () => {
  const v = view({ chronology, from: '1960', categories: 'war' });
  assert.deepEqual(Object.fromEntries(v.counts), { trade: 2, culture: 1 });
  assert.deepEqual(ids(v.visible), []);
});

test('filters by category, ignoring unknown ids with a problem, and reverses', () => {
  const v = view({ chronology, categories: 'trade nope', reverse: true });
  assert.deepEqual(ids(v.visible), ['c', 'b']);
  assert.deepEqual([...v.active], ['trade']);
  assert.deepEqual(v.problems, [{ attribute: 'categories="trade nope"', reason: 'unknown nope' }]);
  // None known: everything shows.
  assert.deepEqual(ids(view({ chronology, categories: 'nope' }).visible), ['a', 'b', 'c', 'd']);
});

test('a malformed bound is ignored with its reason', () => {
  const v = view({ chronology, from: '1950-13' });
  assert.equal(v.visible.length, 4);
  assert.equal(v.problems.length, 1);
  assert.equal(v.problems[0].attribute, 'from="1950-13"');
  assert.match(v.problems[0].reason, /month 13/);
});

test('reuses what did not change, and never mutates its input', () => {
  const before = JSON.stringify(chronology);
  const first = view({ chronology });
  assert.equal(view({ chronology }, first), first);
  const filtered = view({ chronology, categories: 'war' }, first);
  assert.equal(filtered.items, first.items);
  assert.equal(filtered.inBounds, first.inBounds);
  const reversed = view({ chronology, reverse: true }, first);
  assert.deepEqual(ids(reversed.visible), ['d', 'c', 'b', 'a']);
  assert.deepEqual(ids(first.visible), ['a', 'b', 'c', 'd']);
  const other = view({ chronology: { ...chronology, events: chronology.events.slice(0, 1) } }, first);
  assert.deepEqual(ids(other.visible), ['d']);
  assert.equal(JSON.stringify(chronology), before);
});

test('a chip press: All shows all, then one category alone, then each toggles', () => {
  const all = ['war', 'trade', 'culture'];
  assert.equal(toggleCategory(all, undefined), undefined);
  assert.deepEqual(toggleCategory(all, undefined, 'trade'), ['trade']);
  assert.deepEqual(toggleCategory(all, new Set(['trade']), 'war'), ['war', 'trade']);
  assert.equal(toggleCategory(all, new Set(['trade']), 'trade'), undefined);
  assert.equal(toggleCategory(all, new Set(['war', 'trade']), 'culture'), undefined);
});

test('featured keeps only the key moments, with the other filters, and is recomputed when it changes', () => {
  const marked = {
    ...chronology,
    events: chronology.events.map((e) => (e.id === 'a' || e.id === 'c' ? { ...e, featured: true } : e)),
  };
  const all = view({ chronology: marked });
  const key = view({ chronology: marked, featured: true }, all);
  assert.deepEqual(ids(key.visible), ['a', 'c']);
  assert.deepEqual(ids(view({ chronology: marked, featured: true, categories: 'trade', reverse: true }).visible), [
    'c',
  ]);
  assert.deepEqual(ids(view({ chronology: marked, featured: false }, key).visible), ['a', 'b', 'c', 'd']);
});
