// The time scale as a reader sees it (#18, sections 2 and 5): stretches that are not to scale,
// one tick unit per stretch, markers that never overlap, previous and next on the horizontal track,
// and the selected event's pane and overview right to left. Geometry and behaviour, on fixtures made here.
import './helpers/support.js';
import { overlap, overlaps } from './helpers/geometry.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import '../src/korea-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { patience, setViewport, visibleText } from './helpers/support.js';
import { tracks } from './helpers/chronologies.mjs';

/** The track fixture, with ranges in its crowd of late October 2025 and across the war. */
const crowd: Chronology = {
  ...tracks,
  events: [
    ...tracks.events,
    { id: 'visit', start: '2025-10-29', end: '2025-11-01', title: 'A state visit', category: 'diplomacy' },
    { id: 'forum', start: '2025-10-28', end: '2025-10-31', title: 'A business forum', category: 'economy' },
    { id: 'talks-1951', start: '1951-07-10', title: 'Ceasefire talks open', category: 'security' },
  ],
};

async function timeline(attributes: Record<string, string>, chronology: Chronology = crowd): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1000px"><event-timeline theme="light" .chronology=${chronology}></event-timeline></div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await waitUntil(() => el.shadowRoot!.querySelector('.track li[data-id]'), 'the track renders', patience);
  // Clicks and keys are the guides', which arrive after the first render: a test that runs alone, with
  // nothing cached, would click before they are here.
  await el.settled();
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const rect = (element: Element) => element.getBoundingClientRect();

const tickBoxes = (el: Element) => $$(el, '.tick').map((tick) => ({ name: tick.textContent!, box: rect(tick) }));

/**
 * The tick labels of each stretch drawn to one scale, along the track: stretches end at a break, and
 * where a magnified stretch (its bracket along the line) begins or ends.
 */
function labelsByStretch(el: Element, horizontal: boolean): string[][] {
  const along = (box: DOMRect) => (horizontal ? Math.min(box.left, box.right) : box.top);
  const cuts = [
    ...$$(el, '[part="break"]').map((br) => along(rect(br))),
    ...$$(el, '.inset').flatMap((inset) => {
      const box = rect(inset);
      return horizontal ? [box.left - 1, box.right - 1] : [box.top - 1, box.bottom - 1];
    }),
  ];
  const stretches = new Map<number, string[]>();
  for (const tick of $$(el, '.tick:not(.zoomed)')) {
    const where = along(rect(tick));
    const stretch = cuts.filter((cut) => cut < where).length;
    stretches.set(stretch, [...(stretches.get(stretch) ?? []), tick.textContent!.trim()]);
  }
  return [...stretches.values()];
}

before(() => setViewport({ width: 1280, height: 900 }));

describe('stretches that are not to scale', () => {
  for (const orientation of ['horizontal', 'vertical']) {
    it(`are shaded across the ${orientation} track, and say so to every reader`, async () => {
      const el = await timeline({ orientation, scale: 'time' });
      const breaks = $$(el, '[part="break"]');
      expect(breaks.length).to.equal(3);
      const track = rect($(el, '.track'));
      const lowest = Math.max(...$$(el, 'li .body').map((body) => rect(body).bottom));
      for (const br of breaks) {
        expect(getComputedStyle(br).backgroundImage).to.include('repeating-linear-gradient');
        const box = rect(br);
        if (orientation === 'horizontal') {
          // From the ticks to below the lowest card: across the whole track.
          expect(box.top).to.be.at.most(Math.min(...tickBoxes(el).map((t) => t.box.top)));
          expect(box.bottom).to.be.at.least(lowest);
        } else {
          expect(box.width).to.be.closeTo(track.width, 2);
        }
        expect(visibleText(br.querySelector('[aria-hidden="true"]')!)).to.match(/^\d{4} → \d{4} not to scale$/);
        expect(br.querySelector('.visually-hidden')!.textContent).to.match(/shortened\. \(not to scale\)$/);
        // The label is drawn inside its band.
        const label = rect(br.querySelector('span')!);
        expect(label.left >= box.left - 0.5 && label.right <= box.right + 0.5, 'label inside').to.equal(true);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('are labelled in Korean, and shaded in dark mode too', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', locale: 'ko', theme: 'dark' });
    const br = $(el, '[part="break"]');
    expect(visibleText(br)).to.include('실제 간격 아님');
    expect(getComputedStyle(br).backgroundImage).to.include('repeating-linear-gradient');
    await expect(el).to.be.accessible();
  });
});

describe('a key moment that lasts years, on the vertical time scale', () => {
  it('keeps its capsule within its dates: not above the list, not over the header', async () => {
    const data = { ...crowd, events: crowd.events.map((e) => (e.id === 'war' ? { ...e, featured: true } : e)) };
    const el = await timeline({ scale: 'time' }, data);
    const capsule = rect($(el, 'li[data-id="war"] [part~="marker"]'));
    expect(capsule.top).to.be.at.least(rect($(el, 'li[data-id="war"]')).top - 0.5);
    expect(capsule.top).to.be.at.least(rect($(el, '[part="header"]')).bottom);
    // Its bar ends where the war does: at the armistice, which is on the war's last day; the capsule
    // stays within the war, above the armistice's marker.
    const armistice = rect($(el, 'li[data-id="armistice"] [part~="marker"]')).top;
    const bar = parseFloat(getComputedStyle($(el, 'li[data-id="war"] [part~="marker"]'), '::after').height);
    expect(capsule.top + bar).to.be.closeTo(armistice, 2);
    expect(capsule.bottom).to.be.below(armistice);
    // Still larger than an ordinary range: wider.
    expect(capsule.width).to.be.above(rect($(el, 'li[data-id="visit"] [part~="marker"]')).width);
  });
});

describe('the time scale axis', () => {
  for (const [orientation, locale] of [
    ['horizontal', 'en'],
    ['horizontal', 'ko'],
    ['vertical', 'en'],
    ['vertical', 'ko'],
    ['horizontal', 'ar'],
  ] as const) {
    it(`uses one unit between two breaks, and never overlaps its labels (${orientation}, ${locale})`, async () => {
      const el = await timeline({ orientation, scale: 'time', locale });
      for (const zoom of [1, 4]) {
        el.zoom = zoom;
        await el.updateComplete;
        const ticks = tickBoxes(el);
        expect(ticks.length, `zoom ${zoom}`).to.be.above(5);
        expect(overlaps(ticks), `zoom ${zoom}`).to.deep.equal([]);
        for (const labels of labelsByStretch(el, orientation === 'horizontal')) {
          // A month is written with its year ("Oct 2025", "2025년 10월"), a day without ("30 Oct",
          // "10월 30일"), a year alone as digits: a stretch has years, or months and days.
          const months = labels.filter((label) => !/^\d{4}년?$/.test(label));
          expect(months.length === 0 || months.length === labels.length, labels.join(' · ')).to.equal(true);
        }
      }
    });
  }

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`draws rules at regular calendar intervals, behind the cards and never in a shortened gap (${orientation})`, async () => {
      const el = await timeline({ orientation, scale: 'time' });
      const horizontal = orientation === 'horizontal';
      const along = (box: DOMRect) => (horizontal ? box.left : box.top + box.height / 2);
      const rules = $$(el, '.rule').map((rule) => along(rect(rule)));
      expect(rules.length).to.be.above(5);
      const gaps = $$(el, '[part="break"]').map(rect);
      for (const at of rules) {
        for (const gap of gaps) {
          const [from, to] = horizontal ? [gap.left, gap.right] : [gap.top, gap.bottom];
          expect(at > from + 1 && at < to - 1, `a rule at ${at} in a gap ${from}–${to}`).to.be.false;
        }
      }
      // Where a label names a year, a rule marks where that year begins: the label sits on it.
      const years = $$(el, '.tick').filter((tick) => /^\d{4}$/.test(tick.textContent!.trim()));
      expect(years.length).to.be.above(0);
      for (const tick of years) {
        const box = rect(tick);
        const at = horizontal ? box.left : box.top + box.height / 2;
        expect(Math.min(...rules.map((rule) => Math.abs(rule - at))), tick.textContent!).to.be.below(1.5);
      }
      if (!horizontal) return;
      // Behind the cards: where a rule crosses a card's title, the title is what the reader sees.
      let crossed = 0;
      for (const title of $$(el, '.track [part="title"]')) {
        const box = rect(title);
        const rule = rules.find((x) => x > box.left + 2 && x < box.right - 2);
        if (rule === undefined || box.top < 0 || box.bottom > innerHeight || rule > innerWidth) continue;
        crossed++;
        const hit = el.shadowRoot!.elementFromPoint(rule, box.top + box.height / 2);
        expect(hit?.closest('[part="title"]'), `${title.textContent} under a rule`).to.equal(title);
      }
      expect(crossed, 'a rule crosses a title').to.be.above(0);
    });
  }

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`draws a crowd magnified, the same px per day all through it, and says by how much (${orientation})`, async () => {
      const el = await timeline({ orientation, scale: 'time' });
      const horizontal = orientation === 'horizontal';
      const along = (box: DOMRect) => (horizontal ? box.left : box.top);
      const size = (box: DOMRect) => (horizontal ? box.width : box.height);
      const insets = $$(el, '.inset').map((inset) => rect(inset));
      expect(insets.length, 'magnified stretches').to.be.above(0);
      const labels = $$(el, '.tick.zoomed');
      expect(labels.length).to.be.above(0);
      for (const label of labels) {
        expect(label.textContent!.trim()).to.match(/^×[125](0*|0{0,2}(,000)+)$/);
        // At the start of a bracket along the line, or again along a long one.
        const at = horizontal ? rect(label).left : rect(label).top + rect(label).height / 2;
        expect(
          insets.some((box) => at >= along(box) - 2 && at <= along(box) + size(box)),
          label.textContent!,
        ).to.be.true;
      }
      // Markers in a labelled bracket: their distance is time at the scale it names. At zoom 1 the
      // track gives a year 5 em horizontally and 2.5 em vertically.
      const em = parseFloat(getComputedStyle($(el, '.track')).fontSize);
      const base = (em * (horizontal ? 5 : 2.5)) / 365.2425;
      const days = (id: string) => Date.parse(crowd.events.find((e) => e.id === id)!.start) / 86_400_000;
      const markers = $$(el, 'li[data-id]')
        .map((li) => ({ day: days(li.dataset.id!), at: along(rect(li.querySelector('[part~="marker"]')!)) }))
        .sort((x, y) => x.at - y.at);
      let compared = 0;
      for (const label of labels) {
        const zoom = Number(label.textContent!.trim().slice(1).replace(/,/g, ''));
        const start = horizontal ? rect(label).left : rect(label).top + rect(label).height / 2;
        // The bracket it labels: the last to begin at or before it (two brackets meet end to start).
        const box = insets
          .filter((b) => along(b) - 2 <= start && start <= along(b) + size(b))
          .reduce((x, y) => (along(y) > along(x) ? y : x));
        const end = along(box) + size(box);
        // One day's events follow the first, which is at the date.
        const inside = markers
          .filter((m) => m.at >= along(box) - em / 2 && m.at <= end + em / 2)
          .filter((m, i, all) => all.findIndex((o) => o.day === m.day) === i);
        for (let i = 1; i < inside.length; i++) {
          const [x, y] = [inside[i - 1]!, inside[i]!];
          if (y.day === x.day) continue;
          compared++;
          expect((y.at - x.at) / (y.day - x.day), `×${zoom}`).to.be.closeTo(
            base * zoom,
            0.03 * base * zoom + 1 / (y.day - x.day),
          );
        }
      }
      expect(compared, 'pairs compared in a bracket').to.be.above(0);
    });
  }

  it('names the months of a magnified crowd of events: the cluster of late October 2025', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const labels = tickBoxes(el).map((t) => t.name.trim());
    expect(
      labels.filter((label) => /^[A-Z][a-z]+ 2025$/.test(label)),
      labels.join(' · '),
    ).not.to.be.empty;
  });

  it('names October 2025 on the Korea timeline, with no two labels or markers over each other', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <korea-timeline theme="light" orientation="horizontal" scale="time"></korea-timeline>
      </div>`,
    );
    const el = wrapper.querySelector<EventTimeline>('korea-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.track li[data-id]'), 'the track renders', patience);
    await el.updateComplete;
    // The crowd of October 2025 is magnified: its month, or its days ("29 Oct"), are named.
    const names = tickBoxes(el).map((t) => t.name.trim());
    expect(
      names.some((name) => /^(Oct 2025|\d+ Oct)$/.test(name)),
      names.join(' · '),
    ).to.equal(true);
    expect(overlaps(tickBoxes(el)), 'labels').to.deep.equal([]);
    const markers = $$(el, 'li[data-id] [part~="marker"]').map((m) => ({
      name: m.closest('li')!.dataset.id!,
      box: rect(m),
    }));
    expect(markers.length).to.be.above(40);
    expect(overlaps(markers).join(', '), 'markers').to.equal('');
  });
});

describe('markers on the horizontal track', () => {
  const markers = (el: Element) => $$(el, 'li[data-id] [part~="marker"]');

  it('never overlap, ranges and key moments included, at any zoom', async () => {
    const data = {
      ...crowd,
      events: crowd.events.map((e) => (e.id === 'visit' || e.id === 'deal' ? { ...e, featured: true } : e)),
    };
    const el = await timeline({ orientation: 'horizontal', scale: 'time' }, data);
    for (const zoom of [0.25, 1, 16]) {
      el.zoom = zoom;
      await el.updateComplete;
      const boxes = markers(el).map((m) => ({ name: m.closest('li')!.dataset.id!, box: rect(m) }));
      expect(boxes.length).to.equal(crowd.events.length);
      expect(overlaps(boxes), `zoom ${zoom}`).to.deep.equal([]);
    }
  });

  it('never overlap on the vertical time scale either, where a range is a capsule with a bar beside the line', async () => {
    const el = await timeline({ scale: 'time' });
    const boxes = markers(el).map((m) => ({ name: m.closest('li')!.dataset.id!, box: rect(m) }));
    expect(boxes.length).to.equal(crowd.events.length);
    expect(overlaps(boxes)).to.deep.equal([]);
    // The war's bar runs down from its start to its end, where the armistice is.
    const war = $(el, 'li[data-id="war"] [part~="marker"]');
    const armistice = rect($(el, 'li[data-id="armistice"] [part~="marker"]'));
    expect(rect(war).top + parseFloat(getComputedStyle(war, '::after').height)).to.be.closeTo(armistice.top, 2);
  });

  it('show how long a range lasts, from its capsule along the line', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const war = $(el, 'li[data-id="war"] [part~="marker"]');
    const armistice = rect($(el, 'li[data-id="armistice"] [part~="marker"]'));
    const bar = getComputedStyle(war, '::after');
    // The bar runs from the war's start to its end, where the armistice is.
    expect(rect(war).left + parseFloat(bar.width)).to.be.closeTo(armistice.left, 2);
  });

  it('each select their own event when clicked', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const scroller = $(el, '.scroller');
    scroller.scrollIntoView({ block: 'start' });
    for (const marker of markers(el)) {
      const id = marker.closest('li')!.dataset.id!;
      el.selected = undefined;
      await el.updateComplete;
      marker.scrollIntoView({ block: 'nearest', inline: 'center' });
      const box = rect(marker);
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
      });
      await el.updateComplete;
      expect(el.selected, id).to.equal(id);
    }
  });
});

describe('previous and next on the horizontal track', () => {
  const steps = (el: Element) => $$(el, '[part="step"]');

  it('select the events in order, and bring each into view, shown in the pane above the track', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const [previous, next] = steps(el) as [HTMLElement, HTMLElement];
    expect(previous.getAttribute('aria-label')).to.equal('Previous event');
    expect(next.getAttribute('aria-label')).to.equal('Next event');
    $(el, '.scroller').scrollIntoView({ block: 'start' });
    next.click();
    await waitUntil(() => el.selected === 'war', 'next selects the first event in view', patience);
    const order = $$(el, 'li[data-id]').map((li) => li.dataset.id!);
    for (const id of order.slice(1, 8)) {
      steps(el)[1]!.click();
      await waitUntil(() => el.selected === id, `next selects ${id}`, patience);
      await waitUntil(() => $(el, '[part="detail"] [part="title"]'), 'the pane shows it', patience);
      const card = rect($(el, `li[data-id="${id}"] .body`));
      const view = rect($(el, '.scroller'));
      expect(card.left >= view.left - 1 && card.right <= view.right + 1, `${id} in view`).to.equal(true);
      expect(rect($(el, '[part="detail"]')).bottom, 'the pane above the track').to.be.at.most(view.top + 1);
      // The focus stays on the button: what it selected is read out.
      const title = $(el, '[part="detail"] [part="title"]').textContent!.trim();
      const date = $(el, '[part="detail"] .date').textContent!.trim();
      expect($(el, '.steps [aria-live="polite"]').textContent!.trim()).to.equal(`${date}: ${title}`);
    }
    // A card clicked is not read out: the reader is on it.
    $(el, `li[data-id="${order[2]}"] [part="title"]`).click();
    await waitUntil(() => el.selected === order[2], 'the clicked card is selected', patience);
    expect($(el, '.steps [aria-live="polite"]').textContent!.trim()).to.equal('');
    steps(el)[0]!.click();
    await waitUntil(() => el.selected === order[1], 'previous goes back', patience);
    await expect(el).to.be.accessible();
  });

  it('with none selected, start from where the reader has scrolled to', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const scroller = $(el, '.scroller');
    scroller.scrollIntoView({ block: 'start' });
    scroller.scrollLeft = scroller.scrollWidth / 2;
    await waitUntil(() => scroller.scrollLeft > 0, 'scrolled to the middle', patience);
    const view = rect(scroller);
    const cards = $$(el, 'li[data-id]');
    const first = cards.findIndex((li) => rect(li.querySelector('[part~="marker"]')!).left >= view.left - 8);
    expect(first).to.be.above(0);
    steps(el)[0]!.click();
    await waitUntil(() => el.selected === cards[first - 1]!.dataset.id, 'previous: the card before the view', patience);
    el.selected = undefined;
    await el.updateComplete;
    scroller.scrollLeft = scroller.scrollWidth / 2;
    await waitUntil(() => Math.abs(rect(scroller).left - view.left) < 1, 'back in the middle', patience);
    steps(el)[1]!.click();
    await waitUntil(() => el.selected === cards[first]!.dataset.id, 'next: the first card in view', patience);
  });

  it('work from the keyboard, say when there is nowhere to go, and stay focusable', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time' });
    const order = $$(el, 'li[data-id]').map((li) => li.dataset.id!);
    el.selected = order.at(-2);
    await el.updateComplete;
    steps(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.selected === order.at(-1), 'Enter on next selects the last event', patience);
    expect(el.shadowRoot!.activeElement === steps(el)[1], 'the focus stays on the button').to.equal(true);
    expect(steps(el)[1]!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(order.at(-1));
    expect(steps(el)[0]!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('reach an event too far away to be rendered yet, on a track of hundreds of events', async () => {
    // Two crowds of 125 events, a day apart, nearly five years apart (not a break): zoomed in, the
    // first event of the second crowd is far beyond the rendered window of the last of the first.
    const day = (start: string, i: number) => new Date(Date.parse(start) + i * 86_400_000).toISOString().slice(0, 10);
    const sparse: Chronology = {
      title: 'Two crowds',
      categories: [{ id: 'c', label: 'C' }],
      events: Array.from({ length: 250 }, (_, i) => ({
        id: `e${i}`,
        start: i < 125 ? day('1950-01-01', i) : day('1954-12-01', i - 125),
        title: `Event ${i}`,
        category: 'c',
      })),
    };
    const el = await timeline({ orientation: 'horizontal', scale: 'time', zoom: '16', selected: 'e124' }, sparse);
    // Once the track has settled around the selected card, the next one is far outside what is rendered.
    await waitUntil(
      () => el.shadowRoot!.querySelector('li[data-id="e124"]') && !el.shadowRoot!.querySelector('li[data-id="e125"]'),
      'the window settles around the selected card, without the next one',
      patience,
    );
    steps(el)[1]!.click();
    await waitUntil(() => el.selected === 'e125', 'next selects it', patience);
    await waitUntil(
      () => {
        const card = el.shadowRoot!.querySelector('li[data-id="e125"] .body');
        const view = rect($(el, '.scroller'));
        return card && rect(card).left >= view.left && rect(card).right <= view.right;
      },
      'and brings it into view',
      patience,
    );
  });

  it('are in the language of the page, and point the way the track runs right to left', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', dir: 'rtl', locale: 'ko' });
    const [previous, next] = steps(el) as [HTMLElement, HTMLElement];
    expect(previous.getAttribute('aria-label')).to.equal('이전 사건');
    expect(next.getAttribute('aria-label')).to.equal('다음 사건');
    // The track starts on the right: previous is on the right, pointing right.
    expect(rect(previous).left).to.be.above(rect(next).left);
    expect(getComputedStyle(previous.querySelector('.arrow')!, '::before').content).to.equal('"→"');
    expect(getComputedStyle(next.querySelector('.arrow')!, '::before').content).to.equal('"←"');
    await expect(el).to.be.accessible();
  });
});

describe('the horizontal track on a phone', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 1280, height: 900 }));

  it('keeps the pane above the track, clear of the previous and next buttons, whole on the screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="padding: 0 16px"><event-timeline theme="light" .chronology=${crowd}></event-timeline></div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    Object.assign(el, { orientation: 'horizontal', scale: 'time' });
    await waitUntil(() => el.shadowRoot!.querySelector('.track li[data-id]'), 'the track renders', patience);
    // Cards in every lane: the pane is the same for each.
    for (const id of ['war', 'armistice', 'treaty', 'games', 'recognition']) {
      el.selected = id;
      await el.updateComplete;
      $(el, '[part="detail"]').scrollIntoView({ block: 'start' });
      await waitUntil(() => $(el, '[part="detail"] [part="title"]'), `the pane shows ${id}`, patience);
      const pane = rect($(el, '[part="detail"]'));
      const [previous, next] = $$(el, '[part="step"]').map(rect) as [DOMRect, DOMRect];
      expect(overlap(pane, previous) || overlap(pane, next), `${id}: clear of the buttons`).to.equal(false);
      expect(overlap(pane, rect($(el, `li[data-id="${id}"] [part~="marker"]`))), `${id}: clear of its marker`).to.equal(
        false,
      );
      expect(pane.left, id).to.be.at.least(0);
      expect(pane.right, id).to.be.at.most(innerWidth);
      expect(pane.height, id).to.be.at.most(innerHeight / 2);
    }
    await expect(el).to.be.accessible();
  });
});

describe('the horizontal track right to left', () => {
  for (const id of ['war', 'prize', 'summit-d']) {
    it(`shows the selected event in the pane, its text from the right (${id})`, async () => {
      const el = await timeline({ orientation: 'horizontal', scale: 'time', dir: 'rtl', locale: 'ar', selected: id });
      await waitUntil(() => $(el, '[part="detail"] [part="title"]'), `the pane shows ${id}`, patience);
      const pane = rect($(el, '[part="detail"]'));
      const range = document.createRange();
      range.selectNodeContents($(el, '[part="detail"] [part="title"]'));
      const title = range.getBoundingClientRect();
      expect(pane.bottom, id).to.be.at.most(rect($(el, '.scroller')).top + 1);
      // Right to left, the text starts at the pane's right, and the close button is on its left.
      expect(pane.right - title.right, id).to.be.below(40);
      expect(rect($(el, '[part="detail"] .close')).left - pane.left, id).to.be.below(60);
      await expect(el).to.be.accessible();
    });
  }

  it('has an overview whose ends are the track ends: its right end is the start', async () => {
    const el = await timeline({ orientation: 'horizontal', scale: 'time', dir: 'rtl', locale: 'ar' });
    const overview = $(el, '[part="overview"]');
    const scroller = $(el, '.scroller');
    overview.scrollIntoView({ block: 'center' });
    const box = rect(overview);
    const click = (x: number) =>
      sendMouse({ type: 'click', position: [Math.round(x), Math.round(box.top + box.height / 2)] });
    // The window starts on the right, over the track's start.
    expect(rect($(el, '.overview-window')).right).to.be.closeTo(box.right, 4);
    await click(box.left + 4);
    await waitUntil(
      () => Math.abs(scroller.scrollLeft) + scroller.clientWidth >= scroller.scrollWidth - 2,
      'the left end shows the track end',
      patience,
    );
    await waitUntil(() => rect($(el, '.overview-window')).left - box.left < 4, 'the window follows', patience);
    await click(box.right - 4);
    await waitUntil(() => Math.abs(scroller.scrollLeft) < 2, 'the right end shows the track start', patience);
    const first = rect($(el, 'li[data-id="war"]'));
    expect(first.right).to.be.at.most(rect(scroller).right + 1);
    expect(first.left).to.be.at.least(rect(scroller).left);
    await expect(el).to.be.accessible();
  });
});
