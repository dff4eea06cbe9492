// Lanes and annotations in the flowing list (`lanes`), on a fixture of two sides: the bar, columns
// on a wide screen and lane names on a narrow one, folding, the lane view, the keyboard between
// lanes, the notes between the events, the link, and axe.
import './helpers/support.js';
import { patience, setViewport } from './helpers/support.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { feature } from '../src/core/registry.js';
import { sides } from './helpers/chronologies.mjs';

const root = (el: EventTimeline) => el.shadowRoot!;
const all = (el: EventTimeline, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const ids = (scope: ParentNode) => [...scope.querySelectorAll<HTMLElement>('li[data-id]')].map((li) => li.dataset.id!);
const li = (el: EventTimeline, id: string) => root(el).querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
const toggle = (el: EventTimeline, name: string) =>
  all(el, '[part~="lane-toggle"]').find((button) => button.querySelector('.lane-name')!.textContent!.trim() === name)!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

async function lanes(attributes: Partial<Record<'lanes' | 'lane-view' | 'collapsed' | 'width', string>> = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${attributes.width ?? '1000px'}">
      <event-timeline
        .chronology=${sides}
        lanes=${attributes.lanes ?? ''}
        lane-view=${attributes['lane-view'] ?? 'time'}
        collapsed=${attributes.collapsed ?? ''}
      ></event-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  await el.settled();
  return el;
}

describe('lanes', () => {
  before(() => setViewport({ width: 1200, height: 900 }));

  it('are not fetched, and change nothing, without the lanes attribute', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${sides}></event-timeline>`);
    await el.settled();
    expect(root(el).querySelector('.lane-bar')).to.equal(null);
    expect(feature('lanes'), 'the lanes chunk').to.equal(undefined);
    expect(ids(root(el))).to.deep.equal(['n1', 's1', 'n2', 'both', 's2', 'loose', 's3', 'n3']);
  });

  it('show a bar with each lane, its count and a fold button, and name the lane on every event', async () => {
    const el = await lanes();
    expect(all(el, '[part~="lane-toggle"]').map(text)).to.deep.equal([
      'North side 4 events',
      'South side 3 events',
      'Other events 1 event',
    ]);
    for (const button of all(el, '[part~="lane-toggle"]'))
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(el, 'North side').title).to.equal('What the north did');
    // One list in time order, as without lanes, each event naming its lane; one in both names the other.
    expect(ids(root(el))).to.deep.equal(['n1', 's1', 'n2', 'both', 's2', 'loose', 's3', 'n3']);
    expect(text(li(el, 'n1').querySelector('[part~="lane-tag"]')!)).to.equal('North side');
    expect(text(li(el, 'both').querySelector('[part~="lane-tag"]')!)).to.equal('North side · also South side');
    expect(text(li(el, 'loose').querySelector('[part~="lane-tag"]')!)).to.equal('Other events');
  });

  it('put each card in its lane column beside the dates on a wide screen, with a ring in the other lane', async () => {
    const el = await lanes();
    const heads = all(el, '[part~="lane-label"]').map((head) => head.getBoundingClientRect());
    expect(heads).to.have.length(3);
    // The heads side by side, in one row.
    expect(heads[1]!.left).to.be.at.least(heads[0]!.right - 1);
    expect(Math.abs(heads[1]!.top - heads[0]!.top)).to.be.below(1);
    const lanesOf: Record<string, number> = { n1: 0, n2: 0, n3: 0, both: 0, s1: 1, s2: 1, s3: 1, loose: 2 };
    for (const [id, lane] of Object.entries(lanesOf)) {
      const body = li(el, id).querySelector('.body')!.getBoundingClientRect();
      expect(body.left, `${id} starts in its column`).to.be.at.least(heads[lane]!.left - 1);
      expect(body.right, `${id} ends in its column`).to.be.at.most(heads[lane]!.right + 1);
    }
    const ring = li(el, 'both').querySelector('.lane-ref')!.getBoundingClientRect();
    expect(ring.width).to.be.above(0);
    expect(ring.left).to.be.at.least(heads[1]!.left - 1);
    expect(ring.right).to.be.at.most(heads[1]!.right + 1);
    // The lane's name is for screen readers here: the column's head shows it.
    expect(getComputedStyle(li(el, 'n1').querySelector('[part~="lane-tag"]')!).clipPath).to.equal('inset(50%)');
  });

  it('show the lane on each event, full width, on a phone', async () => {
    const el = await lanes({ width: '360px' });
    const list = root(el).querySelector('[part~="list"]')!.getBoundingClientRect();
    for (const id of ['n1', 's1', 'loose']) {
      const tag = li(el, id).querySelector('[part~="lane-tag"]')!;
      expect(tag.getBoundingClientRect().width, `${id}'s lane name shows`).to.be.above(20);
      expect(getComputedStyle(tag).clipPath).to.equal('none');
      const body = li(el, id).querySelector('.body')!.getBoundingClientRect();
      expect(body.right).to.be.closeTo(list.right, 2);
    }
    expect(li(el, 'both').querySelector('.lane-ref')!.getBoundingClientRect().width).to.equal(0);
  });

  it('fold a lane away and back: its events leave the list, its count stays, and the page hears of it', async () => {
    const el = await lanes();
    const told = oneEvent(el, 'kt-lanes');
    toggle(el, 'South side').click();
    const { detail } = await told;
    expect(detail).to.deep.equal({ laneView: 'time', collapsed: ['south'] });
    await el.updateComplete;
    expect(el.getAttribute('collapsed')).to.equal('south');
    expect(toggle(el, 'South side').getAttribute('aria-expanded')).to.equal('false');
    expect(text(toggle(el, 'South side'))).to.equal('South side 3 events');
    expect(ids(root(el))).to.deep.equal(['n1', 'n2', 'both', 'loose', 'n3']);
    // Its column goes: the open lanes share the width, and no ring points at the folded lane.
    const heads = all(el, '.lane-heads:not(.lane-folded) [part~="lane-label"]');
    expect(heads.map((head) => text(head.querySelector('.lane-name')!))).to.deep.equal(['North side', 'Other events']);
    const loose = li(el, 'loose').querySelector('.body')!.getBoundingClientRect();
    expect(loose.left).to.be.closeTo(heads[1]!.getBoundingClientRect().left, 2);
    expect(li(el, 'both').querySelector('.lane-ref')).to.equal(null);
    toggle(el, 'South side').click();
    await el.updateComplete;
    expect(el.hasAttribute('collapsed')).to.equal(false);
    expect(ids(root(el))).to.have.length(8);
  });

  it('fold and open them all at once', async () => {
    const el = await lanes();
    const button = root(el).querySelector<HTMLButtonElement>('.lane-all')!;
    expect(text(button)).to.equal('Collapse all');
    button.click();
    await el.updateComplete;
    expect(el.getAttribute('collapsed')).to.equal('north south _other');
    expect(ids(root(el))).to.deep.equal([]);
    expect(text(button)).to.equal('Expand all');
    button.click();
    await el.updateComplete;
    expect(ids(root(el))).to.have.length(8);
  });

  it('group the events by lane: a labelled group each, with its own list, its heading a fold button', async () => {
    const el = await lanes();
    const [time, lane] = all(el, '.lane-switch button');
    expect(time!.getAttribute('aria-pressed')).to.equal('true');
    lane!.click();
    await el.updateComplete;
    expect(el.getAttribute('lane-view')).to.equal('lane');
    expect(lane!.getAttribute('aria-pressed')).to.equal('true');
    const groups = all(el, '[part~="lane"]');
    expect(groups.map((group) => group.getAttribute('role'))).to.deep.equal(['group', 'group', 'group']);
    const named = groups.map((group) => text(root(el).getElementById(group.getAttribute('aria-labelledby')!)!));
    expect(named).to.deep.equal(['North side 4 events', 'South side 3 events', 'Other events 1 event']);
    expect(groups.map((group) => ids(group))).to.deep.equal([
      ['n1', 'n2', 'both', 'n3'],
      ['s1', 's2', 's3'],
      ['loose'],
    ]);
    // One level below the chronology's title (h2 by default).
    expect(groups[0]!.querySelector('[part~="lane-label"]')!.localName).to.equal('h3');
    expect(groups[0]!.querySelector('li[data-id]')!.getAttribute('aria-setsize')).to.equal('4');
    // Folded, a lane keeps its heading and leaves its list.
    groups[1]!.querySelector<HTMLButtonElement>('[part~="lane-toggle"]')!.click();
    await el.updateComplete;
    expect(ids(all(el, '[part~="lane"]')[1]!)).to.deep.equal([]);
    expect(all(el, '[part~="lane"]')[1]!.querySelector('[aria-expanded="false"]')).to.exist;
  });

  it('move between lanes with Left and Right, to the nearest date, and along a lane with Up and Down', async () => {
    const el = await lanes();
    li(el, 'n2').focus();
    await sendKeys({ press: 'ArrowRight' });
    // 1995 → the south lane's nearest: 1991.
    await waitUntil(() => root(el).activeElement === li(el, 's1'), 'moved right to s1', patience);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => root(el).activeElement === li(el, 'loose'), 'moved right to the other lane', patience);
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement, 'no lane beyond the last').to.equal(li(el, 'loose'));
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => root(el).activeElement === li(el, 's2'), 'moved left to s2 (2004, nearest 2006)', patience);
    // Down skips the other lanes' events: s2 → s3, past 'loose'.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root(el).activeElement === li(el, 's3'), 'down within the lane', patience);
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement, 'the lane ends at s3').to.equal(li(el, 's3'));
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => root(el).activeElement === li(el, 's2'), 'up within the lane', patience);

    el.laneView = 'lane';
    await el.updateComplete;
    // The lists are new: the tab stop stays on s2.
    expect(li(el, 's2').tabIndex).to.equal(0);
    li(el, 's2').focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => root(el).activeElement === li(el, 's1'), 'up within the lane, in the lane view', patience);
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement, 'the lane starts at s1').to.equal(li(el, 's1'));
  });

  it('put each note where it falls: before the first event after its date, after its event, at the end for a lane', async () => {
    const el = await lanes();
    const items = [...root(el).querySelector('[part~="list"]')!.children].filter((node) => node.localName === 'li');
    const order = items.map(
      (item) => (item as HTMLElement).dataset.id ?? item.querySelector('[part~="annotation"]')?.id ?? item.className,
    );
    expect(order.filter((entry) => entry !== 'stuck')).to.deep.equal([
      'n1',
      's1',
      'n2',
      'both',
      'note-about-both',
      'note-south-boom',
      's2',
      'loose',
      's3',
      'n3',
      'note-north-note',
    ]);
    const note = root(el).getElementById('note-about-both')!;
    expect(li(el, 'both').getAttribute('aria-describedby')).to.equal('note-about-both');
    expect(note.getAttribute('role')).to.equal('note');
    expect(text(note)).to.contain('The only meeting of both sides');
    expect(note.querySelector('a')!.href).to.equal('https://example.com/about-both');
    expect(text(root(el).getElementById('note-south-boom')!)).to.contain('2003–08');
    // In the lane view, in their lane's list.
    el.laneView = 'lane';
    await el.updateComplete;
    const [north, south] = all(el, '[part~="lane"]');
    expect(north!.querySelector('#note-north-note')).to.exist;
    expect(north!.querySelector('#note-about-both')).to.exist;
    expect(south!.querySelector('#note-south-boom')).to.exist;
  });

  it('can be the categories', async () => {
    const el = await lanes({ lanes: 'category' });
    expect(all(el, '[part~="lane-toggle"] .lane-name').map(text)).to.deep.equal(['Talks', 'Trade']);
    expect(text(li(el, 'loose').querySelector('[part~="lane-tag"]')!)).to.equal('Trade');
  });

  it('keep the lane state in the link, and restore it from there', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const el = await lanes();
    el.linkHash = true;
    await el.settled();
    toggle(el, 'North side').click();
    await el.updateComplete;
    all(el, '.lane-switch button')[1]!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#lanes=lane&collapsed=north');
    el.remove();
    const again = await fixture<EventTimeline>(
      html`<div style="width: 1000px"><event-timeline .chronology=${sides} lanes link-hash></event-timeline></div>`,
    );
    const restored = again.querySelector('event-timeline')!;
    await restored.settled();
    await waitUntil(() => restored.getAttribute('collapsed') === 'north', 'collapsed from the hash', patience);
    expect(restored.laneView).to.equal('lane');
    expect(all(restored, '[part~="lane"]')[0]!.querySelector('[aria-expanded="false"]')).to.exist;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('hydrate a server-rendered snippet on the CDN bundle, keeping its nodes, and then fold', async () => {
    const response = await fetch('/test/.ssr/lanes-hydrate.html');
    expect(response.ok).to.equal(true);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 700px';
    document.body.append(frame);
    try {
      frame.contentDocument!.open();
      frame.contentDocument!.write(await response.text());
      frame.contentDocument!.close();
      const doc = frame.contentDocument!;
      const el = () => doc.querySelector('event-timeline') as EventTimeline | null;
      await waitUntil(() => el()?.shadowRoot?.querySelector('[part~="lane-toggle"]'), 'the server HTML', patience);
      const server = [...el()!.shadowRoot!.querySelectorAll('li[data-id], [part~="lane-toggle"]')];
      expect(server.length).to.equal(8 + 3);
      await waitUntil(() => frame.contentWindow!.customElements.get('event-timeline'), 'the bundle', patience);
      await el()!.updateComplete;
      const hydrated = [...el()!.shadowRoot!.querySelectorAll('li[data-id], [part~="lane-toggle"]')];
      hydrated.forEach((node, i) => expect(node === server[i], `node ${i} is the server's`).to.equal(true));
      el()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="lane-toggle"]')!.click();
      await el()!.updateComplete;
      expect(el()!.getAttribute('collapsed')).to.equal('north');
      expect(ids(el()!.shadowRoot!)).to.deep.equal(['s1', 's2', 'loose', 's3']);
    } finally {
      frame.remove();
    }
  });

  for (const [name, attributes] of [
    ['in time order', {}],
    ['by lane, one folded', { 'lane-view': 'lane', collapsed: 'south' }],
    ['on a phone', { width: '360px' }],
  ] as const) {
    it(`pass axe: ${name}`, async () => {
      const el = await lanes(attributes);
      await expect(el).to.be.accessible();
    });
  }

  it('pass axe right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar" style="width: 1000px">
        <event-timeline .chronology=${sides} lanes></event-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    await el.settled();
    expect(root(el).querySelector('.lane-bar')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('several chronologies on one axis', () => {
  const us = {
    title: 'US–ROK',
    categories: [{ id: 'security', label: 'Security' }],
    events: [
      { id: 'treaty', start: '1953-10-01', title: 'Treaty', category: 'security' },
      { id: 'thaad', start: '2016-07-08', title: 'THAAD', category: 'security' },
    ],
  };
  const china = {
    title: 'China–ROK',
    categories: [
      { id: 'security', label: 'Security, again' },
      { id: 'trade', label: 'Trade' },
    ],
    events: [
      { id: 'ties', start: '1992-08-24', title: 'Ties', category: 'trade' },
      { id: 'thaad', start: '2017-03-02', title: 'Tour ban', category: 'trade' },
    ],
    annotations: [{ id: 'note', event: 'ties', text: 'Normalised' }],
  };

  it('gives each its lane, its events in time order with their ids prefixed, and keeps both notes and categories', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px"><event-timeline lanes .chronologies=${[us, china]}></event-timeline></div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    await el.settled();
    expect(el.errors).to.deep.equal([]);
    expect(all(el, '[part~="lane-toggle"] .lane-name').map(text)).to.deep.equal(['US–ROK', 'China–ROK']);
    expect(ids(root(el))).to.deep.equal(['us-rok-treaty', 'china-rok-ties', 'us-rok-thaad', 'china-rok-thaad']);
    expect(text(li(el, 'china-rok-thaad').querySelector('[part~="lane-tag"]')!)).to.equal('China–ROK');
    expect(li(el, 'china-rok-ties').getAttribute('aria-describedby')).to.equal('note-china-rok-note');
    expect(all(el, '[part~="filter"]').map(text)).to.deep.equal(['All 4', 'Security 2', 'Trade 2']);
    expect(text(root(el).querySelector('[part~="heading"]')!)).to.equal('US–ROK · China–ROK');
    // A new list replaces the combination.
    el.chronologies = [china];
    await el.settled();
    expect(ids(root(el))).to.deep.equal(['china-rok-ties', 'china-rok-thaad']);
  });
});
