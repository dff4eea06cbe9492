import { fixture, html } from '@open-wc/testing';
import '../../src/event-timeline.js';
import '../../src/korea-timeline.js';
import type { EventTimeline } from '../../src/event-timeline.js';
import type { KoreaTimeline } from '../../src/korea-timeline.js';
import type { Chronology } from '../../src/model/types.js';
import { koreaChronology } from '../../events/korea.js';
import { tracks } from './chronologies.mjs';

/** A small chronology with ranges, eras, precisions and both languages. */
export const sample: Chronology = {
  title: { en: 'Sample history', ko: '샘플 역사' },
  categories: [
    { id: 'war', label: { en: 'War', ko: '전쟁' }, color: '#3a6fd8' },
    { id: 'trade', label: { en: 'Trade', ko: '무역' } },
  ],
  eras: [{ id: 'early', start: '1950', end: '1959', label: { en: 'Early years', ko: '초기' } }],
  events: [
    {
      id: 'c',
      start: '1992-08-24',
      title: { en: 'Third', ko: '세 번째' },
      summary: { en: 'Third summary', ko: '세 번째 요약' },
      category: 'trade',
      note: { en: 'Korean date; 23 August in the US.', ko: '한국 날짜 기준.' },
      sources: [{ title: 'A report', publisher: 'Agency', url: 'https://example.com/c' }],
    },
    {
      id: 'a',
      start: '1950-06-25',
      end: '1953-07-27',
      title: { en: 'First', ko: '첫 번째' },
      summary: 'Only in English',
      category: 'war',
    },
    { id: 'b', start: '1953-10', title: { en: 'Second' }, category: 'war' },
  ],
};

/** The generic element on the track fixture, its range event selected, in a theme class and mode. */
export async function themed(classes = '', theme = 'light'): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(
    html`<event-timeline class=${classes} theme=${theme} .chronology=${tracks} selected="war"></event-timeline>`,
  );
  await el.settled();
  return el;
}

/** The Korea preset with one event selected, in a theme class and mode. */
export async function korea(classes = '', theme = 'light'): Promise<KoreaTimeline> {
  const el = await fixture<KoreaTimeline>(
    html`<korea-timeline class=${classes} theme=${theme} selected=${koreaChronology.events[0]!.id}></korea-timeline>`,
  );
  await el.settled();
  return el;
}
