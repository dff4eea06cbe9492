import './support.js';
import { expect } from '@open-wc/testing';
import { koreaChronology } from '../events/korea.js';
import { validateChronology } from '../src/model/validate.js';
import { dayNumber, toPartialDate } from '../src/model/dates.js';
import type { Chronology } from '../src/model/types.js';

const chronology: Chronology = koreaChronology;
const { events, categories, eras = [] } = chronology;
const first = (date: string) => dayNumber(toPartialDate(date));
const last = (date: string) => dayNumber(toPartialDate(date), 'last');
const texts = (value: string | { en: string; ko?: string }) => (typeof value === 'string' ? { en: value } : value);

describe('events/korea.ts', () => {
  it('is a valid chronology with no problems at all', () => {
    expect(validateChronology(koreaChronology).errors).to.deep.equal([]);
  });

  it('holds 30–45 events with unique kebab-case ids', () => {
    expect(events.length).to.be.within(30, 45);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has real calendar dates, each end on or after its start, in chronological order', () => {
    events.forEach((event, i) => {
      if (event.end) expect(last(event.end), event.id).to.be.at.least(first(event.start));
      if (i > 0) expect(first(event.start), event.id).to.be.at.least(first(events[i - 1]!.start));
    });
  });

  it('cites at least one well-formed source on every event', () => {
    for (const event of events) {
      expect(event.sources?.length, event.id).to.be.at.least(1);
      for (const source of event.sources ?? []) {
        expect(source.title, event.id).to.be.a('string').and.not.empty;
        expect(source.publisher, `${event.id}: publisher`).to.be.a('string').and.not.empty;
        expect(source.published ?? source.accessed, `${event.id}: published or accessed`).to.be.a('string');
        if (source.url) expect(() => new URL(source.url!), source.url).not.to.throw();
        if (source.url) expect(source.url).to.match(/^https?:\/\//);
      }
      expect(
        event.sources?.some((s) => s.url?.startsWith('https://')),
        `${event.id}: an https source`,
      ).to.be.true;
    }
  });

  it('uses only declared categories, and every category is used', () => {
    const declared = new Set(categories.map((c) => c.id));
    for (const event of events) expect(declared, event.id).to.include(event.category);
    for (const id of declared)
      expect(
        events.some((e) => e.category === id),
        id,
      ).to.be.true;
  });

  it('is bilingual: every title, summary, category and era in English and Korean (Hangul)', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const labelled = [
      ...events.flatMap((e) => [e.title, e.summary]),
      ...categories.map((c) => c.label),
      ...eras.map((e) => e.label),
      chronology.title,
      chronology.description,
    ];
    for (const value of labelled) {
      expect(value).to.not.equal(undefined);
      const { en, ko } = texts(value!);
      expect(en).to.be.a('string').and.not.empty;
      expect(ko, en).to.match(hangul);
    }
  });

  it('has eras with verified bounds covering the war, the alliance, normalisation, THAAD, Moon and Lee', () => {
    expect(eras.map((e) => e.id)).to.include.members([
      'korean-war',
      'cold-war-alliance',
      'normalisation',
      'thaad-crisis',
      'moon-engagement',
      'lee-balancing',
    ]);
    for (const era of eras) expect(last(era.end), era.id).to.be.at.least(first(era.start));
  });

  it('includes the milestones the product promises, on their verified dates', () => {
    const dates = Object.fromEntries(events.map((e) => [e.id, [e.start, e.end]]));
    expect(dates['korean-war']).to.deep.equal(['1950-06-25', '1953-07-27']);
    expect(dates['armistice-agreement-signed']).to.deep.equal(['1953-07-27', undefined]);
    expect(dates['rok-china-diplomatic-relations']).to.deep.equal(['1992-08-24', undefined]);
    expect(dates['thaad-deployment-decision']).to.deep.equal(['2016-07-08', undefined]);
    expect(dates['panmunjom-inter-korean-summit']).to.deep.equal(['2018-04-27', undefined]);
    expect(dates['trump-xi-busan-meeting']).to.deep.equal(['2025-10-30', undefined]);
    expect(dates['apec-gyeongju-leaders-meeting']).to.deep.equal(['2025-10-31', '2025-11-01']);
  });
});
