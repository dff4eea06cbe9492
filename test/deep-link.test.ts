import './helpers/support.js';
import { patience } from './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';

/** Forty events a year or two apart from 1950: far more than one screen of any track. */
const long: Chronology = {
  title: 'Long history',
  categories: [{ id: 'a', label: 'A' }],
  events: Array.from({ length: 40 }, (_, i) => ({
    id: `e${i}`,
    start: `${1950 + Math.floor(i * 1.9)}-0${1 + (i % 9)}`,
    title: `Event ${i}`,
    category: 'a',
  })),
};
const LAST = 'e39';

const li = (el: EventTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${id}"]`);

/** Whether the event's card is inside the visible part of its scroller and of the window. */
function onScreen(el: EventTimeline, id: string): boolean {
  const card = li(el, id)?.getBoundingClientRect();
  const scroller = el.shadowRoot!.querySelector('.scroller')?.getBoundingClientRect();
  return Boolean(
    card &&
    scroller &&
    card.right > scroller.left &&
    card.left < scroller.right &&
    card.bottom > 0 &&
    card.top < innerHeight,
  );
}

describe('a selection made before the track arrives', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });

  for (const [orientation, scale] of [
    ['horizontal', 'time'],
    ['horizontal', 'even'],
  ] as const) {
    it(`scrolls the ${orientation} ${scale} track to the selected event, not the page`, async () => {
      const el = await fixture<EventTimeline>(
        html`<event-timeline
          .chronology=${long}
          orientation=${orientation}
          scale=${scale}
          selected=${LAST}
        ></event-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.track') && li(el, LAST), 'the track renders', patience);
      await waitUntil(() => onScreen(el, LAST), `${LAST} is scrolled into view`, patience);
      expect(onScreen(el, 'e0'), 'the first event has scrolled away').to.be.false;
      // An author's highlight in the page's first render moves the track, never the reader.
      expect(scrollY).to.equal(0);
    });
  }

  it('leaves the page where it is for a highlight set in the HTML of a long list', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${long} selected=${LAST}></event-timeline>`,
    );
    await waitUntil(() => li(el, LAST)?.getAttribute('aria-current') === 'true', 'the event is selected', patience);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.getBoundingClientRect().height).to.be.above(innerHeight);
    expect(scrollY).to.equal(0);
  });

  it('scrolls the page to a selection made after the first render', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${long}></event-timeline>`);
    el.selected = LAST;
    await waitUntil(() => li(el, LAST)!.getBoundingClientRect().bottom <= innerHeight, 'scrolled to it', patience);
    expect(scrollY).to.be.above(0);
  });

  it('shows the selected event when the layout changes to a track', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${long} selected=${LAST}></event-timeline>`,
    );
    el.setAttribute('orientation', 'horizontal');
    el.setAttribute('scale', 'time');
    await waitUntil(() => el.shadowRoot!.querySelector('.track') && li(el, LAST), 'the track renders', patience);
    await waitUntil(() => onScreen(el, LAST), `${LAST} is scrolled into view on the track`, patience);
    expect(scrollY).to.equal(0);
  });

  it('follows a #id link on the vertical time scale, moving the page', async () => {
    history.replaceState(null, '', `#${LAST}`);
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${long} scale="time" link-hash></event-timeline>`,
    );
    await waitUntil(() => el.selected === LAST, 'the hash selects the event', patience);
    await waitUntil(() => onScreen(el, LAST), 'the linked event is scrolled into view', patience);
    expect(scrollY).to.be.above(0);
  });

  it('follows a #id link on the horizontal time scale', async () => {
    history.replaceState(null, '', `#${LAST}`);
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${long} orientation="horizontal" scale="time" link-hash></event-timeline>`,
    );
    await waitUntil(() => el.selected === LAST, 'the hash selects the event', patience);
    await waitUntil(() => onScreen(el, LAST), 'the linked event is scrolled into view', patience);
    expect(li(el, LAST)!.getAttribute('aria-current')).to.equal('true');
  });
});
