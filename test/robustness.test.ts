import './helpers/support.js';
import { hostile } from './helpers/hostile.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { koreaChronology } from '../events/korea.js';
import { captureWarnings, loadSrc, patience } from './helpers/support.js';

const ids = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')].map((li) => li.dataset.id);
const part = (el: EventTimeline, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

const categories = [{ id: 'c', label: 'C' }];

async function quietFixture(chronology?: unknown): Promise<EventTimeline> {
  let el!: EventTimeline;
  await captureWarnings(async () => {
    el = await fixture<EventTimeline>(html`<event-timeline .chronology=${chronology}></event-timeline>`);
  });
  return el;
}

describe('bad data', () => {
  const chronology = {
    title: 'Mixed',
    categories,
    events: [
      { id: 'ok', start: '2001', title: 'Valid', category: 'c' },
      { id: 'bad-date', start: '2016-13-01', title: 'Bad', category: 'c' },
      { id: 'stray', start: '2002', title: 'Undeclared category', category: 'nope' },
      'not an event',
    ],
  };

  it('renders the valid events, fires kt-error with paths, warns once, shows an alert', async () => {
    const el = document.createElement('event-timeline');
    el.chronology = chronology as unknown as Chronology;
    const errorEvent = oneEvent(el, 'kt-error');
    const warnings = await captureWarnings(async () => {
      document.body.append(el);
      await errorEvent;
    });
    try {
      expect(ids(el)).to.deep.equal(['ok', 'stray']);
      expect((await errorEvent).detail.errors.map((e: { path: string }) => e.path)).to.deep.equal([
        'events[1].start',
        'events[2].category',
        'events[3]',
      ]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include("events[1].start: '2016-13-01' is not a valid date: month 13");
      const alert = part(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.include('3 problems in the data');
      expect(alert.textContent).to.include('events[3]');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('draws an event of an undeclared category in the neutral line colour', async () => {
    const el = await quietFixture(chronology);
    const marker = (id: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`li[data-id="${id}"] [part~="marker"]`)!).backgroundColor;
    const line = getComputedStyle(el.shadowRoot!.querySelector('ol')!, '::before').backgroundColor;
    expect(marker('stray')).to.equal(line);
    expect(marker('ok')).to.not.equal(line);
  });

  it('localizes the problem summary and collapses it when long', async () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, start: 'never', title: 'x', category: 'c' }));
    const el = await quietFixture({ title: 'T', categories, events });
    el.locale = 'ko';
    await el.updateComplete;
    const details = part(el, 'error')!.querySelector('details')!;
    expect(details.open).to.be.false;
    expect(details.querySelector('summary')!.textContent).to.equal(
      '데이터에서 문제 5건이 발견되어 해당 항목은 표시하지 않습니다.',
    );
  });

  it('survives a chronology that is not an object at all', async () => {
    const el = await quietFixture(42);
    expect(ids(el)).to.deep.equal([]);
    expect(part(el, 'error')!.textContent).to.include('number 42 is not a chronology');
  });
});

describe('the src attribute', () => {
  it('loads a JSON chronology and fires kt-load', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const event = (await loadSrc(el, '/test/data/mini.json')) as CustomEvent;
    expect(event.type).to.equal('kt-load');
    expect(event.detail.chronology.title).to.equal('Mini');
    expect(ids(el)).to.deep.equal(['one', 'two']);
  });

  it('sets src without scheduling an update after an update (Lit change-in-update)', async () => {
    // Fails through support.ts while #load() sets a reactive property from updated().
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const loaded = oneEvent(el, 'kt-load');
    el.src = '/test/data/mini.json';
    await loaded;
    expect(ids(el)).to.deep.equal(['one', 'two']);
  });

  it('is busy while loading', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    // Every state a screen reader could meet, however fast the load: no timing involved.
    const busy: (string | null)[] = [];
    const loading: boolean[] = [];
    const observer = new MutationObserver(() => {
      busy.push(part(el, 'base')!.getAttribute('aria-busy'));
      loading.push(part(el, 'loading') !== null);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributeFilter: ['aria-busy'] });
    const loaded = oneEvent(el, 'kt-load');
    el.src = '/test/data/mini.json?delay=300';
    await loaded;
    await el.updateComplete;
    observer.disconnect();
    expect(busy).to.include('true');
    expect(loading).to.include(true);
    expect(busy.at(-1)).to.equal('false');
    expect(loading.at(-1)).to.be.false;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(el, 'loading')).to.equal(null);
  });

  it('lets the last request win', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const loads: string[] = [];
    el.addEventListener('kt-load', (e) => loads.push(String(e.detail.chronology.title)));
    el.src = '/test/data/mini.json?delay=400';
    await el.updateComplete;
    // A second element asks for the same slow data just after: by the time it has loaded it, the
    // first element's stale response has arrived too, and would have been shown.
    const witness = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const witnessLoaded = oneEvent(witness, 'kt-load');
    witness.src = '/test/data/mini.json?delay=400';
    await witness.updateComplete;
    const loaded = oneEvent(el, 'kt-load');
    el.src = '/test/data/other.json';
    await loaded;
    await witnessLoaded;
    await el.updateComplete;
    expect(ids(witness)).to.deep.equal(['one', 'two']);
    expect(loads).to.deep.equal(['Other']);
    expect(ids(el)).to.deep.equal(['three']);
  });

  const failures: [string, string, RegExp][] = [
    ['an HTTP error', '/test/data/missing.json', /could not be loaded: HTTP 404/],
    ['a network error', 'http://127.0.0.1:9/unreachable.json', /could not be loaded: /],
    ['a body that is not JSON', '/test/data/not-json.txt', /is not JSON/],
    ['data with nothing valid', '/test/data/invalid.json', /holds no valid chronology/],
  ];
  for (const [what, src, message] of failures) {
    it(`keeps the last good chronology on ${what}`, async () => {
      const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
      await loadSrc(el, '/test/data/mini.json');
      const event = (await loadSrc(el, src)) as CustomEvent;
      expect(event.type).to.equal('kt-error');
      expect(event.detail.errors[0].path).to.equal('src');
      expect(event.detail.errors[0].message).to.match(message);
      expect(ids(el)).to.deep.equal(['one', 'two']);
      expect(part(el, 'error')!.textContent).to.match(message);
    });
  }

  it('shows the valid part of partly invalid data and reports the rest', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const errors: string[] = [];
    el.addEventListener('kt-error', (e) => errors.push(...e.detail.errors.map((x: { path: string }) => x.path)));
    const loaded = oneEvent(el, 'kt-load');
    await captureWarnings(async () => {
      el.src = '/test/data/partly-invalid.json';
      await loaded;
    });
    expect(ids(el)).to.deep.equal(['good']);
    expect(errors).to.deep.equal(['events[1].start']);
    // The property holds what is shown: the validated data, not the raw JSON.
    expect(el.chronology.events.map((e) => e.id)).to.deep.equal(['good']);
    expect(el.errors.map((e) => e.path)).to.deep.equal(['events[1].start']);
  });
});

describe('hostile data', () => {
  const payloads = hostile();
  const chronology: Chronology = {
    title: payloads[0]!,
    description: payloads[1]!,
    categories: [{ id: 'c', label: payloads[2]! }],
    events: payloads.map((text, i) => ({
      id: `p${i}`,
      start: '2001',
      title: text,
      summary: text,
      category: 'c',
      sources: [
        { title: text, publisher: text, url: ['javascript:window.pwned=1', '  JaVaScRiPt:window.pwned=1'][i % 2]! },
        { title: text, url: 'data:text/html,<script>window.pwned=1</script>' },
      ],
    })),
  };

  it('renders every payload as text and runs none of it', async () => {
    const el = await quietFixture(chronology);
    const root = el.shadowRoot!;
    // A payload's onerror would run when its image fails to load; this image fails after it would.
    const probe = Object.assign(new Image(), { src: 'x' });
    await oneEvent(probe, 'error');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(root.querySelectorAll('img, script, svg, iframe, object')).to.have.length(0);
    payloads.forEach((text, i) => {
      const li = root.querySelector(`li[data-id="p${i}"]`)!;
      expect(li.querySelector('[part="title"]')!.textContent).to.equal(text);
      expect(li.querySelector('[part="summary"]')!.textContent).to.equal(text);
    });
    expect(part(el, 'heading')!.textContent).to.equal(payloads[0]);
  });

  it('links no javascript: or data: URL', async () => {
    const el = await quietFixture(chronology);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[part="sources"] li').length).to.be.greaterThan(payloads.length);
  });
});

describe('bad attributes', () => {
  const chronology: Chronology = {
    title: 'T',
    categories,
    events: [{ id: 'a', start: '2001', title: 'A', category: 'c' }],
  };

  it('ignores an unknown selected id with one warning', async () => {
    const el = await quietFixture(chronology);
    const warnings = await captureWarnings(async () => {
      el.selected = 'nope';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('selected="nope"');
    expect(el.shadowRoot!.querySelector('[aria-current="true"]')).to.equal(null);
  });

  it('ignores unknown categories with one warning, and shows all when none is known', async () => {
    const el = await quietFixture(chronology);
    const warnings = await captureWarnings(async () => {
      el.categories = 'nope';
      await el.updateComplete;
      el.reverse = true;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('unknown nope');
    expect(ids(el)).to.deep.equal(['a']);
  });
});

describe('a strict Content Security Policy with Trusted Types', () => {
  it('renders the timeline with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/page.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { violations: string[]; inlineScriptRan?: boolean };
      await win.customElements.whenDefined('korea-timeline');
      const el = win.document.querySelector('korea-timeline') as EventTimeline;
      await el.updateComplete;
      // Violations are reported in order: once this inline style's is in, any the render caused is too.
      win.document.head.append(Object.assign(win.document.createElement('style'), { textContent: 'p {}' }));
      await waitUntil(() => win.violations.length > 1, 'the inline style is reported', patience);
      // The page's own inline script and style are blocked, which proves the policy is in force,
      // and the timeline caused no violation of its own while rendering all of its events.
      expect(win.inlineScriptRan).to.equal(undefined);
      expect(win.violations).to.deep.equal(['script-src-elem inline', 'style-src-elem inline']);
      expect(el.shadowRoot!.querySelectorAll('li[part~="event"]')).to.have.length(koreaChronology.events.length);
      // Styles and the category colours (set through CSSOM) both apply.
      const category = koreaChronology.categories.find((c) => c.color)!;
      const hex = category.color!.match(/\w\w/g)!.map((h) => parseInt(h, 16));
      const marker = el.shadowRoot!.querySelector(`li[data-category="${category.id}"] [part~="marker"]`)!;
      expect(win.getComputedStyle(marker).backgroundColor).to.equal(`rgb(${hex.join(', ')})`);
    } finally {
      frame.remove();
    }
  });

  it('hydrates a server-rendered snippet: one Trusted Types policy, and the styles the policy blocks inline', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/hydrated.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { violations: string[] };
      const server = [...win.document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('li')];
      // Both hydrate.js and the bundle carry lit-html: without one shared policy this never resolves.
      await win.customElements.whenDefined('event-timeline');
      const el = win.document.querySelector('event-timeline') as EventTimeline;
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('li[part~="event"]')];
      expect(items.length).to.equal(2);
      items.forEach(
        (li, i) => expect(li === server.find((s) => s === li), `item ${i} is the server's node`).to.be.true,
      );
      // What the policy blocks is the snippet's inline styles: its <style>, and the style attributes
      // that carry category colours. The element applies both anyway, through CSSOM; nothing else is
      // blocked, no script and no Trusted Types policy.
      expect(win.violations.length).to.be.greaterThan(0);
      expect(win.violations.filter((v) => !/^style-src-(elem|attr) inline$/.test(v))).to.deep.equal([]);
      await waitUntil(
        () => win.getComputedStyle(items[0]!).getPropertyValue('--_cat').includes('3a6fd8'),
        'coloured',
        patience,
      );
      await waitUntil(
        () => win.getComputedStyle(el.shadowRoot!.querySelector('ol')!).listStyleType === 'none',
        'styled',
        patience,
      );
      items[1]!.querySelector<HTMLElement>('[part="title"]')!.click();
      await waitUntil(() => el.selected === items[1]!.getAttribute('data-id'), 'selected on click', patience);
    } finally {
      frame.remove();
    }
  });
});
