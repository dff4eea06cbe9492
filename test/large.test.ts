import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { synthetic } from '../bench/synthetic.mjs';
import { patience } from './helpers/support.js';

const big = synthetic(10_000);
const rendered = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')];
const last = big.events[big.events.length - 1]!.id;

async function timeline(attributes = ''): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${big}></event-timeline>`);
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=');
    el.setAttribute(name!, value ?? '');
  }
  await waitUntil(() => el.shadowRoot!.querySelector('.track'), 'the windowed track renders', patience);
  await el.settled();
  return el;
}

describe('10,000 events', () => {
  it('renders only the events near the viewport, while telling screen readers the full size', async () => {
    const el = await timeline();
    const items = rendered(el);
    // As many as fill the viewport and a margin beyond it (the header takes part of the viewport).
    expect(items.length).to.be.within(5, 200);
    expect(items[0]!.getAttribute('aria-setsize')).to.equal('10000');
    expect(items[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('10,000 events');
  });

  it('renders what scrolls into view', async () => {
    const el = await timeline();
    const trackTop = el.shadowRoot!.querySelector('.track')!.getBoundingClientRect().top + scrollY;
    const middle = el.shadowRoot!.querySelector<HTMLElement>('.track')!.offsetHeight / 2;
    window.scrollTo(0, trackTop + middle);
    await waitUntil(
      () => rendered(el).some((li) => Number(li.getAttribute('aria-posinset')) > 4000),
      'scrolled',
      patience,
    );
    const positions = rendered(el).map((li) => Number(li.getAttribute('aria-posinset')));
    expect(Math.min(...positions.filter((p) => p > 1))).to.be.above(4000);
    window.scrollTo(0, 0);
  });

  it('reaches the last event by keyboard', async () => {
    const el = await timeline();
    rendered(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.settled();
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.id).to.equal(last);
    expect(focused.getAttribute('aria-posinset')).to.equal('10000');
    await sendKeys({ press: 'ArrowUp' });
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal('9999');
    window.scrollTo(0, 0);
  });

  it('jumps to a selected event and shows it', async () => {
    const el = await timeline();
    el.selected = last;
    await el.settled();
    const li = el.shadowRoot!.querySelector(`li[data-id="${last}"]`)!;
    const box = li.getBoundingClientRect();
    expect(box.top).to.be.at.least(-1);
    expect(box.bottom).to.be.at.most(innerHeight + 1);
    window.scrollTo(0, 0);
  });

  it('filters by category', async () => {
    const el = await timeline();
    el.categories = 'economy';
    await el.settled();
    const economy = big.events.filter((e) => e.category === 'economy').length;
    expect(rendered(el).every((li) => li.dataset.category === 'economy')).to.be.true;
    expect(rendered(el)[0]!.getAttribute('aria-setsize')).to.equal(String(economy));
  });

  it('draws the horizontal overview in at most one tick per thousandth of the span, not one per event', async () => {
    const el = await timeline('orientation=horizontal');
    const overview = el.shadowRoot!.querySelector('[part="overview"]')!;
    const ticks = overview.querySelectorAll('.overview-event').length;
    expect(ticks).to.be.within(2, 1001);
    el.remove();
  });

  it('fills a horizontal track that widens after it was scrolled, without another scroll', async () => {
    const el = await timeline('scale=time orientation=horizontal');
    el.style.width = '300px';
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    scroller.scrollLeft = 20_000;
    await waitUntil(() => rendered(el).some((li) => li.offsetLeft > 20_000), 'the window follows the scroll', patience);
    el.style.width = '1400px';
    const right = () => scroller.getBoundingClientRect().right;
    await waitUntil(
      () => rendered(el).some((li) => li.getBoundingClientRect().left > right() - 200),
      'cards fill the widened right edge',
      patience,
    );
    el.remove();
  });

  it('lays them out on the time scale, both orientations, with the axis windowed too', async () => {
    const labels = (el: EventTimeline) =>
      [...el.shadowRoot!.querySelectorAll('[part="axis"] .tick:not(.zoomed)')].map((tick) => tick.textContent!.trim());
    for (const orientation of ['vertical', 'horizontal']) {
      const el = await timeline(`scale=time orientation=${orientation}`);
      expect(rendered(el).length).to.be.within(3, 400);
      // 75 years of months would be 900 ticks: only those near the viewport are rendered.
      expect(labels(el).length, orientation).to.be.within(1, 40);
      // The first label with a year (days between are "3 Jan", "6 Jan" in a magnified stretch).
      expect(
        labels(el).find((label) => /\d{4}/.test(label)),
        orientation,
      ).to.match(/1950/);
      el.selected = last;
      // The axis follows to the last event: its labels are those beside it (in a magnified stretch,
      // days: "29 Dec"), none 75 years away.
      const beside = () => {
        const card = el.shadowRoot!.querySelector(`li[data-id="${last}"]`)?.getBoundingClientRect();
        const ticks = [...el.shadowRoot!.querySelectorAll('[part="axis"] .tick')].map((t) => t.getBoundingClientRect());
        const along = (box: DOMRect) => (orientation === 'vertical' ? box.top : box.left);
        return !!card && ticks.length > 0 && ticks.every((box) => Math.abs(along(box) - along(card)) < 4000);
      };
      await waitUntil(beside, `${orientation} axis follows`, patience);
      expect(
        labels(el).some((label) => label.includes('1950')),
        orientation,
      ).to.be.false;
      el.remove();
      window.scrollTo(0, 0);
    }
  });
});
