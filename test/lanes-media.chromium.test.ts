import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { patience } from './helpers/support.js';
import { sides } from './helpers/chronologies.mjs';

// Forced colours need the DevTools protocol, which only Chromium offers the test runner. Backgrounds
// are dropped there: the lanes' lines, swatches, folded dots and note numbers must keep theirs.
describe('lanes in forced-colors mode', () => {
  afterEach(async () => {
    await executeServerCommand('cdp-media-features', [{ name: 'forced-colors', value: 'none' }]);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  async function forced(orientation: string, collapsed = '') {
    const el = await fixture<EventTimeline>(
      html`<event-timeline
        .chronology=${sides}
        lanes
        scale="time"
        orientation=${orientation}
        collapsed=${collapsed}
        style="width: 1000px"
      ></event-timeline>`,
    );
    await el.settled();
    await waitUntil(() => el.shadowRoot!.querySelector('.lane-band'), 'the lanes are drawn', patience);
    await emulateMedia({ reducedMotion: 'reduce' });
    await executeServerCommand('cdp-media-features', [{ name: 'forced-colors', value: 'active' }]);
    const text = getComputedStyle(el.shadowRoot!.querySelector('[part="title"]')!).color;
    return { el, root: el.shadowRoot!, text };
  }

  for (const orientation of ['horizontal', 'vertical']) {
    it(`keeps each lane's line, swatch, folded dots and note numbers in system colours (${orientation})`, async () => {
      const { el, root, text } = await forced(orientation, 'south');
      const line = getComputedStyle(root.querySelector('.lane-band:not(.lane-strip)')!, '::before');
      expect(line.backgroundColor, "the open lane's line").to.equal(text);
      const swatch = getComputedStyle(root.querySelector('.lane-toggle')!, '::before');
      expect(swatch.backgroundColor, 'its swatch').to.equal(text);
      const dot = getComputedStyle(root.querySelector('.lane-strip .lane-dot')!);
      expect(dot.backgroundColor, "a folded lane's dot").to.equal(text);
      const badge = getComputedStyle(root.querySelector('.note-badge')!);
      expect(badge.backgroundColor, "a note's number").to.equal(text);
      expect(badge.color, 'on its own colour').to.not.equal(text);
      expect(getComputedStyle(root.querySelector('.lane-name')!).color, "the lane's name").to.equal(text);
      await expect(el).to.be.accessible();
    });
  }

  it("keeps the lane swatches of the list, and each event's lane mark, in system colours", async () => {
    const { el, root, text } = await forced('vertical');
    el.scale = 'even';
    el.style.width = '360px';
    await el.updateComplete;
    await waitUntil(() => root.querySelector('[part~="lane-tag"]'), 'the list names each lane', patience);
    const mark = getComputedStyle(root.querySelector('[part~="lane-tag"]')!, '::before');
    expect(mark.backgroundColor).to.equal(text);
    await expect(el).to.be.accessible();
  });
});
