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
    li: li.getBoundingClientRect(),
    width: parseFloat(style.width),
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
      await el.settled();
      // Cards on screen are laid out at their real size from the next frame (content-visibility).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const selected = card(el, 'c');
      const other = card(el, 'a');
      // Wide, the card backs the whole row, the date too; narrow, the date and the body stacked above each other.
      const backed = width > 600 ? selected.body.height : selected.body.bottom - selected.date.top;
      expect(selected.height).to.be.within(backed - 2, backed + 2);
      if (width > 600) {
        expect(selected.width).to.be.within(selected.li.width - 2, selected.li.width + 2);
      } else {
        expect(selected.width).to.be.within(selected.body.width - 2, selected.body.width + 2);
      }
      expect(selected.background).to.not.equal(other.background);
      expect(selected.border).to.not.equal(other.border);
    });
  }

  for (const width of [900, 360]) {
    it(`keeps its line when its sources open: they take the lines below at the card's width, ${width} px wide`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><event-timeline .chronology=${sample}></event-timeline></div>`,
      );
      const el = wrapper.querySelector('event-timeline')!;
      await el.settled();
      const li = el.shadowRoot!.querySelector<HTMLElement>('li[data-id="c"]')!;
      const summary = li.querySelector('summary')!;
      // Where the disclosure sits against the category.
      const place = () => {
        const category = li.querySelector('.category')!.getBoundingClientRect();
        const box = summary.getBoundingClientRect();
        return { category, box, left: box.left - category.left, top: box.top - category.top };
      };
      const closed = place();
      expect(closed.box.top, 'the disclosure beside the category').to.be.below(closed.category.bottom);
      // Opened as a script would: a click selects the event too, and its scroll into view would move
      // the boxes between two measurements.
      const details = li.querySelector('details')!;
      const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      details.open = true;
      await toggled;
      const open = place();
      expect(open.left).to.be.within(closed.left - 1, closed.left + 1);
      expect(open.top).to.be.within(closed.top - 1, closed.top + 1);
      const note = li.querySelector('.note')!.getBoundingClientRect();
      const list = li.querySelector('.sources ol')!.getBoundingClientRect();
      expect(note.top, 'the note under the line').to.be.at.least(open.box.bottom - 1);
      expect(list.top, 'the sources under the note').to.be.at.least(note.bottom - 1);
      for (const box of [note, list]) expect(box.left).to.be.within(open.category.left - 1, open.category.left + 1);
    });
  }
});
