// The TimelineJS3 and CSV importers without the element, on TimelineJS3's own sample sheet (as the
// @knight-lab/timelinejs package ships it) and on small inputs with bad rows: what is kept, and how each
// problem is named. test/import-timelinejs.test.ts makes its JSON form with TimelineJS3's own parser.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromTimelineJS, isTimelineJS } from '../../dist/src/features/source/import/timelinejs.js';
import { fromCsv } from '../../dist/src/features/source/import/csv.js';
import { plainText, validateImported } from '../../dist/src/features/source/import/shared.js';
import { importText } from '../../dist/src/features/source/import/detect.js';

const SAMPLE = new URL(
  '../../node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv',
  import.meta.url,
);
const sample = () => readFileSync(SAMPLE, 'utf8');
const fromJson = (data) => validateImported(fromTimelineJS(data));
const fromSheet = (csv) => validateImported(fromCsv(csv));

const SHEET_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe("TimelineJS3's sample sheet", () => {
  test('imports it whole, with no errors', () => {
    const { chronology, errors } = fromSheet(sample());
    assert.deepEqual(errors, []);
    assert.equal(chronology.title, 'Women in Computing');
    assert.match(chronology.description, /^In this sample timeline, we’ll walk you through/);
    assert.deepEqual(chronology.categories, [{ id: 'general', label: 'General' }]);
    assert.equal(chronology.events.length, 10);
    assert.deepEqual(chronology.events[0], {
      id: 'ada-lovelace',
      start: '1815-12-10',
      end: '1852-11-27',
      title: 'Ada Lovelace',
      category: 'general',
      summary:
        'Women have been programming since before it was a thing. Take Ada Lovelace: Daughter of Lord Byron, she\'s often credited as the first computer programmer. Her work on Charles Babbage\'s Analytical Engine contains notes of the first machine-implemented algorithm. This slide demonstrates a simple "image" media type.',
      sources: [
        {
          title: 'Wikimedia Commons',
          url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
        },
      ],
    });
  });

  test('keeps month- and year-only dates at their precision, and ranges', () => {
    const { chronology } = fromSheet(sample());
    const byTitle = Object.fromEntries(chronology.events.map((e) => [e.title, e]));
    assert.equal(byTitle['...And the women who made it work'].start, '1943-07');
    assert.equal(byTitle['...And the women who made it work'].end, '1946');
    assert.equal(byTitle['Grace Hopper invents the compiler'].start, '1952');
    assert.equal(byTitle['Rózsa Péter writes recursion'].id, 'rozsa-peter-writes-recursion');
  });

  test('leaves no HTML in any text', () => {
    const { chronology } = fromSheet(sample());
    for (const text of chronology.events.flatMap((e) => [
      e.title,
      e.summary ?? '',
      ...(e.sources ?? []).map((s) => s.title),
    ])) {
      assert.doesNotMatch(text, /<|&[a-z#]/i, text);
    }
  });
});

const good = (headline, year = '2001') => ({ start_date: { year }, text: { headline } });

describe('TimelineJS3 JSON', () => {
  test('tells TimelineJS3 JSON from ours', () => {
    assert.equal(isTimelineJS({ title: { text: { headline: 'T' } }, events: [good('One')] }), true);
    assert.equal(isTimelineJS({ title: 'T', categories: [], events: [{ id: 'a', start: '2001' }] }), false);
    assert.equal(isTimelineJS(null), false);
  });

  test('reports each bad row by its index and keeps the good rows', () => {
    const { chronology, errors } = fromJson({
      events: [
        good('First'),
        { start_date: { month: '3' }, text: { headline: 'No year' } },
        good('Third'),
        { start_date: { year: '2001', month: '13' }, text: { headline: 'Month 13' } },
        'not an event',
        { start_date: { year: '2001', month: '2', day: '30' }, text: { headline: 'February 30' } },
        { start_date: { year: '2003' }, end_date: { year: '2002' }, text: { headline: 'Ends first' } },
        { start_date: { year: '2001' }, text: { text: 'no headline' } },
      ],
    });
    assert.deepEqual(
      chronology.events.map((e) => e.title),
      ['First', 'Third'],
    );
    assert.deepEqual(errors, [
      { path: 'events[1]', message: "event 2 ('No year') is left out: start_date.year: no year" },
      {
        path: 'events[3]',
        message: "event 4 ('Month 13') is left out: start_date.month: '13' is not a month from 1 to 12",
      },
      { path: 'events[4]', message: 'event 5 is not an event: expected an object with start_date and text' },
      { path: 'events[7]', message: "event 8 ('untitled') is left out: text.headline: no headline" },
      { path: 'events[5].start', message: "'2001-02-30' is not a valid date: 2001-02 has no day 30" },
      { path: 'events[6].end', message: "'2002' is before start '2003'" },
    ]);
  });

  test('makes ids unique and groups into kebab-case categories', () => {
    const row = (headline, group) => ({ start_date: { year: '2001' }, text: { headline }, group });
    const { chronology, errors } = fromJson({
      events: [
        row('Same', 'Cold War'),
        row('Same', 'Cold War'),
        row('Same', ''),
        row('!!!', 'Space Race'),
        { ...row('Named', '***'), unique_id: 'Its own ID' },
      ],
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      chronology.events.map((e) => [e.id, e.category]),
      [
        ['same', 'cold-war'],
        ['same-2', 'cold-war'],
        ['same-3', 'general'],
        ['event-ckr8de', 'space-race'],
        ['its-own-id', 'category-1qr65e5'],
      ],
    );
    assert.deepEqual(chronology.categories, [
      { id: 'cold-war', label: 'Cold War' },
      { id: 'general', label: 'General' },
      { id: 'space-race', label: 'Space Race' },
      { id: 'category-1qr65e5', label: '***' },
    ]);
  });

  test('imports eras, and only http(s) media as sources', () => {
    const { chronology } = fromJson({
      eras: [{ start_date: { year: '1950' }, end_date: { year: '1953' }, text: { headline: 'Korean War' } }],
      events: [
        { start_date: { year: '1950' }, text: { headline: 'A' }, media: { url: 'javascript:alert(1)', credit: 'x' } },
        { start_date: { year: '1951' }, text: { headline: 'B' }, media: { url: 'https://example.org/a.jpg' } },
      ],
    });
    assert.deepEqual(chronology.eras, [{ id: 'korean-war', start: '1950', end: '1953', label: 'Korean War' }]);
    assert.equal(chronology.events[0].sources, undefined);
    assert.deepEqual(chronology.events[1].sources, [{ title: 'example.org', url: 'https://example.org/a.jpg' }]);
  });
});

describe('plainText', () => {
  test('drops tags, decodes entities once, and collapses spaces', () => {
    assert.equal(plainText('<p>One</p><p>Two &amp; <b>three</b></p>'), 'One Two & three');
    assert.equal(plainText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
    assert.equal(plainText('&amp;lt; &#233; &#xe9; &bogus;'), '&lt; é é &bogus;');
    assert.equal(plainText('<img src=x onerror="alert(1)">Caption<script>alert(2)</script>'), 'Caption');
  });

  test('a < kept as text never joins what follows dropped markup into a tag', () => {
    // Found by the fuzzed property in growth.test.mjs: '<' + '</script>' + 'a"">' once gave '<a"">'.
    assert.equal(plainText('><</script>a""><</script>a""'), '>< a"">< a""');
    assert.equal(plainText('<<b>a>'), '< a>');
    assert.equal(plainText('<<!-- x -->p>'), '< p>');
    assert.equal(plainText('></<Z-->a></<Z-->a'), '></ a></ a');
    assert.equal(plainText('a < b and c<d'), 'a < b and c<d');
  });
});

describe('CSV', () => {
  test('reports each bad row with its sheet row and column, and keeps the good rows', () => {
    const { chronology, errors } = fromSheet(
      [
        SHEET_HEADER,
        '2001,,,,,,,,,Good,"Has, a comma and ""quotes""",,,,,,Cold War,',
        ',3,,,,,,,,No year,,,,,,,,',
        '2001,13,,,,,,,,Month 13,,,,,,,,',
        ',,,,,,,,,,,,,,,,,',
        '2002,,,,2001,,,,,Ends first,,,,,,,,',
        '2003,1,1,,2003,2,x,,,End day x,,,,,,,,',
        '2004,,,,,,,,,,,,,,,,,',
        '2005,,,,,,,,,Also good,,,,,,,,',
      ].join('\n'),
    );
    assert.deepEqual(
      chronology.events.map((e) => [e.title, e.summary, e.category]),
      [
        ['Good', 'Has, a comma and "quotes"', 'cold-war'],
        ['Also good', undefined, 'general'],
      ],
    );
    assert.deepEqual(errors, [
      { path: 'rows[1].Year', message: 'row 3, column Year: no year; the row is left out' },
      { path: 'rows[2].Month', message: "row 4, column Month: '13' is not a month from 1 to 12; the row is left out" },
      { path: 'rows[5].End Day', message: "row 7, column End Day: 'x' is not a day of the month; the row is left out" },
      { path: 'rows[6].Headline', message: 'row 8, column Headline: no headline; the row is left out' },
      { path: 'rows[4].end', message: "row 6, column End Year: '2001' is before start '2002'" },
    ]);
  });

  test('reads our own columns, with Korean in :ko columns', () => {
    const { chronology, errors } = fromSheet(
      [
        'id,start,end,title,title:ko,summary,category,category:ko,source title,source URL,source language',
        'armistice,1953-07-27,,Armistice,정전협정,Fighting stops.,War,전쟁,Agreement text,https://example.org/a,en',
        ',1950-06-25,1953-07-27,Korean War,,,War,전쟁,,,',
        'no-date,,,Undated,,,,,,,',
        'bad-date,1953-02-30,,Bad date,,,War,,,,',
        'talks,1951-07-10,,Talks,,,War,,회담,https://example.org/b,Korean',
      ].join('\r\n'),
    );
    assert.deepEqual(chronology.categories, [{ id: 'war', label: { en: 'War', ko: '전쟁' } }]);
    assert.deepEqual(chronology.events, [
      {
        id: 'armistice',
        start: '1953-07-27',
        title: { en: 'Armistice', ko: '정전협정' },
        summary: 'Fighting stops.',
        category: 'war',
        sources: [{ title: 'Agreement text', url: 'https://example.org/a', language: 'en' }],
      },
      { id: 'korean-war', start: '1950-06-25', end: '1953-07-27', title: 'Korean War', category: 'war' },
      // A malformed language is reported; the source is kept without it.
      {
        id: 'talks',
        start: '1951-07-10',
        title: 'Talks',
        category: 'war',
        sources: [{ title: '회담', url: 'https://example.org/b' }],
      },
    ]);
    assert.deepEqual(errors, [
      { path: 'rows[2].start', message: 'row 4, column start: no date; the row is left out' },
      {
        path: 'rows[3].start',
        message: "row 5, column start: '1953-02-30' is not a valid date: 1953-02 has no day 30",
      },
      {
        path: 'rows[4].sources[0].language',
        message: "row 6, column source language: 'Korean' is not valid: expected a language tag, e.g. en, ko, zh-Hant",
      },
    ]);
  });

  test('reads the title and era rows, and reports a BCE year', () => {
    const { chronology, errors } = fromSheet(
      [
        SHEET_HEADER,
        ',,,,,,,,,Cold War,<p>Its <b>Korean</b> side</p>,,,,,title,,',
        '1950,,,,1953,,,,,Korean War era,,,,,,era,,',
        '1950,6,25,,,,,,,War begins,,,,,,,,',
        '-44,3,15,,,,,,,Ides of March,,,,,,,,',
      ].join('\n'),
    );
    assert.equal(chronology.title, 'Cold War');
    assert.equal(chronology.description, 'Its Korean side');
    assert.deepEqual(chronology.eras, [{ id: 'korean-war-era', start: '1950', end: '1953', label: 'Korean War era' }]);
    assert.deepEqual(
      chronology.events.map((e) => e.id),
      ['war-begins'],
    );
    assert.deepEqual(errors, [
      {
        path: 'rows[3].Year',
        message: "row 5, column Year: '-44' is not a year from 0 to 9999; the row is left out",
      },
    ]);
  });

  test('our columns: a type column gives the title row and eras, as in TimelineJS3 sheets', () => {
    const { chronology, errors } = fromSheet(
      [
        'type,id,start,end,title,title:ko,summary,category',
        'title,,,,The Korean War,한국전쟁,Three years of war,',
        'era,,1950-06-25,1953-07-27,Fighting,전투,,',
        'era,,1953-07-28,,No end,,,',
        ',war,1950-06-25,,War begins,,,War',
        ',,1950-09-15,,Incheon,  ,,War',
      ].join('\n'),
    );
    assert.deepEqual(chronology.title, { en: 'The Korean War', ko: '한국전쟁' });
    assert.equal(chronology.description, 'Three years of war');
    assert.deepEqual(chronology.eras, [
      { id: 'fighting', start: '1950-06-25', end: '1953-07-27', label: { en: 'Fighting', ko: '전투' } },
    ]);
    assert.deepEqual(
      chronology.events.map((e) => e.id),
      ['war', 'incheon'],
    );
    assert.deepEqual(errors, [
      {
        path: 'rows[2].end',
        message: 'row 4, column end: an era needs a start, an end and a title; the row is left out',
      },
    ]);
  });

  test('our columns: key moments, kickers, notes, circa, a picture and up to five sources', () => {
    const { chronology, errors } = fromSheet(
      [
        'id,start,title,category,featured,kicker,kicker:ko,note,circa,picture,picture alt,picture caption,picture credit,source title,source URL,source 2 title,source 2 URL,source 2 language',
        'a,1953-07-27,Armistice,War,yes,Turning point,전환점,Signed at Panmunjom,,https://example.org/a.jpg,The signing,At Panmunjom,Archive,One,https://example.org/1,Two,https://example.org/2,ko',
        'b,1950,Around then,War,no,,,,x,,,,,,,,,',
        'c,1951,Unclear,War,maybe,,,,,,,,,,,,,',
        'd,1952,No alt,War,,,,,,https://example.org/d.jpg,,,,,,,,',
      ].join('\n'),
    );
    assert.deepEqual(chronology.events[0], {
      id: 'a',
      start: '1953-07-27',
      title: 'Armistice',
      category: 'war',
      featured: true,
      kicker: { en: 'Turning point', ko: '전환점' },
      note: 'Signed at Panmunjom',
      sources: [
        { title: 'One', url: 'https://example.org/1' },
        { title: 'Two', url: 'https://example.org/2', language: 'ko' },
      ],
      media: [{ src: 'https://example.org/a.jpg', alt: 'The signing', caption: 'At Panmunjom', credit: 'Archive' }],
    });
    assert.equal(chronology.events[1].circa, true);
    assert.equal(chronology.events[1].featured, undefined);
    assert.deepEqual(
      chronology.events.map((e) => e.id),
      ['a', 'b', 'd'],
    );
    assert.deepEqual(errors, [
      {
        path: 'rows[2].featured',
        message: "row 4, column featured: 'maybe' is neither yes nor no; the row is left out",
      },
      {
        path: 'rows[3].media[0].alt',
        message:
          "row 5, column picture alt: missing: expected a text saying what the picture shows, or '' for decoration",
      },
    ]);
  });

  test('our columns: a column for each language, category rows with colours, and open ends', () => {
    const { chronology, errors } = fromSheet(
      [
        'type,id,start,end,title,title:ja,title:zh-Hant,color,start open,end open,category',
        'category,,,,Alliance,同盟,同盟,#1d4ed8,,,',
        'category,,,,Trade,貿易,,,,,',
        'category,,,,,,,,,,',
        ',a,1953,,Treaty,条約,條約,,,,Alliance',
        ',b,1992,2000,Ties,,,,yes,yes,Trade',
        ',c,2001,,Tie,,,,perhaps,,Trade',
        ',d,2002,,Plain,,,,,,Culture',
      ].join('\n'),
    );
    assert.deepEqual(chronology.categories, [
      { id: 'alliance', label: { en: 'Alliance', ja: '同盟', 'zh-Hant': '同盟' }, color: '#1d4ed8' },
      { id: 'trade', label: { en: 'Trade', ja: '貿易' } },
      { id: 'culture', label: 'Culture' },
    ]);
    assert.deepEqual(chronology.events[0].title, { en: 'Treaty', ja: '条約', 'zh-Hant': '條約' });
    assert.equal(chronology.events[1].startOpen, true);
    assert.equal(chronology.events[1].endOpen, true);
    assert.deepEqual(
      chronology.events.map((e) => e.id),
      ['a', 'b', 'd'],
    );
    assert.deepEqual(errors, [
      { path: 'rows[2].title', message: 'row 4, column title: a category needs a title; the row is left out' },
      {
        path: 'rows[5].start open',
        message: "row 7, column start open: 'perhaps' is neither yes nor no; the row is left out",
      },
    ]);
  });

  test('our columns: a category row with an id is named by its id or its title', () => {
    const { chronology, errors } = fromSheet(
      [
        'type,id,start,title,category',
        'category,us,,United States,',
        ',a,1953,Treaty,United States',
        ',b,1954,More,US',
      ].join('\n'),
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(chronology.categories, [{ id: 'us', label: 'United States' }]);
    assert.deepEqual(
      chronology.events.map((e) => e.category),
      ['us', 'us'],
    );
  });

  test('our columns: lane rows, notes on the axis and their problems, each at its row and column', () => {
    const { chronology, errors } = fromSheet(
      [
        'type,id,start,end,title,summary,lane,event,priority,color',
        'lane,us,,,Washington,The alliance,,,,#1d4ed8',
        ',a,1953-10-01,,Treaty,,Washington,,,',
        ',b,1992-08-24,,Normalisation,,Beijing;US,,,',
        'annotation,,1953-07-27,,Armistice,,us,,1,',
        'annotation,,,,On the treaty,,,a,4,',
        'annotation,,,,Nowhere,,,nope,,',
        'annotation,,1950,,,,,,,',
        'note,,2000,,Typo,,,,,',
      ].join('\n'),
    );
    assert.deepEqual(chronology.lanes, [
      { id: 'us', label: 'Washington', description: 'The alliance', color: '#1d4ed8' },
      { id: 'beijing', label: 'Beijing' },
    ]);
    assert.deepEqual(
      chronology.events.map((e) => e.lane),
      ['us', ['beijing', 'us']],
    );
    assert.deepEqual(chronology.annotations, [
      { id: 'armistice', start: '1953-07-27', lane: 'us', priority: 1, text: 'Armistice' },
      { id: 'on-the-treaty', event: 'a', text: 'On the treaty' },
    ]);
    assert.deepEqual(errors, [
      { path: 'rows[6].title', message: 'row 8, column title: a note needs its text in title; the row is left out' },
      {
        path: 'rows[7].type',
        message:
          "row 9, column type: 'note' is not a row type (title, category, lane, era, annotation, or blank for an event); the row is left out",
      },
      {
        path: 'rows[4].priority',
        message: "row 6, column priority: '4' is not valid: expected 1, 2 or 3; 2 is used",
      },
      {
        path: 'rows[5].event',
        message: "row 7, column event: 'nope' is not the id of an event shown; the note is left out",
      },
    ]);
  });

  test('names the sheet row and column of a problem the validator finds', () => {
    const { errors } = fromSheet(['start,end,title,category', '2001,2000,Backwards,c'].join('\n'));
    assert.deepEqual(errors, [{ path: 'rows[0].end', message: "row 2, column end: '2000' is before start '2001'" }]);
  });

  test('says so when the header names no columns it knows', () => {
    const { chronology, errors } = fromSheet('a,b\n1,2');
    assert.equal(chronology.events.length, 0);
    assert.equal(errors[0].path, 'rows');
    assert.match(errors[0].message, /neither TimelineJS columns/);
  });
});

test('JSON on one line, whose keys would read as a CSV header, is read as JSON', async () => {
  const body = JSON.stringify({
    title: 'T',
    categories: [{ id: 'c', label: 'C' }],
    events: [{ id: 'a', start: '2001', title: 'A', category: 'c' }],
  });
  const result = await importText(body);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.chronology.events.map((e) => e.id),
    ['a'],
  );
});
