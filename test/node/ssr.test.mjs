// Server-side rendering in Node: the whole chronology is in the HTML, before any JavaScript runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { renderTimeline } from '../../dist/src/ssr.js';
import { koreaChronology } from '../../dist/events/korea.js';
import { formatWhen, localize } from '../../dist/src/model/dates.js';
import { decode, times } from '../helpers/html.mjs';

for (const locale of ['en', 'ko']) {
  test(`renders every event's date, title and summary into declarative shadow DOM (${locale})`, async () => {
    const { html } = await renderTimeline({ locale });
    assert.match(html, /<korea-timeline[^>]*><template[^>]*shadowrootmode="open"/);
    const text = decode(html);
    const dates = times(html);
    for (const event of koreaChronology.events) {
      assert.ok(dates.includes(formatWhen(event, locale)), `${event.id}: date`);
      assert.ok(text.includes(localize(event.title, locale).text), `${event.id}: title`);
      assert.ok(text.includes(localize(event.summary, locale).text), `${event.id}: summary`);
    }
    assert.equal((html.match(/<li[^>]*part="event/g) ?? []).length, koreaChronology.events.length);
  });
}

test("writes each source's language: hreflang on its link, its name after the headline in another language", async () => {
  // Without Lit's part markers, so each label reads as written.
  const render = async (locale) => decode((await renderTimeline({ locale })).html).replace(/<!--[^]*?-->/g, '');
  const [en, ko] = [await render('en'), await render('ko')];
  const sources = koreaChronology.events.flatMap((event) => event.sources ?? []);
  const hreflangs = (html) => (html.match(/<a\s[^>]*hreflang="[^"]+"/g) ?? []).length;
  assert.equal(hreflangs(en), sources.length);
  // In English, the Portuguese, German and Korean footnotes are labelled; in Korean, the rest.
  const labels = (html) =>
    (html.match(/<span class="language">[^<]*<\/span>/g) ?? []).map((s) => s.replace(/<[^>]+>/g, '').trim());
  const count = (list) => Object.fromEntries([...new Set(list)].map((x) => [x, list.filter((y) => y === x).length]));
  const languages = count(sources.map((source) => source.language));
  assert.deepEqual(count(labels(en)), {
    '(in Portuguese)': languages.pt,
    '(in German)': languages.de,
    '(in Korean)': languages.ko,
  });
  assert.deepEqual(count(labels(ko)), {
    '(포르투갈어)': languages.pt,
    '(독일어)': languages.de,
    '(영어)': languages.en,
  });
});

test('no colour or category id in the data writes more than a colour into a style attribute', async () => {
  const escapes = [
    'red);position:fixed;inset:0;z-index:2147483647;background:#fff;x:(',
    'url(https://tracker.example/pixel.gif)',
    '#000}*{display:none',
  ];
  const { html, errors } = await renderTimeline({
    chronology: {
      title: 'Escapes',
      categories: escapes.map((color, i) => ({ id: `c${i}`, label: `C${i}`, color })),
      events: [
        ...escapes.map((_, i) => ({ id: `e${i}`, start: `200${i}`, title: `E${i}`, category: `c${i}` })),
        { id: 'stray', start: '2010', title: 'Stray', category: 'x);background:url(https://tracker.example/p.gif' },
      ],
    },
  });
  assert.deepEqual(
    errors.map((e) => e.path),
    ['categories[0].color', 'categories[1].color', 'categories[2].color', 'events[3].category'],
  );
  const styles = [...html.matchAll(/style="([^"]*)"/g)].map((m) => decode(m[1]));
  assert.ok(styles.length > 0);
  for (const style of styles) {
    assert.doesNotMatch(style, /url\(|position|display|[{}]/, style);
    for (const declaration of style.split(';').filter(Boolean)) assert.match(declaration, /^--_[\w-]+:/, style);
  }
  assert.match(decode(html), /Stray/);
});

test("hydrate's scripts come from this version's folder unless cdn says otherwise, from either build", async () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const folder = `https://unpkg.com/korea-timeline@${version}/cdn/`;
  const { renderTimeline: bundled } = await import('../../dist/ssr.js');
  for (const render of [renderTimeline, bundled]) {
    const { html } = await render({ hydrate: true });
    assert.ok(html.includes(`<script type="module" src="${folder}hydrate.js"></script>`), html.slice(-300));
    assert.ok(html.includes(`<link rel="modulepreload" href="${folder}korea-timeline.js">`));
  }
  const { html } = await renderTimeline({ hydrate: true, cdn: '/assets/kt' });
  assert.ok(html.includes('<script type="module" src="/assets/kt/hydrate.js"></script>'));
});

test('with follow, each event has a light-DOM target with its id, slotted into the event; without, none', async () => {
  const ids = koreaChronology.events.map((event) => event.id);
  const { html } = await renderTimeline({ follow: '#story' });
  assert.match(html, /<korea-timeline[^>]* follow="#story"/);
  const light = html.slice(html.lastIndexOf('</template>'));
  const targets = [...light.matchAll(/<span id="([^"]+)" slot="([^"]+)"><\/span>/g)];
  assert.deepEqual(
    targets.map(([, id]) => id),
    ids,
  );
  assert.ok(targets.every(([, id, slot]) => id === slot));
  const slots = [...html.matchAll(/<slot name="([^"]+)"><\/slot>/g)].map(([, name]) => name);
  assert.deepEqual(slots, ids);
  // An id is escaped where the data has a character HTML would read.
  const chronology = {
    title: 'T',
    categories: [{ id: 'c', label: 'C' }],
    events: [{ id: 'a"b<c', start: '2000', title: 'Odd id', category: 'c' }],
  };
  const odd = await renderTimeline({ chronology, follow: '' });
  assert.ok(odd.html.includes('<span id="a&quot;b&lt;c" slot="a&quot;b&lt;c"></span>'), odd.html.slice(-200));
  assert.equal(odd.errors.length, 0);
  const plain = (await renderTimeline()).html;
  assert.ok(!/<slot|slot="/.test(plain), 'no slots or targets without follow');
  // The CLI's --follow, from the bundled renderer.
  const cli = spawnSync(process.execPath, ['bin/korea-timeline.mjs', 'render', '--follow=#story'], {
    encoding: 'utf8',
  });
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(cli.stdout, /<korea-timeline[^>]* follow="#story"/);
  for (const id of ids) assert.ok(cli.stdout.includes(`<span id="${id}" slot="${id}"></span>`), id);
  assert.equal((cli.stdout.match(/<slot name=/g) ?? []).length, ids.length);
});

test('korea-timeline/react renders fresh data on the server at once, as the main entry does (no chunk race)', () => {
  // In a process of its own: this file's other imports have given the features already.
  const script = `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    await import('./dist/src/react.js');
    const chronology = JSON.parse(JSON.stringify({
      title: 'Fresh', categories: [{ id: 'c', label: 'C' }],
      events: [{ id: 'one', start: '2001', title: 'One', category: 'c' }, { id: 'two', start: '2002', title: 'Two', category: 'c' }],
    }));
    process.stdout.write(await collectResult(render(html\`<event-timeline .chronology=\${chronology}></event-timeline>\`)));`;
  const { stdout, stderr, status } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(status, 0, stderr);
  assert.equal((stdout.match(/data-id="(one|two)"/g) ?? []).length, 2, stdout.slice(0, 500));
  assert.match(stdout, /aria-busy="false"/);
});
