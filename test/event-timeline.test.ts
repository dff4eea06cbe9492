import './helpers/support.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { sample } from './helpers/fixtures.js';
import { captureWarnings, patience } from './helpers/support.js';

const ids = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="event"]')].map((li) => li.dataset.id);
const li = (el: EventTimeline, id: string) => el.shadowRoot!.querySelector<HTMLLIElement>(`li[data-id="${id}"]`)!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

async function timeline(attributes = '') {
  const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${sample}></event-timeline>`);
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('='))) {
    el.setAttribute(name!, value ?? '');
  }
  await el.updateComplete;
  return el;
}

describe('<event-timeline>', () => {
  it('renders one list with every event in chronological order', async () => {
    const el = await timeline();
    expect(el.shadowRoot!.querySelectorAll('ol[part="list"]')).to.have.length(1);
    expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
  });

  it('nests event titles one level below era headings, and at h3 outside any era', async () => {
    const el = await timeline();
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
    expect(el.shadowRoot!.querySelector('[part="era"] .era-label')!.localName).to.equal('h3');
    expect(li(el, 'a').querySelector('[part="title"]')!.localName).to.equal('h4');
    expect(li(el, 'c').querySelector('[part="title"]')!.localName).to.equal('h3');
    const plain = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${{ ...sample, eras: [] }}></event-timeline>`,
    );
    expect(plain.shadowRoot!.querySelector('li[data-id="a"] [part="title"]')!.localName).to.equal('h3');
  });

  it('renders each event with its marker, date, title heading, summary, category and sources', async () => {
    const el = await timeline();
    const item = li(el, 'c');
    expect(item.querySelector('[part~="marker"]')).to.exist;
    const time = item.querySelector('time[part="date"]')!;
    expect(time.getAttribute('datetime')).to.equal('1992-08-24');
    expect(text(time)).to.equal('24 August 1992');
    expect(item.querySelector('[part="title"]')!.textContent).to.equal('Third');
    expect(item.querySelector('[part="summary"]')!.textContent).to.equal('Third summary');
    expect(item.querySelector('[part="note"]')!.textContent).to.equal('Korean date; 23 August in the US.');
    expect(text(item.querySelector('[part="category"]'))).to.equal('Trade');
    const link = item.querySelector<HTMLAnchorElement>('[part="sources"] a')!;
    expect(link.href).to.equal('https://example.com/c');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(link)).to.equal('A report');
  });

  it('shows dates at the precision given, and ranges compactly', async () => {
    const el = await timeline();
    expect(text(li(el, 'a').querySelector('time'))).to.equal('25 June 1950 – 27 July 1953');
    expect(text(li(el, 'b').querySelector('time'))).to.equal('October 1953');
  });

  it('labels the list with the chronology title', async () => {
    const el = await timeline();
    const list = el.shadowRoot!.querySelector('ol')!;
    const heading = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
    expect(text(heading)).to.equal('Sample history');
  });

  it('opens each era with a band at its first event shown', async () => {
    const el = await timeline();
    const eras = el.shadowRoot!.querySelectorAll('[part="era"]');
    expect(eras).to.have.length(1);
    expect(eras[0]!.closest('li')!.dataset.id).to.equal('a');
    expect(text(eras[0])).to.equal('Early years 1950–59');
  });

  it('shows only the categories listed in `categories`', async () => {
    const el = await timeline('categories=trade');
    expect(ids(el)).to.deep.equal(['c']);
    el.categories = 'war trade';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('3 events');
  });

  it('shows events overlapping the from/to window, at each bound’s precision', async () => {
    const el = await timeline('from=1953 to=1953');
    expect(ids(el)).to.deep.equal(['a', 'b']);
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('2 of 3 events shown');
    el.from = '1954-01-01';
    el.to = '';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['c']);
  });

  it('says so when nothing matches', async () => {
    const el = await timeline('to=1900');
    expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No events match the current filters.');
  });

  it('ignores a malformed from/to with one warning', async () => {
    const el = await timeline();
    const warnings = await captureWarnings(async () => {
      el.from = '1953-13';
      await el.updateComplete;
    });
    expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include("'1953-13' is not a valid date: month 13");
  });

  it('lists newest first with `reverse`', async () => {
    const el = await timeline('reverse');
    expect(ids(el)).to.deep.equal(['c', 'b', 'a']);
  });

  it('renders Korean text and dates with locale="ko", marking English fallbacks', async () => {
    const el = await timeline('locale=ko');
    const a = li(el, 'a');
    expect(text(a.querySelector('time'))).to.equal('1950년 6월 25일~1953년 7월 27일');
    expect(a.querySelector('[part="title"]')!.textContent).to.equal('첫 번째');
    expect(a.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('ko');
    const summary = a.querySelector('[part="summary"]')!;
    expect(summary.textContent).to.equal('Only in English');
    expect(summary.getAttribute('lang')).to.equal('en');
    expect(li(el, 'b').querySelector('[part="title"]')!.getAttribute('lang')).to.equal('en');
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('사건 3건');
    expect(text(li(el, 'c').querySelector('[part="sources"] summary'))).to.equal('참고·출처 (1)');
  });

  it('takes its locale from the nearest lang up the tree', async () => {
    const wrapper = await fixture(
      html`<div lang="ko-KR"><event-timeline .chronology=${sample}></event-timeline></div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    await el.updateComplete;
    expect(text(li(el, 'b').querySelector('time'))).to.equal('1953년 10월');
  });

  it('follows a change of lang made after it connected', async () => {
    const wrapper = await fixture(html`<div lang="en"><event-timeline .chronology=${sample}></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await el.updateComplete;
    expect(text(li(el, 'b').querySelector('time'))).to.equal('October 1953');
    wrapper.setAttribute('lang', 'ko');
    await waitUntil(() => text(li(el, 'b').querySelector('time')) === '1953년 10월', 'the dates follow', patience);
  });

  it('selects an event on click: fires kt-select and reflects `selected`', async () => {
    const el = await timeline();
    const title = li(el, 'b').querySelector<HTMLElement>('[part="title"]')!;
    setTimeout(() => title.click());
    const event = await oneEvent(el, 'kt-select');
    expect(event.detail.event.id).to.equal('b');
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('b');
    expect(li(el, 'b').getAttribute('aria-current')).to.equal('true');
    expect(li(el, 'b').part.contains('event-selected')).to.be.true;
  });

  it('fires nothing when `selected` is set from code', async () => {
    const el = await timeline();
    let fired = 0;
    el.addEventListener('kt-select', () => fired++);
    el.selected = 'c';
    await el.updateComplete;
    expect(li(el, 'c').getAttribute('aria-current')).to.equal('true');
    expect(fired).to.equal(0);
  });

  it('is one tab stop, with arrow keys, Home and End moving between events', async () => {
    const el = await timeline();
    const tabbable = [...el.shadowRoot!.querySelectorAll('[tabindex="0"]')];
    expect(tabbable.map((n) => (n as HTMLElement).dataset.id)).to.deep.equal(['a']);
    li(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(li(el, 'b'));
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(li(el, 'c'));
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(li(el, 'b'));
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(li(el, 'a'));
    expect(li(el, 'a').tabIndex).to.equal(0);
    expect(li(el, 'b').tabIndex).to.equal(-1);
  });

  it('selects with Enter and clears with Escape', async () => {
    const el = await timeline();
    li(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'kt-select');
    expect(event.detail.event.id).to.equal('b');
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.be.false;
  });

  it('makes source links tabbable only in the selected event', async () => {
    const el = await timeline();
    const link = () => li(el, 'c').querySelector('a')!;
    expect(link().tabIndex).to.equal(-1);
    el.selected = 'c';
    await el.updateComplete;
    expect(link().tabIndex).to.equal(0);
  });

  it('is accessible', async () => {
    const el = await timeline();
    await expect(el).to.be.accessible();
    el.selected = 'a';
    el.locale = 'ko';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
