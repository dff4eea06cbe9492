// Must come first: it teaches LitElement to adopt server-rendered shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './helpers/support.js';
import { expect, oneEvent } from '@open-wc/testing';
import '../src/korea-timeline.js';
import type { KoreaTimeline } from '../src/korea-timeline.js';

describe('server-rendered HTML', () => {
  it('hydrates without re-rendering: the server nodes stay, and become interactive', async () => {
    const response = await fetch('/test/.ssr/korea.html');
    expect(response.ok, 'npm run test:node renders test/.ssr/korea.html first').to.be.true;
    const container = document.createElement('div');
    container.setHTMLUnsafe(await response.text());
    const el = container.querySelector('korea-timeline') as KoreaTimeline;
    const serverItems = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')];
    expect(serverItems.length).to.be.greaterThan(30);
    // The server names a source's language after its headline; the browser names it again once its guides are here.
    const portuguese = () => el.shadowRoot!.querySelector('a[hreflang="pt"]')!.closest('li')!.textContent!.trim();
    expect(portuguese()).to.match(/cemetery\s+\(in Portuguese\)$/);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      document.body.append(container);
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="event"]')];
      expect(items.length).to.equal(serverItems.length);
      // Booleans, not elements: chai would print a whole shadow tree on a failure.
      items.forEach((li, i) => expect(li === serverItems[i], `item ${i} is the server's node`).to.equal(true));
      expect(errors).to.deep.equal([]);
      expect(portuguese()).to.match(/cemetery\s+\(in Portuguese\)$/);
      const title = items[2]!.querySelector<HTMLElement>('[part="title"]')!;
      setTimeout(() => title.click());
      const event = await oneEvent(el, 'kt-select');
      expect(event.detail.event.id).to.equal(items[2]!.dataset.id);
      await el.updateComplete;
      expect(items[2]!.getAttribute('aria-current')).to.equal('true');
    } finally {
      window.removeEventListener('error', onError);
      container.remove();
    }
  });
});
