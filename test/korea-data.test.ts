import './helpers/support.js';
import { expect } from '@open-wc/testing';
import { koreaChronology } from '../events/korea.js';
import { validateChronology } from '../src/model/validate.js';
import { dayNumber, localize, toPartialDate } from '../src/model/dates.js';
import type { Chronology, Localized } from '../src/model/types.js';

const chronology: Chronology = koreaChronology;
const { events, categories, eras = [] } = chronology;
const first = (date: string) => dayNumber(toPartialDate(date));
const last = (date: string) => dayNumber(toPartialDate(date), 'last');
const texts = (value: Localized): { en?: string; ko?: string } => (typeof value === 'string' ? { en: value } : value);

describe('events/korea.ts', () => {
  it('is a valid chronology with no problems at all', () => {
    expect(validateChronology(koreaChronology).errors).to.deep.equal([]);
  });

  it('holds 30–70 events with unique kebab-case ids', () => {
    expect(events.length).to.be.within(30, 70);
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

  it('marks six to ten key moments, the war and the alliance treaty among them', () => {
    const featured = events.filter((event) => event.featured).map((event) => event.id);
    expect(featured.length).to.be.within(6, 10);
    expect(featured).to.include.members(['korean-war', 'us-rok-mutual-defense-treaty', 'thaad-deployment-decision']);
  });

  it('cites at least one well-formed source on every event', () => {
    for (const event of events) {
      expect(event.sources?.length, event.id).to.be.at.least(1);
      for (const source of event.sources ?? []) {
        expect(source.title, event.id).to.be.a('string').and.not.empty;
        expect(source.publisher, `${event.id}: publisher`).to.be.a('string').and.not.empty;
        expect(source.published ?? source.accessed, `${event.id}: published or accessed`).to.be.a('string');
        if (source.url) expect(() => new URL(source.url!), source.url).not.to.throw();
      }
    }
  });

  it('links every source over https', () => {
    for (const { id, sources = [] } of events)
      for (const { url } of sources)
        expect(url, id)
          .to.be.a('string')
          .and.match(/^https:\/\/[^/]/);
  });

  it('gives every source its headline, or a title marked as a description', () => {
    // A title wholly in square brackets stands in for a headline, and must say so; a headline may
    // still open with a bracketed label, like "[속보] …".
    for (const { id, sources = [] } of events)
      for (const { title } of sources)
        if (/^\[[^\]]*\]$/.test(title)) expect(title, id).to.match(/^\[Description: [^\]]+\]$/);
  });

  it('gives every source the language it is written in: a known language, and Korean for a Hangul headline', () => {
    const names = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
    const hangul = /[\uac00-\ud7a3]/;
    for (const { id, sources = [] } of events)
      for (const { title, url, language } of sources) {
        expect(language, `${id}: ${url}`).to.be.a('string');
        expect(Intl.getCanonicalLocales(language!), `${id}: ${url}`).to.deep.equal([language]);
        expect(names.of(language!), `${id}: ${url}`).to.be.a('string');
        // A headline as published is in its page's language; a description is in English.
        if (!title.startsWith('[Description:'))
          expect(hangul.test(title), `${id}: ${title}`).to.equal(language === 'ko');
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

  it('puts every event in a lane: Washington, Beijing, or the peninsula and home; both powers where both took part', () => {
    const lanes = chronology.lanes ?? [];
    expect(lanes.map((l) => l.id)).to.deep.equal(['washington', 'beijing', 'peninsula']);
    const of = (id: string) => [events.find((e) => e.id === id)!.lane ?? []].flat();
    for (const event of events) {
      const named = of(event.id);
      expect(named.length, event.id).to.be.greaterThan(0);
      expect(new Set(named).size, event.id).to.equal(named.length);
    }
    for (const lane of lanes)
      expect(
        events.some((e) => of(e.id)[0] === lane.id),
        lane.id,
      ).to.be.true;
    expect(of('trump-xi-busan-meeting')).to.include.members(['washington', 'beijing']);
    expect(of('apec-gyeongju-leaders-meeting')).to.include.members(['washington', 'beijing']);
    expect(of('us-rok-mutual-defense-treaty')).to.deep.equal(['washington']);
    expect(of('rok-china-diplomatic-relations')).to.deep.equal(['beijing']);
    expect(of('panmunjom-inter-korean-summit')).to.deep.equal(['peninsula']);
  });

  it('gives a few annotations of context, each bilingual, cited over https and placed in a lane', () => {
    const annotations = chronology.annotations ?? [];
    expect(annotations.length).to.be.within(2, 8);
    const lanes = new Set((chronology.lanes ?? []).map((l) => l.id));
    for (const note of annotations) {
      const { en, ko } = texts(note.text);
      expect(en, note.id).to.be.a('string').and.not.empty;
      expect(ko, note.id).to.match(/[\uac00-\ud7a3]/);
      expect(lanes, note.id).to.include(note.lane);
      expect(note.sources?.length, note.id).to.be.greaterThan(0);
      for (const source of note.sources!) expect(source.url, note.id).to.match(/^https:\/\//);
    }
    const taipei = annotations.find((a) => a.id === 'ties-with-taipei')!;
    expect([taipei.end, taipei.lane]).to.deep.equal(['1992-08-23', 'beijing']);
    expect(annotations.find((a) => a.id === 'no-peace-treaty')!.event).to.equal('armistice-agreement-signed');
  });

  it("lists every event id in the README's Korea chronology section, by era", async () => {
    const readme = await (await fetch('/README.md')).text();
    const start = readme.indexOf('## The Korea chronology');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const listed = [...section.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1]);
    for (const event of events) expect(listed, event.id).to.include(event.id);
  });

  it('is bilingual: every title, summary, category, era and lane in English and Korean (Hangul)', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const labelled = [
      ...events.flatMap((e) => [e.title, e.summary]),
      ...categories.map((c) => c.label),
      ...eras.map((e) => e.label),
      ...(chronology.lanes ?? []).flatMap((l) => [l.label, l.description]),
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

  it('has eras covering the war, the alliance, normalisation, THAAD, Moon, Yoon and Lee', () => {
    expect(eras.map((e) => e.id)).to.include.members([
      'korean-war',
      'cold-war-alliance',
      'normalisation',
      'thaad-dispute',
      'moon-peace-process',
      'yoon-government',
      'lee-government',
    ]);
    for (const era of eras) expect(last(era.end), era.id).to.be.at.least(first(era.start));
  });

  it('has eras with no gaps and no overlaps: each begins the day after the one before ends', () => {
    eras.forEach((era, i) => {
      if (i > 0) expect(first(era.start), era.id).to.equal(last(eras[i - 1]!.end) + 1);
    });
  });

  it('keeps every event inside the span of its eras, from the first to the last', () => {
    const from = first(eras[0]!.start);
    const to = last(eras.at(-1)!.end);
    expect(first(events[0]!.start), 'the first event opens the span').to.equal(from);
    expect(Math.max(...events.map((e) => last(e.end ?? e.start))), 'the last event closes it').to.equal(to);
    for (const event of events) {
      expect(first(event.start), event.id).to.be.at.least(from);
      expect(last(event.end ?? event.start), event.id).to.be.at.most(to);
    }
  });

  it('dates each event by the local date where it happened, and notes the Korean date when it differs', () => {
    const local = {
      'camp-david-trilateral-summit': ['2023-08-18', '19 August in Korea'],
      'lee-trump-white-house-summit': ['2025-08-25', '26 August in Korea'],
      'parasite-best-picture': ['2020-02-09', '10 February in Korea'],
      'washington-declaration': ['2023-04-26', '27 April in Korea'],
      'moon-biden-taiwan-strait-statement': ['2021-05-21', '22 May in Korea'],
      'korus-fta-revision-signed': ['2018-09-24', '25 September in Korea'],
    };
    for (const [id, [start, note]] of Object.entries(local)) {
      const event = events.find((e) => e.id === id)!;
      expect(event.start, id).to.equal(start);
      expect(localize(event.note!, 'en').text, id).to.contain(note);
      expect(localize(event.note!, 'ko').text, id).to.match(/한국 날짜로는/);
    }
    // No note still says the old rule ("Korean date; … in Washington").
    for (const event of events) {
      if (event.note) expect(localize(event.note, 'en').text, event.id).not.to.match(/^Korean dates?;/);
    }
  });

  it('marks the economic side among its milestones and key moments', () => {
    const byId = Object.fromEntries(events.map((e) => [e.id, e]));
    expect(byId['china-top-trading-partner']).to.include({ start: '2004', category: 'economy', featured: true });
    expect(localize(byId['china-top-trading-partner']!.kicker!, 'ko').text).to.equal('전환점');
    expect(byId['washington-declaration']).to.include({ start: '2023-04-26', category: 'security' });
    expect(byId['moon-biden-taiwan-strait-statement']).to.include({ start: '2021-05-21' });
    expect(byId['six-party-talks-open']).to.include({ start: '2003-08-27', end: '2003-08-29' });
    expect(byId['thaad-remaining-launchers']).to.include({ start: '2017-09-07' });
    expect(byId['korus-fta-revision-signed']).to.include({ start: '2018-09-24', category: 'economy' });
    expect(localize(byId['us-rok-mutual-defense-treaty']!.note!, 'en').text).to.contain('17 November 1954');
    const featured = events.filter((e) => e.featured).map((e) => e.category);
    expect(featured).to.include.members(['security', 'economy', 'diplomacy']);
  });

  it('writes English with straight apostrophes and single quotation marks, and names leaders in Korean titles by office', () => {
    const english = [
      chronology.title,
      chronology.description!,
      ...eras.map((era) => era.label),
      ...events.flatMap((e) => [e.title, e.summary, e.note, e.kicker].filter((t): t is Localized => t !== undefined)),
    ].map((text) => texts(text).en ?? '');
    for (const text of english) expect(text, text).not.to.match(/[’‘“”"]/);
    // A government named for its leader (이재명 정부) is a name, not a person.
    const leaders = /(트럼프|시진핑|김정은|윤석열|이재명|문재인|박근혜|푸틴)(?! ?(대통령|주석|위원장|정부))/;
    // A slogan in quotation marks ('노 트럼프') is quoted as written.
    for (const event of events) expect(texts(event.title).ko!.replace(/'[^']*'/g, ''), event.id).not.to.match(leaders);
  });

  it('says Busan was their first face-to-face meeting since 2019, not their first talks', () => {
    const busan = events.find((e) => e.id === 'trump-xi-busan-meeting')!;
    expect(localize(busan.summary!, 'en').text).to.match(/first face-to-face meeting since June 2019/);
    expect(localize(busan.summary!, 'en').text).not.to.match(/first talks/);
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
    expect(dates['garlic-dispute']).to.deep.equal(['2000-06-01', '2000-08-02']);
    expect(dates['strategic-cooperative-partnership']).to.deep.equal(['2008-05-27', undefined]);
    expect(dates['thaad-moved-to-seongju']).to.deep.equal(['2017-04-26', undefined]);
    expect(dates['camp-david-trilateral-summit']).to.deep.equal(['2023-08-18', undefined]);
    expect(dates['trump-lee-gyeongju-summit']).to.deep.equal(['2025-10-29', undefined]);
    expect(dates['trump-approves-nuclear-submarine']).to.deep.equal(['2025-10-30', undefined]);
  });
});
