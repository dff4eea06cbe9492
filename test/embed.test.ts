// The embed kit in the browser: snippets from `korea-timeline render --hydrate` coming alive on the
// CDN bundles, and `cdn/embed.html` in an iframe, driven by `cdn/embed.js` on this page as a host.
import './helpers/support.js';
import { hostile } from './helpers/hostile.js';
import { expect, waitUntil } from '@open-wc/testing';
import { koreaChronology } from '../events/korea.js';
import { patience } from './helpers/support.js';

type Timeline = HTMLElement & { updateComplete: Promise<unknown>; selected?: string };
type FrameWindow = Window & typeof globalThis & { serverItems?: Element[]; serverTop?: number; errors: string[] };

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')];

/** A page in an iframe of this origin; `srcdoc` pages can be given a script that runs before any module. */
async function frame(setup: (frame: HTMLIFrameElement) => void, width = 800): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.border = '0';
  setup(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

describe('a snippet from korea-timeline render --hydrate', () => {
  for (const [file, tag] of [
    ['korea-hydrate.html', 'korea-timeline'],
    ['mini-hydrate.html', 'event-timeline'],
  ] as const) {
    it(`becomes interactive on the CDN bundle, keeping the server's nodes (${tag})`, async () => {
      const html = await (await fetch(`/test/.ssr/${file}`)).text();
      // Runs as the parser reaches it: after the server's HTML, before the module scripts.
      const record = `<script>
        window.errors = [];
        addEventListener('error', (e) => errors.push(e.message));
        window.serverItems = [...document.querySelector('${tag}').shadowRoot.querySelectorAll('li[part~="event"]')];
        window.serverTop = serverItems[0].getBoundingClientRect().top;
      </script>`;
      const iframe = await frame((f) => (f.srcdoc = html.replace('</body>', `${record}</body>`)));
      const win = iframe.contentWindow as FrameWindow;
      await win.customElements.whenDefined(tag);
      const el = win.document.querySelector(tag) as Timeline;
      await el.updateComplete;
      const server = win.serverItems!;
      const now = items(el);
      expect(server.length).to.equal(tag === 'korea-timeline' ? koreaChronology.events.length : 2);
      expect(now.length).to.equal(server.length);
      now.forEach((li, i) => expect(li === server[i], `item ${i} is the server's node`).to.be.true);
      expect(win.errors).to.deep.equal([]);
      const filters = el.shadowRoot!.querySelector('[part="filters"]');
      expect(filters === null || filters.getClientRects().length > 0, 'chips shown once interactive').to.be.true;
      expect(filters === null || getComputedStyle(filters).visibility === 'visible', 'chips seen').to.be.true;
      // The chips kept their room in the server's HTML: the events did not move when they appeared.
      expect(Math.abs(now[0]!.getBoundingClientRect().top - win.serverTop!)).to.be.below(1);
      now[1]!.querySelector<HTMLElement>('[part="title"]')!.click();
      await waitUntil(() => now[1]!.getAttribute('aria-current') === 'true', 'selected on click', patience);
      expect(el.selected).to.equal(now[1]!.dataset.id);
      iframe.remove();
    });
  }
});

describe('a server-rendered snippet of data with problems', () => {
  async function hydrated(edit = (html: string) => html) {
    const html = edit(await (await fetch('/test/.ssr/problem-hydrate.html')).text());
    const record = `<script>
      window.errors = [];
      addEventListener('error', (e) => errors.push(e.message));
      window.serverItems = [...document.querySelector('event-timeline').shadowRoot.querySelectorAll('li[part~="event"]')];
    </script>`;
    const iframe = await frame((f) => (f.srcdoc = html.replace('</body>', `${record}</body>`)));
    const win = iframe.contentWindow as FrameWindow;
    await win.customElements.whenDefined('event-timeline');
    const el = win.document.querySelector('event-timeline') as unknown as Timeline & {
      errors: readonly { path: string }[];
    };
    await el.updateComplete;
    return { iframe, win, el };
  }

  it('hydrates once, showing what the server showed: the valid events and the problem it kept', async () => {
    const { iframe, win, el } = await hydrated();
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(items(el).map((li) => li.dataset.id)).to.deep.equal(['one', 'stray']);
    items(el).forEach((li, i) => expect(li === win.serverItems![i], `item ${i} is the server's node`).to.be.true);
    expect(root.querySelectorAll('[part~="error"]')).to.have.length(1);
    expect(root.querySelector('[part~="error"]')!.textContent).to.contain('events[1].category');
    expect(el.errors.map((e) => e.path)).to.deep.equal(['events[1].category']);
    expect(win.errors).to.deep.equal([]);
    iframe.remove();
  });

  it('data changed after the server wrote it is validated again: an unsafe address is dropped and reported', async () => {
    const { iframe, win } = await hydrated((html) =>
      html.replace('"url":"https://example.org/one"', '"url":"javascript:parent.pwned=1"'),
    );
    const el = win.document.querySelector('event-timeline') as unknown as Timeline & {
      errors: readonly { path: string }[];
    };
    await waitUntil(
      () => el.errors.some((e) => e.path === 'events[0].sources[0].url'),
      'the address reported',
      patience,
    );
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(items(el).map((li) => li.dataset.id)).to.deep.equal(['one', 'stray']);
    expect(win.errors).to.deep.equal([]);
    iframe.remove();
  });
});

describe('embed.html in an iframe, with cdn/embed.js on the host page', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${location.origin}/cdn/embed.js`);
  });
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  async function embed(query: string, attributes: Record<string, string> = {}, width = 800) {
    const iframe = await frame((f) => {
      f.src = `/cdn/embed.html${query}`;
      f.setAttribute('data-kt-embed', '');
      for (const [name, value] of Object.entries(attributes)) f.setAttribute(name, value);
    }, width);
    const win = iframe.contentWindow as FrameWindow;
    await waitUntil(() => win.document.querySelector('korea-timeline, event-timeline'), 'the timeline', patience);
    const el = win.document.querySelector('korea-timeline, event-timeline') as Timeline;
    await win.customElements.whenDefined(el.localName);
    await el.updateComplete;
    /** The iframe is as tall as its content, with nothing to scroll. */
    const fits = () => {
      const content = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
      return iframe.getBoundingClientRect().height === content && content > 0;
    };
    await waitUntil(fits, 'the iframe fits its content', patience);
    return { iframe, win, el, fits };
  }

  it('sizes the iframe to its content, and again after a filter, a selection and a resize', async () => {
    const { iframe, el, fits } = await embed('');
    const tall = iframe.getBoundingClientRect().height;
    expect(tall).to.be.greaterThan(2000);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filter"]')[1]!.click();
    await waitUntil(() => iframe.getBoundingClientRect().height < tall && fits(), 'shorter after a filter', patience);
    const filtered = iframe.getBoundingClientRect().height;
    items(el).at(-1)!.querySelector<HTMLElement>('[part="title"]')!.click();
    await waitUntil(() => el.selected !== undefined && fits(), 'fits after a selection', patience);
    iframe.style.width = '390px';
    await waitUntil(() => iframe.getBoundingClientRect().height > filtered && fits(), 'taller when narrow', patience);
  });

  it('off screen, in a frame of another origin, sends its height before the reader scrolls to it', async () => {
    // Chromium draws nothing in a cross-origin frame off screen, so the frame's ResizeObserver stays
    // silent there: its height must still arrive, the same as in a frame on screen.
    const query = '?orientation=horizontal&src=/events/korea.json';
    const { iframe: reference, el, fits } = await embed(query);
    // The data comes from src, and the horizontal track in a chunk: its height, once the events are
    // there and every part the element asked for is drawn.
    await waitUntil(() => items(el).length === koreaChronology.events.length, 'the reference loaded src', patience);
    await (el as Timeline & { settled(): Promise<unknown> }).settled();
    await waitUntil(fits, 'the reference fits its settled content', patience);
    const height = reference.getBoundingClientRect().height;
    // The track, far taller than the loading line or an iframe's default 150 px (which an embed that
    // sends no height keeps).
    expect(height).to.be.greaterThan(400);
    const other = new URL(location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const below = await frame((f) => {
      f.src = `${other.origin}/cdn/embed.html${query}`;
      f.setAttribute('data-kt-embed', '');
      f.style.marginTop = `${innerHeight * 3}px`;
    });
    expect(below.getBoundingClientRect().top).to.be.greaterThan(innerHeight * 2);
    const heights: number[] = [];
    const sent = ({ source, data }: MessageEvent) => {
      if (source === below.contentWindow && data?.type === 'kt-embed:height') heights.push(data.height);
    };
    addEventListener('message', sent);
    try {
      await waitUntil(() => Math.abs(below.getBoundingClientRect().height - height) < 1, '', patience);
    } catch {
      const now = below.getBoundingClientRect().height;
      throw new Error(
        `the off-screen frame is ${now}px tall, not ${height}px as on screen; it sent ${heights.join(', ')}`,
      );
    } finally {
      removeEventListener('message', sent);
    }
  });

  it('follows the host article with data-kt-follow: the last of its steps the reader passed, never scrolling the page', async function () {
    // Four steps, each waited for: more than one step's time on a loaded machine.
    this.timeout(4 * patience.timeout);
    // The article on this host page, above the embed: a paragraph per step, the Korea events' ids.
    const ids = koreaChronology.events.slice(0, 12).map((event) => event.id);
    const story = document.createElement('article');
    story.id = 'host-story';
    // A window of text above the first step: at the top, nothing is followed yet.
    story.style.paddingTop = '100vh';
    for (const [i, id] of ids.entries()) {
      const p = document.createElement('p');
      p.style.minHeight = '300px';
      const link = document.createElement('a');
      // Both forms of anchor: a link, and any element naming its event.
      if (i % 2) link.dataset.ktEvent = id;
      else link.href = `#${id}`;
      link.textContent = id;
      p.append(link);
      story.append(p);
    }
    // And a link that is no step of this timeline.
    story.querySelector('p')!.insertAdjacentHTML('beforeend', ' <a href="#comments">comments</a>');
    document.body.prepend(story);
    const { el } = await embed('', { 'data-kt-follow': '#host-story' });
    const passed = () => {
      const line = innerHeight * 0.4;
      const above = [...story.querySelectorAll('p > :first-child')].filter(
        (a) => a.getBoundingClientRect().top <= line,
      );
      return above.length ? ids[above.length - 1] : undefined;
    };
    try {
      for (const i of [3, 9, 1]) {
        const anchor = story.querySelectorAll('p')[i]!;
        scrollTo(0, scrollY + anchor.getBoundingClientRect().top - innerHeight * 0.4 + 20);
        const y = scrollY;
        expect(passed()).to.equal(ids[i]);
        await waitUntil(() => el.selected === ids[i], `the embed follows to ${ids[i]}, not ${el.selected}`, patience);
        expect(scrollY).to.equal(y);
      }
      scrollTo(0, 0);
      await waitUntil(() => el.selected === undefined, 'above the first step, nothing is followed', patience);
    } finally {
      story.remove();
      scrollTo(0, 0);
    }
  });

  it("keeps the era's band at the top of the host's window as the page scrolls past the iframe", async () => {
    const { iframe, win, el } = await embed('');
    const band = () => el.shadowRoot!.querySelector<HTMLElement>('.stuck-band');
    // The band's top in the host's window: the iframe's place plus the band's place inside it.
    const top = () => iframe.getBoundingClientRect().top + band()!.getBoundingClientRect().top;
    try {
      // Into the first era: the window's top at its second event, well below the era's own band.
      const second = el.shadowRoot!.querySelectorAll('li[data-id]')[1]!;
      scrollTo(0, scrollY + iframe.getBoundingClientRect().top + second.getBoundingClientRect().top + 10);
      await waitUntil(() => band() && Math.abs(top()) < 2, 'the band at the top of the window', patience);
      expect(win.scrollY, 'the embed itself never scrolls').to.equal(0);
      // Back above the iframe's top: no band is kept.
      scrollTo(0, 0);
      await waitUntil(() => !band(), 'no band at the start', patience);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('takes its attributes from the URL, and data from src', async () => {
    const { el } = await embed('?src=/test/data/mini.json&locale=ko&theme=dark&selected=two');
    expect(el.localName).to.equal('event-timeline');
    await waitUntil(() => items(el).length === 2, 'the data loaded', patience);
    expect(el.getAttribute('locale')).to.equal('ko');
    expect(el.getAttribute('theme')).to.equal('dark');
    await waitUntil(() => items(el)[1]!.getAttribute('aria-current') === 'true', 'two selected', patience);
  });

  it('takes featured-only and heading-level from the URL, as the studio writes them', async () => {
    const { el } = await embed('?src=/test/data/mini.json&featured-only=true&heading-level=3');
    await waitUntil(() => el.shadowRoot?.querySelector('h3[part="heading"]'), 'the heading at level 3', patience);
    expect(el.hasAttribute('featured-only')).to.equal(true);
    expect((el as unknown as { featuredOnly: boolean }).featuredOnly).to.equal(true);
  });

  it("opens the event a hash link on the host page names, and writes the reader's selection back on opt-in", async () => {
    const target = koreaChronology.events[5]!.id;
    const { iframe, win, el } = await embed('', { 'data-kt-link-hash': '' });
    location.hash = `#${target}`;
    await waitUntil(() => el.selected === target, 'selected from the host hash', patience);
    expect(win.location.hash).to.equal(`#${target}`);
    // As an anchor link would: the event at the top of the host's window.
    const opened = items(el).find((li) => li.dataset.id === target)!;
    await waitUntil(
      () => Math.abs(iframe.getBoundingClientRect().top + opened.getBoundingClientRect().top) < 2,
      'scrolled to the event',
      patience,
    );
    const other = items(el)[9]!;
    other.querySelector<HTMLElement>('[part="title"]')!.click();
    await waitUntil(() => location.hash === `#${other.dataset.id}`, "the host's URL follows", patience);
    // Its "Copy link" gives the reader the host article, not the bare embed.
    expect(el.getAttribute('link-base')).to.equal(location.href.replace(/#.*$/, ''));
  });

  it("passes a hash the host page had before the embed loaded; without opt-in, leaves the host's URL alone", async () => {
    const target = koreaChronology.events[7]!.id;
    history.replaceState(null, '', `#${target}`);
    const { el } = await embed('');
    await waitUntil(() => el.selected === target, 'selected from the hash it was given', patience);
    items(el)[2]!.querySelector<HTMLElement>('[part="title"]')!.click();
    await waitUntil(() => el.selected === items(el)[2]!.dataset.id, 'selected', patience);
    expect(location.hash).to.equal(`#${target}`);
    // The host did not opt in: its address stays its own, and the embed's links are to the embed.
    expect(el.hasAttribute('link-base')).to.equal(false);
  });

  it('reads a locale Intl rejects as its language, and stays usable', async () => {
    const { el } = await embed('?src=/test/data/mini.json&locale=ko-KR-KR');
    await waitUntil(() => items(el).length === 2, 'the data loaded', patience);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="count"]')!.textContent === '사건 2건',
      'in Korean',
      patience,
    );
    items(el)[1]!.querySelector<HTMLElement>('[part="title"]')!.click();
    await waitUntil(() => el.selected === 'two', 'selected on click', patience);
  });

  it("adds nothing to the host page's history when the reader selects events", async () => {
    const { el } = await embed('');
    const before = history.length;
    for (const i of [2, 4, 6]) {
      items(el)[i]!.querySelector<HTMLElement>('[part="title"]')!.click();
      await waitUntil(() => el.selected === items(el)[i]!.dataset.id, `event ${i} selected`, patience);
    }
    expect(history.length).to.equal(before);
  });

  it('takes only a number of pixels as a height, even from its own frame', async () => {
    const { iframe, win, el, fits } = await embed('?src=/test/data/mini.json');
    await waitUntil(() => items(el).length === 2 && fits(), 'the data loaded, and the iframe fits it', patience);
    const height = iframe.style.height;
    // As the frame's own messages arrive: from its window, at this origin.
    for (const bad of ['99999', '1e9px', [5], 1e12, -4, null]) {
      const data = { type: 'kt-embed:height', height: bad };
      window.dispatchEvent(new MessageEvent('message', { source: win, origin: location.origin, data }));
    }
    expect(iframe.style.height).to.equal(height);
  });

  it('ignores size messages that do not come from an embed', async () => {
    const { iframe, el, fits } = await embed('?src=/test/data/mini.json');
    await waitUntil(() => items(el).length === 2 && fits(), 'the data loaded, and the iframe fits it', patience);
    const height = iframe.style.height;
    window.postMessage({ type: 'kt-embed:height', height: 5 }, '*');
    const other = await frame((f) => (f.srcdoc = '<p>not an embed</p>'));
    other.contentWindow!.parent.postMessage({ type: 'kt-embed:height', height: 6 }, '*');
    // Both messages have been handled once a message this page sends after them arrives.
    await new Promise<void>((resolve) => {
      const after = (event: MessageEvent) => {
        if (event.data !== 'after') return;
        removeEventListener('message', after);
        resolve();
      };
      addEventListener('message', after);
      window.postMessage('after', '*');
    });
    expect(iframe.style.height).to.equal(height);
  });
});

describe('embed.html given hostile parameters', () => {
  const payloads = hostile('parent');
  const names = ['locale', 'theme', 'orientation', 'scale', 'categories', 'from', 'to', 'selected'];
  const url = (params: Record<string, string>) => `/cdn/embed.html?${new URLSearchParams(params).toString()}`;
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  async function load(params: Record<string, string>) {
    const iframe = await frame((f) => (f.src = url(params)));
    const win = iframe.contentWindow as FrameWindow;
    await waitUntil(() => win.document.body.childElementCount > 0, 'the page ran', patience);
    return win;
  }

  /** Whether anything from a payload became markup or ran, in the page or the element. */
  async function unharmed(win: FrameWindow) {
    const probe = Object.assign(new win.Image(), { src: 'x' });
    await new Promise((resolve) => probe.addEventListener('error', resolve, { once: true }));
    const root = win.document.querySelector('korea-timeline, event-timeline')?.shadowRoot;
    return (
      (window as { pwned?: unknown }).pwned === undefined &&
      // The test server adds its own script to the pages it serves.
      win.document.querySelectorAll('img, svg, iframe, object, body script:not([src^="/__web-dev-server"])').length ===
        0 &&
      (root?.querySelectorAll('img, script, svg, iframe, object').length ?? 0) === 0
    );
  }

  for (const [i, payload] of payloads.entries()) {
    it(`sets payload ${i} in every attribute as text, and runs none of it`, async () => {
      const win = await load(Object.fromEntries(names.map((name) => [name, payload])));
      const el = win.document.querySelector('korea-timeline') as Timeline;
      await win.customElements.whenDefined('korea-timeline');
      await el.updateComplete;
      expect(el.getAttribute('from')).to.equal(payload);
      expect(items(el).length).to.equal(koreaChronology.events.length);
      expect(await unharmed(win)).to.be.true;
    });
  }

  for (const src of [
    'javascript:parent.pwned=1',
    '  JaVaScRiPt:parent.pwned=1',
    'data:application/json,{"title":"x","categories":[],"events":[]}',
    'blob:https://example.com/x',
    'file:///etc/passwd',
  ]) {
    it(`refuses src=${src.trim().slice(0, 12)}… with a message, loading nothing`, async () => {
      const win = await load({ src });
      const alert = win.document.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('http: and https:');
      expect(alert.textContent).to.include(src);
      expect(win.document.querySelector('korea-timeline, event-timeline') === null).to.be.true;
      expect(await unharmed(win)).to.be.true;
    });
  }

  it('reports an http(s) src that is a payload as a failed load, in text', async () => {
    const win = await load({ src: payloads[0]! });
    const el = win.document.querySelector('event-timeline') as Timeline;
    await win.customElements.whenDefined('event-timeline');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'the load fails', patience);
    expect(await unharmed(win)).to.be.true;
  });
});
