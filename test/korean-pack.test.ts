// Korean is a locale pack for <event-timeline>, fetched like the others; the Korea preset brings it.
// This file loads the generic element alone, so nothing registers Korean before the element asks.
import './helpers/support.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { findStrings } from '../src/model/messages.js';
import type { Chronology } from '../src/model/types.js';

const chronology: Chronology = {
  title: { en: 'Two dates', ko: '두 날짜' },
  categories: [
    { id: 'war', label: { en: 'War', ko: '전쟁' } },
    { id: 'ties', label: { en: 'Ties', ko: '외교' } },
  ],
  events: [
    { id: 'a', start: '1950-06-25', end: '1953-07-27', title: { en: 'War', ko: '전쟁' }, category: 'war' },
    { id: 'b', start: '1992-08-24', circa: true, title: { en: 'Ties', ko: '수교' }, category: 'ties' },
  ],
};

describe('Korean, a pack', () => {
  it('is not in the first download: the element fetches it and reads Korean once updateComplete resolves', async () => {
    expect(findStrings('ko'), 'registered before any element asked').to.equal(undefined);
    const el = await fixture<EventTimeline>(
      html`<event-timeline locale="ko" .chronology=${chronology}></event-timeline>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(findStrings('ko')?.all).to.equal('전체');
    expect(root.querySelector('[part~="count"]')!.textContent!.trim()).to.equal('사건 2건');
    expect(root.querySelector('[part~="filter"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('전체 2');
    const dates = [...root.querySelectorAll('time')].map((time) => time.textContent!.replace(/\s+/g, ' ').trim());
    expect(dates).to.deep.equal(['1950년 6월 25일~1953년 7월 27일', '1992년 8월 24일경']);
    expect(root.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('두 날짜');
  });

  it('comes with the Korea preset, registered as it is defined', async () => {
    await import('../src/korea-timeline.js');
    expect(findStrings('ko-KR')?.sources).to.equal('출처');
  });
});
