import './helpers/support.js';
import { patience } from './helpers/support.js';
import { overlap } from './helpers/geometry.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { tracks } from './helpers/chronologies.mjs';
import { eras } from './helpers/chronologies.mjs';

const root = (el: EventTimeline) => el.shadowRoot!;
const cards = (el: EventTimeline) => [...root(el).querySelectorAll<HTMLLIElement>('li[data-id]')];

async function track(attributes: { orientation?: string; scale?: string; selected?: string }, width = 1000) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <event-timeline
        .chronology=${tracks}
        theme="light"
        orientation=${attributes.orientation ?? 'horizontal'}
        scale=${attributes.scale ?? 'time'}
        selected=${attributes.selected ?? ''}
      ></event-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  await waitUntil(() => root(el).querySelector('.track li[data-id]'), 'the track renders', patience);
  await el.updateComplete;
  return el;
}

/** The boxes the reader sees of a horizontal card: its date and its text. */
const visibleBoxes = (li: HTMLElement) =>
  [li.querySelector('.date')!, li.querySelector('.body')!].map((e) => e.getBoundingClientRect());

/** Boxes a pixel apart on a crowded track still read as apart. */
const overlapping = (a: DOMRect, b: DOMRect) => overlap(a, b, 1);

/** Whether a card is inside the scroller's visible part. */
function inView(el: EventTimeline, li: HTMLElement): boolean {
  const view = root(el).querySelector('.scroller')!.getBoundingClientRect();
  const box = li.getBoundingClientRect();
  return box.right > view.left && box.left < view.right;
}

/** An era with a long name across a shortened gap, its events on the time scale. */
async function acrossGap(events: readonly string[], orientation: string, width: number) {
  const chronology = {
    title: 'An era across a gap',
    categories: [{ id: 'c', label: 'C' }],
    eras: [
      { id: 'long', start: '1949-12-01', end: '1985-12-31', label: 'The alliance through the end of the Cold War' },
    ],
    events: events.map((start, i) => ({ id: `e${i}`, start, title: `Event ${i}`, category: 'c' })),
  };
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <event-timeline .chronology=${chronology} orientation=${orientation} scale="time"></event-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  await waitUntil(() => root(el).querySelector('.track [part="break"]'), 'the gap is shortened', patience);
  await el.updateComplete;
  return el;
}

describe('the horizontal track, as the reader sees it', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('selects the card whose title is under the pointer, in every lane', async () => {
    const el = await track({});
    // The pointer can only land on what is on screen.
    root(el).querySelector('.track')!.scrollIntoView({ block: 'start', inline: 'nearest' });
    const shown = cards(el).filter((li) => inView(el, li));
    let checked = 0;
    for (const li of shown) {
      const title = li.querySelector('[part="title"]')!.getBoundingClientRect();
      const x = title.left + Math.min(title.width / 2, 20);
      const y = title.top + title.height / 2;
      if (x > Math.min(root(el).querySelector('.scroller')!.getBoundingClientRect().right, innerWidth)) continue;
      const hit = root(el).elementFromPoint(x, y)?.closest('li[data-id]');
      expect(hit?.getAttribute('data-id'), `the title of ${li.dataset.id}`).to.equal(li.dataset.id);
      checked++;
    }
    expect(checked).to.be.above(3);
  });

  it('draws no two cards over each other, and the era names below every card', async () => {
    const el = await track({});
    const boxes = cards(el).flatMap((li) => visibleBoxes(li).map((box) => ({ id: li.dataset.id!, box })));
    expect(boxes.length).to.be.above(6);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id < b.id) expect(overlapping(a.box, b.box), `${a.id} and ${b.id}`).to.be.false;
      }
    }
    const labels = [...root(el).querySelectorAll('[part="era-band"] span')].map((s) => s.getBoundingClientRect());
    expect(labels.length).to.be.above(0);
    // In a row of their own below the lowest lane, where no card can reach them.
    const lowest = Math.max(...boxes.map(({ box }) => box.bottom));
    for (const label of labels) expect(label.top).to.be.at.least(lowest - 1);
  });

  it('writes each era’s name within its own band, never over a neighbour’s (short eras with long names)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <event-timeline .chronology=${eras} orientation="horizontal" scale="time"></event-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => root(el).querySelector('.track li[data-id]'), 'the track renders', patience);
    await el.updateComplete;
    const bands = [...root(el).querySelectorAll<HTMLElement>('[part="era-band"]')];
    expect(bands.length).to.equal(eras.eras!.length);
    const labels = bands.map((band) => band.querySelector('span')!.getBoundingClientRect());
    bands.forEach((band, i) => {
      const box = band.getBoundingClientRect();
      expect(labels[i]!.left, band.textContent!).to.be.at.least(box.left - 1);
      expect(labels[i]!.right, band.textContent!).to.be.at.most(box.right + 1);
    });
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlapping(a, b)).to.be.false;
  });

  it('draws every stem behind the cards it passes, never across a headline', async () => {
    const el = await track({});
    const style = (li: Element, pseudo: string) => getComputedStyle(li, pseudo);
    /** The stem from a card's marker down to it, as it is drawn (its ::after). */
    const stem = (li: HTMLElement) => {
      const box = li.getBoundingClientRect();
      const after = style(li, '::after');
      const x = box.left + parseFloat(after.left);
      const top = box.top + parseFloat(after.top);
      return { x, top, bottom: top + parseFloat(after.height) };
    };
    /** Whether a card's box and text paint over another item's stem: one stacking context, the card higher, and opaque. */
    const covers = (card: HTMLElement, under: HTMLElement) => {
      const z = (value: string) => (value === 'auto' ? 0 : Number(value));
      const backdrop = style(card, '::before');
      return (
        style(card, '').isolation === 'auto' &&
        style(under, '').isolation === 'auto' &&
        z(style(under, '::after').zIndex) < z(backdrop.zIndex) &&
        [card.querySelector('.date')!, card.querySelector('.body')!].every(
          (part) => z(getComputedStyle(part).zIndex) > z(backdrop.zIndex),
        ) &&
        /^rgb\(/.test(backdrop.backgroundColor)
      );
    };
    let crossings = 0;
    for (const li of cards(el)) {
      const line = stem(li);
      for (const other of cards(el)) {
        if (other === li) continue;
        for (const text of visibleBoxes(other)) {
          const crosses = line.x > text.left && line.x < text.right && line.top < text.bottom && line.bottom > text.top;
          if (!crosses) continue;
          crossings++;
          expect(covers(other, li), `${li.dataset.id}'s stem across ${other.dataset.id}`).to.be.true;
        }
      }
    }
    // The fixture's crowded stretch puts stems across cards: the test has something to check.
    expect(crossings).to.be.above(0);
  });

  for (const [where, events] of [
    ['before', ['1950-01-01', '1950-06-01', '1951-01-01', '1980-01-01', '1981-01-01']],
    ['after', ['1950-01-01', '1980-01-01', '1980-06-01', '1981-01-01', '1981-06-01']],
  ] as const) {
    it(`writes an era’s name whole in its longest stretch, ${where} a shortened gap in its band, in two lines if it needs them`, async () => {
      const el = await acrossGap(events, 'horizontal', 1000);
      const label = root(el).querySelector<HTMLElement>('[part="era-band"] span')!;
      const box = label.getBoundingClientRect();
      const gap = root(el).querySelector('[part="break"]')!.getBoundingClientRect();
      // Not under the hatching, on the side where its era has more room, and not cut: every line of it shown.
      expect(overlapping(box, gap), 'the label under the gap').to.be.false;
      if (where === 'before') expect(box.right).to.be.at.most(gap.left + 1);
      else expect(box.left).to.be.at.least(gap.right - 1);
      expect(label.scrollHeight, 'the label cut').to.be.at.most(label.clientHeight + 1);
      expect(label.scrollWidth, 'the label cut').to.be.at.most(label.clientWidth + 1);
      // Still below every card.
      const lowest = Math.max(...cards(el).flatMap((li) => visibleBoxes(li).map((b) => b.bottom)));
      expect(box.top).to.be.at.least(lowest - 1);
    });
  }

  it('keeps each card’s date clear of its title, in Korean too', async () => {
    const el = await track({});
    for (const locale of ['en', 'ko']) {
      el.locale = locale;
      await el.updateComplete;
      for (const li of cards(el)) {
        const date = li.querySelector('.date')!.getBoundingClientRect();
        const title = li.querySelector('[part="title"]')!.getBoundingClientRect();
        expect(title.top, `${locale} ${li.dataset.id}`).to.be.at.least(date.bottom - 0.5);
      }
    }
  });

  it('writes a range across years in years alone on its small card, in full in the details', async () => {
    const el = await track({ selected: 'war' });
    expect(root(el).querySelector('li[data-id="war"] [part="date"]')!.textContent!.trim()).to.equal('1950–53');
    await waitUntil(() => root(el).querySelector('[part="detail"]'), 'the details show', patience);
    expect(root(el).querySelector('[part="detail"] .date')!.textContent!.trim()).to.equal(
      '25 June 1950 – 27 July 1953',
    );
  });

  it('zooms around the middle of the screen when the focused event is off screen', async () => {
    const el = await track({});
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollLeft = scroller.scrollWidth;
    await waitUntil(() => !inView(el, cards(el)[0]!), 'the first event has scrolled away', patience);
    const view = scroller.getBoundingClientRect();
    const middle = (li: HTMLElement) => Math.abs(li.getBoundingClientRect().left - (view.left + view.width / 2));
    const centred = cards(el).sort((x, y) => middle(x) - middle(y))[0]!.dataset.id!;
    root(el).querySelector<HTMLButtonElement>('[part="zoom"] button:last-child')!.click();
    await waitUntil(() => el.zoom > 1, 'zoomed in', patience);
    await el.updateComplete;
    expect(inView(el, root(el).querySelector<HTMLElement>(`li[data-id="${centred}"]`)!), centred).to.be.true;
  });
});

describe('the vertical time scale', () => {
  it("paints the selected card's background over its whole text, above its neighbours", async () => {
    const el = await track({ orientation: 'vertical', selected: 'accord' });
    const li = root(el).querySelector<HTMLElement>('li[data-id="accord"]')!;
    li.scrollIntoView({ block: 'center', inline: 'nearest' });
    const body = li.querySelector('.body')!.getBoundingClientRect();
    const card = parseFloat(getComputedStyle(li, '::before').height);
    expect(card).to.be.at.least(body.bottom - li.querySelector('.date')!.getBoundingClientRect().top - 2);
    // Its last line of text is the card's, not a neighbour's.
    const hit = root(el)
      .elementFromPoint(body.left + 10, body.bottom - 6)
      ?.closest('li[data-id]');
    expect(hit?.getAttribute('data-id')).to.equal('accord');
  });
});

describe('the narrow vertical time scale', () => {
  it('names each era beside its stripe, clear of the tick labels, in Korean too', async () => {
    const el = await track({ orientation: 'vertical' }, 360);
    el.locale = 'ko'; // the longest tick labels: "1950년 7월"
    await el.updateComplete;
    const labels = [...root(el).querySelectorAll<HTMLElement>('[part="era-band"] span')];
    expect(labels.length).to.be.above(0);
    const ticks = [...root(el).querySelectorAll('.tick')].map((t) => t.getBoundingClientRect());
    for (const label of labels) {
      const box = label.getBoundingClientRect();
      expect(box.width * box.height, label.textContent!).to.be.above(0);
      for (const tick of ticks) expect(overlapping(box, tick), label.textContent!).to.be.false;
    }
  });

  for (const [where, events] of [
    ['before', ['1950-01-01', '1950-06-01', '1980-01-01']],
    ['after', ['1950-01-01', '1980-01-01', '1980-06-01']],
  ] as const) {
    it(`writes a long era name whole in more than one column, in its longest stretch (${where} the gap)`, async () => {
      const el = await acrossGap(events, 'vertical', 360);
      const label = root(el).querySelector<HTMLElement>('[part="era-band"] span')!;
      const box = label.getBoundingClientRect();
      const gap = root(el).querySelector('[part="break"]')!.getBoundingClientRect();
      expect(box.width, 'in more than one column').to.be.above(1.5 * parseFloat(getComputedStyle(label).fontSize));
      expect(label.scrollHeight, 'the label cut').to.be.at.most(label.clientHeight + 1);
      expect(label.scrollWidth, 'the label cut').to.be.at.most(label.clientWidth + 1);
      expect(overlapping(box, gap), 'the label under the gap').to.be.false;
      if (where === 'before') expect(box.bottom).to.be.at.most(gap.top + 1);
      else expect(box.top).to.be.at.least(gap.bottom - 1);
      for (const tick of root(el).querySelectorAll('.tick')) {
        expect(overlapping(box, tick.getBoundingClientRect()), tick.textContent!).to.be.false;
      }
    });
  }
});

describe('headlines on the track', () => {
  /** The track fixture, with headlines as long as a news desk writes them, some in Korean. */
  const headlines = {
    ...tracks,
    events: tracks.events.map((event, i) => ({
      ...event,
      title:
        i % 3 === 0
          ? {
              en: `${event.id}: the two capitals read the same statement in two different ways`,
              ko: '두 수도는 같은 성명을 서로 다르게 읽었고 협상은 밤새 이어졌다',
            }
          : event.title,
    })),
  };

  /** Every card's headline, whole inside its card's box, and no two cards over each other. */
  function uncut(el: EventTimeline): string[] {
    const problems: string[] = [];
    const boxes = cards(el).map((li) => ({ li, box: li.querySelector('.body')!.getBoundingClientRect() }));
    for (const { li, box } of boxes) {
      const body = li.querySelector<HTMLElement>('.body')!;
      const title = body.querySelector<HTMLElement>('.title')!.getBoundingClientRect();
      if (body.scrollHeight > body.clientHeight + 1 || title.bottom > box.bottom + 1)
        problems.push(`${li.dataset.id} is cut`);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (overlapping(a.box, b.box)) problems.push(`${a.li.dataset.id} covers ${b.li.dataset.id}`);
      }
    }
    return problems;
  }

  for (const [orientation, width, lanes] of [
    ['vertical', 360, undefined],
    // Lanes on a phone share one column, each card a line taller for its lane's name.
    ['vertical', 360, 'category'],
    ['horizontal', 1000, undefined],
  ] as const) {
    it(`are never cut on the ${orientation} time scale at ${width} px${lanes ? ' with lanes' : ''}, in English and Korean`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <event-timeline
            .chronology=${headlines}
            orientation=${orientation}
            scale="time"
            lanes=${lanes ?? nothing}
          ></event-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('event-timeline')!;
      await waitUntil(() => root(el).querySelector('.track li[data-id]'), 'the track renders', patience);
      const long = cards(el).filter((li) => li.querySelector('.title')!.textContent!.includes('capitals'));
      expect(long.length, 'the long headlines are drawn').to.be.above(3);
      for (const locale of ['en', 'ko']) {
        el.locale = locale;
        await el.updateComplete;
        await waitUntil(() => uncut(el).length === 0, `${locale}: ${uncut(el).join(', ')}`, patience);
      }
      if (orientation === 'horizontal') return;
      // Wider, the cards give back the room they no longer need.
      const height = () => root(el).querySelector('.track')!.getBoundingClientRect().height;
      const tall = height();
      wrapper.style.width = '1000px';
      await waitUntil(() => height() < tall, 'the track is shorter once wider', patience);
      await waitUntil(() => uncut(el).length === 0, `wider: ${uncut(el).join(', ')}`, patience);
    });
  }

  it('stops growing a card whose height the page fixes', async () => {
    const style = document.createElement('style');
    style.textContent = 'event-timeline.fixed::part(event) { height: 4.75em; }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px">
          <event-timeline class="fixed" .chronology=${headlines} scale="time"></event-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('event-timeline')!;
      await waitUntil(() => root(el).querySelector('.track li[data-id]'), 'the track renders', patience);
      const height = () => root(el).querySelector('.track')!.getBoundingClientRect().height;
      // It settles: the same height two updates running, however much the cut cards asked for.
      let last = -1;
      await waitUntil(
        async () => {
          await el.updateComplete;
          await new Promise(requestAnimationFrame);
          const now = height();
          const same = now === last;
          last = now;
          return same;
        },
        'the track settles',
        patience,
      );
      expect(root(el).querySelector<HTMLElement>('li[data-id]')!.offsetHeight).to.be.closeTo(76, 1);
    } finally {
      style.remove();
    }
  });
});
