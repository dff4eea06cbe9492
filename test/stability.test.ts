// Nothing moves when the reader's guides arrive: the first render keeps room for the story bar
// beside the count, and for each range's duration under its date, so the page does not jump on a
// phone a moment after it appears; and a click made before they arrive still selects its event. Its own file: the guides chunk must not be loaded yet when the
// first element renders.
import './helpers/support.js';
import { expect, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import { load } from '../src/core/registry.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { patience } from './helpers/support.js';

const chronology: Chronology = {
  title: 'Stability fixture',
  description: 'Events within five years of each other, some of them ranges, two featured.',
  categories: [
    { id: 'a', label: 'Security' },
    { id: 'b', label: 'Economy' },
  ],
  eras: [{ id: 'war', start: '1950', end: '1953', label: 'The war' }],
  events: [
    { id: 'war', start: '1950-06-25', end: '1953-07-27', title: 'The war', category: 'a', featured: true },
    { id: 'front', start: '1951-03-14', title: 'Seoul retaken', category: 'a' },
    { id: 'talks', start: '1951-07-10', end: '1953-07-27', title: 'Armistice talks', category: 'b' },
    { id: 'truce', start: '1953-07-27', title: 'The armistice', category: 'a', featured: true },
    { id: 'treaty', start: '1953-10-01', title: 'The treaty', category: 'b' },
  ].map((event) => ({ ...event, summary: 'A summary of one line or two, as a news desk writes it for a phone.' })),
};

/** Where each event and the count sit, every event laid out (content-visibility skips those not yet seen). */
const tops = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-id], [part="count"]')].map((node) => {
    node.style.contentVisibility = 'visible';
    return [node.dataset.id ?? 'count', Math.round(node.getBoundingClientRect().top)];
  });

describe('layout stability', () => {
  it('moves nothing on a phone when the guides chunk arrives after the first render, and loses no click', async () => {
    // The data is shown in the first render, as a bundler's build (which carries the validator) shows it.
    await load('validate');
    const wrapper = document.createElement('div');
    wrapper.style.width = '390px';
    const el = document.createElement('event-timeline');
    el.chronology = chronology;
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      // The first render happens in a microtask; the guides chunk needs a fetch, so it cannot be here yet.
      while (!el.hasUpdated) await Promise.resolve();
      expect(Boolean(el.shadowRoot!.querySelector('[part="story"]')), 'the guides have arrived').to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="duration"]')!.textContent!.trim()).to.equal('');
      const before = tops(el);
      // A reader's click before the guides (which bring what clicks do) is not lost: it counts when they come.
      el.shadowRoot!.querySelector<HTMLElement>('li[data-id="treaty"] [part="title"]')!.click();
      expect(el.selected).to.equal(undefined);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="story"]'), "the reader's guides load", patience);
      await el.updateComplete;
      expect(el.selected).to.equal('treaty');
      expect(el.shadowRoot!.querySelector('[part="duration"]')!.textContent).to.equal('3 years');
      expect(el.shadowRoot!.querySelectorAll('.year-mark').length, 'year markers').to.equal(3);
      expect(tops(el)).to.deep.equal(before);
    } finally {
      wrapper.remove();
    }
  });
});
