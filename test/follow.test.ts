// Following an article (`follow`) and playing through the events (`play`): on a fixture article of
// 40 anchors beside a timeline in a sticky column that scrolls on its own, as a news page lays it out.
import './helpers/support.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { patience } from './helpers/support.js';
import { article, chronology, expected, followed, page, scrollToAnchor } from './helpers/article.js';

afterEach(() => scrollTo(0, 0));

describe('follow: the timeline follows the article as the reader scrolls', () => {
  it('shows the step of the last anchor above the line, after fast scrolls in any order', async () => {
    const el = await page(html`<event-timeline follow="#story" .chronology=${chronology}></event-timeline>`);
    expect(el.selected).to.equal(undefined);
    for (const i of [3, 27, 28, 12, 39, 0, 19]) {
      scrollToAnchor(i);
      const want = expected();
      expect(want).to.equal(`e${i}`);
      await followed(el, want);
      const li = el.shadowRoot!.querySelector(`li[data-id="${want}"]`)!;
      expect(li.getAttribute('aria-current')).to.equal('true');
    }
    // Above the first anchor: nothing is followed.
    scrollTo(0, 0);
    await followed(el, undefined);
  });

  it('never scrolls the page: it brings the event into its own column', async () => {
    const el = await page(html`<event-timeline follow="#story" .chronology=${chronology}></event-timeline>`);
    const column = document.querySelector('#column')!;
    scrollToAnchor(33);
    const y = scrollY;
    await followed(el, 'e33');
    const li = el.shadowRoot!.querySelector('li[data-id="e33"]')!;
    const inColumn = () => {
      const box = column.getBoundingClientRect();
      const card = li.getBoundingClientRect();
      return card.top >= box.top - 1 && card.bottom <= box.bottom + 1;
    };
    try {
      await waitUntil(inColumn, '', patience);
    } catch {
      const [box, card] = [column.getBoundingClientRect(), li.getBoundingClientRect()];
      throw new Error(
        `e33 is at ${card.top}–${card.bottom}, the column ${box.top}–${box.bottom}, scrolled ${column.scrollTop}`,
      );
    }
    expect(column.scrollTop).to.be.greaterThan(0);
    expect(scrollY).to.equal(y);
  });

  it('is right at once when the page opens halfway down, or jumps to an anchor', async () => {
    // The article is on the page, scrolled, before the timeline arrives: a reload halfway down.
    const root = await fixture<HTMLElement>(
      html`<div>
        ${article()}
        <aside></aside>
      </div>`,
    );
    scrollToAnchor(21, -40);
    const el = document.createElement('event-timeline');
    el.chronology = chronology;
    el.setAttribute('follow', '#story');
    root.querySelector('aside')!.append(el);
    await followed(el, 'e21');
    // A jump link inside the page: no scrolling in between.
    location.hash = '#p8';
    const want = expected();
    expect(want).to.be.oneOf(['e8', 'e9']);
    await followed(el, want);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('fires kt-step with the anchor and the event, on the reader scrolling only', async () => {
    const el = await page(html`<event-timeline follow="#story" .chronology=${chronology}></event-timeline>`);
    const stepped = oneEvent(el, 'kt-step');
    scrollToAnchor(5);
    const { detail } = await stepped;
    expect(detail.anchor).to.equal(document.querySelector('#p5 a'));
    expect(detail.event?.id).to.equal('e5');
  });

  it('stops at the switch, and pauses for a click on the timeline until the next scroll', async () => {
    const el = await page(html`<event-timeline follow="#story" .chronology=${chronology}></event-timeline>`);
    scrollToAnchor(4);
    await followed(el, 'e4');
    // The reader's own click wins until they scroll the article again.
    const title = el.shadowRoot!.querySelector<HTMLElement>('li[data-id="e30"] [part="title"]')!;
    title.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    title.click();
    await waitUntil(() => el.selected === 'e30', 'the click selects', patience);
    scrollToAnchor(6);
    await followed(el, 'e6');

    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="follow"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    let steps = 0;
    el.addEventListener('kt-step', () => steps++);
    for (const i of [10, 20, 30]) {
      scrollToAnchor(i);
      // Two frames: the one that would look at the scroll, and the one after.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    expect(el.selected).to.equal('e6');
    expect(steps).to.equal(0);
    // On again: the step where the reader is.
    toggle.click();
    await followed(el, 'e30');
  });

  it('takes data-kt-event and data-kt-view anchors, and leaves other timelines their own', async () => {
    const anchor = (i: number) =>
      i === 12
        ? html`<span data-kt-view="moon.categories=odd&amp;moon.event=e13">odd years only</span>`
        : i % 2
          ? html`<mark data-kt-event="e${i}">event ${i}</mark>`
          : html`<a href="#sun.event=x${i}">another timeline's ${i}</a>`;
    const el = await page(
      html`<event-timeline id="moon" follow="#story" .chronology=${chronology}></event-timeline>`,
      article(anchor),
    );
    const at = (i: number) =>
      scrollTo(0, scrollY + document.querySelector(`#p${i}`)!.getBoundingClientRect().top - innerHeight * 0.4 + 30);
    at(9);
    await followed(el, 'e9');
    // The other timeline's anchor below does not move this one.
    at(10);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.selected).to.equal('e9');
    // A view: a filter, and its event.
    at(12);
    await followed(el, 'e13');
    expect(el.categories).to.equal('odd');
    // The next plain step restores the page's own view.
    at(13);
    await waitUntil(() => el.categories === undefined, 'the view is the page’s again', patience);
    expect(el.selected).to.equal('e13');
  });

  it('is axe-clean with the article on the page, and the count is not read out while following', async () => {
    const el = await page(html`<event-timeline follow="#story" .chronology=${chronology}></event-timeline>`);
    scrollToAnchor(2);
    await followed(el, 'e2');
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.getAttribute('role')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('play: the timeline walks through its events on its own', () => {
  it('selects the events in turn, says so once, and stops at a key without moving the focus', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>elsewhere</button>`);
    outside.focus();
    const el = await fixture<EventTimeline>(
      html`<event-timeline play pace="0.05" .chronology=${chronology}></event-timeline>`,
    );
    await el.settled();
    await waitUntil(() => Number(el.selected?.slice(1)) >= 3, 'play walks on', patience);
    const status = el.shadowRoot!.querySelector('[part="play-status"]')!;
    expect(status.textContent).to.equal('Playing');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play"]')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(document.activeElement).to.equal(outside);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => !el.play, 'a key stops play', patience);
    await el.updateComplete;
    const stoppedAt = el.selected;
    expect(stoppedAt).to.match(/^e\d+$/);
    expect(status.textContent).to.equal('Paused');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.hasAttribute('play')).to.equal(false);
    expect(el.selected).to.equal(stoppedAt);
  });

  it('plays the key moments only with featured-only, to the last, and its button starts it again', async () => {
    const featured: Chronology = {
      ...chronology,
      events: chronology.events.map((event, i) => (i % 10 === 0 ? { ...event, featured: true } : event)),
    };
    const el = await fixture<EventTimeline>(
      html`<event-timeline featured-only pace="0.05" .chronology=${featured}></event-timeline>`,
    );
    await el.settled();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play"]')!;
    expect(el.play).to.equal(false);
    // Each selection as it happens: `selected` is reflected.
    const seen: (string | null)[] = [];
    new MutationObserver(() => seen.push(el.getAttribute('selected'))).observe(el, { attributeFilter: ['selected'] });
    let selects = 0;
    el.addEventListener('kt-select', () => selects++);
    button.click();
    await waitUntil(
      () => el.hasUpdated && !el.play && seen.length > 0,
      'it plays to the last key moment and stops',
      patience,
    );
    expect(seen).to.deep.equal(['e0', 'e10', 'e20', 'e30']);
    // Play is not the reader selecting.
    expect(selects).to.equal(0);
  });
});

describe('follow without JavaScript: the server-rendered snippet', () => {
  it("takes the article's links to their events, opened with the hash and clicked", async () => {
    // No allow-scripts: nothing runs in the frame, as with JavaScript off (the page has no script anyway).
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    frame.src = '/test/.ssr/article-follow.html#e30';
    document.body.append(frame);
    try {
      const card = (id: string) =>
        frame.contentDocument
          ?.querySelector('event-timeline')
          ?.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${id}"] [part="title"]`);
      // The link's event is at the top of the frame: its title on the window's first lines (the
      // target is at the title's top; an engine may leave it a fraction of a pixel above).
      const reached = (id: string) => {
        const top = card(id)?.getBoundingClientRect().top;
        return top !== undefined && top > -2 && top < 80;
      };
      await waitUntil(
        () => frame.contentDocument?.readyState === 'complete' && reached('e30'),
        'e30 in view',
        patience,
      );
      expect(frame.contentWindow!.scrollY).to.be.greaterThan(1000);
      expect(frame.contentWindow!.customElements.get('event-timeline')).to.equal(undefined);
      frame.contentDocument!.querySelector<HTMLAnchorElement>('#story p a[href="#e5"]')!.click();
      await waitUntil(() => reached('e5'), 'e5 in view after a click on its link', patience);
      expect(reached('e30')).to.equal(false);
    } finally {
      frame.remove();
    }
  });
});
