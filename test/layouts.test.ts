import './helpers/support.js';
import { overlap } from './helpers/geometry.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { tracks } from './helpers/chronologies.mjs';
import { patience, visibleText } from './helpers/support.js';

async function timeline(attributes: Record<string, string>, width = 1280): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><event-timeline .chronology=${tracks}></event-timeline></div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  if (attributes.scale === 'time' || attributes.orientation === 'horizontal') {
    await waitUntil(() => el.shadowRoot!.querySelector('[part="axis"]'), 'the track layout loads', patience);
  }
  // Keys and clicks are wired by the guides, which arrive after the first render.
  await el.settled();
  return el;
}
const rect = (el: Element) => el.getBoundingClientRect();
const lis = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')];

describe('orientation and scale', () => {
  for (const orientation of ['vertical', 'horizontal']) {
    for (const scale of ['even', 'time']) {
      it(`renders every event, ${orientation} / ${scale}, and is accessible`, async () => {
        const el = await timeline({ orientation, scale });
        expect(lis(el)).to.have.length(tracks.events.length);
        expect(el.getAttribute('orientation')).to.equal(orientation);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const orientation of ['vertical', 'horizontal']) {
    for (const width of [1280, 390]) {
      it(`no two event labels overlap: ${orientation} time scale at ${width}px`, async () => {
        const el = await timeline({ orientation, scale: 'time' }, width);
        const boxes = lis(el).map((li) => ({ id: li.dataset.id, box: rect(li.querySelector('.body')!) }));
        expect(boxes).to.have.length(tracks.events.length);
        for (let i = 0; i < boxes.length; i++) {
          expect(boxes[i]!.box.height, boxes[i]!.id).to.be.greaterThan(0);
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlap(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} / ${boxes[j]!.id}`).to.be.false;
          }
        }
      });
    }
  }

  it('draws each break between the events it separates, labelled and readable', async () => {
    const el = await timeline({ scale: 'time' });
    const breaks = [...el.shadowRoot!.querySelectorAll('[part="break"]')];
    // The arrow is drawn by CSS, so that it can point the other way right to left.
    const label = (b: Element) => visibleText(b.querySelector('[aria-hidden]')!);
    expect(breaks.map(label)).to.deep.equal([
      '1953 → 1988 not to scale',
      '1992 → 1999 not to scale',
      '1999 → 2012 not to scale',
    ]);
    const first = breaks[0]!;
    expect(first.closest('li')!.dataset.id).to.equal('games');
    expect(first.querySelector('.visually-hidden')!.textContent).to.equal(
      'No events from 1953 to 1988; this gap is shortened. (not to scale)',
    );
    const before = rect(el.shadowRoot!.querySelector('li[data-id="treaty"] .body')!);
    const after = rect(el.shadowRoot!.querySelector('li[data-id="games"] [part~="marker"]')!);
    expect(rect(first).top).to.be.at.least(before.bottom - 1);
    expect(rect(first).bottom).to.be.at.most(after.top + 1);
  });

  it('keeps each break label inside its gap and clear of the ticks across, in Korean too', async () => {
    for (const locale of ['en', 'ko']) {
      const el = await timeline({ scale: 'time', orientation: 'horizontal', locale });
      const ticks = [...el.shadowRoot!.querySelectorAll('[part="axis"] .tick')].map(rect);
      const gaps = el.shadowRoot!.querySelectorAll('[part="break"]');
      expect(gaps, locale).to.have.length(3);
      expect(ticks.length, locale).to.be.greaterThan(5);
      for (const gap of gaps) {
        const label = rect(gap.querySelector('[aria-hidden]')!);
        const box = rect(gap);
        expect(label.left, `${locale} ${gap.textContent}`).to.be.at.least(box.left - 0.5);
        expect(label.right, `${locale} ${gap.textContent}`).to.be.at.most(box.right + 0.5);
        expect(
          ticks.filter((tick) => overlap(tick, label)),
          `${locale} ${gap.textContent}`,
        ).to.deep.equal([]);
      }
    }
  });

  for (const orientation of ['vertical', 'horizontal']) {
    it(`shows breaks and range spans outside their event's box, unclipped (${orientation})`, async () => {
      const el = await timeline({ orientation, scale: 'time' }, 760);
      const root = el.shadowRoot!;
      const at = (box: DOMRect, x = box.left + box.width / 2, y = box.top + box.height / 2) =>
        root.elementFromPoint(x, y);
      const label = root.querySelector('[part="break"] [aria-hidden]')!;
      label.scrollIntoView({ block: 'center', inline: 'center' });
      // Compared as booleans: chai would print both elements, with the whole shadow tree, on failure.
      expect(label.contains(at(rect(label))), 'the break label is what is drawn there').to.be.true;
      const war = root.querySelector<HTMLElement>('li[data-id="war"] [part~="marker"]')!;
      war.scrollIntoView({ block: 'center', inline: 'center' });
      const span = rect(war);
      const nearEnd = orientation === 'horizontal' ? at(span, span.right - 3) : at(span, undefined, span.bottom - 3);
      expect(nearEnd === war, 'the end of the war span').to.be.true;
    });
  }

  it('shows eras as bands and ticks on the axis, in the locale', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', locale: 'ko' });
    const bands = [...el.shadowRoot!.querySelectorAll('[part="era-band"]')].map((b) => b.textContent!.trim());
    expect(bands).to.deep.equal(['전쟁기', '최근']);
    const ticks = [...el.shadowRoot!.querySelectorAll('[part="axis"] .tick')].map((t) => t.textContent);
    expect(ticks.some((t) => /^\d{4}년$/.test(t!))).to.be.true;
  });
});

describe('zoom', () => {
  it('zooms with the buttons, keeping the focused event in place, and re-labels the ticks', async () => {
    // Mid-track, so neither end of the scroller clamps the anchoring.
    const el = await timeline({ orientation: 'horizontal', scale: 'time' }, 760);
    const root = el.shadowRoot!;
    const target = root.querySelector<HTMLElement>('li[data-id="parade"]')!;
    target.scrollIntoView({ inline: 'center' });
    target.click();
    await el.updateComplete;
    const x = rect(target).left;
    const ticks = () => [...root.querySelectorAll('[part="axis"] .tick')].map((t) => t.textContent).join();
    const before = ticks();
    root.querySelector<HTMLButtonElement>('[part="zoom"] button[aria-label="Zoom in"]')!.click();
    await el.updateComplete;
    expect(el.zoom).to.equal(1.5);
    expect(ticks()).to.not.equal(before);
    const moved = rect(root.querySelector('li[data-id="parade"]')!).left - x;
    expect(Math.abs(moved)).to.be.below(2);
  });

  it('zooms with Ctrl + wheel and with the + and - keys', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const scroller = el.shadowRoot!.querySelector('[part="scroller"]')!;
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(el.zoom).to.equal(1.5);
    lis(el)[0]!.focus();
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(el.zoom).to.be.closeTo(1 / 1.5, 1e-9);
  });

  it('zooms with a two-finger pinch, and scrolls with one', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' }, 760);
    const scroller = el.shadowRoot!.querySelector('[part="scroller"]')!;
    const touch = (type: string, pointerId: number, clientX: number) =>
      scroller.dispatchEvent(new PointerEvent(type, { pointerId, clientX, pointerType: 'touch', bubbles: true }));
    touch('pointerdown', 1, 300);
    touch('pointermove', 1, 250);
    await el.updateComplete;
    expect(el.zoom, 'one finger does not zoom').to.equal(1);
    touch('pointerdown', 2, 400);
    touch('pointermove', 2, 550);
    await el.updateComplete;
    expect(el.zoom).to.equal(2);
    touch('pointerup', 2, 550);
    touch('pointerup', 1, 250);
  });
});

describe('filters', () => {
  it('toggles categories from chips, updates the attribute, fires kt-filter and announces the count', async () => {
    const el = await timeline({});
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter"]')];
    // Only "All" looks pressed while everything is shown.
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(chips.map((_, i) => String(i === 0)));
    expect(el.shadowRoot!.querySelector('[part="filters"]')!.getAttribute('aria-label')).to.equal('Filter by category');
    const economy = chips.find((c) => c.textContent!.includes('Economy'))!;
    setTimeout(() => economy.click());
    const event = await oneEvent(el, 'kt-filter');
    expect(event.detail.categories).to.deep.equal(['economy']);
    await el.updateComplete;
    expect(el.getAttribute('categories')).to.equal('economy');
    const shown = tracks.events.filter((e) => e.category === 'economy').length;
    expect(lis(el)).to.have.length(shown);
    const status = el.shadowRoot!.querySelector('[part="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal(`${shown} of ${tracks.events.length} events shown`);
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard: Enter on a chip adds it, All clears', async () => {
    const el = await timeline({ categories: 'economy' });
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter"]')];
    chips.find((c) => c.textContent!.includes('Security'))!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('categories')).to.equal('security economy');
    chips[0]!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.hasAttribute('categories')).to.be.false;
  });
});

describe('selection and deep links', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('scrolls an event selected from code into view', async () => {
    const el = await timeline({});
    window.scrollTo(0, 0);
    el.selected = 'summit-c';
    await el.updateComplete;
    const box = rect(el.shadowRoot!.querySelector('li[data-id="summit-c"]')!);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight + 1);
  });

  it('writes each selection to the hash as a history entry, and follows hash changes', async () => {
    const el = await timeline({ 'link-hash': '', selected: 'armistice' });
    // The link's code loads on demand; the selected event's share button shows it has arrived.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="share"]'), 'the link code arrives', patience);
    const length = history.length;
    el.shadowRoot!.querySelector<HTMLElement>('li[data-id="war"] [part="title"]')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#war');
    expect(history.length, 'Back returns to the view before').to.equal(length + 1);
    location.hash = '#recognition';
    await waitUntil(() => el.selected === 'recognition', 'follows hashchange', patience);
  });

  it('selects the event a page is opened at', async () => {
    history.replaceState(history.state, '', '#deployment');
    const el = await timeline({ 'link-hash': '' });
    await waitUntil(() => el.selected === 'deployment', 'the old #id link selects the event', patience);
  });

  it('shows the selected event in a detail panel in horizontal mode, in Korean too', async () => {
    const el = await timeline({ orientation: 'horizontal', locale: 'ko', selected: 'armistice' });
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.querySelector('[part="title"]')!.textContent).to.equal('정전협정 체결');
    expect(detail.querySelectorAll('a[tabindex="0"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it("keeps the detail panel's date inside it, and the cards clickable once one is selected", async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', selected: 'games' });
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    const date = rect(detail.querySelector('time')!);
    expect(date.left).to.be.at.least(rect(detail).left);
    expect(date.right).to.be.at.most(rect(detail).right);
    expect(date.top).to.be.at.least(rect(detail).top);
    const inView = lis(el).filter((li) => {
      const box = rect(li.querySelector('[part="title"]')!);
      return box.right >= 0 && box.left <= innerWidth && box.bottom <= innerHeight;
    });
    expect(inView.length, 'cards in view').to.be.at.least(3);
    for (const li of inView) {
      const box = rect(li.querySelector('[part="title"]')!);
      // The panel's date once stretched across the whole track, over the cards.
      const hit = el.shadowRoot!.elementFromPoint(box.left + 4, box.top + box.height / 2);
      expect(hit?.closest('[part="detail"]') ?? null, li.dataset.id).to.equal(null);
    }
  });

  it('shows compact cards on a track: the title (and category across), the selected card in full', async () => {
    const parts = (li: Element) => [...li.querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
    const vertical = await timeline({ scale: 'time', selected: 'deployment' });
    const card = lis(vertical).find((li) => li.dataset.id === 'armistice')!;
    expect(parts(card)).to.include('title').and.not.include.members(['summary']);
    expect(card.querySelector('[part="sources"], [part="category"]')).to.equal(null);
    const selected = lis(vertical).find((li) => li.dataset.id === 'deployment')!;
    expect(parts(selected)).to.include.members(['title', 'category', 'summary', 'sources']);
    expect(selected.querySelector<HTMLElement>('[part="summary"]')!.offsetHeight).to.be.greaterThan(0);
    vertical.selected = 'armistice';
    await vertical.updateComplete;
    expect(parts(card)).to.include('summary');
    expect(selected.querySelector('[part="summary"]')).to.equal(null);

    const across = await timeline({ orientation: 'horizontal', selected: 'deployment' });
    expect(lis(across)).to.have.length(tracks.events.length);
    for (const li of lis(across)) {
      expect(parts(li)).to.include.members(['title', 'category']).and.not.include('summary');
    }
  });

  it('moves along the axis by keyboard in horizontal mode, with set sizes for screen readers', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const items = lis(el);
    expect(items[0]!.getAttribute('aria-setsize')).to.equal(String(items.length));
    expect(items[4]!.getAttribute('aria-posinset')).to.equal('5');
    items[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(items[items.length - 1]);
  });
});

describe('right to left', () => {
  it('mirrors the vertical list: the line and dates on the right, the text on their left', async () => {
    const el = await timeline({ dir: 'rtl', locale: 'ar' });
    const li = lis(el)[0]!;
    const date = rect(li.querySelector('[part="date"]')!);
    const marker = rect(li.querySelector('[part~="marker"]')!);
    const body = rect(li.querySelector('[part="body"]')!);
    expect(date.left).to.be.greaterThan(marker.left);
    expect(marker.left).to.be.greaterThan(body.left);
    await expect(el).to.be.accessible();
  });

  it('runs a horizontal track from the right, and the arrow keys follow what the reader sees', async () => {
    const el = await timeline({ dir: 'rtl', locale: 'ar', orientation: 'horizontal', scale: 'time' }, 760);
    const [first, second] = lis(el);
    expect(rect(first!).left).to.be.greaterThan(rect(second!).left);
    const scroller = el.shadowRoot!.querySelector('[part="scroller"]')!;
    expect(rect(first!).right).to.be.at.most(rect(scroller).right + 1);
    const arrow = el.shadowRoot!.querySelector('[part="break"] .arrow');
    expect(arrow !== null, 'a shortened gap is drawn').to.equal(true);
    expect(getComputedStyle(arrow!, '::before').content).to.equal('"←"');
    first!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === second).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === first).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the focused event in place when zooming', async () => {
    const el = await timeline({ dir: 'rtl', orientation: 'horizontal', scale: 'time' }, 760);
    const root = el.shadowRoot!;
    const target = root.querySelector<HTMLElement>('li[data-id="parade"]')!;
    target.scrollIntoView({ inline: 'center' });
    target.click();
    await el.updateComplete;
    const x = rect(target).left;
    root.querySelector<HTMLButtonElement>('[part="zoom"] button[aria-label="Zoom in"]')!.click();
    await el.updateComplete;
    expect(el.zoom).to.equal(1.5);
    expect(Math.abs(rect(root.querySelector('li[data-id="parade"]')!).left - x)).to.be.below(2);
  });
});
