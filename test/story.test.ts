/**
 * Storytelling (#13): pictures with alt text, search, the whole view in the link, sharing one event,
 * updates and corrections, the heading level, and the kt-zoom / kt-expand hooks. Each as a reader
 * meets it: what is on screen, what is read out, what the URL holds, what the page hears.
 */
import './helpers/support.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { captureWarnings, patience } from './helpers/support.js';

/** A 2×1 picture, served by the test runner as a file would be. */
const PICTURE = '/test/data/picture.svg';

const story: Chronology = {
  title: { en: 'Moon shots', ko: '달 탐사' },
  updated: '2025-11-03',
  categories: [
    { id: 'crewed', label: { en: 'Crewed flight', ko: '유인 비행' } },
    { id: 'probe', label: { en: 'Probe', ko: '탐사선' } },
  ],
  eras: [{ id: 'race', start: '1957', end: '1969', label: { en: 'Space race', ko: '우주 경쟁' } }],
  events: [
    {
      id: 'luna-2',
      start: '1959-09-14',
      title: { en: 'Luna 2 reaches the Moon', ko: '루나 2호 달 도달' },
      summary: { en: 'The first craft to touch another world.', ko: '다른 천체에 닿은 첫 우주선.' },
      category: 'probe',
    },
    {
      id: 'apollo-8',
      start: '1968-12-21',
      title: { en: 'Apollo 8 orbits the Moon', ko: '아폴로 8호 달 궤도 비행' },
      summary: 'Earthrise is photographed.',
      category: 'crewed',
      media: [
        {
          src: PICTURE,
          alt: { en: 'The Earth rising over the Moon', ko: '달 너머로 떠오르는 지구' },
          caption: { en: 'Earthrise', ko: '지구돋이' },
          credit: 'Drawing for the test',
          width: 200,
          height: 100,
        },
      ],
      updated: '2025-11-03',
      corrections: [
        { date: '2025-11-03', text: { en: 'An earlier version gave the wrong day.', ko: '이전 판은 날짜가 틀렸다.' } },
      ],
      sources: [{ title: 'Apollo 8 mission report', url: 'https://example.com/apollo-8' }],
    },
    {
      id: 'pele',
      start: '1970',
      title: 'Pelé watches Apollo 13',
      summary: 'ＦＵＬＬ width text',
      category: 'probe',
    },
  ],
};

const root = (el: EventTimeline) => el.shadowRoot!;
const part = (el: EventTimeline, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const ids = (el: EventTimeline) =>
  [...root(el).querySelectorAll<HTMLElement>('li[data-id]')].map((li) => li.dataset.id);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * A real click in the middle of an element, as a reader's: it gives the page the focus and the user
 * activation the Clipboard API asks for, where a script's click() may be refused on a loaded machine.
 */
async function realClick(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  // Scrolling may settle over several frames (Firefox): click where the element ends up.
  let last = '';
  const where = () => JSON.stringify(element.getBoundingClientRect());
  await waitUntil(() => last === (last = where()), 'the element holds still', patience);
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

/**
 * The element on `chronology`, with attributes like `'link-hash locale=ko'`, once it shows what the
 * story chunk brings: the header's updated date, the search field with `search`, the share button
 * with `link-hash` and a selection.
 */
async function timeline(attributes = '', chronology: Chronology = story): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${chronology}></event-timeline>`);
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    el.setAttribute(name!, value);
  }
  await waitUntil(
    () =>
      part(el, 'updated') && (!el.search || part(el, 'search')) && (!el.linkHash || !el.selected || part(el, 'share')),
    'the story chunk arrives',
    patience,
  );
  await el.updateComplete;
  return el;
}

describe('pictures', function () {
  // Several loads and waits in one test: room for a loaded 2-core machine.
  this.timeout(30_000);
  it('shows a figure with its alt text, caption and credit, sized before it loads', async () => {
    const el = await timeline();
    await waitUntil(() => part(el, 'media'), 'the picture renders once its code arrives', patience);
    const figure = part(el, 'media')!;
    expect(figure.localName).to.equal('figure');
    expect(figure.closest('li')!.dataset.id).to.equal('apollo-8');
    const img = figure.querySelector<HTMLImageElement>('img[part="image"]')!;
    expect(img.alt).to.equal('The Earth rising over the Moon');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['200', '100']);
    const caption = figure.querySelector('figcaption[part="caption"]')!;
    expect(text(caption)).to.equal('Earthrise Drawing for the test');
    expect(text(caption.querySelector('[part="credit"]'))).to.equal('Drawing for the test');
    await expect(el).to.be.accessible();
  });

  it('gives the Korean alt text and caption in Korean', async () => {
    const el = await timeline('locale=ko');
    await waitUntil(() => part(el, 'image'), 'the picture renders', patience);
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.alt).to.equal('달 너머로 떠오르는 지구');
    expect(img.lang).to.equal('ko');
    expect(text(part(el, 'caption'))).to.contain('지구돋이');
  });

  it('keeps the alt text and the layout when the picture cannot be loaded', async () => {
    const broken: Chronology = {
      ...story,
      events: story.events.map((event) =>
        event.media ? { ...event, media: [{ ...event.media[0]!, src: '/no/such/picture.png' }] } : event,
      ),
    };
    const el = await timeline('', broken);
    await waitUntil(() => part(el, 'image'), 'the picture renders', patience);
    const img = part(el, 'image') as HTMLImageElement;
    await waitUntil(() => img.complete, 'the browser gave up on the picture', patience);
    expect(img.naturalWidth).to.equal(0);
    expect(img.alt).to.equal('The Earth rising over the Moon');
    const body = img.closest('[part="body"]')!.getBoundingClientRect();
    const box = img.getBoundingClientRect();
    expect(box.width, 'the broken picture keeps its room').to.be.greaterThan(0);
    expect(box.height).to.be.greaterThan(0);
    expect(box.right, 'and stays inside its card').to.be.at.most(body.right + 1);
    expect(part(el, 'summary')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(ids(el)).to.deep.equal(['luna-2', 'apollo-8', 'pele']);
  });

  it('reports a picture without alt text by its path, keeps a decorative one, and never shows an unsafe URL', async () => {
    const bad = {
      ...story,
      events: [
        {
          ...story.events[1]!,
          media: [{ src: 'a.png' }, { src: PICTURE, alt: '' }, { src: 'javascript:alert(1)', alt: 'x' }],
        },
      ],
    } as unknown as Chronology;
    let errors: { path: string }[] = [];
    const onError = (e: GlobalEventHandlersEventMap['kt-error']) => (errors = e.detail.errors);
    await captureWarnings(async () => {
      const el = await fixture<EventTimeline>(
        html`<event-timeline @kt-error=${onError} .chronology=${bad}></event-timeline>`,
      );
      await waitUntil(() => errors.length > 0, 'the problems are reported', patience);
      const images = [...root(el).querySelectorAll<HTMLImageElement>('img')];
      expect(images.map((img) => img.getAttribute('src'))).to.deep.equal([PICTURE]);
      expect(images[0]!.getAttribute('alt')).to.equal('');
      expect(text(part(el, 'error'))).to.contain('events[0].media[0].alt');
    });
    expect(errors.map((e) => e.path)).to.deep.equal(['events[0].media[0].alt', 'events[0].media[2].src']);
  });
});

describe('updates and corrections', function () {
  this.timeout(30_000);
  it('shows when the chronology was updated, and each correction with its date', async () => {
    const el = await timeline();
    await waitUntil(() => part(el, 'corrections'), 'the corrections render', patience);
    const updated = root(el).querySelector('[part="header"] [part="updated"]')!;
    expect(text(updated)).to.equal('Updated 3 November 2025');
    expect(updated.querySelector('time')!.getAttribute('datetime')).to.equal('2025-11-03');
    const corrections = part(el, 'corrections')!;
    expect(corrections.closest('li[data-id]')!.getAttribute('data-id')).to.equal('apollo-8');
    expect(corrections.getAttribute('aria-label')).to.equal('Corrections');
    expect(text(corrections)).to.contain('3 November 2025 An earlier version gave the wrong day.');
  });

  it('says so in Korean', async () => {
    const el = await timeline('locale=ko');
    await waitUntil(() => part(el, 'corrections'), 'the corrections render', patience);
    expect(text(root(el).querySelector('[part="header"] [part="updated"]'))).to.equal('최종 수정 2025년 11월 3일');
    expect(text(part(el, 'corrections'))).to.contain('2025년 11월 3일 이전 판은 날짜가 틀렸다.');
  });

  it("lists them in a selected card's details on a track", async () => {
    const el = await timeline('orientation=horizontal selected=apollo-8');
    await waitUntil(() => root(el).querySelector('[part="detail"] [part="corrections"]'), 'the detail panel', patience);
    expect(root(el).querySelector('[part="detail"] [part="media"]')).to.exist;
  });
});

describe('search', function () {
  this.timeout(30_000);
  const input = (el: EventTimeline) => root(el).querySelector<HTMLInputElement>('[part="search"] input')!;

  async function type(el: EventTimeline, query: string) {
    input(el).focus();
    // One key at a time: over WebDriver, `type` holds every key down before it lets any go, and WebKit
    // types a held key once, so APOLLO arrived as APOLO.
    for (const key of query) await sendKeys({ press: key });
    await waitUntil(() => el.query === query, 'the query is set', patience);
    await el.updateComplete;
  }

  it('shows a labelled search field; typing filters, marks the matches and says how many', async () => {
    const el = await timeline('search');
    await waitUntil(() => part(el, 'search'), 'the search field arrives', patience);
    const label = root(el).querySelector('[part="search"] label')!;
    expect(text(label)).to.equal('Search');
    expect(input(el).labels![0]!.textContent).to.equal('Search');
    expect(input(el).type).to.equal('search');
    const heard: unknown[] = [];
    el.addEventListener('kt-search', (e) => heard.push(e.detail));
    // What screen readers hear: each text the live status takes, and the count's while it is live.
    const said: string[] = [];
    const status = part(el, 'search-status')!;
    const listen = new MutationObserver(() => said.push(text(status)));
    listen.observe(status, { childList: true, characterData: true, subtree: true });
    await type(el, 'APOLLO');
    await waitUntil(() => heard.length === 6, 'one kt-search a keystroke', patience);
    expect(heard[5]).to.deep.equal({ query: 'APOLLO', count: 2 });
    await waitUntil(() => ids(el).length === 2, 'the other events drop out', patience);
    expect(ids(el)).to.deep.equal(['apollo-8', 'pele']);
    expect(el.getAttribute('query')).to.equal('APOLLO');
    await waitUntil(() => text(status) === '2 events match', 'the count is said once typing pauses', patience);
    listen.disconnect();
    // Six keystrokes, one announcement: the status spoke once, and the count line is not live meanwhile.
    expect(said.filter(Boolean)).to.deep.equal(['2 events match']);
    expect(status.getAttribute('role')).to.equal('status');
    expect(part(el, 'count')!.hasAttribute('role')).to.equal(false);
    const marks = [...root(el).querySelectorAll('mark[part="match"]')].map((m) => m.textContent);
    expect(marks).to.include('Apollo');
    expect(text(part(el, 'count'))).to.equal('2 of 3 events shown');
    await expect(el).to.be.accessible();
  });

  it('ignores case, accents and width, and matches Korean as typed', async () => {
    const el = await timeline('search');
    el.query = 'pele';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['pele']);
    expect(root(el).querySelector('mark[part="match"]')!.textContent).to.equal('Pelé');
    el.query = 'full WIDTH';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['pele']);
    expect(root(el).querySelector('[part="summary"] mark')!.textContent).to.equal('ＦＵＬＬ width');
    el.locale = 'ko';
    el.query = '달';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['luna-2', 'apollo-8']);
    expect(text(part(el, 'search-status'))).to.equal('일치하는 사건 2건');
    expect(text(root(el).querySelector('[part="search"] label'))).to.equal('검색');
  });

  it('searches category labels and source titles, and combines with categories and from/to', async () => {
    const el = await timeline('search');
    el.query = 'mission report';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['apollo-8']);
    el.query = 'probe';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['luna-2', 'pele']);
    el.setAttribute('to', '1965');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['luna-2']);
    el.removeAttribute('to');
    el.setAttribute('categories', 'crewed');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    expect(part(el, 'empty')).to.exist;
  });

  it('clears with Escape, keeping focus in the field', async () => {
    const el = await timeline('search');
    await waitUntil(() => part(el, 'search'), 'the search field arrives', patience);
    await type(el, 'luna');
    expect(ids(el)).to.deep.equal(['luna-2']);
    const cleared = oneEvent(el, 'kt-search');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.equal({ query: '', count: 3 });
    await el.updateComplete;
    expect(ids(el)).to.have.length(3);
    expect(input(el).value).to.equal('');
    // No query left behind: the attribute goes with it.
    expect(el.hasAttribute('query')).to.equal(false);
    expect(root(el).activeElement === input(el)).to.be.true;
    await waitUntil(() => text(part(el, 'search-status')) === '', 'the status is cleared', patience);
    expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
  });
});

describe('the view in the link', function () {
  this.timeout(30_000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows every event when a hand-edited link holds a malformed escape', async () => {
    history.replaceState(null, '', '#%E0%A4%A');
    const el = await fixture<EventTimeline>(html`<event-timeline link-hash .chronology=${story}></event-timeline>`);
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(ids(el)).to.have.length(story.events.length);
  });

  it('opens at the view a link holds: selection, categories, bounds and query', async () => {
    history.replaceState(null, '', '#moon.event=apollo-8&moon.q=apollo&moon.categories=crewed+probe');
    const el = await fixture<EventTimeline>(
      html`<event-timeline id="moon" link-hash search .chronology=${story}></event-timeline>`,
    );
    await waitUntil(() => el.selected === 'apollo-8', 'the link selects the event', patience);
    expect(el.query).to.equal('apollo');
    expect(el.categories).to.equal('crewed probe');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['apollo-8', 'pele']);
    expect(root(el).querySelector<HTMLInputElement>('[part="search"] input')?.value).to.equal('apollo');
  });

  it('writes only what differs from the attributes, under its own id, beside another timeline', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <event-timeline id="one" link-hash categories="crewed probe" selected="luna-2" .chronology=${story}>
        </event-timeline>
        <event-timeline id="two" link-hash selected="luna-2" .chronology=${story}></event-timeline>
      </div>`,
    );
    const [one, two] = [...page.querySelectorAll('event-timeline')] as EventTimeline[];
    await waitUntil(() => part(one!, 'share') && part(two!, 'share'), 'both have their link code', patience);
    await Promise.all([one!.updateComplete, two!.updateComplete]);
    root(one!).querySelector<HTMLElement>('li[data-id="apollo-8"] [part="title"]')!.click();
    await waitUntil(() => location.hash.includes('one.event'), 'the first writes its selection', patience);
    root(two!).querySelector<HTMLElement>('li[data-id="pele"] [part="title"]')!.click();
    await waitUntil(() => location.hash.includes('two.event'), 'the second writes its own', patience);
    const params = new URLSearchParams(location.hash.slice(1));
    expect(Object.fromEntries(params)).to.deep.equal({ 'one.event': 'apollo-8', 'two.event': 'pele' });
    const chips = root(two!).querySelectorAll<HTMLButtonElement>('[part~="filter"]');
    chips[2]!.click();
    await two!.updateComplete;
    expect(new URLSearchParams(location.hash.slice(1)).get('two.categories')).to.equal('probe');
  });

  it('moves between selections with Back and Forward', async () => {
    const el = await timeline('link-hash selected=apollo-8');
    const click = (id: string) => root(el).querySelector<HTMLElement>(`li[data-id="${id}"] [part="title"]`)!.click();
    click('luna-2');
    await waitUntil(() => location.hash === '#luna-2', 'the old #id format for one event', patience);
    click('pele');
    await waitUntil(() => location.hash === '#pele', 'the second selection', patience);
    history.back();
    await waitUntil(() => el.selected === 'luna-2', 'Back returns to the first', patience);
    history.forward();
    await waitUntil(() => el.selected === 'pele', 'Forward to the second', patience);
  });
});

describe('sharing one event', function () {
  this.timeout(30_000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('copies the link to the selected event and says so', async () => {
    const el = await timeline('id=moon link-hash selected=luna-2');
    await waitUntil(() => part(el, 'share'), 'the share button arrives', patience);
    const button = part(el, 'share') as HTMLButtonElement;
    expect(button.closest('li')!.dataset.id).to.equal('luna-2');
    expect(text(button)).to.equal('Copy link');
    const shared = oneEvent(el, 'kt-share');
    await realClick(button);
    const { detail } = await shared;
    expect(detail.event.id).to.equal('luna-2');
    expect(detail.url).to.equal(`${location.origin}${location.pathname}${location.search}#moon.event=luna-2`);
    await waitUntil(() => text(part(el, 'share-status')) === 'Link copied', 'the live region confirms', patience);
    expect(part(el, 'share-status')!.getAttribute('role')).to.equal('status');
  });

  it('copies a link to the page link-base names, an http(s) one only', async () => {
    const el = await timeline('link-hash selected=luna-2');
    el.setAttribute('link-base', 'https://news.example/story?x=1#old');
    await waitUntil(() => part(el, 'share'), 'the share button arrives', patience);
    let shared = oneEvent(el, 'kt-share');
    await realClick(part(el, 'share')!);
    expect((await shared).detail.url).to.equal('https://news.example/story?x=1#luna-2');
    // Anything but an http(s) or relative address is ignored: the link is to this page.
    el.setAttribute('link-base', 'javascript:alert(1)');
    await el.updateComplete;
    shared = oneEvent(el, 'kt-share');
    await realClick(part(el, 'share')!);
    expect((await shared).detail.url).to.equal(`${location.origin}${location.pathname}${location.search}#luna-2`);
  });

  it('is labelled in Korean, and the copied link opens the event in a new page', async function () {
    this.timeout(30_000);
    const el = await fixture<EventTimeline>(
      html`<event-timeline link-hash locale="ko" selected="two" src="/test/data/mini.json"></event-timeline>`,
    );
    await waitUntil(() => part(el, 'share'), 'the share button arrives', patience);
    expect(text(part(el, 'share'))).to.equal('링크 복사');
    const shared = oneEvent(el, 'kt-share');
    await realClick(part(el, 'share')!);
    const { url } = (await shared).detail;
    // A new page: the copied URL in a fresh frame, with the element loaded from the built bundle.
    const frame = document.createElement('iframe');
    frame.src = `/test/data/story-page.html${new URL(url).hash}`;
    frame.style.cssText = 'width: 600px; height: 400px; border: 0';
    document.body.append(frame);
    const opened = () => frame.contentDocument?.querySelector('event-timeline')?.getAttribute('selected');
    try {
      await waitUntil(() => opened() === 'two', 'the link selects the event in the new page', patience);
      // Inside that frame, as in an embed, its own share button copies the frame's link.
      const inner = frame.contentDocument!.querySelector('event-timeline')!;
      await waitUntil(
        () => inner.shadowRoot?.querySelector('[part="share"]'),
        'the share button in the frame',
        patience,
      );
      const sharedInside = oneEvent(inner, 'kt-share');
      // A real click, as a reader's: it focuses the frame and lets it use the clipboard.
      const button = inner.shadowRoot!.querySelector<HTMLElement>('[part="share"]')!;
      frame.scrollIntoView({ block: 'center' });
      button.scrollIntoView({ block: 'center' });
      // Scrolling may settle over several frames (Firefox): click where the button ends up.
      const where = () =>
        [button.getBoundingClientRect(), frame.getBoundingClientRect()].map((b) => `${b.left},${b.top}`).join(' ');
      let last = '';
      await waitUntil(() => last === (last = where()), 'the button holds still', patience);
      const [box, offset] = [button.getBoundingClientRect(), frame.getBoundingClientRect()];
      const at = (start: number, size: number, origin: number) => Math.round(origin + start + size / 2);
      await sendMouse({
        type: 'click',
        position: [at(box.left, box.width, offset.left), at(box.top, box.height, offset.top)],
      });
      expect((await sharedInside).detail.url).to.equal(frame.contentWindow!.location.href);
      await waitUntil(
        () => inner.shadowRoot!.querySelector('[part="share-status"]')!.textContent === 'Link copied',
        'the frame confirms the copy',
        patience,
      );
    } finally {
      frame.remove();
    }
  });
});

describe('the share sheet', function () {
  this.timeout(30_000);
  const original = { matchMedia: window.matchMedia };
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    // The stand-in is the navigator's own property: without it, the browser's own (if any) shows again.
    Reflect.deleteProperty(navigator, 'share');
    window.matchMedia = original.matchMedia;
  });

  it('offers the share sheet instead on a touch device that has one', async () => {
    // This machine has neither a touch screen nor a share sheet: stand in for both, as a phone has them.
    const offered: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => void offered.push(data),
    });
    window.matchMedia = (query: string) =>
      ({ ...original.matchMedia.call(window, query), matches: query === '(pointer: coarse)' }) as MediaQueryList;
    const el = await timeline('link-hash selected=luna-2');
    const shared = oneEvent(el, 'kt-share');
    part(el, 'share')!.click();
    const { detail } = await shared;
    expect(offered).to.deep.equal([{ title: 'Luna 2 reaches the Moon', url: detail.url }]);
    expect(detail.url.endsWith('#luna-2')).to.be.true;
  });
});

describe('heading level', function () {
  this.timeout(30_000);
  for (const [level, tags] of [
    [2, ['h2', 'h3', 'h4', 'h3']],
    [3, ['h3', 'h4', 'h5', 'h4']],
    [5, ['h5', 'h6', 'h6', 'h6']],
  ] as const) {
    it(`heading-level=${level} puts the title at h${level} and eras and events below it`, async () => {
      const el = await timeline(`heading-level=${level}`);
      expect(part(el, 'heading')!.localName).to.equal(tags[0]);
      expect(part(el, 'era-label')!.localName).to.equal(tags[1]);
      expect(root(el).querySelector('li[data-id="luna-2"] [part="title"]')!.localName).to.equal(tags[2]);
      expect(root(el).querySelector('li[data-id="pele"] [part="title"]')!.localName).to.equal(tags[3]);
      await expect(el).to.be.accessible();
    });
  }
});

describe('hooks', function () {
  this.timeout(30_000);
  it('fires kt-zoom when the reader zooms, with the new zoom', async () => {
    const el = await timeline('orientation=horizontal scale=time');
    await waitUntil(() => part(el, 'zoom'), 'the zoom buttons', patience);
    const zoomed = oneEvent(el, 'kt-zoom');
    root(el).querySelector<HTMLButtonElement>('[part="zoom"] button[aria-label="Zoom in"]')!.click();
    expect((await zoomed).detail.zoom).to.equal(el.zoom);
    expect(el.zoom).to.be.greaterThan(1);
  });

  it('fires kt-expand when the reader opens a compact card on a track, and not in a list', async () => {
    const el = await timeline('scale=time');
    await waitUntil(() => root(el).querySelector('.track li[data-id="luna-2"]'), 'the track', patience);
    const expanded = oneEvent(el, 'kt-expand');
    root(el).querySelector<HTMLElement>('li[data-id="luna-2"] [part="title"]')!.click();
    expect((await expanded).detail.event.id).to.equal('luna-2');
    const list = await timeline();
    let fired = false;
    list.addEventListener('kt-expand', () => (fired = true));
    const selected = oneEvent(list, 'kt-select');
    root(list).querySelector<HTMLElement>('li[data-id="luna-2"] [part="title"]')!.click();
    await selected;
    expect(fired, 'a full card in a list has nothing to open').to.be.false;
  });
});
