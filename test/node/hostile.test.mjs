// Hostile and careless inputs to the importers and the validator, class by class: names in other
// scripts, colours that would escape their style, locale tags Intl rejects, ids that only look
// distinct, broken CSV, a byte order mark. Each test uses other inputs than the ones the attacks used.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fromTimelineJS } from '../../dist/src/features/source/import/timelinejs.js';
import { fromCsv } from '../../dist/src/features/source/import/csv.js';
import { validateImported } from '../../dist/src/features/source/import/shared.js';
import { importText } from '../../dist/src/features/source/import/detect.js';
import { validateChronology } from '../../dist/src/model/validate.js';
import { toLocale } from '../../dist/src/model/messages.js';

const sheet = (csv) => validateImported(fromCsv(csv));
const event = (id, more = {}) => ({ id, start: '2001', title: id, category: 'c', ...more });
const chronology = (more = {}) => ({
  title: 'T',
  categories: [{ id: 'c', label: 'C' }],
  events: [event('a')],
  ...more,
});

describe('names in any script', () => {
  test('CSV categories in Japanese, Arabic and Greek stay distinct, with their names as labels', () => {
    const { chronology: c, errors } = sheet(
      'start,title,category\n1868,明治維新,政治\n1964,新幹線,経済\n1952,تأميم,سياسة\n1896,Ολυμπιακοί,Αθλητισμός\n1873,地租改正,経済\n',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(
      c.categories.map(({ id, label }) => [id, label]),
      [
        ['政治', '政治'],
        ['経済', '経済'],
        ['سياسة', 'سياسة'],
        ['αθλητισμος', 'Αθλητισμός'],
      ],
    );
    assert.deepEqual(
      c.events.map((e) => [e.id, e.category]),
      [
        ['明治維新', '政治'],
        ['新幹線', '経済'],
        ['تأميم', 'سياسة'],
        ['ολυμπιακοι', 'αθλητισμος'],
        ['地租改正', '経済'],
      ],
    );
  });

  test('TimelineJS3 groups in Hindi and Thai stay distinct', () => {
    const row = (headline, group) => ({ start_date: { year: '1950' }, text: { headline }, group });
    const { chronology: c, errors } = validateImported(
      fromTimelineJS({ events: [row('संविधान', 'राजनीति'), row('ราชวงศ์', 'ประวัติศาสตร์'), row('चुनाव', 'राजनीति')] }),
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(
      c.categories.map((cat) => cat.label),
      ['राजनीति', 'ประวัติศาสตร์'],
    );
    assert.equal(c.events[0].category, c.events[2].category);
    assert.notEqual(c.events[0].category, c.events[1].category);
  });

  test('two names that make one id are reported by row, and their events kept', () => {
    const { chronology: c, errors } = sheet(
      'start,title,category\n2001,One,Foreign policy\n2002,Two,foreign-policy!\n2003,Three,FOREIGN POLICY\n2004,Four,foreign-policy!\n',
    );
    assert.equal(c.events.length, 4);
    assert.deepEqual(c.categories, [{ id: 'foreign-policy', label: 'Foreign policy' }]);
    assert.deepEqual(
      errors.map((e) => e.path),
      ['rows[1].category', 'rows[2].category'],
    );
    assert.match(
      errors[0].message,
      /'foreign-policy!' and 'Foreign policy' both make the category id 'foreign-policy'/,
    );
  });

  test('ids from titles with no Latin letters keep their words, and stay put when a row is added above', () => {
    const rows = 'start,title\n1919,삼일운동\n1945,광복\n1950,🎖️\n';
    const before = sheet(rows).chronology.events.map((e) => e.id);
    const after = sheet(rows.replace('start,title\n', 'start,title\n1910,경술국치\n1950,🚩\n')).chronology.events.map(
      (e) => e.id,
    );
    assert.deepEqual(before.slice(0, 2), ['삼일운동', '광복']);
    assert.match(before[2], /^event-[a-z0-9]+$/);
    assert.deepEqual(after.slice(2), before);
    assert.notEqual(after[1], before[2]);
  });
});

describe('colours and category ids never escape into CSS', () => {
  const withColor = (color) => validateChronology(chronology({ categories: [{ id: 'c', label: 'C', color }] }));

  test('colours CSS writes are kept', () => {
    for (const color of [
      '#2a6f97',
      '#abc',
      '#2a6f9780',
      'teal',
      'rgb(42 111 151 / 50%)',
      'hsl(200deg 50% 40%)',
      'oklch(0.6 0.1 200)',
      'var(--brand-blue)',
    ]) {
      const { chronology: c, errors } = withColor(color);
      assert.deepEqual(errors, [], color);
      assert.equal(c.categories[0].color, color);
    }
  });

  test('anything else is reported and dropped, and the category kept', () => {
    for (const color of [
      'blue;background:url(https://tracker.example/p.gif)',
      'url(https://tracker.example/p.gif)',
      'rgb(0 0 0));inset:0;position:fixed;x:(',
      'var(--a, red) }',
      'image-set("x.png" 1x)',
      'red !important',
      'expression(alert(1))',
      '#12',
    ]) {
      const { chronology: c, errors } = withColor(color);
      assert.equal(errors.length, 1, color);
      assert.equal(errors[0].path, 'categories[0].color');
      assert.match(errors[0].message, /is not a colour/);
      assert.deepEqual(c.categories, [{ id: 'c', label: 'C' }]);
    }
  });

  test('a category id CSS would read as more than a name is refused', () => {
    for (const id of ['a;b', 'a)', 'x{y}', 'a--b', '-a', 'a b', 'url(x)']) {
      const { errors } = validateChronology(chronology({ categories: [{ id, label: 'C' }] }));
      assert.equal(errors[0]?.path, 'categories[0].id', id);
    }
  });
});

describe('ids that only look distinct', () => {
  test('ids differing only by case, or by an invisible character, are refused', () => {
    const { chronology: c, errors } = validateChronology(
      chronology({
        events: [event('treaty'), event('Treaty'), event('tre\u200baty'), event('treaty\u2060'), event('x\u0007')],
      }),
    );
    assert.deepEqual(
      c.events.map((e) => e.id),
      ['treaty'],
    );
    assert.deepEqual(
      errors.map((e) => e.path),
      ['events[1].id', 'events[2].id', 'events[3].id', 'events[4].id'],
    );
    assert.match(errors[0].message, /differs only by case from 'treaty'/);
    assert.match(errors[2].message, /invisible/);
  });
});

describe('locale tags', () => {
  test('tags Intl rejects are reported in the data', () => {
    const { errors } = validateChronology(chronology({ title: { en: 'T', 'pt-BR-BR': 'x' }, defaultLocale: 'sv-1' }));
    assert.deepEqual(
      errors.map((e) => e.path),
      ['defaultLocale', 'title.pt-BR-BR'],
    );
  });

  test('the element reads a tag Intl rejects as its language, and warns once', () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      assert.equal(toLocale('it-IT-IT'), 'it');
      assert.equal(toLocale('it-IT-IT'), 'it');
      assert.equal(toLocale('12-x'), 'en');
      assert.equal(toLocale('pt-br'), 'pt-BR');
      assert.equal(toLocale(''), 'en');
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /'it-IT-IT' is not a language tag; shown in 'it'/);
  });
});

describe('broken CSV', () => {
  test('an unclosed quote leaves out its row, says so, and keeps every row after it', () => {
    const { chronology: c, errors } = sheet(
      'start,title\n2001,First\n2002,"Second, never closed\n2003,Third\n2004,Fourth\n',
    );
    assert.deepEqual(
      c.events.map((e) => e.title),
      ['First', 'Third', 'Fourth'],
    );
    assert.deepEqual(errors, [
      {
        path: 'rows[1]',
        message: 'row 3: a quote opens a cell and never closes; the row is left out and the rows after it are kept',
      },
    ]);
  });

  test('a closed quote may hold commas, quotes and line breaks', () => {
    const { chronology: c, errors } = sheet('start,title,summary\n2001,"A ""quoted"", title","two\nlines"\n2002,B,\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      c.events.map((e) => [e.title, e.summary]),
      [
        ['A "quoted", title', 'two\nlines'],
        ['B', undefined],
      ],
    );
  });

  test('a column named twice is reported, and the first read', () => {
    const { chronology: c, errors } = sheet('start,title,Title\n2001,Kept,Ignored\n');
    assert.equal(c.events[0].title, 'Kept');
    assert.deepEqual(errors, [
      { path: 'header.title', message: "the header names 'Title' twice (columns 2 and 3); only column 2 is read" },
    ]);
  });

  test('CSV with its key column last, and JSON after a byte order mark, are recognised', async () => {
    const csv = await importText('start,category,title\n2001,,Last column\n');
    assert.equal(csv.chronology.events[0]?.title, 'Last column');
    const json = await importText(`\uFEFF${JSON.stringify(chronology())}`);
    assert.deepEqual(json.errors, []);
    assert.equal(json.chronology.events.length, 1);
  });
});

describe('src limits', () => {
  /** A local server: `/slow` never answers, `/big` streams more than the limit, `/empty.csv` is a header only. */
  async function serve(run) {
    const { createServer } = await import('node:http');
    const open = new Set();
    const server = createServer((request, response) => {
      open.add(response);
      if (request.url === '/big') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        for (let i = 0; i < 64; i++) response.write('['.repeat(1024));
        response.end();
      } else if (request.url === '/empty.csv') {
        response.writeHead(200, { 'Content-Type': 'text/csv' });
        response.end('start,title\n,\n');
      } else if (request.url === '/json-as-csv') {
        response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' });
        response.end(JSON.stringify(chronology()));
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      return await run(`http://127.0.0.1:${server.address().port}`);
    } finally {
      for (const response of open) response.destroy();
      server.close();
    }
  }

  test('a src that does not answer in time, or is too large, is a failure that says which', async () => {
    const { load } = await import('../../dist/src/features/source/controller.js');
    await serve(async (base) => {
      const limits = { timeout: 300, maxBytes: 16 * 1024 };
      const slow = await load(`${base}/slow`, new AbortController().signal, limits);
      assert.deepEqual(slow.errors, [
        { path: 'src', message: `'${base}/slow' could not be loaded: no answer in 0.3 s` },
      ]);
      const big = await load(`${base}/big`, new AbortController().signal, limits);
      assert.deepEqual(big.errors, [
        { path: 'src', message: `'${base}/big' is larger than 16,384 bytes, and was not read` },
      ]);
    });
  });

  test('a src with no events is a failure, and JSON served as CSV is read as JSON', async () => {
    const { load } = await import('../../dist/src/features/source/controller.js');
    await serve(async (base) => {
      const empty = await load(`${base}/empty.csv`, new AbortController().signal);
      assert.deepEqual(empty.errors, [{ path: 'src', message: `'${base}/empty.csv' holds no events` }]);
      const json = await load(`${base}/json-as-csv`, new AbortController().signal);
      assert.equal(json.result?.chronology.events.length, 1);
    });
  });
});
