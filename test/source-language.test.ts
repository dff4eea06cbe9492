// Each source's language: `hreflang` on its link, and where the reader reads another language, the
// language's name after the headline ("(in Chinese)", "(중국어)"), drawn by the guides chunk.
import './helpers/support.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { Chronology } from '../src/model/types.js';
import { captureWarnings } from './helpers/support.js';

const chronology: Chronology = {
  title: { en: 'Sources in several languages', ko: '여러 언어의 출처' },
  categories: [{ id: 'talks', label: { en: 'Talks', ko: '회담' } }],
  events: [
    {
      id: 'visit',
      start: '2014-07-03',
      title: { en: 'A state visit', ko: '국빈 방문' },
      category: 'talks',
      sources: [
        { title: '习近平抵达首尔', publisher: '人民网', url: 'https://example.cn/a', language: 'zh-Hans' },
        { title: 'Xi arrives in Seoul', publisher: 'Herald', url: 'https://example.com/b', language: 'en-GB' },
        { title: '시진핑 서울 도착', publisher: '일보', url: 'https://example.kr/c', language: 'ko' },
        {
          title: '[Description: report on the ceremony]',
          publisher: 'Diário do Povo',
          url: 'https://example.pt/d',
          language: 'pt',
        },
        { title: 'Archive card, no address', publisher: 'Archiv', language: 'de' },
        { title: 'A report in no stated language', publisher: 'Agency', url: 'https://example.org/e' },
      ],
    },
  ],
};

async function timeline(locale: string, data: unknown = chronology): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(
    html`<event-timeline locale=${locale} selected="visit" .chronology=${data}></event-timeline>`,
  );
  await el.settled();
  return el;
}

/** Each footnote's text as read: publisher, headline and language label, spaces collapsed. */
const footnotes = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[part="sources"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const links = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];

describe("a source's language", () => {
  it('is the link’s hreflang, and a source without a language has none', async () => {
    const el = await timeline('en');
    expect(links(el).map((a) => a.getAttribute('hreflang'))).to.deep.equal(['zh-Hans', 'en-GB', 'ko', 'pt', null]);
    // A headline is read in its own language; a description of a page is ours, in the page's.
    expect(links(el).map((a) => a.getAttribute('lang'))).to.deep.equal(['zh-Hans', 'en-GB', 'ko', null, null]);
  });

  // Each reader's words; none for a source in the reader's own language (en-GB reads en-GB and en alike).
  const expected: Record<string, [string, string, string, string, string]> = {
    'en-GB': ['(in Chinese)', '', '(in Korean)', '(in Portuguese)', '(in German)'],
    ko: ['(중국어)', '(영어)', '', '(포르투갈어)', '(독일어)'],
    // A pack's words, once it has loaded.
    ja: ['（中国語）', '（英語）', '（韓国語）', '（ポルトガル語）', '（ドイツ語）'],
  };
  for (const [locale, labels] of Object.entries(expected)) {
    it(`is named after the headline where the reader reads another language (${locale})`, async () => {
      const el = await timeline(locale);
      const headlines = [
        '人民网 习近平抵达首尔',
        'Herald Xi arrives in Seoul',
        '일보 시진핑 서울 도착',
        // A described page keeps its description, without brackets, and gets the label too.
        'Diário do Povo report on the ceremony',
        'Archiv Archive card, no address',
      ];
      expect(footnotes(el)).to.deep.equal([
        // A full-width bracket brings its own space: "习近平抵达首尔（中国語）".
        ...headlines.map((headline, i) => `${headline}${labels[i]!.startsWith('（') ? '' : ' '}${labels[i]}`.trim()),
        'Agency A report in no stated language',
      ]);
      await expect(el).to.be.accessible();
    });
  }

  it('sits after the headline on its line, upright, in the footnotes’ quiet colour', async () => {
    const el = await timeline('en');
    const described = el.shadowRoot!.querySelectorAll('[part="sources"] li')[3]!;
    const [link, label] = [described.querySelector('a')!, described.querySelector('.language')!];
    expect(getComputedStyle(link).fontStyle).to.equal('italic');
    expect(getComputedStyle(label).fontStyle).to.equal('normal');
    expect(label.getBoundingClientRect().left).to.be.at.least(link.getBoundingClientRect().right);
    expect(label.getBoundingClientRect().top).to.be.below(link.getBoundingClientRect().bottom);
    expect(getComputedStyle(label).color).to.equal(getComputedStyle(described.querySelector('.publisher')!).color);
  });

  it('follows the reader’s language when it changes', async () => {
    const el = await timeline('en');
    expect(footnotes(el)[2]).to.equal('일보 시진핑 서울 도착 (in Korean)');
    el.locale = 'ko';
    await el.settled();
    expect(footnotes(el)[1]).to.equal('Herald Xi arrives in Seoul (영어)');
    expect(footnotes(el)[2]).to.equal('일보 시진핑 서울 도착');
  });

  it('is reported with its path when malformed; the source and the rest of the event still show', async () => {
    const data = structuredClone(chronology);
    data.events[0]!.sources![0]!.language = 'Chinese';
    let el!: EventTimeline;
    let errors: { path: string; message: string }[] = [];
    await captureWarnings(async () => {
      const reported = new Promise<void>((resolve) =>
        document.addEventListener(
          'kt-error',
          (event) => {
            errors = (event as CustomEvent<{ errors: typeof errors }>).detail.errors;
            resolve();
          },
          { once: true },
        ),
      );
      el = await timeline('en', data);
      await reported;
    });
    expect(errors).to.deep.equal([
      {
        path: 'events[0].sources[0].language',
        message: "'Chinese' is not valid: expected a language tag, e.g. en, ko, zh-Hant",
      },
    ]);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('events[0].sources[0].language');
    expect(footnotes(el)[0]).to.equal('人民网 习近平抵达首尔');
    expect(links(el)[0]!.hasAttribute('hreflang')).to.equal(false);
    expect(footnotes(el)[1]).to.equal('Herald Xi arrives in Seoul');
    expect(footnotes(el).length).to.equal(6);
  });
});
