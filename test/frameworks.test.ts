import './helpers/support.js';
import { expect, oneEvent } from '@open-wc/testing';
import type * as ReactTypes from 'react';
import type * as ReactDOMTypes from 'react-dom';
import type * as ReactDOMClientTypes from 'react-dom/client';
// @ts-expect-error: Vue's standalone browser build (runtime compiler included) has no types of its own
import { createApp, nextTick } from 'vue/dist/vue.esm-browser.js';
import '../src/index.js';
import { sample } from './helpers/fixtures.js';

// React is CommonJS only: the test runner bundles the parts used here (test/react-entry.js).
type ReactParts = Pick<typeof ReactTypes, 'createElement'> &
  Pick<typeof ReactDOMTypes, 'flushSync'> &
  Pick<typeof ReactDOMClientTypes, 'createRoot'>;
const vendor = '/test/.vendor/react.js';
const { createElement, flushSync, createRoot } = (await import(vendor)) as ReactParts;

const host = () => document.body.appendChild(document.createElement('div'));
const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="event"] [part="title"]')].map((t) => t.textContent);

describe('use from frameworks', () => {
  it('React 19: sets properties and listens to kt-select through its custom-element support', async () => {
    const container = host();
    const root = createRoot(container);
    const selected: string[] = [];
    flushSync(() =>
      root.render(
        createElement('event-timeline', {
          chronology: sample,
          locale: 'ko',
          'onkt-select': (e: CustomEvent) => selected.push(e.detail.event.id),
        }),
      ),
    );
    const el = container.querySelector('event-timeline')!;
    await el.settled();
    expect(titles(el)).to.deep.equal(['첫 번째', 'Second', '세 번째']);
    el.shadowRoot!.querySelector<HTMLElement>('li[data-id="b"] [part="title"]')!.click();
    expect(selected).to.deep.equal(['b']);
    root.unmount();
    container.remove();
  });

  it('Vue 3: binds the chronology as a property and kt-select as an event (isCustomElement)', async () => {
    const container = host();
    const selected: string[] = [];
    const app = createApp({
      data: () => ({ chronology: sample, locale: 'en' }),
      methods: { onSelect: (e: CustomEvent) => selected.push(e.detail.event.id) },
      template:
        '<event-timeline :chronology.prop="chronology" :locale="locale" @kt-select="onSelect"></event-timeline>',
    });
    app.config.compilerOptions.isCustomElement = (tag: string) =>
      ['event-timeline', 'korea-timeline', 'timeline-event'].includes(tag);
    const vm = app.mount(container);
    const el = container.querySelector('event-timeline')!;
    await el.settled();
    expect(titles(el)).to.deep.equal(['First', 'Second', 'Third']);
    vm.locale = 'ko';
    await nextTick();
    await el.settled();
    expect(titles(el)[0]).to.equal('첫 번째');
    setTimeout(() => el.shadowRoot!.querySelector<HTMLElement>('li[data-id="c"] [part="title"]')!.click());
    await oneEvent(el, 'kt-select');
    expect(selected).to.deep.equal(['c']);
    app.unmount();
    container.remove();
  });
});
