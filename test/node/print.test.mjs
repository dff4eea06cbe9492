// Printing, as a reader's browser does it: the CDN bundle in Chromium through playwright-core, with
// print media emulated and then printed to PDF on A4 and Letter. The pages were also looked at as
// images (docs/print.png); here, what is on them is checked in the DOM they were printed from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { koreaChronology } from '../../dist/events/korea.js';

const ORIGIN = 'http://print.test';

/** A page holding the Korea drop-in with these attributes, served from this checkout. */
async function open(browser, attributes) {
  const page = await browser.newPage({ colorScheme: 'dark', viewport: { width: 1000, height: 800 } });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>Print</title>
          <script type="module" src="/cdn/korea-timeline.js"></script>
          <korea-timeline ${attributes}></korea-timeline>`,
      });
    }
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`.${path}`) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => document.querySelector('korea-timeline')?.shadowRoot?.querySelector('li'));
  return page;
}

/** What a printed page shows, read from the element while print media is on. */
const printed = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('korea-timeline').shadowRoot;
    const shown = (selector) =>
      [...root.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).length;
    const luminance = (color) => {
      const [r, g, b] = color.match(/[\d.]+/g).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const link = root.querySelector('[part="sources"] a');
    return {
      events: shown('li[part~="event"]'),
      summaries: shown('[part="summary"]'),
      dates: shown('[part="date"]'),
      sources: shown('[part="sources"] a'),
      controls: shown('button, [part="filters"], [part="zoom"], [part="scroller"]'),
      urlAfterLink: getComputedStyle(link, '::after').content,
      href: link.href,
      text: luminance(getComputedStyle(root.querySelector('[part="title"]')).color),
      background: getComputedStyle(document.querySelector('korea-timeline')).backgroundColor,
    };
  });

const events = koreaChronology.events;
const sources = events.reduce((n, e) => n + (e.sources?.length ?? 0), 0);
const withSummary = events.filter((e) => e.summary).length;

for (const attributes of ['theme="dark"', 'theme="dark" orientation="horizontal" scale="time" selected="korean-war"']) {
  test(`prints every event in full, light, without controls: ${attributes}`, async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await open(browser, attributes);
      const track = attributes.includes('horizontal');
      // A track on screen first, so what is tested is the switch to print.
      const onScreen = (track) =>
        Boolean(document.querySelector('korea-timeline').shadowRoot.querySelector('[part="scroller"]')) === track;
      await page.waitForFunction(onScreen, track);
      await page.emulateMedia({ media: 'print' });
      // In print a track becomes the list: no scroller, and every event in it.
      await page.waitForFunction(onScreen, false);
      await page.waitForFunction(
        (n) => document.querySelector('korea-timeline').shadowRoot.querySelectorAll('li[part~="event"]').length === n,
        events.length,
      );
      const paper = await printed(page);
      assert.equal(paper.events, events.length);
      assert.equal(paper.dates, events.length);
      assert.equal(paper.summaries, withSummary);
      assert.equal(paper.sources, sources);
      assert.equal(paper.controls, 0);
      assert.ok(paper.urlAfterLink.includes(paper.href), `${paper.urlAfterLink} writes out ${paper.href}`);
      assert.ok(paper.text < 0.3, `dark text on paper (luminance ${paper.text})`);
      assert.equal(paper.background, 'rgba(0, 0, 0, 0)');
      for (const format of ['A4', 'Letter']) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page[^s]/g).length;
        assert.ok(pages >= 10, `${format}: ${pages} pages`);
      }
      // Back on screen, a track is a track again.
      await page.emulateMedia({ media: 'screen' });
      await page.waitForFunction(onScreen, track);
    } finally {
      await browser.close();
    }
  });
}
