import './helpers/support.js';
import { expect } from '@open-wc/testing';
import '../src/index.js';
import {
  KoreaTimeline,
  TimelineErrorEvent,
  TimelineFilterEvent,
  TimelineSelectEvent,
  koreaChronology,
  type Chronology,
  type TimelineEvent,
} from '../src/index.js';
import { sample } from './helpers/fixtures.js';
import { captureWarnings } from './helpers/support.js';

// Compiled by `npm run typecheck` with strict settings: these lines type-check only if the tag
// name map and the kt-* event map are right. No casts. The events are the ones the element fires
// on real user actions and real data.
describe('types', () => {
  it('types the elements and the events they fire for addEventListener', async () => {
    const el = document.createElement('event-timeline');
    const seen: string[] = [];
    const fired: Event[] = [];
    el.addEventListener('kt-select', (e) => (fired.push(e), seen.push(e.detail.event.id)));
    el.addEventListener('kt-filter', (e) => (fired.push(e), seen.push(e.detail.categories.join())));
    el.addEventListener('kt-error', (e) => (fired.push(e), seen.push(e.detail.errors[0]?.path ?? '')));
    el.addEventListener('kt-load', (e) => seen.push(String(e.detail.chronology.events.length)));
    const stray: TimelineEvent = { id: 'x', start: '2001', title: 'X', category: 'nope' };
    const chronology: Chronology = { ...sample, events: [...sample.events, stray] };
    el.chronology = chronology;
    try {
      await captureWarnings(async () => {
        document.body.append(el);
        await el.settled();
      });
      const root = el.shadowRoot!;
      root.querySelector<HTMLElement>('li[data-id="b"] [part="title"]')!.click();
      [...root.querySelectorAll<HTMLButtonElement>('[part="filter"]')]
        .find((c) => c.textContent!.includes('Trade'))!
        .click();
      expect(seen).to.deep.equal(['events[3].category', 'b', 'trade']);
      const [error, select, filter] = fired;
      expect(error).to.be.an.instanceOf(TimelineErrorEvent);
      expect(select).to.be.an.instanceOf(TimelineSelectEvent);
      expect(filter).to.be.an.instanceOf(TimelineFilterEvent);
      expect(fired).to.have.length(3);
    } finally {
      el.remove();
    }
    const korea = document.createElement('korea-timeline');
    expect(korea).to.be.an.instanceOf(KoreaTimeline);
    expect(korea.chronology).to.equal(koreaChronology);
  });
});
