import './support.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { korea } from './fixtures.js';

// Media emulation needs the DevTools protocol, which only Chromium offers the test runner.
describe('theming under emulated media', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

  it('switches to the dark palette with theme="dark" or, in auto, a dark color scheme', async () => {
    const el = await korea('', 'light');
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    const dark = getComputedStyle(el).backgroundColor;
    expect(dark).to.not.equal(light);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.theme = 'auto';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(light);
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal(dark);
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(light);
  });

  it('prints link URLs and hides the interactive chrome', async () => {
    const el = await korea();
    await emulateMedia({ media: 'print' });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="sources"] a')!;
    expect(getComputedStyle(link, '::after').content).to.include(link.getAttribute('href'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="count"]')!).display).to.equal('none');
  });
});
