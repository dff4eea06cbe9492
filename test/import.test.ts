import './helpers/support.js';
import { hostile } from './helpers/hostile.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { TimelineErrorEvent } from '../src/custom-events.js';
import { captureWarnings } from './helpers/support.js';

const ids = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')].map((li) => li.dataset.id);
const part = (el: EventTimeline, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
const texts = (el: EventTimeline, name: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)].map((node) => node.textContent!.trim());

/** An element with no data yet, without the warning that it has none. */
async function empty(lang = 'en'): Promise<EventTimeline> {
  let el!: EventTimeline;
  await captureWarnings(async () => {
    el = await fixture<EventTimeline>(html`<event-timeline lang=${lang}></event-timeline>`);
  });
  return el;
}

/** Loads `src` into a new element; resolves when both its kt-load and its kt-error have fired. */
async function load(src: string): Promise<{ el: EventTimeline; errors: { path: string; message: string }[] }> {
  const el = await empty();
  const loaded = oneEvent(el, 'kt-load');
  const failed = oneEvent(el, 'kt-error') as Promise<TimelineErrorEvent>;
  let errors!: { path: string; message: string }[];
  await captureWarnings(async () => {
    el.src = src;
    await loaded;
    errors = (await failed).detail.errors;
    await el.updateComplete;
  });
  return { el, errors };
}

describe('src with TimelineJS3 JSON', () => {
  it('renders the good rows as plain text and reports the bad ones by row', async () => {
    const { el, errors } = await load('/test/data/timelinejs-bad-rows.json');
    expect(ids(el)).to.deep.equal(['korean-war', 'mutual-defense-treaty', 'normalization']);
    expect(part(el, 'heading').textContent!.trim()).to.equal('Imported from TimelineJS');
    expect(el.shadowRoot!.querySelector('li[data-id="korean-war"] [part~="summary"]')!.textContent).to.equal(
      'War & armistice.',
    );
    expect(errors.map((e) => e.path)).to.deep.equal(['events[1]', 'events[3]']);
    const alert = part(el, 'error').textContent!;
    expect(alert).to.include("event 2 ('No year') is left out: start_date.year: no year");
    expect(alert).to.include("event 4 ('Month 13') is left out: start_date.month: '13' is not a month from 1 to 12");
  });
});

describe('src with CSV', () => {
  it('renders the good rows of a TimelineJS3 sheet and reports the bad ones by row and column', async () => {
    const { el, errors } = await load('/test/data/sheet-bad-rows.csv');
    expect(ids(el)).to.deep.equal(['korean-war', 'mutual-defense-treaty', 'normalization']);
    expect(part(el, 'heading').textContent!.trim()).to.equal('Imported from a sheet');
    expect(el.shadowRoot!.querySelector('li[data-id="korean-war"] [part~="summary"]')!.textContent).to.equal(
      'War, then armistice.',
    );
    expect(errors.map((e) => e.path)).to.deep.equal(['rows[2].Year', 'rows[4].Day']);
    const alert = part(el, 'error').textContent!;
    expect(alert).to.include('row 4, column Year: no year; the row is left out');
    expect(alert).to.include("row 6, column Day: 'x' is not a day of the month; the row is left out");
  });

  it('reads our own columns, told from the content when the type says only text', async () => {
    const el = await empty('ko');
    const loaded = oneEvent(el, 'kt-load');
    el.src = '/test/data/our-columns.txt';
    await loaded;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['treaty']);
    expect(texts(el, 'title')).to.deep.equal(['한미상호방위조약']);
  });
});

describe('hostile data through the importers', () => {
  // The markup ones: template syntax means nothing to an importer.
  const payloads = hostile().slice(0, 3);
  // Encoded, a payload survives the HTML-to-text mapping as text; raw, its tags are dropped whole.
  const raw = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script><svg onload="window.pwned=1"></svg>';
  const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const timelineJS = {
    events: payloads.map((text, i) => ({
      start_date: { year: String(2001 + i) },
      text: { headline: encode(text), text: `<p>${encode(text)}</p>${raw}` },
      media: { url: 'javascript:window.pwned=1', credit: text },
    })),
  };
  const csv = [
    'Year,Headline,Text,Media,Group',
    ...payloads.map((text, i) =>
      [2001 + i, encode(text), `<p>${encode(text)}</p>${raw}`, 'javascript:window.pwned=1', text]
        .map((cell) => `"${String(cell).replace(/"/g, '""')}"`)
        .join(','),
    ),
  ].join('\n');
  const sources = [
    ['TimelineJS3 JSON', `data:application/json,${encodeURIComponent(JSON.stringify(timelineJS))}`],
    ['CSV', `data:text/csv,${encodeURIComponent(csv)}`],
  ];

  for (const [format, src] of sources) {
    it(`renders every payload in ${format} as text and runs none of it`, async () => {
      const el = await empty();
      const loaded = oneEvent(el, 'kt-load');
      await captureWarnings(async () => {
        el.src = src!;
        await loaded;
        await el.updateComplete;
      });
      // A payload's onerror would run when its image fails to load; this image fails after it would.
      const probe = Object.assign(new Image(), { src: 'x' });
      await oneEvent(probe, 'error');
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, svg, iframe, object, a')).to.have.length(0);
      expect(texts(el, 'title')).to.deep.equal(payloads);
      expect(texts(el, 'summary')).to.deep.equal(payloads);
    });
  }
});
