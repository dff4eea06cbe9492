/**
 * "How to read this" (#30): a disclosure at the end of the story bar that says what the marks on
 * screen mean, only those the view has, and on a time scale where distance is not time. It opens
 * over the events without moving them, closes with Escape or a press outside, and reads in the reader's language.
 */
import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';

const chronology: Chronology = {
  title: 'Legend fixture',
  categories: [
    { id: 'war', label: 'War' },
    { id: 'trade', label: 'Trade' },
  ],
  eras: [{ id: 'early', start: '1950', end: '1959', label: 'Early years' }],
  events: [
    { id: 'war', start: '1950-06-25', end: '1953-07-27', title: 'The war', category: 'war', featured: true },
    { id: 'pact', start: '1953-10-01', title: 'A pact', category: 'war' },
    { id: 'games', start: '1988-09-17', title: 'The games', category: 'trade' },
    { id: 'deal', start: '1992-08-24', title: 'A deal', category: 'trade' },
  ],
};

/** Every line of the legend, by what it explains, that the reader can see. */
const shown = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.legend-body li')]
    .filter((li) => li.checkVisibility())
    .map((li) => li.className.replace('legend-', ''));

async function timeline(attributes: { orientation?: string; scale?: string; lang?: string } = {}, width = 900) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <event-timeline
        .chronology=${chronology}
        orientation=${attributes.orientation ?? 'vertical'}
        scale=${attributes.scale ?? 'even'}
        locale=${attributes.lang ?? 'en'}
      ></event-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  await el.settled();
  return el;
}

function open(el: EventTimeline) {
  const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="legend"] summary')!;
  summary.click();
  return summary;
}

describe('how to read this', () => {
  it('is closed at first, opens over the events without moving them, and says what the list shows', async () => {
    const el = await timeline();
    const legend = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="legend"]')!;
    expect(legend.closest('[part="story"]'), 'in the story bar').to.exist;
    expect(legend.open).to.be.false;
    expect(shown(el)).to.deep.equal([]);
    const first = el.shadowRoot!.querySelector('li[data-id]')!;
    const before = first.getBoundingClientRect().top;
    const summary = open(el);
    expect(legend.open).to.be.true;
    expect(first.getBoundingClientRect().top, 'the events stay where they were').to.equal(before);
    expect(shown(el)).to.deep.equal(['order', 'event', 'range', 'featured', 'colour', 'era', 'gap']);
    const body = el.shadowRoot!.querySelector('.legend-body')!;
    expect(body.textContent).to.include('Oldest events first.');
    // Below its toggle, over the list, and all of it inside the element.
    const box = body.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.top).to.be.at.least(summary.getBoundingClientRect().bottom - 1);
    expect(box.left).to.be.at.least(host.left - 1);
    expect(box.right).to.be.at.most(host.right + 1);
    await expect(el).to.be.accessible();
  });

  it('closes with Escape, giving the focus back to its toggle', async () => {
    const el = await timeline();
    const summary = open(el);
    summary.focus();
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="legend"]')!.open).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
  });

  it('closes with a press outside it, and stays open for a press on its lines', async () => {
    const el = await timeline();
    const legend = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="legend"]')!;
    open(el);
    await waitUntil(() => legend.open, 'the legend opens');
    const at = (element: Element): [number, number] => {
      const box = element.getBoundingClientRect();
      return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    };
    await sendMouse({ type: 'click', position: at(el.shadowRoot!.querySelector('.legend-body li')!) });
    expect(legend.open, 'a press on a line').to.be.true;
    await sendMouse({ type: 'click', position: at(el.shadowRoot!.querySelector('[part="count"]')!) });
    expect(legend.open, 'a press on the count of events').to.be.false;
    // Opened again, it closes again.
    open(el);
    await waitUntil(() => legend.open, 'the legend opens again');
    await sendMouse({ type: 'click', position: at(el.shadowRoot!.querySelector('[part="count"]')!) });
    expect(legend.open, 'a second press outside').to.be.false;
  });

  it('says where distance along the time scale is not time, and that an even track is not time at all', async () => {
    const scaled = await timeline({ scale: 'time' });
    open(scaled);
    expect(shown(scaled)).to.include('time').and.not.include.members(['even', 'gap']);
    expect(scaled.shadowRoot!.querySelector('.legend-time')!.textContent).to.include('not to scale');
    const even = await timeline({ orientation: 'horizontal' });
    open(even);
    // Time runs along the line: no reading order to state.
    expect(shown(even)).to.include('even').and.not.include.members(['time', 'gap', 'order']);
  });

  it('reads in Korean, newest first when the list is', async () => {
    const el = await timeline({ lang: 'ko' });
    el.reverse = true;
    await el.updateComplete;
    const summary = open(el);
    expect(summary.textContent!.trim()).to.equal('읽는 법');
    expect(el.shadowRoot!.querySelector('.legend-order')!.textContent).to.include('최근 사건부터');
  });

  it('shows whole on a phone, where the row of controls scrolls sideways', async () => {
    const el = await timeline({}, 360);
    open(el);
    const box = el.shadowRoot!.querySelector('.legend-body')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.width).to.be.above(200);
    expect(box.left).to.be.at.least(host.left - 1);
    expect(box.right).to.be.at.most(host.right + 1);
    // What is there is seen: the row's fading mask is off while the legend is open.
    const controls = el.shadowRoot!.querySelector('.controls')!;
    expect(getComputedStyle(controls).maskImage || 'none').to.equal('none');
    const middle = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(middle?.closest('.legend-body'), 'the legend on top').to.exist;
  });
});
