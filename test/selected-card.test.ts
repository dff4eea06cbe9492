import './helpers/support.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { sample } from './helpers/fixtures.js';

/** The card drawn behind an event: its ::before box, measured against the text it backs. */
function card(el: EventTimeline, id: string) {
  const li = el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
  const style = getComputedStyle(li, '::before');
  const body = li.querySelector('.body')!.getBoundingClientRect();
  const date = li.querySelector('.date')!.getBoundingClientRect();
  return {
    height: parseFloat(style.height),
    background: style.backgroundColor,
    border: style.borderTopColor,
    body,
    date,
  };
}

describe('the selected card', () => {
  for (const width of [900, 360]) {
    it(`is a highlighted card as tall as the event's text, ${width} px wide`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <event-timeline theme="light" .chronology=${sample} selected="c"></event-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('event-timeline')!;
      await el.updateComplete;
      // Cards on screen are laid out at their real size from the next frame (content-visibility).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const selected = card(el, 'c');
      const other = card(el, 'a');
      // Wide, the card backs the body; narrow, the date and the body stacked above each other.
      const backed = width > 600 ? selected.body.height : selected.body.bottom - selected.date.top;
      expect(selected.height).to.be.within(backed - 2, backed + 2);
      expect(selected.background).to.not.equal(other.background);
      expect(selected.border).to.not.equal(other.border);
    });
  }
});
