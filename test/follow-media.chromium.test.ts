// Following under reduced motion: no animated transition, the event is in the column at once.
import './helpers/support.js';
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { chronology, followed, page, scrollToAnchor } from './helpers/article.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('follow under prefers-reduced-motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => scrollTo(0, 0));

  it('brings each step into the column without an animation', async () => {
    const el = await page(html`<event-timeline follow="#story" .chronology=${chronology}></event-timeline>`);
    const column = document.querySelector('#column')!;
    for (const i of [30, 8]) {
      scrollToAnchor(i);
      await followed(el, `e${i}`);
      await el.updateComplete;
      // The frame that reveals it, and the one that checks it: no animation in between.
      await frame();
      await frame();
      const card = el.shadowRoot!.querySelector(`li[data-id="e${i}"]`)!.getBoundingClientRect();
      const box = column.getBoundingClientRect();
      expect(card.top, `e${i}`).to.be.at.least(box.top - 1);
      expect(card.bottom, `e${i}`).to.be.at.most(box.bottom + 1);
    }
  });
});
