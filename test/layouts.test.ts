import './support.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/korea-timeline.js';
import type { KoreaTimeline } from '../src/korea-timeline.js';
import { koreaChronology } from '../events/korea.js';
import { layout } from '../src/model/scale.js';
import { toItems } from '../src/model/timeline.js';
import { dayNumber, toPartialDate } from '../src/model/dates.js';

const day = (date: string) => dayNumber(toPartialDate(date));
const year = (d: number) => new Date(d * 86_400_000).getUTCFullYear();
const options = { extent: 5, lanes: 1, perYear: 2, breakAfter: 5 * 365, breakSize: 4, tickSpacing: 2, reverse: false };

async function timeline(attributes: Record<string, string>, width = 1280): Promise<KoreaTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><korea-timeline></korea-timeline></div>`,
  );
  const el = wrapper.querySelector('korea-timeline')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  if (attributes.scale === 'time' || attributes.orientation === 'horizontal') {
    await waitUntil(() => el.shadowRoot!.querySelector('[part="axis"]'), 'the track layout loads');
  }
  await el.updateComplete;
  return el;
}
const rect = (el: Element) => el.getBoundingClientRect();
const lis = (el: KoreaTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')];
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('the time scale model', () => {
  const items = toItems(koreaChronology);
  const result = layout(items, koreaChronology.eras, { ...options, scale: 'time' });

  it('shortens the long empty gaps into breaks between the right dates', () => {
    expect(result.breaks.map((b) => `${year(b.from)} → ${year(b.to)}`)).to.deep.equal([
      '1953 → 1988',
      '1992 → 1999',
      '1999 → 2012',
    ]);
    for (const b of result.breaks) expect(b.end - b.start).to.be.at.least(options.breakSize);
  });

  it('keeps time order, and never puts two cards closer than a card', () => {
    for (let i = 1; i < result.placed.length; i++) {
      const [a, b] = [result.placed[i - 1]!, result.placed[i]!];
      expect(b.item.from).to.be.at.least(a.item.from);
      expect(b.pos - a.pos, b.item.event.id).to.be.at.least(options.extent - 1e-9);
    }
  });

  it('is proportional to time where nothing is crowded or cut', () => {
    const roomy = layout(items, [], { ...options, scale: 'time', perYear: 10 });
    const pos = (id: string) => roomy.placed.find((p) => p.item.event.id === id)!.pos;
    // Yoon's inauguration (10 May 2022) to Han Kang's Nobel (10 Oct 2024): consecutive, no break, room to spare.
    const years = (day('2024-10-10') - day('2022-05-10')) / 365.2425;
    expect(pos('han-kang-nobel-literature') - pos('yoon-inauguration')).to.be.closeTo(years * 10, 0.01);
  });

  it('puts ticks in order, never inside a break', () => {
    for (let i = 1; i < result.ticks.length; i++) expect(result.ticks[i]!.pos).to.be.above(result.ticks[i - 1]!.pos);
    for (const tick of result.ticks) {
      for (const b of result.breaks) expect(tick.day > b.from && tick.day < b.to, `${tick.day}`).to.be.false;
    }
  });

  it('spreads the October 2025 cluster into lanes when there are several', () => {
    const wide = layout(items, [], { ...options, scale: 'time', lanes: 3, extent: 14 });
    const cluster = wide.placed.filter((p) => p.item.from >= day('2025-10-25'));
    expect(new Set(cluster.map((p) => p.lane)).size).to.be.greaterThan(1);
  });

  it('lays out newest first when reversed', () => {
    const reversed = layout(items, [], { ...options, scale: 'time', reverse: true });
    const first = reversed.placed[0]!.item.event.id;
    expect(first).to.equal(items.reduce((a, b) => (b.to >= a.to ? b : a)).event.id);
    expect(reversed.breaks.map((b) => `${year(b.from)} → ${year(b.to)}`)).to.deep.equal([
      '1999 → 2012',
      '1992 → 1999',
      '1953 → 1988',
    ]);
  });
});

describe('orientation and scale', () => {
  for (const orientation of ['vertical', 'horizontal']) {
    for (const scale of ['even', 'time']) {
      it(`renders every event, ${orientation} / ${scale}, and is accessible`, async () => {
        const el = await timeline({ orientation, scale });
        expect(lis(el)).to.have.length(koreaChronology.events.length);
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
    expect(breaks.map((b) => b.querySelector('[aria-hidden]')!.textContent)).to.deep.equal([
      '1953 → 1988',
      '1992 → 1999',
      '1999 → 2012',
    ]);
    const first = breaks[0]!;
    expect(first.closest('li')!.dataset.id).to.equal('seoul-olympics');
    expect(first.querySelector('.visually-hidden')!.textContent).to.equal(
      'No events from 1953 to 1988; this gap is shortened.',
    );
    const before = rect(el.shadowRoot!.querySelector('li[data-id="us-rok-mutual-defense-treaty"] .body')!);
    const after = rect(el.shadowRoot!.querySelector('li[data-id="seoul-olympics"] [part~="marker"]')!);
    expect(rect(first).top).to.be.at.least(before.bottom - 1);
    expect(rect(first).bottom).to.be.at.most(after.top + 1);
  });

  it('keeps each break label inside its gap and clear of the ticks across, in Korean too', async () => {
    for (const locale of ['en', 'ko']) {
      const el = await timeline({ scale: 'time', orientation: 'horizontal', locale });
      const ticks = [...el.shadowRoot!.querySelectorAll('[part="axis"] .tick')].map(rect);
      for (const gap of el.shadowRoot!.querySelectorAll('[part="break"]')) {
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
      expect(at(rect(label)), 'the break label is what is drawn there').to.equal(label);
      const war = root.querySelector<HTMLElement>('li[data-id="korean-war"] [part~="marker"]')!;
      war.scrollIntoView({ block: 'center', inline: 'center' });
      const span = rect(war);
      const nearEnd = orientation === 'horizontal' ? at(span, span.right - 3) : at(span, undefined, span.bottom - 3);
      expect(nearEnd, 'the end of the Korean War span').to.equal(war);
    });
  }

  it('shows eras as bands and ticks on the axis, in the locale', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', locale: 'ko' });
    const bands = [...el.shadowRoot!.querySelectorAll('[part="era-band"]')].map((b) => b.textContent!.trim());
    const korean = koreaChronology.eras.map((era) => era.label.ko);
    expect(bands).to.deep.equal(korean);
    const ticks = [...el.shadowRoot!.querySelectorAll('[part="axis"] .tick')].map((t) => t.textContent);
    expect(ticks.some((t) => /^\d{4}년$/.test(t!))).to.be.true;
  });
});

describe('zoom', () => {
  it('zooms with the buttons, keeping the focused event in place, and re-labels the ticks', async () => {
    // Mid-track, so neither end of the scroller clamps the anchoring.
    const el = await timeline({ orientation: 'horizontal', scale: 'time' }, 760);
    const root = el.shadowRoot!;
    const target = root.querySelector<HTMLElement>('li[data-id="park-attends-beijing-victory-parade"]')!;
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
    const moved = rect(root.querySelector('li[data-id="park-attends-beijing-victory-parade"]')!).left - x;
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
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(chips.map(() => 'true'));
    expect(el.shadowRoot!.querySelector('[part="filters"]')!.getAttribute('aria-label')).to.equal('Filter by category');
    const economy = chips.find((c) => c.textContent!.includes('Economy'))!;
    setTimeout(() => economy.click());
    const event = await oneEvent(el, 'kt-filter');
    expect(event.detail.categories).to.deep.equal(['economy']);
    await el.updateComplete;
    expect(el.getAttribute('categories')).to.equal('economy');
    const shown = koreaChronology.events.filter((e) => e.category === 'economy').length;
    expect(lis(el)).to.have.length(shown);
    const status = el.shadowRoot!.querySelector('[part="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal(`${shown} of ${koreaChronology.events.length} events shown`);
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
    el.selected = 'apec-gyeongju-leaders-meeting';
    await el.updateComplete;
    const box = rect(el.shadowRoot!.querySelector('li[data-id="apec-gyeongju-leaders-meeting"]')!);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight + 1);
  });

  it('writes the selection to the hash without piling up history, and follows hash changes', async () => {
    const el = await timeline({ 'link-hash': '' });
    const length = history.length;
    el.shadowRoot!.querySelector<HTMLElement>('li[data-id="korean-war"] [part="title"]')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#korean-war');
    expect(history.length).to.equal(length);
    location.hash = '#rok-china-diplomatic-relations';
    await waitUntil(() => el.selected === 'rok-china-diplomatic-relations', 'follows hashchange');
  });

  it('selects the event a page is opened at', async () => {
    history.replaceState(history.state, '', '#thaad-deployment-decision');
    const el = await timeline({ 'link-hash': '' });
    expect(el.selected).to.equal('thaad-deployment-decision');
  });

  it('shows the selected event in a detail panel in horizontal mode, in Korean too', async () => {
    const el = await timeline({ orientation: 'horizontal', locale: 'ko', selected: 'armistice-agreement-signed' });
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.querySelector('[part="title"]')!.textContent).to.equal('판문점 정전협정 체결');
    expect(detail.querySelectorAll('a[tabindex="0"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it("keeps the detail panel's date inside it, and the cards clickable once one is selected", async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', selected: 'seoul-olympics' });
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    const date = rect(detail.querySelector('time')!);
    expect(date.left).to.be.at.least(rect(detail).left);
    expect(date.right).to.be.at.most(rect(detail).right);
    expect(date.top).to.be.at.least(rect(detail).top);
    for (const li of lis(el)) {
      const title = li.querySelector('[part="title"]')!;
      const box = rect(title);
      if (box.right < 0 || box.left > innerWidth || box.bottom > innerHeight) continue;
      // The panel's date once stretched across the whole track, over the cards.
      const hit = el.shadowRoot!.elementFromPoint(box.left + 4, box.top + box.height / 2);
      expect(hit?.closest('[part="detail"]') ?? null, li.dataset.id).to.equal(null);
    }
  });

  it('shows compact cards on a track: the title (and category across), the selected card in full', async () => {
    const parts = (li: Element) => [...li.querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
    const vertical = await timeline({ scale: 'time', selected: 'thaad-deployment-decision' });
    const card = lis(vertical).find((li) => li.dataset.id === 'armistice-agreement-signed')!;
    expect(parts(card)).to.include('title').and.not.include.members(['summary']);
    expect(card.querySelector('[part="sources"], [part="category"]')).to.equal(null);
    const selected = lis(vertical).find((li) => li.dataset.id === 'thaad-deployment-decision')!;
    expect(parts(selected)).to.include.members(['title', 'category', 'summary', 'sources']);
    expect(selected.querySelector<HTMLElement>('[part="summary"]')!.offsetHeight).to.be.greaterThan(0);
    vertical.selected = 'armistice-agreement-signed';
    await vertical.updateComplete;
    expect(parts(card)).to.include('summary');
    expect(selected.querySelector('[part="summary"]')).to.equal(null);

    const across = await timeline({ orientation: 'horizontal', selected: 'thaad-deployment-decision' });
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
