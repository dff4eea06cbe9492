import './helpers/support.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { sample } from './helpers/fixtures.js';

const synopsis = (el: EventTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="synopsis"]')!;

async function timeline(chronology: Chronology, locale = 'en', style = '') {
  const el = await fixture<EventTimeline>(
    html`<event-timeline .chronology=${chronology} locale=${locale}></event-timeline>`,
  );
  el.before(Object.assign(document.createElement('style'), { textContent: style }));
  await el.updateComplete;
  return el;
}

/** Whether a reader can see the element: something of it is drawn where it sits. */
function seen(el: EventTimeline, part: HTMLElement): boolean {
  part.scrollIntoView();
  const rect = part.getBoundingClientRect();
  return el.shadowRoot!.elementsFromPoint(rect.left + 2, rect.top + rect.height / 2).includes(part);
}

describe('the screen-reader summary', () => {
  it('opens the header with the title, the span, the number of events and eras, and the keys', async () => {
    const el = await timeline(sample);
    const part = synopsis(el);
    expect(el.shadowRoot!.querySelector('[part="header"]')!.firstElementChild === part).to.be.true;
    expect(part.textContent).to.equal(
      'Sample history: 3 events, 25 June 1950 – 24 August 1992, 1 era. Arrow keys move between events, Enter selects.',
    );
    await expect(el).to.be.accessible();
  });

  it('is written in Korean for a Korean timeline', async () => {
    const el = await timeline(sample, 'ko');
    expect(synopsis(el).textContent).to.equal(
      '샘플 역사: 사건 3건, 1950년 6월 25일~1992년 8월 24일, 시대 1개. 화살표 키로 이동, Enter 키로 선택.',
    );
  });

  it('spans the whole chronology whatever the filter, and counts every event', async () => {
    const el = await timeline({ ...sample, eras: [] });
    el.categories = 'trade';
    await el.updateComplete;
    expect(synopsis(el).textContent).to.match(/: 3 events, 25 June 1950 – 24 August 1992, 0 eras\./);
  });

  it('is hidden from sight, and a page can show it through its part', async () => {
    const hidden = await timeline(sample);
    expect(seen(hidden, synopsis(hidden))).to.be.false;
    const shown = await timeline(sample, 'en', 'event-timeline::part(synopsis) { position: static; clip-path: none }');
    expect(seen(shown, synopsis(shown))).to.be.true;
  });
});
