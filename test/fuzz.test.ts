import './helpers/support.js';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { captureWarnings } from './helpers/support.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real calendar date at a random precision. */
const validDate = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .chain(([y, m, d]) => fc.constantFrom(`${y}`, `${y}-${pad(m)}`, `${y}-${pad(m)}-${pad(d)}`));

/** Any text at all, huge and non-BMP included, that is not blank. */
const text = fc
  .oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 4000 }))
  .filter((s) => s.trim() !== '');

const localized = fc.oneof(
  text,
  fc.record({ en: text, ko: fc.option(text, { nil: undefined }) }, { requiredKeys: ['en'] }),
);

const validEvent = fc.record({ start: validDate, title: localized, summary: fc.option(localized, { nil: undefined }) });

/** Ways to break an event, each of which must cost exactly that event. */
const corruption = fc.oneof(
  fc.record({ start: fc.string().filter((s) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) }),
  fc.record({ start: fc.constantFrom('2016-13-01', '2016-02-30', '2023-02-29', '0000-00') }),
  fc.record({ start: fc.constant('2001-05-02'), end: fc.constant('2001-05-01') }),
  fc.record({
    title: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.constant('  ')),
  }),
  fc.record({ category: fc.oneof(fc.integer(), fc.constant(null), fc.object()) }),
  fc.record({ id: fc.oneof(fc.integer(), fc.constant(''), fc.constant('has space')) }),
);

const entry = fc.oneof(
  validEvent.map((event) => ({ valid: true as const, event })),
  fc
    .tuple(validEvent, corruption)
    .map(([event, broken]) => ({ valid: false as const, event: { ...event, ...broken } })),
  fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.anything())).map((junk) => ({
    valid: false as const,
    event: junk,
  })),
);

describe('fuzzing the element with random chronologies', () => {
  it('never throws, renders exactly the valid events and reports every invalid one', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 25 }), fc.option(localized), async (entries, title) => {
        const events = entries.map(({ event }, i) =>
          typeof event === 'object' && event !== null && !Array.isArray(event)
            ? { id: `e${i}`, category: 'c', ...event }
            : event,
        );
        const chronology = { title: title ?? 'T', categories: [{ id: 'c', label: 'C' }], events };
        await captureWarnings(async () => {
          el.chronology = chronology as unknown as Chronology;
          await el.updateComplete;
        });
        const rendered = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')].map(
          (li) => li.dataset.id,
        );
        const expected = entries.flatMap(({ valid }, i) => (valid ? [`e${i}`] : []));
        expect(new Set(rendered)).to.deep.equal(new Set(expected));
        const invalid = entries.filter(({ valid }) => !valid).length;
        expect(el.errors.length).to.be.at.least(invalid);
        expect(el.shadowRoot!.querySelector('[part="error"]') !== null).to.equal(el.errors.length > 0);
      }),
      { numRuns: 60, seed: 20251101 },
    );
  });
});
