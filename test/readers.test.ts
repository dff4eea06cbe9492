// Designed for readers: a list that scans, sources on demand, elapsed time, key moments and the
// story bar, and the horizontal track's pane and overview. Geometry and behaviour, on fixtures made here.
import './helpers/support.js';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology, TimelineEvent } from '../src/model/types.js';
import { patience, setViewport, visibleText } from './helpers/support.js';
import { tracks } from './helpers/chronologies.mjs';
import { overlaps } from './helpers/geometry.js';

const words = 'the talks went on through the night and ended with a statement both capitals read their own way'.split(
  ' ',
);
/** A summary of about 160 characters: the length a news desk writes. */
const summary = (i: number) =>
  Array.from({ length: 30 }, (_, k) => words[(i + k) % words.length])
    .join(' ')
    .slice(0, 160) + '.';

/**
 * Thirty events over 1950–2025 with real-length summaries, two sources each, notes on some, eras
 * that cover them, and three key moments: the shape of a news chronology.
 */
const story: Chronology = {
  title: 'Reader fixture',
  description: 'A chronology shaped like a news timeline, made for these tests.',
  categories: [
    { id: 'security', label: 'Security', color: '#3a6fd8' },
    { id: 'economy', label: 'Economy' },
    { id: 'diplomacy', label: 'Diplomacy' },
  ],
  eras: [
    { id: 'war', start: '1950', end: '1953', label: 'The war' },
    { id: 'cold', start: '1954', end: '1991', label: 'The Cold War' },
    { id: 'open', start: '1992', end: '2016', label: 'Opening' },
    { id: 'now', start: '2017', end: '2025', label: 'Now' },
  ],
  events: [
    { id: 'war', start: '1950-06-25', end: '1953-07-27', featured: true, kicker: 'Where it starts' },
    { id: 'armistice', start: '1953-07-27' },
    { id: 'olympics', start: '1988-09-17', end: '1988-10-02' },
    { id: 'recognition', start: '1992-08-24', featured: true },
    { id: 'raid', start: '2019-09-04', end: '2019-09-12' },
    ...Array.from({ length: 25 }, (_, i) => ({ id: `e${i}`, start: `${1993 + i}-0${(i % 9) + 1}-1${i % 9}` })),
  ].map((e, i): TimelineEvent => ({
    title: `Event ${e.id}: a headline of a usual length`,
    summary: summary(i),
    category: ['security', 'economy', 'diplomacy'][i % 3]!,
    sources: [
      { title: `Report on ${e.id}`, publisher: 'Agency', url: `https://example.com/${e.id}` },
      { title: `[Description: archive page on ${e.id}]`, publisher: 'Archive', url: `https://example.org/${e.id}` },
    ],
    ...(i % 4 === 0 ? { note: 'Local date; a day earlier in Washington.' } : {}),
    ...e,
  })),
};
story.events.find((e) => e.id === 'e10')!.featured = true;

async function timeline(attributes: Record<string, string> = {}, width = 1280): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><event-timeline .chronology=${story}></event-timeline></div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  if (attributes.orientation === 'horizontal') {
    await waitUntil(() => el.shadowRoot!.querySelector('[part="overview"]'), 'the track loads', patience);
  }
  await waitUntil(() => el.shadowRoot!.querySelector('[part="story"]'), "the reader's guides load", patience);
  await el.updateComplete;
  return el;
}
const $ = (el: EventTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: EventTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const li = (el: EventTimeline, id: string) => $(el, `li[data-id="${id}"]`);
const rect = (el: Element) => el.getBoundingClientRect();
/** Lets content-visibility lay out every event, so heights are real. */
const layOutAll = async (el: EventTimeline) => {
  for (const item of $$(el, 'li[data-id]')) item.style.contentVisibility = 'visible';
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};

before(() => setViewport({ width: 1280, height: 900 }));
after(() => setViewport({ width: 800, height: 600 }));

describe('a list that scans', () => {
  for (const width of [1280, 390]) {
    it(`marks where each year starts clear of the markers, and writes no text under 12 px (${width} px)`, async () => {
      const el = await timeline({}, width);
      const marks = $$(el, '[part="year"]');
      expect(marks.length).to.be.above(5);
      for (const mark of marks) {
        const li = mark.closest('li')!;
        // On a phone the date beside the marker says the year: no mark there to cover it.
        expect(mark.checkVisibility(), li.dataset.id).to.equal(width > 600);
        const problems = overlaps([
          { name: `${li.dataset.id} year`, box: rect(mark) },
          { name: 'marker', box: rect(li.querySelector('[part~="marker"]')!) },
        ]);
        expect(problems, li.dataset.id).to.deep.equal([]);
      }
      for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
      const small = [...el.shadowRoot!.querySelectorAll('*')].filter(
        (e) =>
          [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
          e.checkVisibility() &&
          parseFloat(getComputedStyle(e).fontSize) < 11.95,
      );
      expect(small.map((e) => `${e.className}: ${getComputedStyle(e).fontSize}`)).to.deep.equal([]);
    });
  }

  it('takes at most 120 px per event on average on a desktop', async () => {
    const el = await timeline();
    await layOutAll(el);
    const height = rect($(el, '[part="list"]')).height;
    expect(height / story.events.length).to.be.at.most(120);
    await expect(el).to.be.accessible();
  });

  it('keeps the note and sources behind a disclosure until the event is selected', async () => {
    const el = await timeline();
    const sources = li(el, 'e3').querySelector<HTMLDetailsElement>('[part="sources"]')!;
    expect(sources.localName).to.equal('details');
    expect(sources.open).to.be.false;
    expect(sources.querySelector('summary')!.textContent!.trim()).to.equal('Note and sources (2)');
    expect(li(el, 'e1').querySelector('summary')!.textContent!.trim()).to.equal('Sources (2)');
    // Closed, the footnotes take no room, and are still in the DOM for find-in-page and print.
    expect(sources.querySelector('ol')!.checkVisibility()).to.be.false;
    expect(sources.textContent).to.include('Report on e3');
    expect([...sources.querySelectorAll('a')].map((a) => a.tabIndex)).to.deep.equal([-1, -1]);

    li(el, 'e3').click();
    await el.updateComplete;
    expect(el.selected).to.equal('e3');
    expect(sources.open).to.be.true;
    expect(sources.querySelector('ol')!.checkVisibility()).to.be.true;
    expect(rect(sources.querySelector('ol')!).height).to.be.greaterThan(0);
    expect(rect(sources.querySelector('[part="note"]')!).height).to.be.greaterThan(0);
    expect([...sources.querySelectorAll('a')].map((a) => a.tabIndex)).to.deep.equal([0, 0]);
    await expect(el).to.be.accessible();
  });

  it('opens another event’s sources from their summary without selecting it', async () => {
    const el = await timeline({ selected: 'e0' });
    const sources = li(el, 'e1').querySelector<HTMLDetailsElement>('[part="sources"]')!;
    sources.querySelector('summary')!.click();
    await el.updateComplete;
    expect(sources.open).to.be.true;
    expect(el.selected).to.equal('e0');
  });

  it('writes sources as footnotes: publisher first, the headline linked, a description without brackets', async () => {
    const el = await timeline({ selected: 'e0' });
    const [report, described] = [...li(el, 'e0').querySelectorAll('[part="sources"] li')];
    expect(report!.querySelector('.publisher')!.textContent).to.equal('Agency');
    expect(report!.querySelector('a')!.textContent!.trim()).to.equal('Report on e0');
    expect(rect(report!.querySelector('.publisher')!).right).to.be.at.most(rect(report!.querySelector('a')!).left);
    expect(described!.querySelector('a')!.textContent!.trim()).to.equal('archive page on e0');
    expect(getComputedStyle(described!.querySelector('a')!).fontStyle).to.equal('italic');
  });

  it('leads with the date: bold, in the text colour, on one line', async () => {
    const el = await timeline();
    await layOutAll(el);
    const war = li(el, 'war').querySelector<HTMLElement>('[part="date"]')!;
    const style = getComputedStyle(war);
    expect(Number(style.fontWeight)).to.be.at.least(700);
    expect(style.color).to.equal(getComputedStyle($(el, '[part="title"]')).color);
    for (const date of $$(el, '[part="date"]')) {
      expect(date.scrollWidth, date.textContent!).to.be.at.most(date.clientWidth + 1);
      expect(date.getClientRects().length).to.equal(1);
      expect(date.offsetHeight, date.textContent!).to.be.below(parseFloat(style.lineHeight) * 1.5 + 20);
    }
  });

  it("wraps a long range after its dash, clear of the marker, in English and Korean (TimelineJS3's sample)", async () => {
    const lovelace: Chronology = {
      title: 'Women in Computing',
      categories: [{ id: 'c', label: 'People' }],
      events: [
        { id: 'ada', start: '1815-12-10', end: '1852-11-27', title: 'Ada Lovelace', category: 'c' },
        { id: 'grace', start: '1906-12-09', end: '1992-01-01', circa: true, title: 'Grace Hopper', category: 'c' },
        { id: 'eniac', start: '1946-02-15', title: 'ENIAC', category: 'c' },
      ],
    };
    for (const locale of ['en', 'ko']) {
      const el = await fixture<EventTimeline>(
        html`<event-timeline style="width: 1248px" locale=${locale} .chronology=${lovelace}></event-timeline>`,
      );
      await el.settled();
      await layOutAll(el);
      for (const item of $$(el, 'li[data-id]')) {
        const date = item.querySelector<HTMLElement>('[part="date"]')!;
        const marker = item.querySelector<HTMLElement>('[part~="marker"]')!;
        expect(rect(date).right, `${locale} ${date.textContent}`).to.be.at.most(rect(marker).left);
        // Each end whole on its line: a range breaks only after its dash.
        for (const end of date.querySelectorAll('span')) expect(end.getClientRects().length).to.equal(1);
      }
      const ada = li(el, 'ada').querySelector('[part="date"]')!;
      const lines = [...ada.querySelectorAll('span')].map((end) => end.textContent!.trim());
      expect(lines).to.deep.equal(
        locale === 'en' ? ['10 December 1815 –', '27 November 1852'] : ['1815년 12월 10일~', '1852년 11월 27일'],
      );
      expect(rect(ada.querySelectorAll('span')[1]!).top).to.be.above(rect(ada.querySelectorAll('span')[0]!).top);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('tells the title and the summary apart', async () => {
    const el = await timeline();
    const title = getComputedStyle(li(el, 'e1').querySelector('[part="title"]')!);
    const text = getComputedStyle(li(el, 'e1').querySelector('[part="summary"]')!);
    expect(parseFloat(title.fontSize)).to.be.greaterThan(parseFloat(text.fontSize));
    // Both in the reading colour: the title stands apart by its size and weight.
    expect(parseFloat(title.fontWeight)).to.be.at.least(parseFloat(text.fontWeight) + 200);
  });

  it('gives Korean summaries the taller line Hangul needs, and English ones about 1.5', async () => {
    const el = await timeline();
    const lineHeight = (locale: string) => {
      el.locale = locale;
      return el.updateComplete.then(() => {
        const text = getComputedStyle(li(el, 'e1').querySelector('[part="summary"]')!);
        return parseFloat(text.lineHeight) / parseFloat(text.fontSize);
      });
    };
    expect(await lineHeight('en')).to.be.within(1.45, 1.6);
    // The summary is in the data's language: English here, so make it Korean.
    el.chronology = { ...story, events: story.events.map((e) => ({ ...e, summary: { ko: '한국어 요약입니다.' } })) };
    expect(await lineHeight('ko')).to.be.within(1.65, 1.8);
  });
});

describe('elapsed time', () => {
  it('marks a gap of more than five years between events, and says how long', async () => {
    const el = await timeline();
    const gaps = $$(el, '[part="break"]');
    expect(gaps.map((gap) => gap.closest('li')!.dataset.id)).to.deep.equal(['olympics']);
    expect(visibleText(gaps[0]!.querySelector('[aria-hidden="true"]')!)).to.equal('1953 → 1988 · 35 years');
    expect(gaps[0]!.textContent).to.include('From 1953 to 1988: 35 years');
    // Above the event's own date, across the list.
    expect(rect(gaps[0]!).bottom).to.be.at.most(rect(li(el, 'olympics').querySelector('[part="date"]')!).top + 1);
  });

  it('reads newest first too, and in Korean', async () => {
    const el = await timeline({ reverse: '', locale: 'ko' });
    const gap = $$(el, '[part="break"]')[0]!;
    expect(gap.closest('li')!.dataset.id).to.equal('armistice');
    expect($$(el, '[part="break"]')).to.have.length(1);
    expect(visibleText(gap.querySelector('[aria-hidden="true"]')!)).to.equal('1988년 → 1953년 · 35년');
  });

  it('says what the empty years hold, from the data, in the list and on the time scale, either way round', async () => {
    const caption = { en: 'the alliance holds through the Cold War', ko: '동맹은 냉전 내내 유지된다' };
    const chronology = {
      ...story,
      events: story.events.map((e) => (e.id === 'olympics' ? { ...e, gap: caption } : e)),
    };
    for (const [attributes, at, text] of [
      [{}, 'olympics', '1953 → 1988 · 35 years: the alliance holds through the Cold War'],
      [{ reverse: '', locale: 'ko' }, 'armistice', '1988년 → 1953년 · 35년: 동맹은 냉전 내내 유지된다'],
    ] as const) {
      const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${chronology}></event-timeline>`);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      await el.settled();
      const gap = $(el, '[part="break"]');
      expect(gap.closest('li')!.dataset.id).to.equal(at);
      const note = gap.querySelector('.gap-note')!;
      expect(visibleText(gap.querySelector('[aria-hidden="true"]')!) + note.textContent).to.equal(text);
      // Read out too, after how long, in its own language.
      expect(note.closest('[aria-hidden="true"]')).to.equal(null);
      expect(note.getAttribute('lang')).to.equal('locale' in attributes ? 'ko' : 'en');
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
    // On the time scale, under "not to scale" in the shortened gap's label, and in what is read out.
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${chronology} scale="time" orientation="horizontal"></event-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.track [part="break"]'), 'the track', patience);
    const gap = $(el, '.track [part="break"]');
    expect(gap.textContent!.match(/the alliance holds/g)).to.have.length(2);
    const note = gap.querySelector<HTMLElement>('.break-note')!;
    expect(note.checkVisibility()).to.be.true;
    // Inside the gap's hatching, clear of the cards either side.
    expect(rect(note).left).to.be.at.least(rect(gap).left - 1);
    expect(rect(note).right).to.be.at.most(rect(gap).right + 1);
  });

  it('gives each range its duration in words, under its date', async () => {
    const el = await timeline();
    const text = (id: string) => li(el, id).querySelector('[part="duration"]')?.textContent;
    expect(text('war')).to.equal('3 years');
    expect(text('raid')).to.equal('9 days');
    expect(text('olympics')).to.equal('16 days');
    expect(text('armistice')).to.equal(undefined);
    const date = rect(li(el, 'war').querySelector('[part="date"]')!);
    expect(rect(li(el, 'war').querySelector('[part="duration"]')!).top).to.be.at.least(date.bottom - 1);
  });
});

describe('eras as spans', () => {
  it('tints the line beside each event in an era, and not beside one outside every era', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${tracks}></event-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="story"]'), "the reader's guides load", patience);
    const tinted = (id: string) => Boolean(li(el, id).querySelector('[part="era-span"]'));
    expect(['war', 'armistice', 'free-trade', 'summit-d'].map(tinted)).to.deep.equal([true, true, true, true]);
    // The treaty (October 1953) and the games (1988) fall between the two eras.
    expect(['treaty', 'games', 'accord'].map(tinted)).to.deep.equal([false, false, false]);
    const span = rect(li(el, 'war').querySelector('[part="era-span"]')!);
    const marker = rect(li(el, 'war').querySelector('[part~="marker"]')!);
    expect(span.left).to.be.below(marker.left + marker.width / 2);
    expect(span.right).to.be.above(marker.left + marker.width / 2);
    // It begins under the era's band, and runs on through the next event's whole box, without a break.
    expect(span.top).to.be.at.least(rect(li(el, 'war').querySelector('[part="era"]')!).bottom - 1);
    const next = rect(li(el, 'armistice').querySelector('[part="era-span"]')!);
    expect(next.top).to.be.closeTo(span.bottom, 1);
    expect(next.bottom).to.be.closeTo(rect(li(el, 'armistice')).bottom, 1);
  });
});

describe('years and eras in sight', () => {
  it('writes the year as a numeral in the date column where a new year starts, level with the title', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${tracks}></event-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="story"]'), "the reader's guides load", patience);
    const year = (id: string) => li(el, id).querySelector('.year-mark')?.textContent;
    const ids = ['war', 'armistice', 'treaty', 'games', 'summit-a', 'deal', 'summit-b'];
    expect(ids.map(year)).to.deep.equal(['1950', '1953', undefined, '1988', '2025', undefined, undefined]);
    for (const id of ['war', 'games', 'summit-a']) {
      const numeral = li(el, id).querySelector<HTMLElement>('[part="year"]')!;
      const box = rect(numeral);
      const date = rect(li(el, id).querySelector('[part="date"]')!);
      const marker = rect(li(el, id).querySelector('[part~="marker"]')!);
      const title = rect(li(el, id).querySelector('[part="title"]')!);
      expect(parseFloat(getComputedStyle(numeral).fontSize), id).to.be.at.least(20);
      // In the date column, over the date, ending where it ends.
      expect(box.right, id).to.be.at.most(marker.left);
      expect(box.bottom, id).to.be.at.most(date.top + 1);
      expect(box.right, id).to.be.closeTo(date.right, 1);
      const words = document.createRange();
      words.selectNodeContents(numeral);
      const ink = words.getBoundingClientRect();
      expect(ink.right, `${id}: its digits end with the date's`).to.be.closeTo(date.right - 7, 3);
      // Level with the title's first line.
      expect(Math.abs(ink.top + ink.height / 2 - (title.top + 12)), id).to.be.below(6);
    }
    // Dated by its year alone, the event's numeral is its date: the date is there for screen readers only.
    expect(year('pandemic')).to.equal('2020');
    const said = li(el, 'pandemic').querySelector<HTMLElement>('[part="date"]')!;
    expect(said.textContent!.trim()).to.equal('2020');
    expect(rect(said).width).to.be.at.most(1);
    expect(rect(li(el, 'games').querySelector('[part="date"]')!).width).to.be.above(20);
    // Newest first, each year is marked where it starts in reading order.
    el.reverse = true;
    await el.updateComplete;
    const distinct = new Set(tracks.events.map((e) => e.start.slice(0, 4))).size;
    expect($$(el, '.year-mark')).to.have.length(distinct);
    expect(year('summit-d')).to.equal('2025');
  });

  it('keeps the era’s band at the top of the window while the reader is inside the era', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${tracks}></event-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="story"]'), "the reader's guides load", patience);
    const band = () => el.shadowRoot!.querySelector<HTMLElement>('.stuck-band');
    const scrollToEvent = (id: string) => scrollTo(0, rect(li(el, id)).top + scrollY - 10);
    try {
      // At the start the era's own band is in view: no copy.
      expect(Boolean(band())).to.equal(false);
      scrollToEvent('armistice');
      await waitUntil(() => band()?.textContent?.includes('War years'), 'the war years stay in sight', patience);
      expect(Math.abs(rect(band()!).top)).to.be.below(1.5);
      await expect(el).to.be.accessible();
      // The band sits below a page's own sticky header with a token.
      el.style.setProperty('--kt-sticky-top', '48px');
      scrollToEvent('armistice');
      await waitUntil(() => band() && Math.abs(rect(band()!).top - 48) < 1.5, 'the band moves down', patience);
      el.style.removeProperty('--kt-sticky-top');
      // An event outside every era is not drawn under the last era's band.
      scrollToEvent('games');
      await waitUntil(() => !band(), 'no band outside every era', patience);
      scrollToEvent('exports');
      await waitUntil(() => band()?.textContent?.includes('Recent years'), 'the next era in sight', patience);
    } finally {
      scrollTo(0, 0);
    }
  });
});

describe('key moments', () => {
  it('gives a featured event the part, its kicker, a larger title and marker', async () => {
    const el = await timeline();
    const war = li(el, 'war');
    expect(war.getAttribute('part')!.split(' ')).to.include('featured');
    expect(li(el, 'armistice').getAttribute('part')!.split(' ')).not.to.include('featured');
    expect(war.querySelector('[part="kicker"]')!.textContent).to.equal('Where it starts');
    expect(li(el, 'recognition').querySelector('[part="kicker"]')).to.equal(null);
    const size = (id: string, part: string) => rect(li(el, id).querySelector(`[part~="${part}"]`)!).height;
    expect(size('recognition', 'title')).to.be.greaterThan(size('armistice', 'title'));
    expect(rect(li(el, 'recognition').querySelector('[part~="marker"]')!).width).to.be.greaterThan(
      rect(li(el, 'armistice').querySelector('[part~="marker"]')!).width,
    );
  });

  it('shows only the key moments with featured-only, from the toggle', async () => {
    const el = await timeline();
    const toggle = $(el, '[part="key-moments"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Key moments 3');
    toggle.click();
    await el.updateComplete;
    expect(el.hasAttribute('featured-only')).to.be.true;
    expect($$(el, 'li[data-id]').map((item) => item.dataset.id)).to.deep.equal(['war', 'recognition', 'e10']);
    expect($(el, '[part="key-moments"]').getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part="count"]').textContent).to.equal('3 of 30 events shown');
    await expect(el).to.be.accessible();
    $(el, '[part="key-moments"]').click();
    await el.updateComplete;
    expect($$(el, 'li[data-id]')).to.have.length(30);
  });

  it('invites the reader to start with the key moments, and starts at the first in reading order', async () => {
    for (const reverse of [false, true]) {
      const el = await timeline(reverse ? { reverse: '' } : {});
      const start = $(el, '[part="start"]');
      expect(start.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Start with the 3 key moments');
      const selected = oneEvent(el, 'kt-select');
      start.click();
      expect((await selected).detail.event.id).to.equal(reverse ? 'e10' : 'war');
      await el.updateComplete;
      expect(el.featuredOnly).to.be.true;
      expect(el.selected).to.equal(reverse ? 'e10' : 'war');
      expect($$(el, 'li[data-id]')).to.have.length(3);
      // Started, the call gives way to the stepping.
      expect(el.shadowRoot!.querySelector('[part="start"]')).to.equal(null);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
    // Nothing to start with: no key moments, or an event already chosen.
    const chosen = await timeline({ selected: 'armistice' });
    expect(chosen.shadowRoot!.querySelector('[part="start"]')).to.equal(null);
    const plain = await fixture<EventTimeline>(
      html`<event-timeline
        .chronology=${{ ...story, events: story.events.map((e) => ({ ...e, featured: false })) }}
      ></event-timeline>`,
    );
    await plain.settled();
    expect(plain.shadowRoot!.querySelector('[part="story"]')).to.exist;
    expect(plain.shadowRoot!.querySelector('[part="start"]')).to.equal(null);
  });

  it('shows "Key moments" on as a mode, solid, not tinted like the category chip "All" beside it', async () => {
    const el = await timeline({ 'featured-only': '' });
    const chip = $(el, '[part="filter"]');
    expect(chip.textContent).to.include('All');
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    const all = getComputedStyle(chip);
    const moments = getComputedStyle($(el, '[part="key-moments"]'));
    // Filled with the colour of its edge, where the pressed chip is a tint inside its edge.
    expect(moments.backgroundColor).to.equal(moments.borderTopColor);
    expect(all.backgroundColor).not.to.equal(all.borderTopColor);
    expect(moments.color).not.to.equal(all.color);
  });

  it('walks through the events with previous and next, firing kt-select', async () => {
    const el = await timeline({ 'featured-only': '' });
    const [previous, next] = $$(el, '[part="story"] button:not([part])');
    expect(previous!.getAttribute('aria-label')).to.equal('Previous event');
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    const selected = oneEvent(el, 'kt-select');
    next!.click();
    expect((await selected).detail.event.id).to.equal('war');
    await el.updateComplete;
    // Each press selects the next event in reading order, and stops at the ends.
    const presses: [HTMLElement, string][] = [
      [next!, 'recognition'],
      [next!, 'e10'],
      [next!, 'e10'],
      [previous!, 'recognition'],
    ];
    for (const [button, expected] of presses) {
      button.click();
      await el.updateComplete;
      expect(el.selected).to.equal(expected);
      // At the last key moment, "Next" says it has nowhere to go.
      expect(next!.getAttribute('aria-disabled')).to.equal(expected === 'e10' ? 'true' : 'false');
    }
    expect(next!.getAttribute('aria-disabled')).to.equal('false');
    expect(previous!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });
});

describe('on a phone', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 1280, height: 900 }));

  it("sets the story bar's arrows apart from the chips after them", async () => {
    const el = await timeline({}, 358);
    const story = $(el, '[part="story"]');
    const next = rect($$(el, '[part="story"] button').at(-1)!);
    const chip = rect($(el, '[part="filter"]'));
    expect(chip.left, 'the chips come after the story').to.be.above(next.right);
    // A rule between them, and more room than between two chips.
    const style = getComputedStyle(story);
    expect(parseFloat(style.borderInlineEndWidth)).to.be.at.least(1);
    expect(style.borderInlineEndStyle).to.equal('solid');
    const border = rect(story).right;
    expect(border - next.right).to.be.at.least(8);
    expect(chip.left - border).to.be.at.least(4);
  });

  it('starts each date and duration where its title starts', async () => {
    const el = await timeline({}, 358);
    for (const item of $$(el, 'li[data-id]').slice(0, 6)) {
      const date = item.querySelector('[part="date"]')!;
      // The text's own start, not its box's: a range's date is in two spans.
      const range = document.createRange();
      range.selectNodeContents(date);
      const title = document.createRange();
      title.selectNodeContents(item.querySelector('[part="title"]')!);
      expect(range.getBoundingClientRect().left, item.dataset.id).to.be.closeTo(
        title.getBoundingClientRect().left,
        0.5,
      );
      const duration = item.querySelector('[part="duration"]');
      if (!duration) continue;
      range.selectNodeContents(duration);
      expect(range.getBoundingClientRect().left, `${item.dataset.id}'s duration`).to.be.closeTo(
        title.getBoundingClientRect().left,
        0.5,
      );
    }
  });

  it('keeps the controls to one row that scrolls, and the first event high on the screen', async () => {
    const el = await timeline({}, 358);
    const controls = $(el, '.controls');
    const chips = $$(el, '[part="filter"], [part="story"] button');
    const rows = new Set(chips.map((chip) => Math.round(rect(chip).top)));
    expect(rows.size, 'one row').to.equal(1);
    expect(controls.scrollWidth).to.be.greaterThan(controls.clientWidth);
    expect(getComputedStyle(controls).overflowX).to.equal('auto');
    expect(rect($(el, '[part="header"]')).height).to.be.at.most(220);
    await expect(el).to.be.accessible();
  });

  it('keeps the key moments’ stepper at the bottom of the window once the story bar has gone by', async () => {
    const el = await timeline({ 'featured-only': '' }, 358);
    // Room to scroll the story bar away with the timeline still in the window.
    const spacer = document.body.appendChild(document.createElement('div'));
    spacer.style.height = '150vh';
    const stepper = () => $(el, '[part="stepper"]');
    const moments = story.events.filter((e) => e.featured).map((e) => e.id);
    try {
      await waitUntil(() => stepper(), 'the stepper is there', patience);
      // With the story bar in sight, it is hidden.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(stepper().hidden, 'hidden beside the story bar').to.be.true;
      scrollTo(0, scrollY + rect($(el, '[part="story"]')).bottom + 10);
      await waitUntil(() => !stepper().hidden, 'shown once the bar has gone by', patience);
      // Nothing around it masks it away (a phone's row of controls fades its end with a mask).
      for (let up = stepper().parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        expect(style.maskImage || style.webkitMaskImage || 'none', up.className).to.equal('none');
      }
      expect(stepper().textContent).to.include(`${moments.length} key moments`);
      for (const [i, id] of moments.entries()) {
        stepper().querySelector<HTMLButtonElement>('.next')!.click();
        await waitUntil(() => el.selected === id, `moment ${i + 1} selected`, patience);
        await el.updateComplete;
        const box = rect(stepper());
        expect(box.bottom, 'in the window').to.be.at.most(innerHeight + 0.5);
        expect(box.top).to.be.at.least(0);
        expect(stepper().querySelector('.place')!.textContent).to.equal(`${i + 1} of ${moments.length}`);
      }
      // The next button names the moment it goes to; at the last, there is none.
      expect(stepper().querySelector('.next')!.getAttribute('aria-disabled')).to.equal('true');
      stepper().querySelector<HTMLButtonElement>('.walk')!.click();
      await waitUntil(() => el.selected === moments.at(-2), 'back a moment', patience);
      await el.updateComplete;
      expect(stepper().querySelector('.next')!.getAttribute('aria-label')).to.include(
        `Next event: Event ${moments.at(-1)}`,
      );
      await expect(el).to.be.accessible();
      // Back at the story bar, the stepper goes.
      scrollTo(0, 0);
      await waitUntil(() => stepper().hidden, 'hidden with the story bar in sight', patience);
      // Not in key-moments mode: no stepper.
      el.featuredOnly = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="stepper"]')).to.equal(null);
    } finally {
      spacer.remove();
      scrollTo(0, 0);
    }
  });

  it('keeps the era in sight in a slim band, its dates left to the era’s own', async () => {
    const chronology = {
      ...story,
      eras: story.eras!.map((era) => ({ ...era, label: `${era.label}: a long name for an era, as news desks write` })),
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 358px"><event-timeline .chronology=${chronology}></event-timeline></div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="story"]'), "the reader's guides load", patience);
    const band = () => el.shadowRoot!.querySelector<HTMLElement>('.stuck-band');
    try {
      scrollTo(0, rect(li(el, 'armistice')).top + scrollY - 10);
      await waitUntil(() => band(), 'the era in sight', patience);
      const own = rect(li(el, 'war').querySelector('[part~="era"]')!);
      expect(rect(band()!).height, 'slimmer than the era’s own band').to.be.below(own.height * 0.75);
      expect(rect(band()!).height).to.be.at.most(48);
      expect(band()!.querySelector('.era-dates')!.checkVisibility()).to.be.false;
    } finally {
      scrollTo(0, 0);
    }
  });

  it("shows that the horizontal track's pane scrolls, with a shadow at the edge that has more", async () => {
    await setViewport({ width: 390, height: 560 });
    try {
      const el = await timeline({ orientation: 'horizontal', selected: 'e5' }, 358);
      const pane = $(el, '[part="detail"]');
      await waitUntil(() => pane.querySelector('[part="title"]'), 'the pane shows the event', patience);
      expect(pane.scrollHeight, 'it scrolls').to.be.greaterThan(pane.clientHeight);
      // Two covers that move with the text over two shadows that stay with the box.
      const style = getComputedStyle(pane);
      expect(style.backgroundAttachment.split(/,\s*/).slice(0, 4)).to.deep.equal([
        'local',
        'local',
        'scroll',
        'scroll',
      ]);
      expect(style.backgroundImage.match(/radial-gradient/g)).to.have.length(2);
    } finally {
      await setViewport({ width: 390, height: 844 });
    }
  });
});

describe('the horizontal view', () => {
  for (const [device, width] of [
    ['desktop', 1280],
    ['phone', 358],
  ] as const) {
    it(`shows the selected event in a pane above the track that stays put and covers nothing (${device})`, async () => {
      const el = await timeline({ orientation: 'horizontal', scale: 'time', selected: 'e2' }, width);
      // Its box in the element's: the page may scroll to bring the next card into view.
      const pane = () => {
        const [box, frame] = [rect($(el, '[part="detail"]')), rect(el)];
        return new DOMRect(box.left - frame.left, box.top - frame.top, box.width, box.height);
      };
      const first = pane();
      const scroller = rect($(el, '.scroller'));
      expect(rect($(el, '[part="detail"]')).bottom, 'above the track').to.be.at.most(scroller.top + 1);
      expect(first.width).to.be.at.least(width - 2);
      // Step through five events: the pane keeps its box, and never covers the event's marker,
      // the controls, the step buttons or the overview.
      for (let step = 0; step < 5; step++) {
        const id = el.selected!;
        expect($(el, '[part="detail"] [part="title"]').textContent, id).to.include(`Event ${id}`);
        const box = pane();
        const onScreen = rect($(el, '[part="detail"]'));
        for (const edge of ['top', 'left', 'width', 'height'] as const)
          expect(box[edge], `${id}: ${edge}`).to.equal(first[edge]);
        const others = [
          { name: 'marker', box: rect(li(el, id).querySelector('[part~="marker"]')!) },
          { name: 'overview', box: rect($(el, '[part="overview"]')) },
          ...$$(el, '.zoom button, .step, [part~="chip"]').map((node) => ({ name: node.className, box: rect(node) })),
        ];
        expect(
          overlaps([{ name: 'pane', box: onScreen }, ...others]).filter((pair) => pair.startsWith('pane')),
          id,
        ).to.deep.equal([]);
        $(el, '.step:not(.back)').click();
        await waitUntil(() => el.selected !== id, 'the next event is selected', patience);
        await el.updateComplete;
      }
      // Closed, it says how to choose an event, in the same box.
      el.selected = undefined;
      await el.updateComplete;
      expect($(el, '[part="detail"]').textContent!.trim()).to.equal('Select an event on the track to read it here.');
      expect(pane().height).to.equal(first.height);
      await expect(el).to.be.accessible();
    });
  }

  it('puts previous and next above the pane and the track, beside the zoom, over no card', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', selected: 'e5' });
    const steps = $$(el, '[part="step"]').map(rect);
    expect(steps).to.have.length(2);
    const [pane, scroller] = [rect($(el, '[part="detail"]')), rect($(el, '.scroller'))];
    for (const step of steps) {
      expect(step.bottom, 'above the pane').to.be.at.most(pane.top + 1);
      expect(step.bottom, 'and the track').to.be.at.most(scroller.top + 1);
      expect(step.height, 'a touch target').to.be.at.least(44);
    }
    const zoom = rect($(el, '.zoom'));
    const middle = (box: DOMRect) => box.top + box.height / 2;
    expect(Math.abs(middle(steps[0]!) - middle(zoom)), 'on the zoom row').to.be.below(2);
  });

  it('closes the selected event with Escape and gives the focus back to the card', async () => {
    const el = await timeline({ orientation: 'horizontal', selected: 'e5' });
    $(el, '.scroller').scrollIntoView({ block: 'start' });
    $(el, '[part="detail"] .close').focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.shadowRoot!.activeElement === li(el, 'e5'), 'the focus is back on the card', patience);
    expect(el.selected).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="detail"] [part="title"]')).to.equal(null);
  });

  it('selects the card that is clicked, for every card in view', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const scroller = $(el, '.scroller');
    scroller.scrollIntoView({ block: 'start' });
    const view = rect(scroller);
    const inView = $$(el, 'li[data-id]').filter((item) => {
      const box = rect(item.querySelector('[part="title"]')!);
      return box.left >= view.left && box.right <= view.right && box.bottom <= innerHeight;
    });
    expect(inView.length, 'cards in view').to.be.at.least(4);
    for (const item of inView) {
      el.selected = undefined;
      await el.updateComplete;
      const box = rect(item.querySelector('[part="title"]')!);
      await sendMouse({ type: 'click', position: [Math.round(box.left + 6), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      expect(el.selected, item.dataset.id).to.equal(item.dataset.id);
    }
  });

  it('shows its dates and titles whole', async () => {
    const el = await timeline({ orientation: 'horizontal' });
    for (const date of $$(el, 'li [part="date"]')) {
      expect(date.scrollWidth, date.textContent!).to.be.at.most(date.clientWidth + 1);
      expect(getComputedStyle(date).textOverflow).not.to.equal('ellipsis');
    }
    await waitUntil(
      () => $$(el, 'li [part="body"]').every((body) => body.scrollHeight <= body.clientHeight + 1),
      'every title fits its card',
      patience,
    );
    expect(getComputedStyle($(el, 'li [part="title"]')).webkitLineClamp).to.equal('none');
  });

  it('has an overview of the whole span whose window follows the track, and moves it on click', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const overview = $(el, '[part="overview"]');
    const scroller = $(el, '.scroller');
    expect(overview.querySelectorAll('.overview-era')).to.have.length(story.eras!.length);
    // A tick within a thousandth of the span of every event, and none more than events.
    const ticks = [...overview.querySelectorAll<HTMLElement>('.overview-event')].map((t) =>
      Number(t.style.getPropertyValue('--_a')),
    );
    expect(ticks.length).to.be.within(1, story.events.length);
    const length = Number($(el, '.track').style.getPropertyValue('--_length'));
    for (const li of $$(el, 'li[part~="event"]')) {
      const at = Number((li as HTMLElement).style.getPropertyValue('--_pos')) / length;
      expect(
        ticks.some((a) => Math.abs(a - at) <= 0.0005),
        li.dataset.id,
      ).to.be.true;
    }
    expect(scroller.classList.contains('more-after')).to.be.true;
    expect(scroller.classList.contains('more-before')).to.be.false;
    overview.scrollIntoView({ block: 'center' });
    const box = rect(overview);
    // Its right end, or the page's where a scroll bar covers the strip's (Firefox's, on a page that scrolls).
    const right = Math.min(box.right, document.documentElement.clientWidth);
    await sendMouse({ type: 'click', position: [Math.round(right - 4), Math.round(box.top + box.height / 2)] });
    await waitUntil(
      () => scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 2,
      'the track scrolls to its end',
      patience,
    );
    await waitUntil(() => scroller.classList.contains('more-before'), 'the start fades', patience);
    const window = rect(overview.querySelector('.overview-window')!);
    expect(window.right).to.be.closeTo(box.right, 4);
  });

  it('fades only the end it can scroll to, the left one right to left, never the first card', async () => {
    /** The edges the scroller's mask makes transparent. */
    const faded = (scroller: HTMLElement) => {
      const style = getComputedStyle(scroller);
      const mask = style.maskImage || style.webkitMaskImage || 'none';
      const along = /to (left|right)/.exec(mask)?.[1];
      if (!along) return [];
      const clear = '(?:transparent|rgba\\(0, 0, 0, 0\\))';
      const back = along === 'right' ? 'left' : 'right';
      return [
        ...(new RegExp(`^linear-gradient\\(to ${along}, ${clear}`).test(mask) ? [back] : []),
        ...(new RegExp(`${clear}\\)$`).test(mask) ? [along] : []),
      ];
    };
    for (const dir of ['ltr', 'rtl']) {
      const el = await timeline({ orientation: 'horizontal', dir });
      const scroller = $(el, '.scroller');
      await waitUntil(() => scroller.classList.contains('more-after'), 'more to scroll to', patience);
      const end = dir === 'rtl' ? 'left' : 'right';
      expect(faded(scroller), dir).to.deep.equal([end]);
      // The first card is at the start, where nothing fades.
      const first = rect($(el, 'li[part~="event"]'));
      const view = rect(scroller);
      expect(dir === 'rtl' ? view.right - first.right : first.left - view.left, dir).to.be.below(view.width / 2);
    }
  });
});
