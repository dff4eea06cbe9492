// The time scale model, without the element: positions, breaks, ticks and lanes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import '../../dist/src/core/eager.js';
import { formatTick, LABEL_REPEAT, layout } from '../../dist/src/model/scale.js';
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

  /** Which stretch drawn to one scale a position is in: breaks and magnified stretches cut the axis. */
  const scaleStretchOf = (laid, pos) =>
    laid.breaks.filter((b) => b.end <= pos + 1e-9).length +
    laid.insets.filter((i) => i.start <= pos + 1e-9).length +
    laid.insets.filter((i) => i.end <= pos + 1e-9).length;
  const wideOptions = { ...options, lanes: 3, extent: 14, perYear: 5, tickSpacing: 5, markerGap: 2.5, zoomRow: true };

  test('labels each stretch drawn to one scale in one unit, with room between the labels', () => {
    for (const opts of [options, wideOptions]) {
      const laid = layout(items, [], { ...opts, scale: 'time' });
      const levels = new Map();
      for (const tick of laid.ticks) {
        const stretch = scaleStretchOf(laid, tick.pos);
        levels.set(stretch, [...(levels.get(stretch) ?? []), tick.level === 'month' ? 'month' : 'year']);
      }
      assert.ok(levels.size > 1);
      for (const [stretch, found] of levels) assert.equal(new Set(found).size, 1, `stretch ${stretch}: ${found}`);
      for (let i = 1; i < laid.ticks.length; i++)
        assert.ok(laid.ticks[i].pos - laid.ticks[i - 1].pos >= opts.tickSpacing - 1e-6);
    }
  });

  test('names the year of every day on the axis once, in the first day after a label of another year', () => {
    for (const opts of [options, wideOptions, { ...wideOptions, reverse: true }]) {
      const laid = layout(items, [], { ...opts, scale: 'time' });
      const year = (t) => fromDayNumber(t.day, 'year').year;
      let named;
      const labels = [];
      for (const tick of laid.ticks) {
        const label = formatTick(tick.day, tick.level, 'en');
        labels.push(label);
        if (tick.level === 'day') {
          assert.equal(year(tick), named, `${label} after ${labels.join(' · ')}`);
          assert.match(label, /^\d{1,2} [A-Z][a-z]{2,3}$/);
        } else {
          if (tick.level === 'date') assert.notEqual(year(tick), named, labels.join(' · '));
          assert.match(label, new RegExp(String(year(tick))), label);
          named = year(tick);
        }
      }
      if (opts !== options)
        assert.ok(
          laid.ticks.some((t) => t.level === 'day'),
          labels.join(' · '),
        );
    }
  });

  test('names the months or days of the magnified crowd of 2025', () => {
    const wide = layout(items, [], { ...wideOptions, scale: 'time' });
    const last = wide.ticks.filter((t) => t.pos > wide.breaks.at(-1).end);
    const labels = last.map((t) => formatTick(t.day, t.level, 'en'));
    assert.ok(
      labels.some((l) => /^(\d+ Oct|[A-Z][a-z]+ 2025)$/.test(l)),
      labels.join(' · '),
    );
  });

  for (const [name, opts] of [
    ['vertical', options],
    ['horizontal, three rows', wideOptions],
    ['newest first', { ...options, reverse: true }],
    ['zoomed in', { ...wideOptions, perYear: 40 }],
  ]) {
    const laid = layout(items, tracks.eras, { ...opts, scale: 'time' });
    const base = opts.perYear / 365.2425;
    /** Where an event starts along the axis: its last day when newest first. */
    const date = (p) => (opts.reverse ? p.item.to : p.item.from);
    test(`puts each marker at its date, the same distance per day all through a stretch (${name})`, () => {
      for (const p of laid.placed) {
        assert.ok(Math.abs(p.mark - laid.at(date(p))) < 1e-9, `${p.item.event.id} at its date`);
      }
      for (let k = 1; k < laid.placed.length; k++) {
        const [a, b] = [laid.placed[k - 1], laid.placed[k]];
        const days = Math.abs(date(b) - date(a));
        if (days === 0 || laid.breaks.some((br) => br.start >= a.mark - 1e-9 && br.end <= b.mark + 1e-9)) continue;
        const zoom = (b.mark - a.mark) / days / base;
        const inset = laid.insets.find((i) => i.start <= a.mark + 1e-9 && i.end >= b.mark - 1e-9);
        // Drawn to scale, or in a magnified stretch at its magnification: 2, 5 or 10 times a power of ten.
        assert.ok(
          Math.abs(zoom - (inset?.zoom ?? 1)) < 1e-6 * zoom,
          `${a.item.event.id} → ${b.item.event.id}: ×${zoom}`,
        );
        if (inset) assert.match(String(inset.zoom), /^[125]0*$/);
      }
      assert.ok(laid.insets.length > 0, 'a crowd is magnified');
      assert.ok(laid.insets.some((i) => i.labelled));
    });

    test(`gives each card room at its date; only the cards of one day follow their marker (${name})`, () => {
      const rows = new Map();
      for (const [k, p] of laid.placed.entries()) {
        const extent = opts.extent;
        const end = rows.get(p.lane);
        if (end !== undefined)
          assert.ok(p.pos >= end - 1e-9, `${p.item.event.id} clear of the card before it in its row`);
        rows.set(p.lane, p.pos + extent);
        if (p.pos > p.mark + 1e-9) {
          assert.equal(date(laid.placed[k - 1]), date(p), `${p.item.event.id} follows a card of its own day`);
        }
      }
    });

    test(`names each labelled magnification where it begins, clear of the ticks (${name})`, () => {
      // Among the ticks, or (horizontal) in a row of their own.
      for (const inset of laid.insets.filter((i) => i.labelled && !opts.zoomRow)) {
        for (const tick of laid.ticks) assert.ok(Math.abs(tick.pos - inset.start) >= opts.tickSpacing - 1e-6);
      }
      // Again along a long stretch: inside it, a repeat's length apart, clear of the ticks and other labels.
      const placedLabels = laid.insets.flatMap((i) => [...(i.labelled ? [i.start] : []), ...(i.repeats ?? [])]);
      for (const inset of laid.insets.filter((i) => i.repeats)) {
        let previous = inset.start;
        for (const pos of inset.repeats) {
          assert.ok(pos > inset.start && pos < inset.end, `${pos} in ${inset.start}–${inset.end}`);
          assert.ok(pos - previous >= LABEL_REPEAT - 1e-9);
          previous = pos;
          if (!opts.zoomRow)
            for (const tick of laid.ticks) assert.ok(Math.abs(tick.pos - pos) >= opts.tickSpacing - 1e-6);
        }
      }
      const sorted = [...placedLabels].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i] - sorted[i - 1] >= opts.tickSpacing - 1e-9);
      // A stretch long enough to need it is labelled more than once.
      for (const inset of laid.insets.filter((i) => i.end - i.start > 3 * LABEL_REPEAT)) {
        assert.ok(inset.repeats?.length, `${inset.start}–${inset.end} ×${inset.zoom}`);
      }
      const unlabelled = laid.insets.filter((i) => !i.labelled);
      for (const inset of unlabelled) {
        // Left out only beside a label of a larger magnification.
        assert.ok(
          laid.insets.some(
            (o) => o.labelled && o.zoom >= inset.zoom && Math.abs(o.start - inset.start) < opts.tickSpacing,
          ),
        );
      }
    });
  }

  test('labels a long magnified stretch again along it, where a reader who scrolled into it can read its scale', () => {
    // Forty events three days apart: one magnified stretch, forty cards long.
    const daily = Array.from({ length: 40 }, (_, i) => ({
      id: `d${i}`,
      start: new Date(Date.UTC(2020, 0, 1 + 3 * i)).toISOString().slice(0, 10),
      title: `Day ${i}`,
      category: 'c',
    }));
    const chronology = {
      title: 'Daily',
      categories: [{ id: 'c', label: 'C' }],
      events: [
        { id: 'a', start: '2010', title: 'A', category: 'c' },
        ...daily,
        { id: 'z', start: '2030', title: 'Z', category: 'c' },
      ],
    };
    for (const opts of [options, wideOptions]) {
      const laid = layout(toItems(chronology), [], { ...opts, scale: 'time' });
      const long = laid.insets.filter((i) => i.end - i.start > 3 * LABEL_REPEAT);
      assert.equal(long.length, 1, laid.insets.map((i) => `${i.end - i.start}×${i.zoom}`).join(' '));
      const [inset] = long;
      assert.ok(inset.labelled);
      assert.ok(
        inset.repeats.length >= Math.floor((inset.end - inset.start) / LABEL_REPEAT) - 1,
        inset.repeats.join(' '),
      );
      for (const pos of inset.repeats) {
        assert.ok(pos > inset.start && pos < inset.end);
        if (!opts.zoomRow)
          for (const tick of laid.ticks) assert.ok(Math.abs(tick.pos - pos) >= opts.tickSpacing - 1e-6);
      }
    }
  });

  test("keeps markers apart: none closer than the marker gap, and one day's in a row from their date", () => {
    const wide = layout(items, [], { ...options, scale: 'time', lanes: 3, extent: 14, markerGap: 2.5 });
    for (let i = 1; i < wide.placed.length; i++) {
      const [a, b] = [wide.placed[i - 1], wide.placed[i]];
      assert.ok(b.pos - a.pos >= 2.5 - 1e-9, b.item.event.id);
      // One day's events share their date, and stand in a row from it; days apart, their dates do.
      if (a.item.from === b.item.from) assert.equal(a.mark, b.mark);
      else assert.ok(b.mark - a.pos >= 2.5 - 1e-9, b.item.event.id);
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

describe('the rules across the time scale', () => {
  /** The month a rule begins, counted from January of year 0; and whether it is the first day of that month. */
  const month = (d) => {
    const { year, month } = fromDayNumber(d, 'month');
    return { index: year * 12 + month - 1, first: dayNumber({ year, month, precision: 'month' }) === d };
  };
  /** Which stretch drawn to one scale a position is in: breaks and magnified stretches cut the axis. */
  const scaleStretchOf = (laid, pos) =>
    laid.breaks.filter((b) => b.end <= pos + 1e-9).length +
    laid.insets.filter((i) => i.start <= pos + 1e-9).length +
    laid.insets.filter((i) => i.end <= pos + 1e-9).length;

  for (const [name, laid] of [
    ['oldest first', result],
    ['newest first', layout(items, [], { ...options, scale: 'time', reverse: true })],
    ['zoomed out', layout(items, [], { ...options, scale: 'time', perYear: 0.2 })],
    ['zoomed in', layout(items, [], { ...options, scale: 'time', perYear: 40 })],
  ]) {
    test(`fall at regular calendar intervals, in each stretch drawn to scale, never in a break (${name})`, () => {
      assert.ok(laid.rules.length >= (name === 'zoomed out' ? 2 : 6), `${laid.rules.length} rules`);
      for (const [i, rule] of laid.rules.entries()) {
        const every = rule.every;
        const { index, first } = month(rule.day);
        assert.ok(first, `a rule on the first day of a month: ${rule.day}`);
        assert.equal(index % every, 0, `every ${every} months`);
        for (const b of laid.breaks) assert.ok(!(rule.day > b.from && rule.day < b.to), `${rule.day} in a break`);
        const next = laid.rules[i + 1];
        if (!next || scaleStretchOf(laid, next.pos) !== scaleStretchOf(laid, rule.pos)) continue;
        // The next rule in the same stretch is the next period: none skipped, in reading order.
        assert.equal(Math.abs(month(next.day).index - index), every, `${rule.day} → ${next.day}`);
        assert.ok(next.pos > rule.pos);
      }
    });
  }

  test('are the same distance per day apart in each stretch drawn to one scale, and closer in time where it is magnified', () => {
    const base = options.perYear / 365.2425;
    for (let i = 1; i < result.rules.length; i++) {
      const [a, b] = [result.rules[i - 1], result.rules[i]];
      if (scaleStretchOf(result, a.pos) !== scaleStretchOf(result, b.pos)) continue;
      const zoom = (b.pos - a.pos) / (b.day - a.day) / base;
      const inset = result.insets.find((x) => x.start <= a.pos + 1e-9 && x.end >= b.pos - 1e-9);
      assert.ok(Math.abs(zoom - (inset?.zoom ?? 1)) < 1e-6 * zoom, `${a.day} → ${b.day}: ×${zoom}`);
      // At least 1.5 units apart: a period's length, less for a short month.
      assert.ok(b.pos - a.pos >= 1.5 * (28 / 31) - 1e-9, `${b.pos - a.pos}`);
    }
    const every = (inside) =>
      Math.min(
        ...result.rules
          .filter((r) => result.insets.some((x) => x.start <= r.pos && x.end >= r.pos) === inside)
          .map((r) => r.every),
      );
    assert.ok(
      every(true) < every(false),
      `every ${every(true)} months in a magnified stretch, ${every(false)} elsewhere`,
    );
  });

  test('are coarser on a long chronology: decades or centuries, counted as readers count years', () => {
    const history = JSON.parse(readFileSync(new URL('../../demo/long-history.json', import.meta.url), 'utf8'));
    const long = layout(toItems(history), history.eras, { ...options, scale: 'time' });
    assert.ok(Math.max(...long.rules.map((r) => r.every)) >= 120, 'decades or more apart');
    for (const rule of long.rules.filter((r) => r.every >= 12)) {
      const year = fromDayNumber(rule.day, 'year').year;
      assert.equal((year < 1 ? 1 - year : year) % (rule.every / 12), 0, `${year}`);
    }
  });

  test('are not drawn on an even track, where distance is not time', () => {
    assert.deepEqual(layout(items, [], { ...options, scale: 'even' }).rules, []);
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
