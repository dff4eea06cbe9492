// Lanes on a track (`lanes` with scale="time" or orientation="horizontal"), on the two-sides fixture:
// a band (or a column) per lane on the one axis, each event inside its lane's, folded lanes as strips
// with a dot per event, and the keys across and along the lanes.
import './helpers/support.js';
import { patience, setViewport } from './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { sides } from './helpers/chronologies.mjs';
import { overlap, overlaps } from './helpers/geometry.js';

const root = (el: EventTimeline) => el.shadowRoot!;
const li = (el: EventTimeline, id: string) => root(el).querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
const bands = (el: EventTimeline) => [...root(el).querySelectorAll<HTMLElement>('.lane-band')];
const name = (band: HTMLElement) => band.querySelector('.lane-name')!.textContent!.trim();
const laneOf: Record<string, string> = {
  n1: 'North side',
  n2: 'North side',
  n3: 'North side',
  both: 'North side',
  s1: 'South side',
  s2: 'South side',
  s3: 'South side',
  loose: 'Other events',
};

async function track(orientation: 'horizontal' | 'vertical', collapsed = '', chronology = sides, align = 'absolute') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1000px">
      <event-timeline
        .chronology=${chronology}
        lanes
        scale="time"
        orientation=${orientation}
        collapsed=${collapsed}
        align=${align}
      ></event-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  await el.settled();
  await waitUntil(() => bands(el).length > 0, 'the lanes are drawn', patience);
  return el;
}

describe('lanes on a track', () => {
  before(() => setViewport({ width: 1200, height: 900 }));

  it('horizontal: a band per lane, one under the other, each event in its own', async () => {
    const el = await track('horizontal');
    const boxes = bands(el).map((band) => [name(band), band.getBoundingClientRect()] as const);
    expect(boxes.map(([n]) => n)).to.deep.equal(['North side', 'South side', 'Other events']);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![1].top).to.be.at.least(boxes[i - 1]![1].bottom - 1);
    for (const [id, lane] of Object.entries(laneOf)) {
      const box = boxes.find(([n]) => n === lane)![1];
      const marker = li(el, id).querySelector('.marker')!.getBoundingClientRect();
      const card = li(el, id).querySelector('.body')!.getBoundingClientRect();
      for (const [what, rect] of [
        ['marker', marker],
        ['card', card],
      ] as const) {
        expect(rect.top, `${id}'s ${what} below its band's top`).to.be.at.least(box.top - 1);
        expect(rect.bottom, `${id}'s ${what} above its band's bottom`).to.be.at.most(box.bottom + 1);
      }
    }
    // The heads never overlap one another.
    const heads = bands(el).map((band) => band.querySelector('[part~="lane-label"]')!.getBoundingClientRect());
    for (let i = 1; i < heads.length; i++) expect(heads[i]!.top).to.be.at.least(heads[i - 1]!.bottom);
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`${orientation}: "Collapse all" sits above the track, over no tick or lane head, and folds every lane`, async () => {
      const el = await track(orientation);
      const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
      scroller.scrollLeft = scroller.scrollWidth / 3;
      const button = root(el).querySelector<HTMLButtonElement>('.lane-all')!;
      expect(button.textContent!.trim()).to.equal('Collapse all');
      const others = [...root(el).querySelectorAll<HTMLElement>('.tick, .lane-band-label')].map((node) => ({
        name: node.textContent!.trim(),
        box: node.getBoundingClientRect(),
      }));
      const crossing = overlaps([{ name: 'Collapse all', box: button.getBoundingClientRect() }, ...others]);
      expect(crossing.filter((pair) => pair.startsWith('Collapse all'))).to.deep.equal([]);
      expect(button.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().top + 1);
      button.click();
      await el.updateComplete;
      expect(el.collapsed!.split(' ')).to.have.members(['north', 'south', '_other']);
      expect(root(el).querySelectorAll('.lane-strip')).to.have.length(3);
      expect(root(el).querySelector('.lane-all')!.textContent!.trim()).to.equal('Expand all');
    });
  }

  it('vertical: a column per lane beside the axis, each event in its own', async () => {
    const el = await track('vertical');
    const boxes = bands(el).map((band) => [name(band), band.getBoundingClientRect()] as const);
    expect(boxes.map(([n]) => n)).to.deep.equal(['North side', 'South side', 'Other events']);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![1].left).to.be.at.least(boxes[i - 1]![1].right - 1);
    for (const [id, lane] of Object.entries(laneOf)) {
      const box = boxes.find(([n]) => n === lane)![1];
      const card = li(el, id).getBoundingClientRect();
      expect(card.left, `${id} in its column`).to.be.at.least(box.left - 1);
      expect(card.right, `${id} in its column`).to.be.at.most(box.right + 1);
    }
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`${orientation}: a folded lane is a strip with a dot where each of its events falls`, async () => {
      const el = await track(orientation);
      const south = bands(el).find((band) => name(band) === 'South side')!;
      const button = south.querySelector<HTMLButtonElement>('[part~="lane-toggle"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      button.click();
      await el.settled();
      expect(el.getAttribute('collapsed')).to.equal('south');
      const strip = root(el).querySelector<HTMLElement>('.lane-strip')!;
      expect(name(strip)).to.equal('South side');
      expect(strip.querySelector('[part~="lane-toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
      expect(strip.querySelectorAll('.lane-dot')).to.have.length(3);
      for (const id of ['s1', 's2', 's3']) expect(li(el, id), id).to.equal(null);
      expect(root(el).querySelectorAll('li[data-id]')).to.have.length(5);
      // The dots fall in time order along the axis, and inside the strip.
      const dots = [...strip.querySelectorAll('.lane-dot')].map((dot) => dot.getBoundingClientRect());
      const along = (rect: DOMRect) => (orientation === 'horizontal' ? rect.left : rect.top);
      expect(along(dots[0]!)).to.be.below(along(dots[1]!));
      expect(along(dots[1]!)).to.be.below(along(dots[2]!));
      const box = strip.getBoundingClientRect();
      for (const dot of dots) {
        expect(dot.top).to.be.at.least(box.top - 1);
        expect(dot.bottom).to.be.at.most(box.bottom + 1);
      }
      strip.querySelector<HTMLButtonElement>('[part~="lane-toggle"]')!.click();
      await el.settled();
      expect(root(el).querySelector('.lane-strip')).to.equal(null);
      expect(root(el).querySelectorAll('li[data-id]')).to.have.length(8);
    });
  }

  it('horizontal: Up and Down move across the lanes, Left and Right along one', async () => {
    const el = await track('horizontal');
    li(el, 'n2').click();
    await el.updateComplete;
    li(el, 'n2').focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root(el).activeElement === li(el, 's1'), 'down to the south lane, nearest date', patience);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => root(el).activeElement === li(el, 's2'), 'along the south lane', patience);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => root(el).activeElement === li(el, 'both'), 'up to the north lane, nearest date', patience);
  });

  it('numbers the notes along the axis: a rule at a note, a band over a range, the notes in a list under the track', async () => {
    const el = await track('horizontal');
    const notes = [...root(el).querySelectorAll<HTMLElement>('.track-notes [part~="annotation"]')];
    expect(notes.map((note) => note.id)).to.deep.equal(['note-about-both', 'note-south-boom', 'note-north-note']);
    expect(notes.map((note) => note.querySelector('.note-badge')!.textContent!.trim())).to.deep.equal(['1', '2', '3']);
    // A note about a lane alone has no place on the axis: two marks.
    const marks = [...root(el).querySelectorAll<HTMLElement>('[part~="annotation-mark"]')];
    expect(marks.map((mark) => mark.querySelector('.note-badge')!.textContent!.trim())).to.deep.equal(['1', '2']);
    const x = (id: string) => li(el, id).querySelector('.marker')!.getBoundingClientRect().left;
    expect(marks[0]!.getBoundingClientRect().left).to.be.closeTo(x('both'), 2);
    const boom = marks[1]!.getBoundingClientRect();
    expect(boom.left, 'the range starts before 2004').to.be.below(x('s2'));
    expect(boom.right, 'the range ends after 2006').to.be.above(x('loose'));
    expect(boom.right, 'and before 2010').to.be.below(x('s3'));
    expect(li(el, 'both').getAttribute('aria-describedby')).to.equal('note-about-both');
  });

  it('keeps 10,000 events in 5 lanes windowed, and folds a lane of 2,000 into a strip of a few dots', async () => {
    const lanes = ['a', 'b', 'c', 'd', 'e'];
    const chronology = {
      title: 'Ten thousand',
      categories: [{ id: 'all', label: 'All' }],
      lanes: lanes.map((id) => ({ id, label: `Lane ${id}` })),
      events: Array.from({ length: 10_000 }, (_, i) => ({
        id: `e${i}`,
        start: new Date(Date.UTC(1950, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10),
        title: `Event ${i}`,
        category: 'all',
        lane: lanes[i % 5]!,
      })),
    };
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${chronology} lanes></event-timeline>`);
    await el.settled();
    await waitUntil(() => bands(el).length === 5, 'five lanes', patience);
    const rendered = () => root(el).querySelectorAll('li[data-id]').length;
    expect(rendered()).to.be.within(1, 300);
    el.collapsed = 'a';
    await el.settled();
    expect(rendered()).to.be.within(1, 300);
    const dots = root(el).querySelectorAll('.lane-strip .lane-dot').length;
    expect(dots).to.be.within(1, 300);
    // The dots drawn are those near the events drawn (lane a's fall between them), here and halfway down.
    const tops = (selector: string) =>
      [...root(el).querySelectorAll(selector)].map((node) => node.getBoundingClientRect().top);
    const near = () => {
      const [events, marks] = [tops('li[data-id]:not([tabindex="0"])'), tops('.lane-strip .lane-dot')];
      expect(marks.length, 'dots in the strip').to.be.within(1, 300);
      expect(Math.min(...marks), 'no dot far before the events drawn').to.be.at.least(
        Math.min(...events) - innerHeight,
      );
      expect(Math.max(...marks), 'no dot far after them').to.be.at.most(Math.max(...events) + innerHeight);
    };
    near();
    scrollTo(0, scrollY + el.getBoundingClientRect().top + el.offsetHeight / 2);
    // The roving tab stop (the first event) stays drawn; the others are halfway down.
    const halfway = () =>
      [...root(el).querySelectorAll<HTMLElement>('li[data-id]')].some((li) => Number(li.dataset.id!.slice(1)) > 4000);
    await waitUntil(halfway, 'the window moved', patience);
    await el.updateComplete;
    near();
    scrollTo(0, 0);
  });

  it('align="relative": each lane\'s anchor at zero, and the axis in years before and after it', async () => {
    const aligned = {
      ...sides,
      lanes: sides.lanes!.map((lane) => ({ ...lane, anchor: lane.id === 'north' ? 'n2' : 's2' })),
    };
    const el = await track('horizontal', '', aligned, 'relative');
    expect(el.errors).to.deep.equal([]);
    const x = (id: string) => li(el, id).querySelector('.marker')!.getBoundingClientRect().left;
    // 1 July 1995 and January 2004 both at zero.
    expect(x('n2')).to.be.closeTo(x('s2'), 2);
    // n3 (2015) is about 19.5 years after n2; s3 (November 2010) about 6.9 after s2: further right.
    expect(x('n3')).to.be.above(x('s3'));
    const ticks = [...root(el).querySelectorAll('.tick')].map((tick) => tick.textContent!.trim());
    expect(ticks).to.include('0');
    expect(
      ticks.some((tick) => /^\+\d+(\.\d)? y$/.test(tick)),
      ticks.join(' '),
    ).to.equal(true);
    expect(
      ticks.some((tick) => /^−\d+(\.\d)? y$/.test(tick)),
      ticks.join(' '),
    ).to.equal(true);
    // The cards still say their dates.
    expect(li(el, 'n2').querySelector('[part="date"]')!.textContent!.trim()).to.equal('1 July 1995');
    el.align = 'absolute';
    await el.settled();
    expect(Math.abs(x('n2') - x('s2'))).to.be.above(20);
  });

  it('labels notes by priority, and no two labels ever overlap, at three zoom levels', async () => {
    const el = await track('horizontal');
    const labels = () =>
      [...root(el).querySelectorAll<HTMLElement>('[part~="annotation-label"]')].map((label) => [
        label.textContent!.trim(),
        label.getBoundingClientRect(),
      ]) as [string, DOMRect][];
    const seen: string[][] = [];
    for (const zoom of [0.25, 1, 4]) {
      el.zoom = zoom;
      await el.settled();
      const shown = labels();
      expect(shown.length, `zoom ${zoom}: a label at least`).to.be.at.least(1);
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) {
          const [a, b] = [shown[i]![1], shown[j]![1]];
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `zoom ${zoom}: ${shown[i]![0]} / ${shown[j]![0]}`).to.equal(true);
        }
      }
      // Every mark keeps its number, labelled or not.
      expect(root(el).querySelectorAll('[part~="annotation-mark"] .note-badge')).to.have.length(2);
      seen.push(shown.map(([text]) => text));
    }
    // Zoomed out, the two notes three years apart have room for one label: the first along the axis.
    expect(seen[0]).to.deep.equal(['The only meeting of both sides']);
    expect(seen[2]).to.have.members(['The only meeting of both sides', 'A boom in the south']);
  });

  it('vertical: labels notes beside their rules where no card is, and numbers each by its event', async () => {
    const el = await track('vertical');
    const boxes = (selector: string) =>
      [...root(el).querySelectorAll<HTMLElement>(selector)].map((node) => ({
        name: node.textContent!.trim().slice(0, 30),
        box: node.getBoundingClientRect(),
      }));
    const labels = boxes('[part~="annotation-label"]');
    expect(labels.map(({ name }) => name)).to.have.members(['The only meeting of both sides', 'A boom in the south']);
    const text = boxes('li[data-id] .body > *');
    expect(text.length).to.be.at.least(8);
    expect(
      overlaps([...labels, ...text]).filter((pair) => labels.some(({ name }) => pair.includes(name))),
    ).to.deep.equal([]);
    // The note about an event is numbered beside its marker, in its lane's column.
    const column = bands(el)
      .find((band) => name(band) === 'North side')!
      .getBoundingClientRect();
    const marks = [...root(el).querySelectorAll<HTMLElement>('[part~="annotation-mark"]')];
    const about = marks.find((mark) => mark.textContent!.includes('The only meeting'))!;
    const number = about.querySelector('.note-badge')!.getBoundingClientRect();
    expect(number.left).to.be.within(column.left, column.right);
    const marker = li(el, 'both').querySelector('.marker')!.getBoundingClientRect();
    expect(overlap(number, marker), 'the number beside the marker, not on it').to.equal(false);
  });

  it('vertical, narrow: the lanes share one column, each card naming its lane, and part again when it widens', async () => {
    const el = await track('vertical');
    const wrapper = el.parentElement!;
    wrapper.style.width = '360px';
    await waitUntil(() => root(el).querySelector('.track.single'), 'one column', patience);
    await el.updateComplete;
    const cards = [...root(el).querySelectorAll<HTMLElement>('li[data-id]')];
    expect(cards).to.have.length(Object.keys(laneOf).length);
    const boxes = cards.map((card) => ({
      name: card.dataset.id!,
      box: card.querySelector('.body')!.getBoundingClientRect(),
    }));
    const lefts = new Set(boxes.map(({ box }) => Math.round(box.left)));
    expect(lefts.size, 'one column').to.equal(1);
    expect(overlaps(boxes), 'no card over another').to.deep.equal([]);
    for (const card of cards) {
      const tag = card.querySelector<HTMLElement>('[part~="lane-tag"]')!;
      expect(tag.getBoundingClientRect().height, `${card.dataset.id} names its lane`).to.be.above(0);
      expect(tag.textContent).to.include(laneOf[card.dataset.id!]);
      const body = card.querySelector<HTMLElement>('.body')!;
      expect(body.scrollHeight, `${card.dataset.id}: its lines fit its card`).to.be.at.most(body.clientHeight + 1);
    }
    // The three heads, together over the column, none over another.
    const heads = [...root(el).querySelectorAll<HTMLElement>('.lane-shared .lane-toggle')].map((head) => ({
      name: head.textContent!.trim(),
      box: head.getBoundingClientRect(),
    }));
    expect(heads).to.have.length(3);
    expect(overlaps(heads)).to.deep.equal([]);
    for (const { box } of heads) expect(box.right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    await expect(el).to.be.accessible();
    wrapper.style.width = '1000px';
    await waitUntil(() => !root(el).querySelector('.track.single'), 'a column per lane again', patience);
    await el.updateComplete;
    expect(bands(el).map(name)).to.deep.equal(['North side', 'South side', 'Other events']);
  });

  it('vertical: era names run down their own column, clear of every card and tick', async () => {
    const withEras = {
      ...sides,
      eras: [
        { id: 'early', start: '1990', end: '1999', label: { en: 'The early years' } },
        { id: 'late', start: '2000', end: '2015', label: { en: 'The years after the meeting of both sides' } },
      ],
    };
    const el = await track('vertical', '', withEras);
    const boxes = (selector: string) =>
      [...root(el).querySelectorAll<HTMLElement>(selector)].map((node) => ({
        name: node.textContent!.trim(),
        box: node.getBoundingClientRect(),
      }));
    const names = boxes('[part~="era-band"] > span');
    expect(names.map(({ name }) => name)).to.deep.equal([
      'The early years',
      'The years after the meeting of both sides',
    ]);
    const first = bands(el)[0]!.getBoundingClientRect();
    for (const { name, box } of names) {
      expect(box.width, `${name} is drawn`).to.be.above(0);
      expect(box.right, `${name}: before the lanes`).to.be.at.most(first.left + 1);
    }
    const others = [...boxes('li[data-id] .body > *'), ...boxes('.tick')];
    const crossing = overlaps([...names, ...others]).filter((pair) => names.some(({ name }) => pair.startsWith(name)));
    expect(crossing).to.deep.equal([]);
  });

  it('passes axe with a lane folded', async () => {
    const el = await track('horizontal', 'south');
    await expect(el).to.be.accessible();
  });
});
