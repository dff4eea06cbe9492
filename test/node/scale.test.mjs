// The time scale model, without the element: positions, breaks, ticks and lanes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import '../../dist/src/core/eager.js';
import { formatTick, layout } from '../../dist/src/model/scale.js';
import { toItems } from '../../dist/src/model/timeline.js';
import { dayNumber, formatDate, fromDayNumber, toPartialDate } from '../../dist/src/model/dates.js';
import { tracks } from '../helpers/chronologies.mjs';

const day = (date) => dayNumber(toPartialDate(date));
const year = (d) => new Date(d * 86_400_000).getUTCFullYear();
const options = { extent: 5, lanes: 1, perYear: 2, breakAfter: 5 * 365, breakSize: 4, tickSpacing: 2, reverse: false };
const items = toItems(tracks);
const result = layout(items, tracks.eras, { ...options, scale: 'time' });

describe('the time scale model', () => {
  test('shortens the long empty gaps into breaks between the right dates', () => {
    assert.deepEqual(
      result.breaks.map((b) => `${year(b.from)} → ${year(b.to)}`),
      ['1953 → 1988', '1992 → 1999', '1999 → 2012'],
    );
    for (const b of result.breaks) assert.ok(b.end - b.start >= options.breakSize, `${b.start}–${b.end}`);
  });

  test('keeps time order, and never puts two cards closer than a card', () => {
    assert.equal(result.placed.length, tracks.events.length);
    for (let i = 1; i < result.placed.length; i++) {
      const [a, b] = [result.placed[i - 1], result.placed[i]];
      assert.ok(b.item.from >= a.item.from, b.item.event.id);
      assert.ok(b.pos - a.pos >= options.extent - 1e-9, b.item.event.id);
    }
  });

  test('is proportional to time where nothing is crowded or cut', () => {
    const roomy = layout(items, [], { ...options, scale: 'time', perYear: 10 });
    const pos = (id) => roomy.placed.find((p) => p.item.event.id === id).pos;
    // Consecutive events, no break between them, room to spare.
    const years = (day('2024-10-10') - day('2022-05-10')) / 365.2425;
    assert.ok(Math.abs(pos('prize') - pos('inauguration') - years * 10) <= 0.01);
  });

  test('puts ticks in order, never inside a break', () => {
    assert.ok(result.ticks.length > 10, `${result.ticks.length} ticks`);
    for (let i = 1; i < result.ticks.length; i++) assert.ok(result.ticks[i].pos > result.ticks[i - 1].pos);
    for (const tick of result.ticks) {
      for (const b of result.breaks) assert.ok(!(tick.day > b.from && tick.day < b.to), `${tick.day}`);
    }
  });

  test('labels each stretch between breaks in one unit, with room between the labels', () => {
    for (const opts of [options, { ...options, lanes: 3, extent: 14, perYear: 5, tickSpacing: 5, markerGap: 2.5 }]) {
      const laid = layout(items, [], { ...opts, scale: 'time' });
      const stretchOf = (pos) => laid.breaks.filter((b) => b.end <= pos).length;
      const levels = new Map();
      for (const tick of laid.ticks) {
        const stretch = stretchOf(tick.pos);
        levels.set(stretch, [...(levels.get(stretch) ?? []), tick.level === 'month' ? 'month' : 'year']);
      }
      assert.ok(levels.size > 1);
      for (const [stretch, found] of levels) assert.equal(new Set(found).size, 1, `stretch ${stretch}: ${found}`);
      for (let i = 1; i < laid.ticks.length; i++)
        assert.ok(laid.ticks[i].pos - laid.ticks[i - 1].pos >= opts.tickSpacing - 1e-6);
    }
  });

  test('gives a stretch made long by a crowd of events month ticks: "Oct 2025" among them', () => {
    const wide = layout(items, [], {
      ...options,
      scale: 'time',
      lanes: 3,
      extent: 14,
      perYear: 5,
      tickSpacing: 5,
      markerGap: 2.5,
    });
    const last = wide.ticks.filter((t) => t.pos > wide.breaks.at(-1).end);
    const labels = last.map((t) => formatTick(t.day, t.level, 'en'));
    assert.ok(labels.includes('Oct 2025'), labels.join(' · '));
    assert.ok(
      labels.every((l) => /^[A-Z][a-z]+ \d{4}$/.test(l)),
      labels.join(' · '),
    );
  });

  test('keeps markers apart: no two events start closer than the marker gap', () => {
    const wide = layout(items, [], { ...options, scale: 'time', lanes: 3, extent: 14, markerGap: 2.5 });
    for (let i = 1; i < wide.placed.length; i++) {
      assert.ok(wide.placed[i].pos - wide.placed[i - 1].pos >= 2.5 - 1e-9, wide.placed[i].item.event.id);
    }
    // Still in time order, and the gap is a minimum, not a grid: far-apart events keep their distance.
    const days = wide.placed.map((p) => p.item.from);
    assert.deepEqual(
      days,
      [...days].sort((a, b) => a - b),
    );
  });

  test('spreads a cluster of events days apart into lanes when there are several', () => {
    const wide = layout(items, [], { ...options, scale: 'time', lanes: 3, extent: 14 });
    const cluster = wide.placed.filter((p) => p.item.from >= day('2025-10-25'));
    assert.equal(cluster.length, 5);
    assert.ok(new Set(cluster.map((p) => p.lane)).size > 1);
    const narrow = layout(items, [], { ...options, scale: 'time', lanes: 1, extent: 14 });
    assert.deepEqual(new Set(narrow.placed.map((p) => p.lane)), new Set([0]));
  });

  test('lays out newest first when reversed', () => {
    const reversed = layout(items, [], { ...options, scale: 'time', reverse: true });
    assert.equal(reversed.placed[0].item.event.id, 'summit-d');
    assert.equal(reversed.placed.at(-1).item.event.id, 'war');
    assert.deepEqual(
      reversed.breaks.map((b) => `${year(b.from)} → ${year(b.to)}`),
      ['1999 → 2012', '1992 → 1999', '1953 → 1988'],
    );
  });
});

describe('a time scale over four thousand years', () => {
  const history = JSON.parse(readFileSync(new URL('../../demo/long-history.json', import.meta.url), 'utf8'));
  const long = layout(toItems(history), history.eras, { ...options, scale: 'time' });
  const shown = (d) => formatDate(fromDayNumber(d, 'year'), 'en');

  test('draws it to a smaller scale, so a 400-year range stays a few cards long', () => {
    const dolmens = long.placed.find((p) => p.item.event.id === 'dolmens');
    assert.ok(dolmens.span > options.extent && dolmens.span < 10 * options.extent, `span ${dolmens.span}`);
    assert.ok(long.length < 40 * options.extent, `length ${long.length}`);
  });

  test('shortens only the gaps that are long for such a span', () => {
    assert.deepEqual(
      long.breaks.map((b) => `${shown(b.from)} → ${shown(b.to)}`),
      ['2333 BC → 700 BC', '108 BC → 1100', '1199 → 1446', '1598 → 1960'],
    );
  });

  test('labels round years as readers count them, before and after year 1', () => {
    const labels = long.ticks.map((t) => formatTick(t.day, t.level, 'en'));
    assert.ok(labels.includes('700 BC'), labels.join(', '));
    assert.ok(
      labels.some((l) => /^[1-9]00 BC$/.test(l)),
      labels.join(', '),
    );
    assert.ok(
      labels.some((l) => /^1[5-9]00$/.test(l)),
      labels.join(', '),
    );
    for (let i = 1; i < long.ticks.length; i++)
      assert.ok(long.ticks[i].pos - long.ticks[i - 1].pos >= options.tickSpacing);
  });
});
