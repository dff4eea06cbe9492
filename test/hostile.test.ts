// Hostile and careless inputs, as a reader sees their result: categories in other scripts, styles
// that must not escape, locale tags Intl rejects, partial locale tables, heading levels out of
// range, and `src` loads that must not cost the data on screen. test/node/hostile.test.mjs checks
// the same classes in the importers and the validator.
import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { registerLocale } from '../src/elements.js';
import { captureWarnings, loadSrc, patience, visibleText } from './helpers/support.js';

const shadow = (el: Element) => el.shadowRoot!;
const ids = (el: EventTimeline) =>
  [...shadow(el).querySelectorAll<HTMLLIElement>('li[part~="event"]')].map((li) => li.dataset.id);
const chips = (el: EventTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')];
const csv = (text: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;

async function quiet(template: unknown): Promise<EventTimeline> {
  let el!: EventTimeline;
  await captureWarnings(async () => {
    el = await fixture<EventTimeline>(template as ReturnType<typeof html>);
    await el.settled();
  });
  return el;
}

const plain: Chronology = {
  title: 'Plain',
  categories: [
    { id: 'war', label: 'War' },
    { id: 'trade', label: 'Trade' },
  ],
  events: [
    { id: 'one', start: '1950-06-25', title: 'One', category: 'war' },
    { id: 'two', start: '1992-08-24', title: 'Two', category: 'trade' },
  ],
};

describe('categories in other scripts', () => {
  it('each name is its own chip, filters its events, and takes its own colour token', async () => {
    const el = await quiet(html`<event-timeline style="--kt-category-color-経済: rgb(1, 2, 3)"></event-timeline>`);
    const event = await loadSrc(
      el,
      csv('start,title,category\n1868,明治維新,政治\n1964,新幹線,経済\n1952,تأميم,سياسة\n'),
    );
    expect(event.type).to.equal('kt-load');
    expect(chips(el).map((chip) => chip.textContent!.trim().replace(/\s*\d+$/, ''))).to.deep.equal([
      'All',
      '政治',
      '経済',
      'سياسة',
    ]);
    chips(el)[2]!.click();
    await waitUntil(() => ids(el).length === 1, 'one category shown', patience);
    expect(ids(el)).to.deep.equal(['新幹線']);
    const li = shadow(el).querySelector('li[part~="event"]')!;
    expect(getComputedStyle(li).getPropertyValue('--_cat').trim()).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(chips(el)[2]!).getPropertyValue('--_cat').trim()).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(chips(el)[1]!).getPropertyValue('--_cat').trim()).not.to.equal('rgb(1, 2, 3)');
  });
});

describe('styles that would escape', () => {
  it('an undeclared category, or a colour that is not one, writes only a plain colour into CSS', async () => {
    const tracker = 'https://tracker.invalid/pixel.gif';
    const el = await quiet(
      html`<event-timeline
        .chronology=${{
          title: 'Escapes',
          categories: [
            { id: 'a', label: 'A', color: `url(${tracker})` },
            { id: 'b', label: 'B', color: 'red;position:fixed;inset:0' },
          ],
          events: [
            { id: 'e1', start: '2001', title: 'E1', category: 'a' },
            { id: 'e2', start: '2002', title: 'E2', category: 'b' },
            { id: 'e3', start: '2003', title: 'E3', category: `x);background:url(${tracker}` },
          ],
        }}
      ></event-timeline>`,
    );
    expect(ids(el)).to.deep.equal(['e1', 'e2', 'e3']);
    expect(el.errors.map((e) => e.path)).to.deep.equal([
      'categories[0].color',
      'categories[1].color',
      'events[2].category',
    ]);
    for (const li of shadow(el).querySelectorAll<HTMLElement>('li[part~="event"]')) {
      expect(li.getAttribute('style') ?? '').not.to.match(/url|position|inset/);
      expect(getComputedStyle(li).position).to.equal('relative');
    }
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.startsWith(tracker))).to.equal(false);
  });
});

describe('locale tags Intl rejects', () => {
  it('a locale of three parts shows its language, and chips, search and selection keep working', async () => {
    const el = await quiet(html`<event-timeline search locale="es-ES-ES" .chronology=${plain}></event-timeline>`);
    await waitUntil(() => chips(el)[0]?.textContent?.includes('Todas'), 'Spanish chips', patience);
    chips(el)[1]!.click();
    await waitUntil(() => ids(el).join() === 'one', 'filtered', patience);
    chips(el)[0]!.click();
    await waitUntil(() => ids(el).length === 2, 'all again', patience);
    el.query = 'Two';
    await waitUntil(() => ids(el).join() === 'two', 'searched', patience);
    el.query = undefined;
    await waitUntil(() => ids(el).length === 2, 'search cleared', patience);
    shadow(el).querySelector<HTMLElement>('li[data-id="two"]')!.click();
    await waitUntil(() => el.selected === 'two', 'selected', patience);
  });

  it("an ancestor's bad lang is read the same way, with one warning", async () => {
    let el!: EventTimeline;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(
        html`<div lang="ja-12"><event-timeline .chronology=${plain}></event-timeline></div>`,
      );
      el = wrapper.querySelector('event-timeline')!;
      await el.settled();
      el.selected = 'one';
      await el.settled();
    });
    await waitUntil(() => chips(el)[0]!.textContent!.includes('すべて'), 'Japanese chips', patience);
    expect(warnings.filter((w) => w.includes("'ja-12'"))).to.have.length(1);
  });
});

describe('registerLocale', () => {
  it('a partial table is laid over English: what it lacks is English, never blank', async () => {
    registerLocale('eo', { all: 'Ĉiuj' } as never);
    const el = await quiet(html`<event-timeline locale="eo" .chronology=${plain}></event-timeline>`);
    expect(chips(el)[0]!.textContent).to.contain('Ĉiuj');
    expect(shadow(el).querySelector('[part~="filters"]')!.getAttribute('aria-label')).to.equal('Filter by category');
    expect(visibleText(shadow(el) as unknown as Element)).to.contain('One');
  });
});

describe('heading-level out of range', () => {
  for (const [level, title] of [
    ['0', 'H2'],
    ['-4', 'H2'],
    ['9', 'H6'],
    ['x', 'H2'],
    ['3.6', 'H4'],
  ] as const) {
    it(`heading-level="${level}" gives an ${title} title, and events never above it`, async () => {
      const el = await quiet(html`<event-timeline heading-level=${level} .chronology=${plain}></event-timeline>`);
      const heading = shadow(el).querySelector('[part~="heading"]')!;
      expect(heading.tagName).to.equal(title);
      for (const h of shadow(el).querySelectorAll('[part~="title"]')) {
        expect(Number(h.tagName[1])).to.be.at.least(Number(title[1]));
      }
    });
  }
});

describe('src loads that must not cost the data on screen', () => {
  for (const [name, body] of [
    ['a header only', 'start,title\n'],
    ['blank rows', 'start,title\n,\n , \n'],
  ] as const) {
    it(`${name}: kt-error, and the last good data stays`, async () => {
      const el = await quiet(html`<event-timeline></event-timeline>`);
      expect((await loadSrc(el, csv('start,title\n2001,Kept\n'))).type).to.equal('kt-load');
      const event = (await loadSrc(el, csv(body))) as CustomEvent<{ errors: { path: string; message: string }[] }>;
      expect(event.type).to.equal('kt-error');
      expect(event.detail.errors[0]!.message).to.match(/holds no events$/);
      expect(ids(el)).to.deep.equal(['kept']);
    });
  }

  it('a late answer to src never replaces data the page set after it', async () => {
    const el = await quiet(html`<event-timeline></event-timeline>`);
    const slow = new URL('/test/data/mini.json?delay=1200', location.href).href;
    await captureWarnings(async () => {
      el.src = slow;
      await el.updateComplete;
      el.chronology = plain;
      await el.updateComplete;
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => base.getAttribute('aria-busy') === 'false', 'the slow answer arrived', patience);
      await el.settled();
    });
    expect(ids(el)).to.deep.equal(['one', 'two']);
    expect(el.chronology).to.equal(plain);
  });
});

describe('zoom out of range', () => {
  // Three years: no gap long enough to be shortened, so the zoom sets the whole length.
  const war: Chronology = {
    ...plain,
    events: [
      { id: 'start', start: '1950-06-25', title: 'Start', category: 'war' },
      { id: 'front', start: '1951-07-10', title: 'Talks', category: 'war' },
      { id: 'end', start: '1953-07-27', title: 'Armistice', category: 'war' },
    ],
  };
  const length = async (zoom: string) => {
    const el = await quiet(
      html`<event-timeline orientation="horizontal" scale="time" zoom=${zoom} .chronology=${war}></event-timeline>`,
    );
    await waitUntil(() => shadow(el).querySelector('.track'), 'the track', patience);
    const value = Number((shadow(el).querySelector('.track') as HTMLElement).style.getPropertyValue('--_length'));
    el.remove();
    return value;
  };

  it('lays out a zoom past its limits, or not a number, at the nearest limit or at 1', async () => {
    const [most, least, one] = [await length('16'), await length('0.25'), await length('1')];
    expect(most).to.be.greaterThan(one);
    expect(least).to.be.lessThan(one);
    expect(await length('1e9')).to.equal(most);
    expect(await length('-5')).to.equal(least);
    expect(await length('abc')).to.equal(one);
  });
});
