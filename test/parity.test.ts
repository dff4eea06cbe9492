// The server and the browser as one program: the parity fixture (dates before year 1, a decade, a
// century, open ends, a picture, corrections, sources in other languages) rendered by the server in
// four locales (web-test-runner.config.mjs writes test/.ssr/parity-*.html) reads as the browser draws
// it; and rendered with --hydrate in Japanese, it hydrates on the CDN bundle, keeping every node.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { parity } from './helpers/chronologies.mjs';
import { patience } from './helpers/support.js';

/** What a reader reads of each part the data draws, in order; guides (durations, the story bar) excepted. */
const PARTS = [
  'heading',
  'description',
  'updated',
  'era-label',
  'date',
  'kicker',
  'title',
  'summary',
  'media',
  'corrections',
  'category',
  'sources',
];
function reading(root: ShadowRoot): Record<string, string[]> {
  const base = root.querySelector('[part="base"]')!;
  const texts = Object.fromEntries(
    PARTS.map((part) => [
      part,
      [...root.querySelectorAll(`[part~="${part}"]`)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim()),
    ]),
  );
  return {
    ...texts,
    ids: [...root.querySelectorAll<HTMLElement>('li[part~="event"]')].map((li) => li.dataset.id!),
    images: [...root.querySelectorAll('img')].map((img) => `${img.getAttribute('src')} ${img.getAttribute('alt')}`),
    lang: [base.getAttribute('lang')!],
  };
}

/** The server's HTML, parsed with its declarative shadow root, in a container on the page. */
async function serverRendered(file: string): Promise<{ container: HTMLElement; el: EventTimeline }> {
  const response = await fetch(`/test/.ssr/${file}`);
  expect(response.ok, `web-test-runner.config.mjs writes test/.ssr/${file}`).to.equal(true);
  const container = document.createElement('div');
  container.setHTMLUnsafe(await response.text());
  return { container, el: container.querySelector('event-timeline')! };
}

describe('the server writes what the browser draws', () => {
  for (const locale of ['en', 'ko', 'ja', 'ar']) {
    it(`in ${locale}: every date, text, picture, correction and footnote`, async () => {
      const { el: server } = await serverRendered(`parity-${locale}.html`);
      const served = reading(server.shadowRoot!);
      const browser = await fixture<EventTimeline>(
        html`<event-timeline locale=${locale} .chronology=${parity as Chronology}></event-timeline>`,
      );
      // Everything it will draw, the language names after the footnotes' headlines included.
      await browser.settled();
      expect(served).to.deep.equal(reading(browser.shadowRoot!));
      // Not a vacuous match: the fixture's hard cases are there, in the locale's words.
      expect(served.date!.length).to.equal(parity.events.length);
      expect(served.date!.join(' ')).to.not.match(/-\d|195X|18XX/);
      expect(served.images).to.deep.equal([
        `/test/data/picture.svg ${locale === 'ko' ? '파란 사각형' : 'A blue square'}`,
      ]);
      expect(served.corrections!.join(' ')).to.include(
        locale === 'ko' ? '날짜를 바로잡았다.' : 'The date was corrected.',
      );
    });
  }

  it('right to left in a right-to-left page, laid out as the browser lays it out', async () => {
    /** Where each event's marker and title sit, measured from the timeline's right edge. */
    const columns = (root: ShadowRoot) => {
      const right = root.querySelector('.base')!.getBoundingClientRect().right;
      return [...root.querySelectorAll('li[part~="event"]')].map((li) =>
        ['marker', 'title'].map((part) =>
          Math.round(right - li.querySelector(`[part~="${part}"]`)!.getBoundingClientRect().right),
        ),
      );
    };
    // The server's HTML in a page of its own with no script (here it would upgrade, and hydrate
    // without its data), beside the browser's element in a page of the same width.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 760px; height: 600px"></iframe>`);
    const served = await (await fetch('/test/.ssr/parity-ar.html')).text();
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><body style="margin: 0"><div dir="rtl" lang="ar" style="width: 720px">${served}</div>`;
    await loaded;
    const server = frame.contentDocument!.querySelector('event-timeline')!;
    const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar" style="width: 720px"></div>`);
    const browser = document.createElement('event-timeline') as EventTimeline;
    browser.chronology = parity as Chronology;
    page.append(browser);
    await browser.updateComplete;
    for (const root of [server.shadowRoot!, browser.shadowRoot!]) {
      expect(getComputedStyle(root.querySelector('.base')!).direction).to.equal('rtl');
    }
    const measured = columns(browser.shadowRoot!);
    expect(columns(server.shadowRoot!)).to.deep.equal(measured);
    // The marker column is at the right: nearer the right edge than the title.
    for (const [marker, title] of measured) expect(marker!).to.be.lessThan(title!);
  });
});

describe('render --hydrate, with what the bundle fetches as chunks', () => {
  it('hydrates Japanese, extended dates and pictures on the CDN bundle, keeping every node', async () => {
    const response = await fetch('/test/.ssr/parity-hydrate.html');
    expect(response.ok).to.equal(true);
    const page = await response.text();
    expect(page).to.include('data-kt-chronology');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px';
    const errors: string[] = [];
    document.body.append(frame);
    try {
      frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
      frame.contentDocument!.open();
      frame.contentDocument!.write(page);
      frame.contentDocument!.close();
      const doc = frame.contentDocument!;
      const el = () => doc.querySelector('event-timeline') as EventTimeline | null;
      await waitUntil(() => el()?.shadowRoot?.querySelector('li[part~="event"]'), 'the server HTML', patience);
      const serverItems = [...el()!.shadowRoot!.querySelectorAll('li[part~="event"]')];
      const serverDates = serverItems.map((li) => li.querySelector('[part="date"]')!.textContent!.trim());
      expect(serverDates.join(' ')).to.include('紀元前');
      await waitUntil(() => frame.contentWindow!.customElements.get('event-timeline'), 'the bundle', patience);
      await el()!.updateComplete;
      const items = [...el()!.shadowRoot!.querySelectorAll('li[part~="event"]')];
      expect(items.length).to.equal(serverItems.length);
      items.forEach((li, i) => expect(li === serverItems[i], `item ${i} is the server's node`).to.equal(true));
      expect(items.map((li) => li.querySelector('[part="date"]')!.textContent!.trim())).to.deep.equal(serverDates);
      expect(el()!.shadowRoot!.querySelector('img')?.getAttribute('alt')).to.equal('A blue square');
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
