import './support.js';
import { expect } from '@open-wc/testing';
import { isSafeUrl, validateChronology } from '../src/model/validate.js';

const base = { title: 'T', categories: [{ id: 'c', label: 'C' }] };
const withEvents = (...events: unknown[]) => validateChronology({ ...base, events });
const event = (fields: object = {}) => ({ id: 'e', start: '2001', title: 'E', category: 'c', ...fields });

describe('validateChronology', () => {
  it('accepts a valid chronology unchanged and reports nothing', () => {
    const data = { ...base, eras: [{ id: 'x', start: '2000', end: '2002', label: 'X' }], events: [event()] };
    const { chronology, errors } = validateChronology(data);
    expect(errors).to.deep.equal([]);
    expect(chronology).to.deep.equal(data);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], { events: 'no' }, { categories: [null], events: [null] }]) {
      expect(() => validateChronology(input)).not.to.throw();
    }
    expect(validateChronology(null).errors[0]).to.deep.equal({
      path: '',
      message: 'null is not a chronology: expected an object with title, categories and events',
    });
  });

  it('reports missing and mistyped required fields with their path', () => {
    const { errors, chronology } = withEvents({ id: 'x', start: '2001', category: 'c' }, event({ id: 'y', title: 3 }));
    expect(errors).to.deep.equal([
      { path: 'events[0].title', message: 'missing: expected a non-empty string or { en, ko }' },
      { path: 'events[1].title', message: 'number 3 is not valid: expected a non-empty string or { en, ko }' },
    ]);
    expect(chronology.events).to.deep.equal([]);
  });

  it('rejects dates that are not real calendar dates', () => {
    const { errors } = withEvents(event({ start: '2016-13-01' }), event({ id: 'f', start: '2016-02-30' }));
    expect(errors).to.deep.equal([
      { path: 'events[0].start', message: "'2016-13-01' is not a valid date: month 13" },
      { path: 'events[1].start', message: "'2016-02-30' is not a valid date: 2016-02 has no day 30" },
    ]);
  });

  it('rejects an end before the start, at each precision', () => {
    const { errors, chronology } = withEvents(
      event({ start: '2001-05-02', end: '2001-05-01' }),
      event({ id: 'ok', start: '2001-05-02', end: '2001' }),
    );
    expect(errors).to.deep.equal([{ path: 'events[0].end', message: "'2001-05-01' is before start '2001-05-02'" }]);
    expect(chronology.events.map((e) => e.id)).to.deep.equal(['ok']);
  });

  it('reports the later of two duplicate ids', () => {
    const { errors, chronology } = withEvents(event({ title: 'first' }), event({ title: 'second' }));
    expect(errors).to.deep.equal([
      { path: 'events[1].id', message: "'e' is a duplicate id: an earlier item already uses it" },
    ]);
    expect(chronology.events.map((e) => e.title)).to.deep.equal(['first']);
  });

  it('keeps an event of an undeclared category, and reports it', () => {
    const { errors, chronology } = withEvents(event({ category: 'nope' }));
    expect(chronology.events).to.have.length(1);
    expect(errors).to.deep.equal([
      { path: 'events[0].category', message: "'nope' is not a declared category; shown in a neutral colour" },
    ]);
  });

  it('links only http:, https: and relative URLs; drops the rest from the link and reports them', () => {
    const urls = [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ];
    const sources = [...urls, 'https://ok.example/', '/relative', 'page.html'].map((url) => ({ title: 's', url }));
    const { errors, chronology } = withEvents(event({ sources }));
    expect(errors.map((e) => e.path)).to.deep.equal(urls.map((_, i) => `events[0].sources[${i}].url`));
    expect(errors[0]!.message).to.equal(
      "'javascript:alert(1)' is not allowed as a link: only http:, https: and relative URLs",
    );
    expect(chronology.events[0]!.sources!.map((s) => s.url)).to.deep.equal([
      ...urls.map(() => undefined),
      'https://ok.example/',
      '/relative',
      'page.html',
    ]);
    expect(isSafeUrl('HTTPS://x')).to.be.true;
  });

  it('validates eras and drops invalid ones', () => {
    const { errors, chronology } = validateChronology({
      ...base,
      events: [],
      eras: [
        { id: 'a', start: '2000', end: '1999', label: 'A' },
        { id: 'b', start: '2000', label: 'B' },
        { id: 'c', start: '2000', end: '2001', label: 'C' },
      ],
    });
    expect(errors).to.deep.equal([
      { path: 'eras[0].end', message: "'1999' is before start '2000'" },
      { path: 'eras[1].end', message: 'an era needs an end date' },
    ]);
    expect(chronology.eras!.map((e) => e.id)).to.deep.equal(['c']);
  });

  it('reports wrong types in optional fields without losing the event', () => {
    const { errors, chronology } = withEvents(event({ circa: 'yes', tags: ['ok', 5], sources: 'none' }));
    expect(errors.map((e) => e.path)).to.deep.equal(['events[0].circa', 'events[0].tags[1]', 'events[0].sources']);
    expect(chronology.events[0]!.tags).to.deep.equal(['ok']);
  });

  it('keeps only known fields, so stray data never reaches the page', () => {
    const { chronology } = withEvents(event({ onclick: 'alert(1)', __proto__: { polluted: true } }));
    expect(Object.keys(chronology.events[0]!)).to.deep.equal(['id', 'start', 'title', 'category']);
  });
});
