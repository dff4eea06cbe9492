import './helpers/support.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { themed } from './helpers/fixtures.js';

// Media emulation needs the DevTools protocol, which only Chromium offers the test runner.
describe('theming under emulated media', () => {
  afterEach(async () => {
    await executeServerCommand('cdp-media-features', [{ name: 'forced-colors', value: 'none' }]);
    await emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' });
  });

  it('switches to the dark palette with theme="dark" or, in auto, a dark color scheme', async () => {
    const el = await themed('', 'light');
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
    const el = await themed();
    await emulateMedia({ media: 'print' });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="sources"] a')!;
    expect(getComputedStyle(link, '::after').content).to.include(link.getAttribute('href'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="count"]')!).display).to.equal('none');
  });

  it('uses system colours in forced-colors mode, keeping markers and the line visible', async () => {
    const el = await themed();
    // No transitions, so what is read is the end state, not a frame of the colour change.
    await emulateMedia({ reducedMotion: 'reduce' });
    await executeServerCommand('cdp-media-features', [{ name: 'forced-colors', value: 'active' }]);
    const root = el.shadowRoot!;
    const text = getComputedStyle(root.querySelector('[part="title"]')!).color;
    const marker = getComputedStyle(root.querySelector('li:not(.range) [part~="marker"]')!).backgroundColor;
    const line = getComputedStyle(root.querySelector('ol')!, '::before').backgroundColor;
    expect(marker, 'markers drawn in CanvasText').to.equal(text);
    expect(line).to.equal(text);
    expect(marker).to.not.equal('rgb(58, 111, 216)');
  });

  it('turns transitions off when the reader prefers reduced motion', async () => {
    const el = await themed();
    const marker = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="marker"]')!).transitionDuration;
    expect(marker()).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(marker()).to.equal('0s');
  });
});
