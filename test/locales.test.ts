import './helpers/support.js';
import { patience } from './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EventTimeline } from '../src/event-timeline.js';
import { formatDate, formatRange, formatWhen, localize, toPartialDate as d } from '../src/model/dates.js';
import { registerLocale, type Messages } from '../src/model/messages.js';
import { messages } from '../src/features/locales/builtin.js';
import { packs, packTags } from '../src/features/locales/index.js';
import { load } from '../src/core/registry.js';
import { validateChronology } from '../src/model/validate.js';
import { sample } from './helpers/fixtures.js';

const shadow = (el: EventTimeline) => el.shadowRoot!;
const text = (el: EventTimeline, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim() ?? '';
const dates = (el: EventTimeline) => [...shadow(el).querySelectorAll('time')].map((t) => t.textContent!.trim());

describe('locales', () => {
  before(async () => {
    // As the element does: the features from the registry (dates before year 1 and open ends are
    // worded by one, every locale but en by the other), then each language's strings.
    await load('dates');
    const { loadLocale } = await load('locales');
    for (const tag of ['ko', 'ja', 'zh-Hans', 'ar', 'es', 'fr', 'de']) await loadLocale(tag);
  });

  it('has every string in every pack', async () => {
    const { default: ja } = await import('../src/features/locales/ja.js');
    const keys = Object.keys(ja).sort();
    expect(keys).to.include.members(Object.keys(messages.en));
    for (const tag of packTags) {
      const module = await packs[tag.toLowerCase()]!();
      expect(Object.keys(module.default).sort(), tag).to.deep.equal(keys);
      for (const key of keys) {
        const value = module.default[key as keyof Messages];
        const args = key === 'duration' ? [2, 'year'] : [2, '2', '3', 4];
        const written = typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args) : value;
        expect(written, `${tag}.${key}`).to.be.a('string').and.match(/\S/);
      }
    }
  });

  it('writes dates through Intl in the language of each pack', () => {
    expect(formatDate(d('1950-06-25'), 'ja')).to.equal('1950年6月25日');
    expect(formatDate(d('1950-06-25'), 'zh-Hans')).to.equal('1950年6月25日');
    expect(formatDate(d('1950-06-25'), 'ar')).to.include('يونيو');
    // Plain Arabic in today's default digits in every engine (older ICUs, as in WebKitGTK, wrote
    // Arabic-Indic ones), so the server and the browser agree; a tag that asks for digits gets them.
    expect(formatDate(d('1950-06-25'), 'ar')).to.equal('25 يونيو 1950');
    expect(formatDate(d('1950-06-25'), 'ar-u-nu-arab')).to.equal('٢٥ يونيو ١٩٥٠');
    expect(formatDate(d('1950-06'), 'es')).to.equal('junio de 1950');
    expect(formatDate(d('1950-06-25'), 'de')).to.equal('25. Juni 1950');
    expect(formatRange(d('1950-06-25'), d('1953-07-27'), 'ja')).to.equal('1950年6月25日～1953年7月27日');
    expect(formatRange(d('2018-09-18'), d('2018-09-20'), 'ja')).to.equal('2018年9月18日～2018年9月20日');
  });

  it('writes years before 1, decades and centuries in each language', () => {
    expect(formatDate(d('-2332'), 'ja')).to.equal('紀元前2333年');
    expect(formatDate(d('195X'), 'ja')).to.equal('1950年代');
    expect(formatDate(d('18XX'), 'ja')).to.equal('19世紀');
    expect(formatDate(d('18XX'), 'fr')).to.equal('XIXe siècle');
    expect(formatDate(d('-02XX'), 'es')).to.equal('siglo III a. C.');
    expect(formatDate(d('18XX'), 'de')).to.equal('19. Jahrhundert');
    expect(formatWhen({ start: '1950', startOpen: true }, 'ja')).to.equal('1950年以前');
  });

  it('shows a text in the reader language, else the same language elsewhere, else the default, else the first', () => {
    const texts = { en: 'Korea', ko: '한국', ja: '韓国', 'zh-Hant': '韓國' };
    expect(localize(texts, 'ja-JP')).to.deep.equal({ text: '韓国', lang: 'ja' });
    expect(localize(texts, 'zh-TW')).to.deep.equal({ text: '韓國', lang: 'zh-Hant' });
    expect(localize(texts, 'fr')).to.deep.equal({ text: 'Korea', lang: 'en' });
    const { chronology } = validateChronology({
      title: { en: 'Korea', ja: '韓国' },
      defaultLocale: 'ja',
      categories: [{ id: 'c', label: 'カテゴリー' }],
      events: [],
    });
    expect(localize(chronology.title, 'fr')).to.deep.equal({ text: '韓国', lang: 'ja' });
    expect(localize(chronology.categories[0]!.label, 'en')).to.deep.equal({ text: 'カテゴリー', lang: 'ja' });
  });

  for (const [locale, count, filters] of [
    ['ja', '3件の出来事', '分類で絞り込む'],
    ['ar', '3 حدث', 'التصفية حسب الفئة'],
  ] as const) {
    it(`renders its strings and dates with locale="${locale}"`, async () => {
      const el = await fixture<EventTimeline>(
        html`<event-timeline
          locale=${locale}
          dir=${locale === 'ar' ? 'rtl' : 'ltr'}
          .chronology=${sample}
        ></event-timeline>`,
      );
      await el.updateComplete;
      expect(text(el, '[part="count"]')).to.equal(count);
      expect(shadow(el).querySelector('[part="filters"]')!.getAttribute('aria-label')).to.equal(filters);
      expect(dates(el)).to.include(formatDate(d('1992-08-24'), locale));
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
      await expect(el).to.be.accessible();
    });
  }

  it('follows the page language, and takes strings registered for any other', async () => {
    const he: Messages = {
      ...(await import('../src/features/locales/ja.js')).default,
      eventsShown: () => 'שלושה אירועים',
    };
    registerLocale('he', he);
    const wrapper = await fixture(html`<div lang="he"><event-timeline .chronology=${sample}></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline') as EventTimeline;
    await el.updateComplete;
    expect(text(el, '[part="count"]')).to.equal('שלושה אירועים');
    expect(dates(el)).to.include(
      new Intl.DateTimeFormat('he', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(1992, 7, 24)),
    );
  });
});

describe('a chronology from 2333 BC to today', () => {
  it('lists its dates in words and places them on a time scale of centuries', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline src="/demo/long-history.json" scale="time"></event-timeline>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part="axis"] .tick'), 'the axis is drawn', patience);
    await el.updateComplete;
    const ids = [...shadow(el).querySelectorAll('li[part~="event"]')].map((li) => li.getAttribute('data-id'));
    expect(ids[0]).to.equal('gojoseon-legend');
    expect(ids.at(-1)).to.equal('apec-gyeongju');
    expect(dates(el)).to.include.members([
      '2333 BC',
      'c. 7th century BC – 3rd century BC',
      '109–108 BC',
      '12th century',
    ]);
    const ticks = [...shadow(el).querySelectorAll('[part="axis"] .tick')].map((t) => t.textContent!.trim());
    expect(
      ticks.some((t) => /^\d+ BC$/.test(t)),
      ticks.join(', '),
    ).to.equal(true);
    expect(
      ticks.some((t) => /^\d{4}$/.test(t)),
      ticks.join(', '),
    ).to.equal(true);
    // Positions follow time: each event starts at or after the one before it on the axis.
    const tops = [...shadow(el).querySelectorAll<HTMLElement>('li[part~="event"]')].map((li) => li.offsetTop);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });

  it('says so in Korean', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline src="/demo/long-history.json" locale="ko"></event-timeline>`,
    );
    await waitUntil(() => shadow(el).querySelector('li[part~="event"]'), 'the events load', patience);
    expect(dates(el)).to.include.members(['기원전 2333년', '12세기', '1960년대~1970년대']);
  });
});
