import './helpers/support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { koreaChronology } from '../events/korea.js';
import { patience } from './helpers/support.js';
import type { KoreaTimeline } from '../src/korea-timeline.js';

/** Loads a page in an iframe and records what it logs, from before any module runs. */
async function loadPage(body: string): Promise<{ doc: Document; logs: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
    window.logs = [];
    for (const level of ['error', 'warn']) {
      const original = console[level];
      console[level] = (...args) => { logs.push(level + ': ' + args.join(' ')); original(...args); };
    }
    addEventListener('error', (e) => logs.push('uncaught: ' + e.message));
    addEventListener('unhandledrejection', (e) => logs.push('uncaught: ' + e.reason));
  </script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { logs: string[] };
  await win.customElements.whenDefined('korea-timeline');
  const el = win.document.querySelector('korea-timeline') as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return { doc: win.document, logs: win.logs };
}

const shadow = (doc: Document) => doc.querySelector('korea-timeline')!.shadowRoot!;

describe('the CDN bundle', () => {
  it('renders the whole chronology from one script tag, with no console errors or warnings', async () => {
    const { doc, logs } = await loadPage(
      '<script type="module" src="/cdn/korea-timeline.js"></script><korea-timeline></korea-timeline>',
    );
    const items = doc.querySelector('korea-timeline')!.shadowRoot!.querySelectorAll('li[part~="event"]');
    expect(items.length).to.equal(koreaChronology.events.length);
    expect(logs).to.deep.equal([]);
    // The notes and sources come in a chunk of their own, right after the first download.
    const fetched = doc.defaultView!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((name) => name.includes('korea-sources')).length).to.equal(2);
    const links = [...items].map((li) => li.querySelectorAll('[part="sources"] a').length);
    expect(links).to.deep.equal(koreaChronology.events.map((event) => event.sources?.length ?? 0));
    // Each source's language came with them: the link's hreflang, and its name after the headline.
    const portuguese = [...items].flatMap((li) => [...li.querySelectorAll('[part="sources"] a[hreflang="pt"]')]);
    expect(portuguese.length).to.equal(1);
    const footnote = portuguese[0]!.closest('li')!;
    await waitUntil(() => footnote.querySelector('.language'), 'the guides chunk names the language', patience);
    expect(footnote.querySelector('.language')!.textContent!.trim()).to.equal('(in Portuguese)');
    // A space apart from the headline, which the minified templates keep.
    expect(footnote.textContent!.replace(/\s+/g, ' ').trim()).to.match(/cemetery \(in Portuguese\)$/);
    const notes = [...items].filter((li) => li.querySelector('[part="note"]')).length;
    expect(notes).to.equal(koreaChronology.events.filter((event) => event.note).length);
    // The lanes came in the first download; the annotations, with their sources, in the second half.
    const { chronology } = doc.querySelector('korea-timeline') as KoreaTimeline;
    expect(chronology.events.map((event) => event.lane)).to.deep.equal(koreaChronology.events.map((e) => e.lane));
    expect(chronology.annotations!.map((note) => [note.id, note.sources!.length])).to.deep.equal(
      koreaChronology.annotations!.map((note) => [note.id, note.sources!.length]),
    );
  });

  it('can be loaded next to the generic bundle without redefining an element', async () => {
    const { doc, logs } = await loadPage(
      '<script type="module" src="/cdn/event-timeline.js"></script>' +
        '<script type="module" src="/cdn/korea-timeline.js"></script><korea-timeline></korea-timeline>',
    );
    expect(doc.querySelector('korea-timeline')!.shadowRoot!.querySelectorAll('li[part~="event"]').length).to.equal(
      koreaChronology.events.length,
    );
    expect(logs).to.deep.equal([]);
  });

  it('draws the horizontal track and reads <timeline-event> children from a copy of the cdn/ folder', async () => {
    const { doc, logs } = await loadPage(
      '<script type="module" src="/test/.cdn/whole/korea-timeline.js"></script>' +
        '<korea-timeline orientation="horizontal"><timeline-event id="extra" start="2026-01" category="diplomacy">' +
        '<span slot="title">An event written in HTML</span></timeline-event></korea-timeline>',
    );
    await waitUntil(() => shadow(doc).querySelector('.track'), 'the track renders', patience);
    await waitUntil(() => shadow(doc).querySelector('li[data-id="extra"]'), 'the child event shows', patience);
    expect(logs).to.deep.equal([]);
  });

  it('fetches the validator only for data the page gives it, and still reports bad events by path', async () => {
    const { doc, logs } = await loadPage(
      '<script type="module" src="/test/.cdn/whole/korea-timeline.js"></script>' +
        '<korea-timeline></korea-timeline><event-timeline></event-timeline>',
    );
    const win = doc.defaultView!;
    const validatorFetches = () =>
      win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('-validate-')).length;
    expect(validatorFetches()).to.equal(0);
    expect(shadow(doc).querySelectorAll('li[part~="event"]').length).to.equal(koreaChronology.events.length);

    const el = doc.querySelector('event-timeline') as HTMLElement & {
      chronology: unknown;
      updateComplete: Promise<unknown>;
    };
    const reported = new Promise<{ path: string }[]>((resolve) =>
      el.addEventListener('kt-error', (e) => resolve((e as CustomEvent).detail.errors), { once: true }),
    );
    el.chronology = {
      title: 'Mine',
      categories: [{ id: 'c', label: 'C' }],
      events: [
        { id: 'good', start: '2020-01-01', title: 'A good event', category: 'c' },
        { id: 'bad', start: '2020-13-01', title: 'A bad date', category: 'c' },
      ],
    };
    await el.updateComplete;
    const events = [...el.shadowRoot!.querySelectorAll('li[part~="event"]')].map((li) => li.getAttribute('data-id'));
    expect(events).to.deep.equal(['good']);
    expect((await reported).map((e) => e.path)).to.deep.equal(['events[1].start']);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('events[1].start');
    expect(validatorFetches()).to.equal(1);
    expect(logs.filter((line) => line.startsWith('uncaught'))).to.deep.equal([]);
  });

  it('without its chunks, still shows the events as a list, and tells the console, not the reader, what to copy', async () => {
    const { doc, logs } = await loadPage(
      '<script type="module" src="/test/.cdn/alone/korea-timeline.js"></script>' +
        '<korea-timeline orientation="horizontal"></korea-timeline>',
    );
    const el = doc.querySelector('korea-timeline') as KoreaTimeline;
    await waitUntil(() => el.errors.length === 3, 'the missing chunks are known', patience);
    // Every chunk it asked for has been tried.
    await el.settled();
    expect(shadow(doc).querySelectorAll('li[part~="event"]').length).to.equal(koreaChronology.events.length);
    expect(shadow(doc).querySelector('.track')).to.equal(null);
    // Nothing on the page says the data is wrong: the code that did not come is the page's problem.
    expect(shadow(doc).querySelector('[part="error"]')).to.equal(null);
    expect(el.errors.every((e) => e.message.includes('Serve the whole cdn/ folder'))).to.equal(true);
    expect(logs.filter((line) => line.startsWith('uncaught'))).to.deep.equal([]);
    // One line for each chunk missing: the track's, the reader's guides' and the Korea notes and sources'.
    expect(logs.filter((line) => line.includes('could not be loaded'))).to.have.length(3);
    expect(logs.some((line) => line.includes('Serve the whole cdn/ folder'))).to.equal(true);
  });
});

describe('a network blip', () => {
  afterEach(() => executeServerCommand('network-fail', { path: '' }));

  /** This engine's copy of cdn/: the engines run at once, and each fails only its own. */
  const copy = `/test/.cdn/blip-${/Firefox/.test(navigator.userAgent) ? 'firefox' : /Chrom/.test(navigator.userAgent) ? 'chromium' : 'webkit'}`;

  /** The Korea bundle on a page whose track chunk cannot be fetched until the blip ends. */
  async function offlineTrack() {
    await executeServerCommand('network-fail', { path: `${copy}/chunks/korea-timeline-track-` });
    const { doc, logs } = await loadPage(
      `<script type="module" src="${copy}/korea-timeline.js"></script>` +
        '<korea-timeline orientation="horizontal"></korea-timeline>',
    );
    const el = doc.querySelector('korea-timeline') as KoreaTimeline;
    await waitUntil(() => el.errors.some((e) => e.path === 'track'), 'the track is missing', patience);
    // The reader sees the events, and nothing that says the data is wrong.
    expect(shadow(doc).querySelector('[part="error"]')).to.equal(null);
    expect(shadow(doc).querySelectorAll('li[part~="event"]').length).to.equal(koreaChronology.events.length);
    expect(shadow(doc).querySelector('.track')).to.equal(null);
    await executeServerCommand('network-fail', { path: '' });
    return { doc, el, logs };
  }

  it('asks again for the code it lacks when the page is back online', async () => {
    const { doc, el, logs } = await offlineTrack();
    doc.defaultView!.dispatchEvent(new Event('online'));
    await waitUntil(() => shadow(doc).querySelector('.track'), 'the track arrives', patience);
    await el.settled();
    expect(el.errors).to.deep.equal([]);
    expect(shadow(doc).querySelector('[part="error"]')).to.equal(null);
    expect(logs.filter((line) => line.startsWith('uncaught'))).to.deep.equal([]);
  });

  it('asks again on the next change, as when the reader picks another layout', async () => {
    const { doc, el } = await offlineTrack();
    el.scale = 'time';
    await waitUntil(() => shadow(doc).querySelector('.track'), 'the track arrives', patience);
    await el.settled();
    expect(el.errors).to.deep.equal([]);
  });
});
