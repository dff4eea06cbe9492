// The key states, in light and dark, as PNGs to look at: `npm run screenshots` writes them to
// test/.screenshots/ (and `-- --docs` to docs/states/, the committed set). npm test runs it, so
// every run leaves a fresh set for review; it fails only if a state cannot be produced. Pixels are
// not compared with baselines: fonts and anti-aliasing differ between machines, and a tolerance loose
// enough for that would miss the 2 px bugs these pictures are for.
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { remote } from 'webdriverio';
import { setInnerSize, startWebKit } from './webkit.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, process.argv.includes('--docs') ? 'docs/states' : 'test/.screenshots');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((request, response) => {
  const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
  // A blank page at any folder, so a demo's relative picture URLs resolve as they do in the demo.
  if (path.endsWith('/')) {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><html lang="en"><meta charset="utf-8"><body style="margin:16px"></body></html>');
    return;
  }
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath =
  process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/**
 * A fresh page for each of a demo page's pictures, light and dark, English and Korean, at a desk
 * (1280 px wide, `height` tall) and on a 390 px phone; `shoot` takes the picture. Errors the page
 * throws are collected for it to report.
 */
async function eachPage(height, shoot) {
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['en', 'ko']) {
      for (const [device, viewport] of [
        ['desktop', { width: 1280, height }],
        ['phone', { width: 390, height: 844 }],
      ]) {
        const page = await browser.newPage({ viewport, colorScheme: scheme, hasTouch: device === 'phone' });
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await shoot({ page, scheme, lang, device, errors });
        await page.close();
        made++;
      }
    }
  }
}

/** Each state: the element's markup, and what a reader does before the picture is taken. */
const states = {
  list: { html: '<korea-timeline></korea-timeline>', viewport: { width: 1280, height: 900 } },
  'list-ko': { html: '<korea-timeline locale="ko"></korea-timeline>', viewport: { width: 1280, height: 900 } },
  selected: { html: '<korea-timeline selected="thaad-deployment-decision"></korea-timeline>', focus: 'selected' },
  'selected-ko': {
    html: '<korea-timeline locale="ko" selected="thaad-deployment-decision"></korea-timeline>',
    focus: 'selected',
  },
  'key-moments': { html: '<korea-timeline featured-only></korea-timeline>', viewport: { width: 1280, height: 900 } },
  'key-moments-ko': {
    html: '<korea-timeline locale="ko" featured-only selected="korean-war"></korea-timeline>',
    viewport: { width: 1280, height: 900 },
  },
  phone: { html: '<korea-timeline></korea-timeline>', viewport: { width: 390, height: 844 }, touch: true },
  'phone-ko': {
    html: '<korea-timeline locale="ko" selected="korean-war"></korea-timeline>',
    viewport: { width: 390, height: 844 },
    touch: true,
  },
  hover: { html: '<korea-timeline></korea-timeline>', hover: 'li[data-id]:nth-of-type(3) [part="title"]' },
  focus: { html: '<korea-timeline></korea-timeline>', keyboard: true },
  'horizontal-selected': horizontalTime('selected="thaad-deployment-decision"'),
  'horizontal-selected-ko': {
    html: '<korea-timeline orientation="horizontal" locale="ko" selected="three-nos-and-normalisation-agreement"></korea-timeline>',
    focus: 'track',
    viewport: { width: 390, height: 844 },
    touch: true,
  },
  'time-scale-breaks': { html: '<korea-timeline scale="time"></korea-timeline>' },
  // "How to read this", opened: on the list at a desk, on the time scale, and in Korean on a phone.
  legend: {
    html: '<korea-timeline></korea-timeline>',
    viewport: { width: 1280, height: 900 },
    click: '[part="legend"] summary',
  },
  'legend-time-scale': { html: '<korea-timeline scale="time"></korea-timeline>', click: '[part="legend"] summary' },
  'legend-ko-390': {
    html: '<korea-timeline locale="ko"></korea-timeline>',
    viewport: { width: 390, height: 844 },
    touch: true,
    click: '[part="legend"] summary',
  },
  // The horizontal time scale at its start (the war, a not-to-scale stretch) and in crowded late 2025.
  'horizontal-breaks': horizontalTime(''),
  'horizontal-2025': horizontalTime('selected="trump-xi-busan-meeting"'),
  empty: { html: '<korea-timeline from="1900" to="1901"></korea-timeline>' },
  ja: { html: '<korea-timeline locale="ja"></korea-timeline>' },
  'ar-rtl': { html: '<korea-timeline locale="ar" dir="rtl"></korea-timeline>' },
  'ar-rtl-horizontal': {
    html: '<korea-timeline locale="ar" dir="rtl" orientation="horizontal" scale="time" selected="thaad-deployment-decision"></korea-timeline>',
    focus: 'track',
  },
  bce: { html: '<event-timeline src="/demo/long-history.json" scale="time"></event-timeline>', wait: '[part="axis"]' },
  error: { html: '<event-timeline src="/test/data/partly-invalid.json"></event-timeline>', wait: '[part="error"]' },
  // Lanes (#25): Washington, Beijing, and the peninsula and home.
  lanes: { html: '<korea-timeline lanes></korea-timeline>', viewport: { width: 1280, height: 900 }, focus: 'lanes' },
  'lanes-ko': {
    html: '<korea-timeline lanes locale="ko"></korea-timeline>',
    viewport: { width: 1280, height: 900 },
    focus: 'lanes',
  },
  'lanes-phone': {
    html: '<korea-timeline lanes></korea-timeline>',
    viewport: { width: 390, height: 844 },
    touch: true,
    focus: 'lanes',
  },
  'lanes-by-lane-collapsed': {
    html: '<korea-timeline lanes lane-view="lane" collapsed="washington"></korea-timeline>',
    viewport: { width: 1280, height: 900 },
    focus: 'lanes',
  },
  'lanes-horizontal': horizontalTime('lanes'),
  // The THAAD years, when Washington and Beijing pulled Seoul each way: the README's lead picture.
  'lanes-horizontal-thaad': {
    ...horizontalTime('lanes selected="thaad-deployment-decision"'),
    // Tall enough for the pane and all three lanes.
    viewport: { width: 1280, height: 1300 },
    reveal: 'xi-jinping-state-visit-seoul',
  },
  'lanes-horizontal-collapsed-390': {
    html: '<korea-timeline lanes orientation="horizontal" scale="time" collapsed="peninsula"></korea-timeline>',
    focus: 'track',
    viewport: { width: 390, height: 844 },
    touch: true,
  },
  'lanes-time-scale': {
    html: '<korea-timeline lanes scale="time" collapsed="beijing"></korea-timeline>',
    viewport: { width: 1280, height: 900 },
    focus: 'lanes',
  },
  'lanes-time-scale-ko-390': {
    html: '<korea-timeline lanes scale="time" locale="ko"></korea-timeline>',
    viewport: { width: 390, height: 844 },
    touch: true,
    focus: 'lanes',
  },
  // Storytelling (#13), on the demo's Apollo chronology: a search typed, pictures, a correction, a copied link.
  search: { ...apollo(''), type: 'moon' },
  'search-ko-390': { ...apollo('locale="ko"'), type: '달', width: 390 },
  'pictures-correction-shared': { ...apollo('selected="apollo-13"'), focus: 'selected', share: true },
};

/** The Korea timeline's horizontal time scale on a desktop screen, with more attributes. */
function horizontalTime(attributes) {
  return {
    html: `<korea-timeline orientation="horizontal" scale="time" ${attributes}></korea-timeline>`,
    focus: 'track',
    viewport: { width: 1280, height: 900 },
  };
}

/** The demo's Apollo timeline, as the demo page shows it, with more attributes. */
function apollo(attributes) {
  return {
    html: `<event-timeline id="apollo" reverse search link-hash heading-level="3" ${attributes}></event-timeline>`,
    folder: '/demo/',
    script: '/demo/apollo.js',
    wait: '[part="media"]',
  };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let made = 0;
try {
  for (const scheme of ['light', 'dark']) {
    for (const [name, state] of Object.entries(states)) {
      const page = await browser.newPage({
        viewport: state.viewport ?? { width: state.width ?? 900, height: 700 },
        hasTouch: Boolean(state.touch),
        colorScheme: scheme,
      });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(origin + (state.folder ?? '/'));
      await page.evaluate(
        async ([markup, script]) => {
          await import('/cdn/korea-timeline.js');
          document.body.innerHTML = markup;
          if (script) await import(script);
        },
        [state.html, state.script],
      );
      const host = page.locator('korea-timeline, event-timeline');
      await page.waitForFunction(
        (wait) => {
          const el = document.querySelector('korea-timeline, event-timeline');
          return el?.shadowRoot?.querySelector(wait ?? 'li[data-id], [part="empty"]');
        },
        state.wait,
        { timeout: 30_000 },
      );
      // Everything the element asked for, the reader's guides and the track included.
      await page.evaluate(() => document.querySelector('korea-timeline, event-timeline').settled());
      if (state.type) {
        await host.locator('[part="search"] input').fill(state.type);
        await page.evaluate(() => document.querySelector('event-timeline').settled());
      }
      if (state.focus === 'selected') {
        // Cards take their real height as they come near the screen: scroll until it settles.
        for (let i = 0; i < 3; i++) {
          await page.evaluate(async () => {
            const el = document.querySelector('korea-timeline, event-timeline');
            el.shadowRoot.querySelector('li[aria-current="true"]').scrollIntoView({ block: 'center' });
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          });
        }
      }
      if (state.share) {
        await host.locator('[part="share"]').click();
        await host.locator('[part="share-status"]', { hasText: /./ }).waitFor();
      }
      // The track with the pane above it (the horizontal layout's), or the track alone.
      if (state.focus === 'track') await host.locator('[part="detail"], .scroller').first().scrollIntoViewIfNeeded();
      if (state.reveal) {
        // The track scrolled so this event's card is at its start.
        await page.evaluate(async (id) => {
          const root = document.querySelector('korea-timeline').shadowRoot;
          const scroller = root.querySelector('.scroller');
          const card = root.querySelector(`li[data-id="${id}"]`);
          scroller.scrollLeft += card.getBoundingClientRect().left - scroller.getBoundingClientRect().left - 48;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }, state.reveal);
      }
      if (state.focus === 'lanes') {
        // The lanes' bar (on a track, the row above it) at the top of the window, the first events under it.
        await page.evaluate(() =>
          document
            .querySelector('korea-timeline')
            .shadowRoot.querySelector('.lane-bar, .track-bar')
            .scrollIntoView({ block: 'start' }),
        );
      }
      if (state.click) await host.locator(state.click).click();
      if (state.hover) {
        await host.locator(state.hover).scrollIntoViewIfNeeded();
        await page.hover(`korea-timeline >> ${state.hover}`);
      }
      if (state.keyboard) {
        // Tab to the list's one tab stop, then an arrow key: focus as a keyboard user sees it.
        for (let i = 0; i < 20; i++) {
          await page.keyboard.press('Tab');
          const onEvent = await page.evaluate(
            () => document.querySelector('korea-timeline').shadowRoot.activeElement?.localName === 'li',
          );
          if (onEvent) break;
        }
        await page.keyboard.press('ArrowDown');
      }
      // Cards near the screen are laid out from the next frame (content-visibility).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (errors.length) throw new Error(`${name} (${scheme}): ${errors.join('; ')}`);
      await page.screenshot({ path: join(out, `${name}-${scheme}.png`) });
      made++;
      await page.close();
    }
  }
} finally {
  // The demo article (demo/article.html), followed to one step: at a desk and on a phone, in English and Korean.
  const step = 'three-nos-and-normalisation-agreement';
  await eachPage(800, async ({ page, scheme, lang, device, errors }) => {
    await page.goto(`${origin}/demo/article.html?lang=${lang}&theme=${scheme}`);
    await page.waitForFunction(() =>
      document.querySelector('korea-timeline')?.shadowRoot?.querySelector('[part~="follow"]'),
    );
    await page.evaluate((id) => {
      const anchor = [...document.querySelectorAll(`a[href="#${id}"]`)].find((a) => a.getClientRects().length);
      scrollTo(0, scrollY + anchor.getBoundingClientRect().top - innerHeight * 0.35);
    }, step);
    // Followed, and brought into its column (its start in the upper half) once the scroll there is over.
    await page.waitForFunction((id) => {
      const el = document.querySelector('korea-timeline');
      const card = el.selected === id && el.shadowRoot.querySelector(`li[data-id="${id}"]`);
      const column = el.closest('aside').getBoundingClientRect();
      const at = card && card.getBoundingClientRect();
      return at && at.top > column.top && at.top < column.top + column.height / 2;
    }, step);
    if (errors.length) throw new Error(`article ${device} ${lang} (${scheme}): ${errors.join('; ')}`);
    await page.screenshot({ path: join(out, `article-${device}${lang === 'ko' ? '-ko' : ''}-${scheme}.png`) });
  });
  // The studio (cdn/studio.html), with TimelineJS3's sample sheet pasted and one bad row added: at a
  // desk and on a phone, in English and Korean.
  const sample = readFileSync(
    join(root, 'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv'),
    'utf8',
  );
  const withBadRow = `${sample.trim()}\n1960,13,,,,,,,,A month that does not exist,,,,,,,,\n`;
  await eachPage(900, async ({ page, scheme, lang, device, errors }) => {
    await page.goto(`${origin}/cdn/studio.html?lang=${lang}`);
    await page.waitForFunction(() =>
      document.querySelector('timeline-studio')?.shadowRoot?.querySelector('event-timeline'),
    );
    await page.evaluate(
      (text) => document.querySelector('timeline-studio').bring(text, 'women_in_computing.csv'),
      withBadRow,
    );
    await page.waitForFunction(() => {
      const preview = document.querySelector('timeline-studio').shadowRoot.querySelector('event-timeline');
      return preview.shadowRoot.querySelectorAll('li[part~="event"]').length === 10;
    });
    if (device === 'phone') {
      await page.evaluate(() =>
        document.querySelector('timeline-studio').shadowRoot.querySelector('.edit').scrollIntoView(),
      );
    }
    if (errors.length) throw new Error(`studio ${device} ${lang} (${scheme}): ${errors.join('; ')}`);
    const name = `studio-${device}${lang === 'ko' ? '-ko' : ''}-${scheme}.png`;
    await page.screenshot({ path: join(out, name) });
    // The README's picture of the studio, kept as fresh as the states.
    if (name === 'studio-desktop-light.png' && process.argv.includes('--docs')) {
      copyFileSync(join(out, name), join(root, 'docs/studio.png'));
    }
  });
  // The studio's sections: the Korea chronology read from its JSON, its categories alone, with
  // Japanese columns added.
  const korea = readFileSync(join(root, 'events/korea.json'), 'utf8');
  await eachPage(900, async ({ page, scheme, lang, device, errors }) => {
    await page.goto(`${origin}/cdn/studio.html?lang=${lang}`);
    await page.waitForFunction(() =>
      document.querySelector('timeline-studio')?.shadowRoot?.querySelector('event-timeline'),
    );
    await page.evaluate((text) => document.querySelector('timeline-studio').bring(text, 'korea.json'), korea);
    await page.evaluate(async (phone) => {
      const studio = document.querySelector('timeline-studio');
      const form = studio.shadowRoot.querySelector('.sections form');
      form.querySelector('input').value = 'ja';
      form.requestSubmit();
      await studio.updateComplete;
      studio.shadowRoot.querySelectorAll('.sections button[aria-pressed]')[3].click();
      await studio.updateComplete;
      studio.shadowRoot.querySelector(phone ? '.sections' : '.edit').scrollIntoView();
    }, device === 'phone');
    if (errors.length) throw new Error(`studio sections ${device} ${lang} (${scheme}): ${errors.join('; ')}`);
    await page.screenshot({ path: join(out, `studio-sections-${device}${lang === 'ko' ? '-ko' : ''}-${scheme}.png`) });
  });
  // The key moments' stepper: key-moments mode, the story bar scrolled away, three steps taken.
  await eachPage(800, async ({ page, lang, device, scheme, errors }) => {
    await page.goto(`${origin}/`);
    await page.evaluate(async (locale) => {
      await import('/cdn/korea-timeline.js');
      document.body.innerHTML = `<korea-timeline featured-only locale="${locale}"></korea-timeline><div style="height: 100vh"></div>`;
    }, lang);
    await page.waitForFunction(() =>
      document.querySelector('korea-timeline')?.shadowRoot?.querySelector('[part="stepper"]'),
    );
    await page.evaluate(async () => {
      const root = document.querySelector('korea-timeline').shadowRoot;
      scrollTo(0, scrollY + root.querySelector('[part="story"]').getBoundingClientRect().bottom + 20);
      const stepper = root.querySelector('[part="stepper"]');
      const until = async (ok) => {
        while (!ok()) await new Promise((resolve) => requestAnimationFrame(resolve));
      };
      await until(() => !stepper.hidden);
      for (let i = 1; i <= 3; i++) {
        stepper.querySelector('.next').click();
        await until(() => stepper.querySelector('.place').textContent.match(/\d+/g)?.length === 2);
        await until(() => root.querySelectorAll('li.selected').length === 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    if (errors.length) throw new Error(`stepper ${device} ${lang} (${scheme}): ${errors.join('; ')}`);
    await page.screenshot({ path: join(out, `stepper-${device}${lang === 'ko' ? '-ko' : ''}-${scheme}.png`) });
  });
  await browser.close();
}

// The same key states in WebKit, whose text metrics and layout differ: light, dark (MiniBrowser's
// --dark-mode, which sets prefers-color-scheme), Korean, a 390 px phone, a selection, the track, RTL.
const inWebKit = ['list', 'list-ko', 'selected', 'phone', 'phone-ko', 'horizontal-selected', 'ar-rtl'];
if (!process.env.BROWSERS || process.env.BROWSERS.includes('webkit')) {
  let webkit = await startWebKit();
  /**
   * A MiniBrowser session. Starting one now and then hangs on a loaded machine: after a minute, the
   * driver is replaced by a fresh one and the session asked for again, three times at most.
   */
  const session = async (args) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await remote({ ...webkit.options(args), connectionRetryTimeout: 60_000, connectionRetryCount: 0 });
      } catch (error) {
        if (attempt === 3) throw error;
        console.warn(`WebKit did not start (${error.message}); trying again with a new driver`);
        webkit.stop();
        webkit = await startWebKit();
      }
    }
  };
  try {
    for (const scheme of ['light', 'dark']) {
      const driver = await session(scheme === 'dark' ? ['--dark-mode'] : []);
      try {
        for (const name of inWebKit) {
          const state = states[name];
          const { width, height } = state.viewport ?? { width: state.width ?? 900, height: 700 };
          await setInnerSize(driver, width, height);
          await driver.navigateTo(origin + (state.folder ?? '/'));
          const problem = await driver.executeAsync(
            (markup, seen, wanted, scheme, done) => {
              const errors = [];
              addEventListener('error', (event) => errors.push(event.message));
              import('/cdn/korea-timeline.js')
                .then(async () => {
                  document.body.innerHTML = markup;
                  const el = document.querySelector('korea-timeline, event-timeline');
                  while (!el.shadowRoot?.querySelector(wanted ?? 'li[data-id], [part="empty"]'))
                    await new Promise((r) => setTimeout(r, 50));
                  await el.settled();
                  if (seen === 'selected') {
                    // Cards take their real height as they come near the screen: scroll until it settles.
                    for (let i = 0; i < 3; i++) {
                      el.shadowRoot.querySelector('li[aria-current="true"]').scrollIntoView({ block: 'center' });
                      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
                    }
                  }
                  if (seen === 'track') el.shadowRoot.querySelector('.scroller').scrollIntoView();
                  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
                  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
                  done(errors.length ? errors.join('; ') : dark === (scheme === 'dark') ? '' : 'wrong color scheme');
                })
                .catch((error) => done(String(error)));
            },
            state.html,
            state.focus,
            state.wait ?? null,
            scheme,
          );
          if (problem) throw new Error(`WebKit ${name} (${scheme}): ${problem}`);
          await driver.saveScreenshot(join(out, `webkit-${name}-${scheme}.png`));
          made++;
        }
      } finally {
        await driver.deleteSession();
      }
    }
  } finally {
    server.close();
  }
} else server.close();
console.log(`${made} screenshots of the key states in ${out.replace(root, '')}`);
