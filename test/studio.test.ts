// The studio (`cdn/studio.html`): a sheet pasted, fixed, kept and handed over, as an editor uses it.
import './helpers/support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { csvFormatRows, csvParseRows, tsvFormatRows } from 'd3-dsv';
import '../src/studio/index.js';
import type { TimelineStudio } from '../src/studio/timeline-studio.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { patience } from './helpers/support.js';

/** TimelineJS3's own sample sheet, as it ships in @knight-lab/timelinejs. */
const SAMPLE = '/node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv';
let key = 0;

async function studio(storage = `studio-test-${key++}-${Math.random()}`, lang?: string): Promise<TimelineStudio> {
  const el = lang
    ? (
        await fixture<HTMLElement>(
          html`<div lang=${lang}><timeline-studio storage-key=${storage}></timeline-studio></div>`,
        )
      ).firstElementChild!
    : await fixture<TimelineStudio>(html`<timeline-studio storage-key=${storage}></timeline-studio>`);
  await (el as TimelineStudio).updateComplete;
  return el as TimelineStudio;
}

const root = (el: TimelineStudio) => el.shadowRoot!;
const preview = (el: TimelineStudio) => root(el).querySelector<EventTimeline>('event-timeline')!;

/** The titles the preview shows, once it has rendered what the studio gave it. */
async function shown(el: TimelineStudio): Promise<string[]> {
  await el.updateComplete;
  const timeline = preview(el);
  await timeline.updateComplete;
  return [...timeline.shadowRoot!.querySelectorAll('li[part~="event"] [part="title"]')].map((t) =>
    t.textContent!.trim(),
  );
}

/**
 * A paste of `text`. The text is put on the event's clipboard as it is dispatched: Firefox keeps no
 * data set on a DataTransfer before it travels with an event.
 */
function paste(target: EventTarget, text: string): void {
  const fill = (event: ClipboardEvent) => event.clipboardData?.setData('text/plain', text);
  addEventListener('paste', fill, { capture: true });
  try {
    const event = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    target.dispatchEvent(event);
  } finally {
    removeEventListener('paste', fill, { capture: true });
  }
}

/** The sample sheet as a spreadsheet copies it (tab-separated), with a row whose month is 13 added after row 4. */
async function sampleWithBadRow(): Promise<{ tsv: string; good: number; badRow: number; month: number }> {
  const rows = csvParseRows(await (await fetch(SAMPLE)).text());
  const header = rows[0]!;
  const bad = header.map(() => '');
  bad[header.indexOf('Year')] = '1960';
  bad[header.indexOf('Month')] = '13';
  bad[header.indexOf('Headline')] = 'A month that does not exist';
  rows.splice(4, 0, bad);
  const data = rows.slice(1).filter((row) => row.some((cell) => cell.trim()));
  const good = data.filter((row) => row[header.indexOf('Type')] !== 'title').length - 1;
  return { tsv: tsvFormatRows(rows), good, badRow: 4 + 1, month: header.indexOf('Month') };
}

describe('studio: a sheet in, a checked timeline and its embed out', () => {
  afterEach(() => localStorage.clear());

  it('takes a pasted TimelineJS3 sheet, shows every good row, and names the bad one by row and column', async () => {
    const el = await studio();
    const { tsv, good, badRow, month } = await sampleWithBadRow();
    paste(document.body, tsv);
    await waitUntil(async () => (await shown(el)).length === good, 'the good rows shown', patience);
    expect(await shown(el)).to.include('Ada Lovelace');
    expect(await shown(el)).not.to.include('A month that does not exist');
    const problem = [...root(el).querySelectorAll('.errors li')].map((li) => li.textContent!.trim());
    expect(problem).to.have.length(1);
    expect(problem[0]).to.match(new RegExp(`^row ${badRow}, column Month: .*13`));
    // A click on the problem takes the editor to the cell.
    root(el).querySelector<HTMLButtonElement>('.errors button')!.click();
    const cell = root(el).activeElement as HTMLInputElement;
    expect(cell.dataset.row).to.equal(String(badRow - 2));
    expect(cell.dataset.column).to.equal(String(month));
    expect(cell.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // TimelineJS3's columns have their own sections, and one language: no language to add.
    const sections = [...root(el).querySelectorAll('.sections button')].map((b) =>
      b.textContent!.replace(/\d+/, '').trim(),
    );
    expect(sections).to.deep.equal(['All rows', 'Events', 'Title', 'Eras']);
    expect(root(el).querySelector('.sections form')).to.equal(null);

    // Fixing the cell brings the row in, at once.
    cell.value = '12';
    cell.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(async () => (await shown(el)).length === good + 1, 'the fixed row shown', patience);
    expect(await shown(el)).to.include('A month that does not exist');
    expect(root(el).querySelector('.errors')).to.equal(null);

    // A reload keeps the draft: a new studio on the same storage opens it.
    const storage = el.storageKey;
    el.remove();
    const again = await studio(storage);
    await waitUntil(async () => (await shown(again)).length === good + 1, 'the draft after a reload', patience);
    expect(again.sheet.rows[badRow - 2]![month]).to.equal('12');
  });

  it('moves by keyboard as a spreadsheet does, and undoes and redoes the sheet', async () => {
    const el = await studio();
    el.bring('id,start,title,category\na,2001,First,x\nb,2002,Second,x\nc,2003,Third,x\n', 'test');
    await el.updateComplete;
    const input = (row: number, column: number) =>
      root(el).querySelector<HTMLInputElement>(`input[data-row="${row}"][data-column="${column}"]`)!;
    input(0, 2).focus();
    input(0, 2).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement === input(1, 2), 'down a row', patience);
    input(1, 2).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement === input(2, 2), 'Enter goes down', patience);
    input(2, 2).setSelectionRange(0, 0);
    input(2, 2).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement === input(2, 1), 'left at the start of a cell', patience);

    input(2, 2).value = 'Third, renamed';
    input(2, 2).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(async () => (await shown(el)).includes('Third, renamed'), 'the edit shown', patience);
    input(2, 2).dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true }));
    await waitUntil(async () => (await shown(el)).includes('Third'), 'undone', patience);
    expect(input(2, 2).value).to.equal('Third');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }));
    await waitUntil(async () => (await shown(el)).includes('Third, renamed'), 'redone', patience);

    // Escape puts back what the cell held before the typing.
    input(0, 2).value = 'Changed';
    input(0, 2).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(async () => (await shown(el)).includes('Changed'), 'typed', patience);
    input(0, 2).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(async () => (await shown(el)).includes('First'), 'put back', patience);
    expect(input(0, 2).value).to.equal('First');

    // Rows move and go; each is one step to undo.
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Move row 4 up"]')!.click();
    await waitUntil(
      async () => (await shown(el)).join() === 'First,Second,Third, renamed',
      'same dates, same order',
      patience,
    );
    expect(el.sheet.rows.map((row) => row[0])).to.deep.equal(['a', 'c', 'b']);
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Remove row 2"]')!.click();
    await waitUntil(async () => (await shown(el)).length === 2, 'a row removed', patience);
    el.undo();
    await waitUntil(async () => (await shown(el)).length === 3, 'the removal undone', patience);
  });

  it('draws only the rows near the view of a long sheet, and reaches any cell from its problem or by keyboard', async () => {
    const el = await studio();
    const lines = Array.from({ length: 2000 }, (_, i) => `e${i},${1000 + i},Event ${i},c`);
    lines[1500] = 'e1500,1500-13,Event 1500,c';
    el.bring(`id,start,title,category\n${lines.join('\n')}\n`, 'test');
    await waitUntil(() => root(el).querySelector('.errors button'), 'the problem listed', patience);
    const drawn = () => root(el).querySelectorAll('tbody tr:not(.spacer)').length;
    expect(drawn()).to.be.within(20, 100);
    expect(root(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('2001');
    // 2,000 rows without a source: the first hundred warnings, and a count of the rest.
    expect(root(el).querySelectorAll('.warnings li')).to.have.length(101);
    expect(root(el).querySelector('.warnings li:last-child')!.textContent!.trim()).to.equal('…and 1899 more');
    root(el).querySelector<HTMLButtonElement>('.errors button')!.click();
    await waitUntil(
      () => (root(el).activeElement as HTMLElement | null)?.dataset.row === '1500',
      'row 1500 focused',
      patience,
    );
    const cell = root(el).activeElement as HTMLInputElement;
    expect(cell.value).to.equal('1500-13');
    expect(cell.closest('tr')!.getAttribute('aria-rowindex')).to.equal('1502');
    expect(drawn()).to.be.within(20, 100);
    // The cell is in the sheet's view.
    const box = root(el).querySelector('.grid-box')!.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    expect(at.top >= box.top && at.bottom <= box.bottom, 'in view').to.equal(true);
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(
      () => (root(el).activeElement as HTMLElement | null)?.dataset.row === '1501',
      'down a row',
      patience,
    );
    // Fixed there, the row joins the preview (a long list: its track draws the events near its view).
    cell.value = '1500-12';
    cell.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => el.result.chronology.events.length === 2000, 'all 2,000 events', patience);
    expect(el.result.errors).to.deep.equal([]);
  });

  it('downloads JSON that an <event-timeline src> shows as the studio did, and CSV it reads back', async () => {
    const el = await studio();
    const { tsv } = await sampleWithBadRow();
    el.bring(tsv, 'test');
    const titles = await shown(el);
    const downloads: { name: string; text: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      void fetch(this.href)
        .then((response) => response.text())
        .then((text) => downloads.push({ name: this.download, text }));
    };
    try {
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.publish button')];
      buttons.find((b) => b.textContent!.includes('JSON'))!.click();
      buttons.find((b) => b.textContent!.includes('CSV'))!.click();
      await waitUntil(() => downloads.length === 2, 'two downloads', patience);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const json = downloads.find((d) => d.name.endsWith('.json'))!;
    await executeServerCommand('serve-text', { path: '/test/.served/studio.json', text: json.text });
    const fresh = await fixture<EventTimeline>(html`<event-timeline src="/test/.served/studio.json"></event-timeline>`);
    await waitUntil(
      () => fresh.shadowRoot!.querySelectorAll('li[part~="event"]').length === titles.length,
      'loaded',
      patience,
    );
    const loaded = [...fresh.shadowRoot!.querySelectorAll('li[part~="event"] [part="title"]')].map((t) =>
      t.textContent!.trim(),
    );
    expect(loaded).to.deep.equal(titles);
    const csv = downloads.find((d) => d.name.endsWith('.csv'))!;
    const other = await studio();
    expect(other.bring(csv.text, 'a download')).to.equal(true);
    expect(await shown(other)).to.deep.equal(titles);
  });

  it('imports each file format: CSV, TSV, our JSON, TimelineJS3 JSON, a TimelineJS3 sheet', async () => {
    const el = await studio();
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const sample = await (await fetch(SAMPLE)).text();
    const files: [string, string, string][] = [
      [
        'ours.csv',
        'id,start,title,category\ntreaty,1953-10-01,Mutual Defense Treaty,Alliance\n',
        'Mutual Defense Treaty',
      ],
      [
        'ours.tsv',
        'id\tstart\ttitle\tcategory\nseoul,1988-09-17,Seoul Olympics,Sport\n'.replace(/,/g, '\t'),
        'Seoul Olympics',
      ],
      ['mini.json', await (await fetch('/test/data/mini.json')).text(), ''],
      ['timelinejs.json', await (await fetch('/test/data/timelinejs-bad-rows.json')).text(), 'Korean War'],
      ['women_in_computing.csv', sample, 'Ada Lovelace'],
    ];
    for (const [name, text, title] of files) {
      const data = new DataTransfer();
      data.items.add(new File([text], name));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => root(el).querySelector('.message')!.textContent!.includes(name), `${name} read`, patience);
      const titles = await shown(el);
      expect(titles.length, name).to.be.greaterThan(0);
      if (title) expect(titles, name).to.include(title);
    }
  });

  it('says why a sheet address failed, and offers pasting and the command line', async () => {
    const el = await studio();
    await el.load('http://127.0.0.1:9/sheet.csv');
    await el.updateComplete;
    const message = root(el).querySelector('.message')!.textContent!;
    expect(message).to.include('http://127.0.0.1:9/sheet.csv could not be loaded');
    expect(message).to.include('paste');
    expect(message).to.include('npx korea-timeline convert');
    await el.load('/test/data/not-json.txt');
    await el.updateComplete;
    expect(root(el).querySelector('.message')!.textContent).to.include('not a sheet we know');
    await el.load('/test/data/missing.csv');
    await el.updateComplete;
    expect(root(el).querySelector('.message')!.textContent).to.include('HTTP 404');
  });

  it('keeps hostile cells inert text, in the grid and in the preview', async () => {
    const el = await studio();
    const win = window as unknown as { studioHacked?: boolean };
    delete win.studioHacked;
    const hostile = '<img src=x onerror="window.studioHacked=true">';
    paste(
      document.body,
      `id\tstart\ttitle\tcategory\tsummary\nx\t2001\t${hostile}\tc\t<script>window.studioHacked=true</script>\n`,
    );
    await waitUntil(async () => (await shown(el)).includes(hostile), 'the cell shown as text', patience);
    expect(root(el).querySelector<HTMLInputElement>('input[data-row="0"][data-column="2"]')!.value).to.equal(hostile);
    const timeline = preview(el).shadowRoot!;
    expect(timeline.querySelector('img, script')).to.equal(null);
    expect(win.studioHacked).to.equal(undefined);
  });

  it("speaks the page's language, right to left in Arabic, and asks no address but the one typed", async () => {
    const before = performance.getEntriesByType('resource').length;
    const ar = await studio(undefined, 'ar');
    expect(root(ar).querySelector('.studio')!.getAttribute('dir')).to.equal('rtl');
    expect(root(ar).querySelector('h1')!.textContent).to.equal('استوديو الخطوط الزمنية');
    ar.bring('id,start,title,category\na,2001,First,x\n', 'test');
    await ar.updateComplete;
    expect(root(ar).querySelector('.warnings li')!.textContent!.trim()).to.equal(
      'الصف 2: بلا مصدر؛ لا يستطيع القراء التحقق منه',
    );
    await expect(ar).to.be.accessible();
    const zh = await studio(undefined, 'zh-TW');
    expect(root(zh).querySelector('h1')!.textContent).to.equal('時間軸工作室');
    expect(root(zh).querySelector('.studio')!.getAttribute('dir')).to.equal('ltr');
    const ja = await studio(undefined, 'ja');
    expect(root(ja).querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('読み込む');
    // Pasting, typing and previewing fetched nothing from another origin.
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name).origin);
    expect(fetched.filter((origin) => origin !== location.origin)).to.deep.equal([]);
  });

  it("keeps each draft's options, leaves other fields their own undo, and moves right to left in Arabic", async () => {
    const el = await studio();
    el.bring('id,start,title,category\na,2001,First,x\nb,2002,Second,x\n', 'test');
    await el.updateComplete;
    const language = () => root(el).querySelectorAll<HTMLSelectElement>('.options select')[0]!;
    language().value = 'ko';
    language().dispatchEvent(new Event('change'));
    const height = root(el).querySelector<HTMLInputElement>('.options input[type="number"]')!;
    height.value = '600';
    height.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.snippets().dropIn).to.include('style="display: block; height: 600px; overflow: auto"');
    // Without a key moment in the data, "key moments only" is off, and in no snippet.
    const keyMoments = root(el).querySelector<HTMLInputElement>('.options input[type="checkbox"]')!;
    expect(keyMoments.disabled).to.equal(true);
    el.bring('id,start,title,category,featured\na,2001,First,x,yes\nb,2002,Second,x,\n', 'test');
    await el.updateComplete;
    expect(keyMoments.disabled).to.equal(false);
    keyMoments.click();
    await el.updateComplete;
    await preview(el).updateComplete;
    expect(await shown(el)).to.deep.equal(['First']);
    expect(el.snippets().dropIn).to.include(' featured-only');
    expect(el.snippets().iframe).to.include('height: 600px').and.not.include('data-kt-embed');
    const drafts = () => root(el).querySelector<HTMLSelectElement>('.drafts select')!;
    root(el).querySelector<HTMLButtonElement>('.drafts button')!.click();
    await el.updateComplete;
    expect(language().value).to.equal('');
    drafts().value = 'Draft 1';
    drafts().dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(language().value, "the first draft's language, shown").to.equal('ko');
    expect(el.sheet.rows).to.have.length(2);

    // Ctrl+Z in the address field is the field's own, not the sheet's.
    const cell = root(el).querySelector<HTMLInputElement>('input[data-row="0"][data-column="2"]')!;
    cell.value = 'Changed';
    cell.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const address = root(el).querySelector<HTMLInputElement>('input[name="url"]')!;
    address.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.sheet.rows[0]![2]).to.equal('Changed');

    // Right to left, ArrowLeft at a cell's end goes to the next column, on the left.
    const ar = await studio(undefined, 'ar');
    ar.bring('id,start,title,category\na,2001,First,x\n', 'test');
    await ar.updateComplete;
    const first = root(ar).querySelector<HTMLInputElement>('input[data-row="0"][data-column="1"]')!;
    first.focus();
    first.setSelectionRange(first.value.length, first.value.length);
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await waitUntil(
      () => (root(ar).activeElement as HTMLElement | null)?.dataset.column === '2',
      'next column',
      patience,
    );
  });

  it('takes a file dropped on the page', async () => {
    const el = await studio();
    const data = new DataTransfer();
    data.items.add(new File(['id,start,title,category\nd,1999,Dropped in,x\n'], 'dropped.csv'));
    root(el)
      .querySelector('.studio')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await waitUntil(async () => (await shown(el)).includes('Dropped in'), 'the dropped file shown', patience);
    expect(root(el).querySelector('.message')!.textContent).to.include('dropped.csv');
  });

  it('gives the three embed snippets for the options chosen, and a preview link that brings the sheet back', async () => {
    const el = await studio();
    el.bring('id,start,title,category\na,2001,First,x\n', 'test');
    await el.updateComplete;
    const select = root(el).querySelectorAll<HTMLSelectElement>('.options select')[0]!;
    select.value = 'ko';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await preview(el).updateComplete;
    expect(preview(el).getAttribute('locale')).to.equal('ko');
    expect(preview(el).shadowRoot!.querySelector('[part="count"]')!.textContent).to.include('사건');
    const { dropIn, iframe, noScript } = el.snippets();
    expect(dropIn).to.match(/<script type="module" src="[^"]+\/event-timeline\.js"><\/script>/);
    expect(dropIn).to.include('locale="ko"');
    expect(iframe).to.include('data-kt-embed').and.include('embed.html?src=').and.include('locale=ko');
    expect(noScript).to.equal('npx korea-timeline render Draft-1.json --locale ko > timeline.html');
    root(el).querySelector<HTMLButtonElement>('.publish .row button:last-child')!.click();
    await waitUntil(() => root(el).querySelector('.share a'), 'the link made', patience);
    const link = root(el).querySelector<HTMLAnchorElement>('.share a')!.href;
    expect(root(el).querySelector('.share')!.textContent).to.include('anyone who has it can read it');
    const { fromLink } = await import('../src/studio/link.js');
    const sheet = await fromLink(new URL(link).hash);
    expect(sheet?.rows).to.deep.equal([['a', '2001', 'First', 'x']]);
    // Opened, the link becomes a draft, and leaves the address: a reload opens that draft, not another copy.
    history.replaceState(null, '', new URL(link).hash);
    const opened = await studio();
    await waitUntil(() => opened.sheet.rows.length === 1, 'the sheet from the link', patience);
    expect(location.hash).to.equal('');
    expect(root(opened).querySelector<HTMLSelectElement>('.drafts select')!.value).to.equal('Preview link 1');
  });

  it('shows the sheet by section, each with its columns, and adds rows, a language and pasted cells there', async () => {
    const el = await studio();
    const { koreaChronology } = await import('../events/korea.js');
    el.bring(JSON.stringify(koreaChronology), 'korea.json');
    await waitUntil(() => el.result.chronology.events.length === koreaChronology.events.length, 'Korea read', patience);
    expect(el.result.errors).to.deep.equal([]);
    const button = (label: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.sections button')].find((b) =>
        b.textContent!.trim().startsWith(label),
      )!;
    const heads = () => [...root(el).querySelectorAll('thead th')].slice(1, -1).map((th) => th.textContent!.trim());
    const rowNumbers = () => [...root(el).querySelectorAll('tbody th')].map((th) => Number(th.textContent));
    const input = (row: number, column: number) =>
      root(el).querySelector<HTMLInputElement>(`input[data-row="${row}"][data-column="${column}"]`)!;

    button('Categories').click();
    await el.updateComplete;
    expect(button('Categories').getAttribute('aria-pressed')).to.equal('true');
    expect(button('Categories').querySelector('.count')!.textContent).to.equal(
      String(koreaChronology.categories.length),
    );
    expect(heads()).to.deep.equal(['type', 'id', 'title', 'color', 'title:ko']);
    expect(rowNumbers()).to.have.length(koreaChronology.categories.length);
    expect(root(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal(
      String(koreaChronology.categories.length + 1),
    );
    // The arrows move between the section's rows; a row added there is a category, after the others.
    const [first, second] = rowNumbers().map((n) => n - 2);
    const title = el.sheet.header.indexOf('title');
    input(first!, title).focus();
    input(first!, title).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
    );
    await waitUntil(() => root(el).activeElement === input(second!, title), 'down to the next category', patience);
    root(el).querySelector<HTMLButtonElement>('.edit > .row button:last-child')!.click();
    await el.updateComplete;
    const added = rowNumbers().at(-1)! - 2;
    expect(rowNumbers()).to.have.length(koreaChronology.categories.length + 1);
    expect(el.sheet.rows[added]![el.sheet.header.indexOf('type')]).to.equal('category');
    input(added, title).value = 'Culture';
    input(added, title).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(
      () => el.result.chronology.categories.some((c) => c.label === 'Culture'),
      'a category declared',
      patience,
    );
    await expect(el).to.be.accessible();

    // A language of its own: its columns, and its text in the preview.
    button('Events').click();
    const form = root(el).querySelector<HTMLFormElement>('.sections form')!;
    form.querySelector('input')!.value = 'not a tag!';
    form.requestSubmit();
    await el.updateComplete;
    expect(root(el).querySelector('.message')!.textContent).to.include("'not a tag!' is not a language tag");
    form.querySelector('input')!.value = 'ja';
    form.requestSubmit();
    await el.updateComplete;
    expect(heads()).to.include('title:ja').and.include('summary:ja').and.not.include('color');
    // The first event's row (an era may share its id).
    const row = rowNumbers()[0]! - 2;
    expect(el.sheet.rows[row]![el.sheet.header.indexOf('id')]).to.equal(koreaChronology.events[0]!.id);
    const ja = el.sheet.header.indexOf('title:ja');
    input(row, ja).value = '朝鮮戦争';
    input(row, ja).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const locale = root(el).querySelectorAll<HTMLSelectElement>('.options select')[0]!;
    locale.value = 'ja';
    locale.dispatchEvent(new Event('change'));
    await waitUntil(async () => (await shown(el)).includes('朝鮮戦争'), 'the Japanese title shown', patience);

    // Cells copied from a spreadsheet, pasted into a cell: they fill the cells from there, in one undo step.
    const start = el.sheet.header.indexOf('start');
    const before = el.sheet.rows[row]!.slice(start, start + 2);
    paste(input(row, start), '1950-06-24\tA new title\n');
    await el.updateComplete;
    expect(el.sheet.rows[row]!.slice(start, start + 2)).to.deep.equal(['1950-06-24', 'A new title']);
    expect(root(el).querySelector('.message')!.textContent).to.include('2 cells pasted');
    el.undo();
    expect(el.sheet.rows[row]!.slice(start, start + 2)).to.deep.equal(before);

    // A problem in a cell the section hides opens every row and column.
    button('Eras').click();
    input(row, ja).value = '';
    el.bring(sheetWithBadDate(el), 'test');
    await waitUntil(() => root(el).querySelector('.errors button'), 'the problem listed', patience);
    root(el).querySelector<HTMLButtonElement>('.errors button')!.click();
    await waitUntil(
      () => (root(el).activeElement as HTMLElement | null)?.dataset.column === String(start),
      'the cell focused',
      patience,
    );
    expect(button('All rows').getAttribute('aria-pressed')).to.equal('true');
  });
});

/** The studio's sheet as CSV, with its last event's start made impossible. */
function sheetWithBadDate(el: TimelineStudio): string {
  const { header, rows } = el.sheet;
  const start = header.indexOf('start');
  const type = header.indexOf('type');
  const last = rows
    .map((cells, i) => (cells[type] ? -1 : i))
    .filter((i) => i >= 0)
    .at(-1)!;
  const changed = rows.map((cells, i) => (i === last ? cells.map((c, j) => (j === start ? '2001-13-01' : c)) : cells));
  return csvFormatRows([header, ...changed]);
}
