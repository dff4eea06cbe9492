import './helpers/support.js';
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../src/event-timeline.js';
import { korea, themed } from './helpers/fixtures.js';

const themes = ['newspaper', 'high-contrast', 'dancheong'];

async function useTheme(name: string): Promise<HTMLLinkElement> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/themes/${name}.css` });
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
  return link;
}

const rgb = (color: string) =>
  color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The colours actually drawn, read from computed styles. */
function palette(el: EventTimeline) {
  const root = el.shadowRoot!;
  const style = (selector: string, pseudo?: string) => getComputedStyle(root.querySelector(selector)!, pseudo);
  return {
    bg: getComputedStyle(el).backgroundColor,
    text: getComputedStyle(el).color,
    muted: style('[part="date"]').color,
    line: style('ol', '::before').backgroundColor,
    link: style('[part="sources"] a').color,
    surface: style('li.selected', '::before').backgroundColor,
    eraText: style('[part="era"]').color,
    eraBg: style('[part="era"]').backgroundColor,
    markers: [...root.querySelectorAll('[part~="marker"]')].map((m) => getComputedStyle(m).backgroundColor),
  };
}

describe('theming', () => {
  it('draws with the tokens set on the host', async () => {
    const el = await themed('no-motion');
    // Markers ease between colours; measure the end state, not a frame of the transition.
    const still = Object.assign(document.createElement('style'), {
      textContent: 'event-timeline.no-motion::part(marker) { transition: none; }',
    });
    document.head.append(still);
    after(() => still.remove());
    el.style.setProperty('--kt-color-accent', 'rgb(1, 2, 3)');
    el.style.setProperty('--kt-marker-size', '20px');
    el.style.setProperty('--kt-font-family', 'monospace');
    el.style.setProperty('--kt-category-color-economy', 'rgb(200, 0, 0)');
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('[part="filter"][aria-pressed="true"]')!).borderTopColor).to.equal(
      'rgb(1, 2, 3)',
    );
    expect(getComputedStyle(root.querySelector('li:not(.range) [part~="marker"]')!).width).to.equal('20px');
    expect(getComputedStyle(root.querySelector('[part="title"]')!).fontFamily).to.equal('monospace');
    const economy = root.querySelector('li[data-category="economy"] [part~="marker"]')!;
    expect(getComputedStyle(economy).backgroundColor).to.equal('rgb(200, 0, 0)');
  });

  it('sizes its type from the type-scale tokens, and each theme keeps its own scale', async () => {
    const el = await korea('type-scale');
    const root = el.shadowRoot!;
    const px = (selector: string) => parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize);
    const sizes = () => ({
      title: px('li:not(.featured) [part="title"]'),
      display: px('li.featured [part="title"]'),
      category: px('[part="category"]'),
      chip: px('[part="filter"]'),
      count: px('[part="count"]'),
    });
    // The default scale: 19, 26 and 13 px on a 16 px base.
    expect(sizes()).to.deep.equal({ title: 19, display: 26, category: 13, chip: 13, count: 13 });
    el.style.setProperty('--kt-font-size-title', '1.5em');
    el.style.setProperty('--kt-font-size-display', '2em');
    el.style.setProperty('--kt-font-size-small', '0.75em');
    expect(sizes()).to.deep.equal({ title: 24, display: 32, category: 12, chip: 12, count: 12 });
    el.removeAttribute('style');
    const scales: Record<string, ReturnType<typeof sizes>> = {};
    for (const theme of themes) {
      const link = await useTheme(theme);
      el.classList.add(`kt-${theme}`);
      scales[theme] = sizes();
      el.classList.remove(`kt-${theme}`);
      link.remove();
    }
    // On each theme's base size: a step up for newspaper's headlines and high contrast's small text,
    // a step down for dancheong's key moments.
    expect(scales).to.deep.equal({
      newspaper: { title: 21.25, display: 31.875, category: 13.8125, chip: 13.8125, count: 13.8125 },
      'high-contrast': { title: 20.1875, display: 27.625, category: 15.9375, chip: 15.9375, count: 15.9375 },
      dancheong: { title: 19, display: 24, category: 13, chip: 13, count: 13 },
    });
  });

  it('applies ::part() rules from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `event-timeline.parts::part(title) { color: rgb(9, 8, 7); }
      event-timeline.parts::part(marker-range) { background: rgb(7, 7, 7); }`;
    document.head.append(style);
    try {
      const el = await themed('parts');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="title"]')!).color).to.equal('rgb(9, 8, 7)');
      const range = el.shadowRoot!.querySelector('[part~="marker-range"]')!;
      expect(getComputedStyle(range).backgroundColor).to.equal('rgb(7, 7, 7)');
    } finally {
      style.remove();
    }
  });

  it('hides its own heading inside an article that has one, still named by it, with the events higher up', async () => {
    const plain = await themed();
    const top = () =>
      plain.shadowRoot!.querySelector('li[data-id]')!.getBoundingClientRect().top - plain.getBoundingClientRect().top;
    const before = top();
    const style = document.createElement('style');
    style.textContent = `event-timeline.quiet::part(heading) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      event-timeline.quiet::part(description) { display: none; }`;
    document.head.append(style);
    try {
      plain.classList.add('quiet');
      const heading = plain.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
      expect(heading.getBoundingClientRect().width).to.be.at.most(1);
      expect(plain.shadowRoot!.querySelector('[part="description"]')?.checkVisibility() ?? false).to.be.false;
      expect(top()).to.be.below(before - 20);
      // The list is still named by the heading, which is still in the page for screen readers.
      const list = plain.shadowRoot!.querySelector('[part="list"]')!;
      expect(plain.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
        heading.textContent!.trim(),
      );
      expect(heading.checkVisibility()).to.be.true;
      await expect(plain).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  for (const theme of ['default', ...themes]) {
    for (const mode of ['light', 'dark']) {
      it(`meets WCAG AA contrast and passes axe: ${theme}, ${mode}`, async () => {
        const link = theme === 'default' ? undefined : await useTheme(theme);
        try {
          const el = await themed(`kt-${theme}`, mode);
          const c = palette(el);
          expect(contrast(c.text, c.bg), 'text').to.be.at.least(4.5);
          expect(contrast(c.muted, c.bg), 'muted text').to.be.at.least(4.5);
          expect(contrast(c.muted, c.surface), 'muted text on a selected card').to.be.at.least(4.5);
          expect(contrast(c.link, c.bg), 'links').to.be.at.least(4.5);
          expect(contrast(c.link, c.surface), 'links on a selected card').to.be.at.least(4.5);
          expect(contrast(c.eraText, c.eraBg), 'era bands').to.be.at.least(4.5);
          expect(contrast(c.line, c.bg), 'the line').to.be.at.least(3);
          expect(new Set(c.markers).size, 'marker colours').to.be.greaterThan(1);
          for (const marker of new Set(c.markers)) expect(contrast(marker, c.bg), `marker ${marker}`).to.be.at.least(3);
          await expect(el).to.be.accessible();
          // The preset's own category colours, and the theme's tokens for its categories.
          const preset = palette(await korea(`kt-${theme}`, mode));
          expect(new Set(preset.markers).size, 'Korea marker colours').to.be.greaterThan(1);
          for (const marker of new Set(preset.markers)) {
            expect(contrast(marker, preset.bg), `Korea marker ${marker}`).to.be.at.least(3);
          }
        } finally {
          link?.remove();
        }
      });
    }
  }
});
