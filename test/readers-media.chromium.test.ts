// Touch targets on a coarse pointer, the phone header, and print: emulated through the DevTools protocol,
// which only Chromium offers the test runner.
import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { tracks } from './helpers/chronologies.mjs';
import { patience } from './helpers/support.js';

describe('on a touch screen', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
    await executeServerCommand('cdp-touch', { enabled: true });
  });
  after(async () => {
    await executeServerCommand('cdp-touch', { enabled: false });
    await setViewport({ width: 800, height: 600 });
  });

  it('makes every chip and story button at least 44 px tall, and the header at most 220 px at 390 px', async () => {
    expect(matchMedia('(pointer: coarse)').matches, 'the coarse pointer is emulated').to.be.true;
    const el = await fixture<EventTimeline>(
      html`<event-timeline
        style="width: 358px"
        .chronology=${{ ...tracks, description: 'A description of two lines or so, as a chronology has.', events: tracks.events.map((e, i) => (i % 5 ? e : { ...e, featured: true })) }}
      ></event-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="story"]'), "the reader's guides load", patience);
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="filter"], [part="story"] button')];
    expect(buttons.length).to.be.at.least(6);
    for (const button of buttons) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(el.shadowRoot!.querySelector('[part="header"]')!.getBoundingClientRect().height).to.be.at.most(220);
    await expect(el).to.be.accessible();
  });

  it('makes every other control a 44 px target too: sources, search, share, zoom, follow and play', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline
        style="width: 358px"
        search
        link-hash
        follow
        pace="5"
        selected="games"
        .chronology=${tracks}
      ></event-timeline>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(
      () => root.querySelector('[part="share"]') && root.querySelector('[part="play"]'),
      'loaded',
      patience,
    );
    const targets = [
      ...root.querySelectorAll('[part="sources"] summary'),
      root.querySelector('.search input')!,
      root.querySelector('[part="share"]')!,
      root.querySelector('[part="follow"]')!,
      root.querySelector('[part="play"]')!,
    ];
    expect(targets.length).to.be.at.least(6);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, `${target.localName}.${target.className}`).to.be.at.least(44);
    }
    // A summary's target is 44 px tall around its line, and a tap anywhere in it is the summary's
    // (booleans, not elements: chai would print a whole shadow tree on a failure).
    const summary = root.querySelector<HTMLElement>('li[data-id="games"] [part="sources"] summary')!;
    summary.scrollIntoView({ block: 'center' });
    const box = summary.getBoundingClientRect();
    expect(root.elementFromPoint(box.left + 8, box.top + 2) === summary, 'its top').to.equal(true);
    expect(root.elementFromPoint(box.left + 8, box.bottom - 2) === summary, 'its bottom').to.equal(true);

    el.setAttribute('orientation', 'horizontal');
    el.setAttribute('scale', 'time');
    await waitUntil(() => root.querySelector('[part="zoom"] button'), 'the zoom buttons', patience);
    for (const button of root.querySelectorAll('[part="zoom"] button')) {
      const zoom = button.getBoundingClientRect();
      expect(zoom.height, 'zoom height').to.be.at.least(44);
      expect(zoom.width, 'zoom width').to.be.at.least(44);
    }
  });
});

describe('in print', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('prints a horizontal track as the full list, even when the print media query flickers off mid-print', async () => {
    // Chromium's PDF output (page.pdf, --print-to-pdf) turns the print media query off and on again
    // between beforeprint and afterprint: the page must not go back to its track before it is printed.
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${tracks} orientation="horizontal" scale="time"></event-timeline>`,
    );
    const track = () => Boolean(el.shadowRoot!.querySelector('.track'));
    await waitUntil(track, 'the track renders', patience);
    dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => !track(), 'the list, to print', patience);
    await emulateMedia({ media: 'print' });
    await emulateMedia({ media: 'screen' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(track(), 'still the list').to.be.false;
    const events = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-id]')];
    expect(events.length).to.equal(tracks.events.length);
    expect(events.every((li) => getComputedStyle(li).position !== 'absolute')).to.be.true;
    dispatchEvent(new Event('afterprint'));
    await waitUntil(track, 'the track again after the print', patience);
  });

  it("leaves the horizontal track's empty pane off the paper, and prints the selected event's", async () => {
    // A pipeline that fires no print event prints the track as it is on screen.
    const el = await fixture<EventTimeline>(
      html`<event-timeline .chronology=${tracks} orientation="horizontal" scale="time"></event-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="detail"]'), 'the track and its pane render', patience);
    const pane = () => el.shadowRoot!.querySelector<HTMLElement>('[part="detail"]');
    /** Print media, as such a pipeline switches to it: the element does not draw again (its own listener would draw the list). */
    const onPaper = async (check: () => void) => {
      Object.assign(el, { shouldUpdate: () => false });
      await emulateMedia({ media: 'print' });
      try {
        check();
      } finally {
        await emulateMedia({ media: 'screen' });
        Reflect.deleteProperty(el, 'shouldUpdate');
        el.requestUpdate();
        // Back on screen, once the element has seen the media change: the track and its pane.
        await waitUntil(() => el.shadowRoot!.querySelector('.track') && pane(), 'the track on screen again', patience);
      }
    };
    expect(pane()!.checkVisibility(), 'on screen, it says how to choose an event').to.be.true;
    await onPaper(() => expect(pane()!.checkVisibility(), 'not on paper').to.be.false);
    el.selected = 'games';
    await waitUntil(() => pane()?.textContent?.includes('Games open'), 'the selected event in the pane', patience);
    await onPaper(() => {
      expect(pane()!.checkVisibility(), 'the selected event is printed').to.be.true;
      expect(pane()!.textContent).to.include('Games open');
    });
  });

  for (const orientation of ['horizontal', 'vertical']) {
    it(`prints every event of a ${orientation} time scale in order, from its styles alone, with no print event`, async () => {
      // A PDF pipeline that switches the media and prints at once, before the element can draw its list.
      const el = await fixture<EventTimeline>(
        html`<event-timeline
          .chronology=${tracks}
          orientation=${orientation}
          scale="time"
          lanes="category"
        ></event-timeline>`,
      );
      await el.settled();
      // Such a pipeline captures before the element draws again: here, it does not draw again.
      Object.assign(el, { shouldUpdate: () => false });
      await emulateMedia({ media: 'print' });
      try {
        expect(el.shadowRoot!.querySelector('.track'), 'still the track').to.exist;
        const host = el.getBoundingClientRect();
        const boxes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-id]')].map((li) => ({
          id: li.dataset.id!,
          box: li.getBoundingClientRect(),
          title: li.querySelector('[part="title"]')!,
        }));
        expect(boxes.map((b) => b.id)).to.have.members(tracks.events.map((e) => e.id));
        for (const [i, { id, box, title }] of boxes.entries()) {
          expect(title.checkVisibility(), id).to.be.true;
          expect(box.left, id).to.be.at.least(host.left - 1);
          expect(box.right, `${id} within the page's width`).to.be.at.most(host.right + 1);
          // One after the other down the page, in the track's order.
          if (i > 0) expect(box.top, `${id} after ${boxes[i - 1]!.id}`).to.be.at.least(boxes[i - 1]!.box.bottom - 1);
        }
        expect(el.shadowRoot!.querySelector('[part="axis"]')!.checkVisibility(), 'no axis').to.be.false;
      } finally {
        await emulateMedia({ media: 'screen' });
        Reflect.deleteProperty(el, 'shouldUpdate');
      }
    });
  }

  it('prints every event’s note and sources, though they are closed on screen, without the closed triangle', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .chronology=${tracks}></event-timeline>`);
    // The print styles come with the finishing touches, after the first render.
    await el.settled();
    const footnotes = el.shadowRoot!.querySelector('li[data-id="games"] [part="sources"] ol')!;
    expect(footnotes.checkVisibility()).to.be.false;
    const summary = footnotes.parentElement!.querySelector('summary')!;
    expect(getComputedStyle(summary).listStyleType).to.equal('disclosure-closed');
    await emulateMedia({ media: 'print' });
    expect(footnotes.checkVisibility()).to.be.true;
    expect(footnotes.getBoundingClientRect().height).to.be.greaterThan(0);
    // Printed open, with no closed disclosure's triangle before it.
    expect(getComputedStyle(summary).listStyleType).to.equal('none');
  });
});
