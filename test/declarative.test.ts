import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { sample } from './helpers/fixtures.js';
import { captureWarnings, patience } from './helpers/support.js';

const ids = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')].map((li) => li.dataset.id);
const rendered = (el: EventTimeline, count: number) =>
  waitUntil(() => ids(el).length === count, `${count} events render`, patience);

describe('<timeline-event> children', () => {
  it('renders events written in HTML, with their title, summary, dates and sources', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline>
        <timeline-event id="war" start="1950-06-25" end="1953-07-27" category="security">
          <span slot="title">Korean War</span>
          <span slot="title" lang="ko">한국전쟁</span>
          The war began when the North invaded.
          <a slot="source" href="https://www.britannica.com/event/Korean-War" data-publisher="Britannica" hreflang="en"
            >Korean War</a
          >
          <a slot="source" href="https://www.donga.com/" data-publisher="동아일보" hreflang="ko">한국전쟁</a>
        </timeline-event>
        <timeline-event id="treaty" start="1953-10-01" category="security">
          <span slot="title">Mutual Defense Treaty</span>
        </timeline-event>
      </event-timeline>`,
    );
    await rendered(el, 2);
    await el.settled();
    const war = el.shadowRoot!.querySelector('li[data-id="war"]')!;
    expect(war.querySelector('[part="title"]')!.textContent).to.equal('Korean War');
    expect(war.querySelector('[part="summary"]')!.textContent).to.equal('The war began when the North invaded.');
    expect(war.querySelector('time')!.textContent).to.equal('25 June 1950 – 27 July 1953');
    expect(war.querySelector('a')!.href).to.equal('https://www.britannica.com/event/Korean-War');
    // hreflang gives a source's language: on its link, and named after the headline in another language.
    const footnotes = () => [...war.querySelectorAll('[part="sources"] li')].map((li) => li.textContent!.trim());
    expect([...war.querySelectorAll('a')].map((a) => a.hreflang)).to.deep.equal(['en', 'ko']);
    expect(footnotes()).to.deep.equal(['Britannica Korean War', '동아일보 한국전쟁 (in Korean)']);
    expect(war.querySelector('[part="category"]')!.textContent).to.equal('security');
    expect(el.errors).to.deep.equal([]);
    el.locale = 'ko';
    await el.settled();
    expect(war.querySelector('[part="title"]')!.textContent).to.equal('한국전쟁');
    expect(footnotes()).to.deep.equal(['Britannica Korean War (영어)', '동아일보 한국전쟁']);
    await expect(el).to.be.accessible();
  });

  it('takes titles in any language, dates before year 1 and one-sided ends', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline locale="ja">
        <timeline-event id="gojoseon" start="-2332" start-open category="state">
          <span slot="title">Gojoseon</span>
          <span slot="title" lang="ja">古朝鮮</span>
        </timeline-event>
      </event-timeline>`,
    );
    await rendered(el, 1);
    await el.settled();
    const li = el.shadowRoot!.querySelector('li[data-id="gojoseon"]')!;
    expect(li.querySelector('[part="title"]')!.textContent).to.equal('古朝鮮');
    expect(li.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('ja');
    expect(li.querySelector('time')!.textContent).to.equal('紀元前2333年以前');
    expect(li.classList.contains('open-start')).to.equal(true);
    expect(el.errors).to.deep.equal([]);
  });

  it('reads a key moment, its kicker and what the empty years before it hold', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline>
        <timeline-event id="war" start="1950-06-25" category="security"><span slot="title">War</span></timeline-event>
        <timeline-event
          id="games"
          start="1988-09-17"
          category="society"
          featured
          kicker="Opening up"
          gap="Decades of growth"
          ><span slot="title">Games</span></timeline-event
        >
      </event-timeline>`,
    );
    await rendered(el, 2);
    await el.settled();
    const li = el.shadowRoot!.querySelector('li[data-id="games"]')!;
    expect(li.getAttribute('part')!.split(' ')).to.include('featured');
    expect(li.querySelector('[part="kicker"]')!.textContent).to.equal('Opening up');
    expect(li.querySelector('[part="break"] .gap-note')!.textContent).to.equal(': Decades of growth');
    expect(el.errors).to.deep.equal([]);
  });

  it('merges them with the chronology and validates them like any other event', async () => {
    let el!: EventTimeline;
    await captureWarnings(async () => {
      el = await fixture<EventTimeline>(
        html`<event-timeline .chronology=${sample}>
          <timeline-event id="late" start="2001" category="war"><span slot="title">Late</span></timeline-event>
          <timeline-event id="bad" start="2016-13-01" category="war"><span slot="title">Bad</span></timeline-event>
        </event-timeline>`,
      );
      await rendered(el, 4);
    });
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'late']);
    expect(el.errors).to.deep.equal([
      { path: 'events[4].start', message: "'2016-13-01' is not a valid date: month 13" },
    ]);
  });

  it("reads a child's lanes, main lane first, and declares the lanes only children name", async () => {
    const { readChildren, validateWithChildren } = await import('../src/features/declarative/index.js');
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <timeline-event id="thaad" start="2016-07-08" category="war" lane="washington">
          <span slot="title">THAAD</span>
        </timeline-event>
        <timeline-event id="apec" start="2025-10-31" category="war" lane=" beijing  washington ">
          <span slot="title">APEC</span>
        </timeline-event>
        <timeline-event id="home" start="2017-05-10" category="war"><span slot="title">Home</span></timeline-event>
      </div>`,
    );
    const children = readChildren(host);
    expect(children.map((child) => child.lane)).to.deep.equal(['washington', ['beijing', 'washington'], undefined]);
    const declared = { ...sample, lanes: [{ id: 'washington', label: 'Washington' }] };
    const { chronology, errors } = validateWithChildren(declared, children, false);
    expect(errors).to.deep.equal([]);
    expect(chronology.lanes).to.deep.equal([
      { id: 'washington', label: 'Washington' },
      { id: 'beijing', label: 'beijing' },
    ]);
    expect(chronology.events.map((event) => event.lane)).to.include.deep.members([['beijing', 'washington']]);
  });

  it('follows later changes to the children', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline>
        <timeline-event id="one" start="2001" category="c"><span slot="title">One</span></timeline-event>
      </event-timeline>`,
    );
    await rendered(el, 1);
    const child = el.querySelector('timeline-event')!;
    child.querySelector('[slot="title"]')!.textContent = 'Renamed';
    child.setAttribute('start', '2002');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="title"]')?.textContent === 'Renamed',
      'the new title renders',
      patience,
    );
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('2002');
    el.insertAdjacentHTML(
      'beforeend',
      '<timeline-event id="two" start="2003" category="c"><span slot="title">Two</span></timeline-event>',
    );
    await rendered(el, 2);
    child.remove();
    await rendered(el, 1);
    expect(ids(el)).to.deep.equal(['two']);
  });

  it("reports a bad child once, not again when the element's own attributes change", async () => {
    const withBadChild = (reports: number[]) =>
      fixture<EventTimeline>(
        html`<event-timeline @kt-error=${(e: CustomEvent) => reports.push(e.detail.errors.length)}>
          <timeline-event id="good" start="2001" category="c"><span slot="title">Good</span></timeline-event>
          <timeline-event id="bad" start="2001-02-30" category="c"><span slot="title">Bad</span></timeline-event>
        </event-timeline>`,
      );
    let el!: EventTimeline;
    const reports: number[] = [];
    const witnessReports: number[] = [];
    const warnings = await captureWarnings(async () => {
      el = await withBadChild(reports);
      const witness = await withBadChild(witnessReports);
      await rendered(el, 1);
      await rendered(witness, 1);
      await waitUntil(() => reports.length > 0 && witnessReports.length > 0, 'both report the bad child', patience);
      el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!.click(); // reflects `selected`
      await el.settled();
      el.setAttribute('theme', 'dark');
      // The witness's children change just after: it reads and reports them again the way `el`
      // would if its own attributes made it re-read, so once the witness has, `el` would have too.
      witness.querySelector('timeline-event')!.setAttribute('start', '2002');
      await waitUntil(() => witnessReports.length === 2, 'the witness reports again', patience);
      await el.settled();
    });
    expect(el.selected).to.equal('good');
    expect(reports).to.deep.equal([1]);
    expect(witnessReports).to.deep.equal([1, 1]);
    expect(warnings, 'one for el, two for the witness').to.have.length(3);
  });

  it('is readable before any script runs', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<event-timeline><timeline-event id="x" start="1950" category="c">
      <span slot="title">Readable title</span> Readable summary.</timeline-event></event-timeline>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    expect(frame.contentDocument!.body.innerText).to.include('Readable title').and.include('Readable summary.');
    frame.remove();
  });
});

describe('<timeline-annotation> children', () => {
  it('are notes on the timeline, drawn with lanes: about an event, over a range, and reported by path when wrong', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline lanes>
        <timeline-event id="war" start="1950-06-25" end="1953-07-27" category="security" lane="peninsula">
          <span slot="title">Korean War</span>
        </timeline-event>
        <timeline-event id="treaty" start="1953-10-01" category="security" lane="washington">
          <span slot="title">Mutual Defense Treaty</span>
        </timeline-event>
        <timeline-annotation id="no-treaty" event="war" lane="peninsula" priority="1">
          No peace treaty followed the armistice.
          <a slot="source" href="https://time.com/" data-publisher="TIME">Still at war</a>
        </timeline-annotation>
        <timeline-annotation id="cold" start="1953-10" end="1988" lane="washington"
          >The alliance holds.</timeline-annotation
        >
        <timeline-annotation id="stray" event="nowhere">About nothing.</timeline-annotation>
      </event-timeline>`,
    );
    await rendered(el, 2);
    await el.settled();
    const root = el.shadowRoot!;
    const note = root.getElementById('note-no-treaty')!;
    expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('No peace treaty followed the armistice.');
    expect(note.querySelector('a')!.href).to.equal('https://time.com/');
    expect(root.querySelector('li[data-id="war"]')!.getAttribute('aria-describedby')).to.equal('note-no-treaty');
    expect(root.getElementById('note-cold')!.textContent).to.contain('The alliance holds.');
    // The lanes the children name are declared for them, as categories are.
    expect([...root.querySelectorAll('[part~="lane-toggle"] .lane-name')].map((n) => n.textContent)).to.deep.equal([
      'peninsula',
      'washington',
    ]);
    expect(el.errors.map((error) => error.path)).to.deep.equal(['annotations[2].event']);
    expect(root.getElementById('note-stray')).to.equal(null);
  });
});
