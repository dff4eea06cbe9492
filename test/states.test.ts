import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { captureWarnings, patience } from './helpers/support.js';
import { sample } from './helpers/fixtures.js';

const part = (el: EventTimeline, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('the empty states', () => {
  it('says there are no events until it is given some, and warns about nothing, since data often comes later', async () => {
    let el: EventTimeline | undefined;
    const warnings = await captureWarnings(async () => {
      el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
      expect(part(el, 'empty')!.textContent).to.equal('No events to show.');
      el.chronology = sample;
      await el.updateComplete;
    });
    expect(part(el!, 'empty')).to.equal(null);
    expect(el!.shadowRoot!.querySelectorAll('li[part~="event"]')).to.have.length(sample.events.length);
    expect(warnings).to.deep.equal([]);
  });

  it('says no event matches when the filters leave none', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<EventTimeline>(
        html`<event-timeline .chronology=${sample} from="2020" locale="ko"></event-timeline>`,
      );
      expect(part(el, 'empty')!.textContent).to.equal('현재 필터에 맞는 사건이 없습니다.');
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('the horizontal detail panel', () => {
  it("draws the category's square in the category's colour", async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${sample} orientation="horizontal" selected="a"></event-timeline>`,
    );
    await waitUntil(() => part(el, 'detail'), 'the detail panel renders', patience);
    const square = getComputedStyle(part(el, 'detail')!.querySelector('[part="category"]')!, '::before');
    expect(square.backgroundColor).to.equal('rgb(58, 111, 216)'); // #3a6fd8, the war category's colour
  });
});

describe('a category with no event within from and to', () => {
  it('keeps its chip, saying 0, focusable, unavailable to press, and drawn as an outline only', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${sample} to="1960"></event-timeline>`);
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter"]')];
    const trade = chips.find((chip) => chip.textContent!.includes('Trade'))!;
    const war = chips.find((chip) => chip.textContent!.includes('War'))!;
    expect(trade.querySelector('.filter-count')!.textContent).to.equal('0');
    expect(trade.getAttribute('aria-disabled')).to.equal('true');
    expect(war.getAttribute('aria-disabled')).to.equal('false');
    trade.focus();
    expect(el.shadowRoot!.activeElement === trade).to.be.true;
    trade.click();
    await el.settled();
    expect(el.hasAttribute('categories')).to.be.false;
    expect(getComputedStyle(trade).borderTopStyle).to.equal('dashed');
    expect(getComputedStyle(war).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});

describe('the list, as laid out', () => {
  it('leaves room below the last event', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${sample}></event-timeline>`);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const list = el.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect();
    expect(el.getBoundingClientRect().bottom - list.bottom).to.be.at.least(8);
  });
});
