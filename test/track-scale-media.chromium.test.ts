import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { patience } from './helpers/support.js';
import { tracks } from './helpers/chronologies.mjs';

// Forced colours need the DevTools protocol, which only Chromium offers the test runner.
describe('the not-to-scale stretches in forced-colors mode', () => {
  afterEach(async () => {
    await executeServerCommand('cdp-media-features', [{ name: 'forced-colors', value: 'none' }]);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const orientation of ['horizontal', 'vertical']) {
    it(`keep their hatching and edges in system colours (${orientation})`, async () => {
      const el = await fixture<EventTimeline>(
        html`<event-timeline .chronology=${tracks} scale="time" orientation=${orientation}></event-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="break"]'), 'the track renders', patience);
      await emulateMedia({ reducedMotion: 'reduce' });
      await executeServerCommand('cdp-media-features', [{ name: 'forced-colors', value: 'active' }]);
      const br = getComputedStyle(el.shadowRoot!.querySelector('[part="break"]')!);
      const text = getComputedStyle(el.shadowRoot!.querySelector('[part="title"]')!).color;
      // A gradient would be dropped in forced colours unless the break opts out and uses system colours.
      expect(br.backgroundImage).to.include('repeating-linear-gradient');
      const edges = orientation === 'horizontal' ? br.borderLeftColor : br.borderTopColor;
      expect(edges).to.equal(text);
      expect(orientation === 'horizontal' ? br.borderLeftStyle : br.borderTopStyle).to.equal('dashed');
    });
  }
});
