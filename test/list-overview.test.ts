/**
 * The overview strip above the flowing list: the whole span in time, eras and events at their
 * dates, a window over the events on screen, and a press that brings the nearest event into view.
 */
import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { sides, tracks } from './helpers/chronologies.mjs';
import { patience, setViewport } from './helpers/support.js';
import { overlaps } from './helpers/geometry.js';

const rect = (element: Element) => element.getBoundingClientRect();
/** Days since 1970 of a date's first (or last) day, as the model counts them. */
const day = (date: string, last = false): number => {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number?, number?];
  if (!last || dayOfMonth) return Date.UTC(year, (month ?? 1) - 1, dayOfMonth ?? 1) / 86_400_000;
  return Date.UTC(year, month ?? 12, 1) / 86_400_000 - 1;
};
const first = day('1950-06-25');
const last = day('2025-11-01');
const end = (id: string) => {
  const event = tracks.events.find((e) => e.id === id)!;
  return day(event.end ?? event.start, true);
};

/** The element's shadow root and its strip's box, once the strip has arrived with the guides. */
async function arrived(el: EventTimeline) {
  const root = el.shadowRoot!;
  await waitUntil(
    () => root.querySelector('[part="overview"]'),
    'the overview strip arrives with the guides',
    patience,
  );
  return { root, box: rect(root.querySelector('[part="overview"]')!) };
}

async function strip(attributes: { dir?: string; reverse?: boolean } = {}) {
  const el = await fixture<EventTimeline>(
    html`<event-timeline
      .chronology=${tracks}
      dir=${attributes.dir ?? 'ltr'}
      ?reverse=${attributes.reverse ?? false}
    ></event-timeline>`,
  );
  const { root, box } = await arrived(el);
  /** Where a day is along the strip, from its start edge. */
  const x = (d: number) =>
    attributes.dir === 'rtl'
      ? box.right - (box.width * (d - first)) / (last - first)
      : box.left + (box.width * (d - first)) / (last - first);
  return { el, root, box, x };
}

before(() => setViewport({ width: 1280, height: 900 }));
after(() => setViewport({ width: 800, height: 600 }));

describe('the overview strip above the list', () => {
  it('shows the whole span in the room above the list, with eras and events at their dates', async () => {
    const { el, root, box, x } = await strip();
    const $ = (selector: string) => root.querySelector(selector)!;
    // Between the count and the first era's band, over nothing.
    expect(
      overlaps([
        { name: 'strip', box },
        { name: 'count', box: rect($('[part="count"]')) },
        { name: 'story', box: rect($('[part="story"]')) },
        { name: 'chips', box: rect($('[part="filters"]')) },
        { name: 'era', box: rect($('[part="era"]')) },
      ]),
    ).to.deep.equal([]);
    expect(box.width).to.be.closeTo(rect($('[part="list"]')).width, 1);
    const eras = [...root.querySelectorAll('.strip-era')].map(rect);
    expect(eras).to.have.length(2);
    expect(eras[0]!.left).to.be.closeTo(x(day('1950-06-25')), 1);
    expect(eras[0]!.right).to.be.closeTo(x(day('1953-07-28')), 1);
    expect(eras[1]!.left).to.be.closeTo(x(day('2012-01-01')), 1);
    // The recent era runs past the last event: cut at the strip's end.
    expect(eras[1]!.right).to.be.closeTo(box.right, 1);
    const ticks = [...root.querySelectorAll<HTMLElement>('.strip-event')];
    for (const id of ['war', 'games', 'accord', 'pandemic']) {
      const event = tracks.events.find((e) => e.id === id)!;
      const tick = ticks.find((t) => Math.abs(rect(t).left - x(day(event.start))) < 1.5);
      expect(tick, id).to.exist;
      const marker = root.querySelector(`li[data-id="${id}"] [part~="marker"]`)!;
      expect(getComputedStyle(tick!).backgroundColor, id).to.equal(getComputedStyle(marker).backgroundColor);
    }
    // Five events within days of each other share a tick.
    expect(ticks.length).to.be.below(tracks.events.length);
    await expect(el).to.be.accessible();
  });

  it('frames the events on screen, and a press brings the event nearest its date into view', async () => {
    const { root, box, x } = await strip();
    const window = root.querySelector<HTMLElement>('.strip-window')!;
    const shown = () =>
      [...root.querySelectorAll<HTMLElement>('li[data-id]')].filter((li) => {
        const r = rect(li);
        return r.bottom > 0 && r.top < innerHeight;
      });
    await waitUntil(() => !window.hidden && rect(window).width > 0, 'the window shows', patience);
    expect(rect(window).left).to.be.closeTo(box.left, 1);
    const latest = Math.max(...shown().map((li) => end(li.dataset.id!)));
    expect(rect(window).right).to.be.closeTo(x(latest), 2);

    const inauguration = root.querySelector<HTMLElement>('li[data-id="inauguration"]')!;
    expect(rect(inauguration).top, 'below the first screen').to.be.above(innerHeight);
    await sendMouse({
      type: 'click',
      position: [Math.round(x(day('2022-05-10'))), Math.round(box.top + box.height / 2)],
    });
    await waitUntil(
      () => rect(inauguration).top >= 0 && rect(inauguration).bottom <= innerHeight,
      'the pressed date’s event comes into view',
      patience,
    );
    scrollTo(0, 0);
  });

  it('runs from the right, right to left, and in time order when the list is newest first', async () => {
    const rtl = await strip({ dir: 'rtl' });
    const war = rect(rtl.root.querySelector('.strip-era')!);
    expect(war.right).to.be.closeTo(rtl.box.right, 1);
    expect(war.left).to.be.closeTo(rtl.x(day('1953-07-28')), 1);
    const reversed = await strip({ reverse: true });
    expect(rect(reversed.root.querySelector('.strip-era')!).left).to.be.closeTo(reversed.box.left, 1);
  });

  it('with lanes, sits under the lane bar and draws each event in its lane’s colour', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${sides} lanes></event-timeline>`);
    const { root, box } = await arrived(el);
    expect(
      overlaps([
        { name: 'strip', box },
        { name: 'lane bar', box: rect(root.querySelector('[part="lane-bar"]')!) },
        { name: 'list', box: rect(root.querySelector('[part="list"]')!) },
      ]),
    ).to.deep.equal([]);
    const [from, to] = [day('1990-03-01'), day('2015', true)];
    const colourAt = (date: string) => {
      const x = box.left + (box.width * (day(date) - from)) / (to - from);
      const tick = [...root.querySelectorAll('.strip-event')].find((t) => Math.abs(rect(t).left - x) < 1.5);
      return tick && getComputedStyle(tick).backgroundColor;
    };
    // Lane, not category: s3 is a talk in the south lane (green), n3 trade in the north lane (the palette's blue).
    expect(colourAt('2010-11-11')).to.equal('rgb(29, 138, 90)');
    expect(colourAt('2015')).to.equal('rgb(58, 111, 216)');
  });
});
