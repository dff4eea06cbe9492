// The cold-load pages of npm run bench, generated from events/korea.json at bench time: the same events
// in every contender, each written the way that library's own docs would have a page carry them. The
// harness serves them from memory under /bench/cold/. Each page calls benchLaidOut(items) once its
// timeline is in the DOM; that marks the first frame after it (a double requestAnimationFrame), as
// performance.now() from navigation start.

import { execFileSync } from 'node:child_process';

const escape = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
const text = (value) => (typeof value === 'string' ? value : value.en);
/** JSON inside a <script>: nothing in it can close the element. */
const inline = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** 1950, June 1950 or 25 June 1950, as the date is given. */
const day = (date) => {
  const [year, month, d] = date.split('-').map(Number);
  return [d, month && MONTHS[month - 1], year].filter(Boolean).join(' ');
};

/** Shared by every page, in its <head>: the mark the harness reads, and a wait for a condition. */
const MARK = `<script>
      window.benchLaidOut = (items) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            performance.mark('bench:laid-out');
            window.benchResult = { ms: performance.now(), items };
          }),
        );
      window.benchWhen = async (count, wanted) => {
        let items;
        while ((items = count()) < wanted) await new Promise((resolve) => requestAnimationFrame(resolve));
        benchLaidOut(items);
      };
    </script>`;

const page = (title, head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
    <link rel="icon" href="data:," />
    ${MARK}
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/** The floor: the events written out as HTML, no script but the mark. */
function plain(chronology) {
  const events = chronology.events.map((event) => {
    const when = [event.start, event.end].filter(Boolean);
    const sources = (event.sources ?? []).map(
      (s) =>
        `<li><a href="${escape(s.url)}">${escape(s.title)}</a>${s.publisher ? `, ${escape(s.publisher)}` : ''}</li>`,
    );
    return `<li class="event" id="${escape(event.id)}">
        <p>${when.map((d) => `<time datetime="${d}">${escape(day(d))}</time>`).join(' – ')}</p>
        <h3>${escape(text(event.title))}</h3>
        ${event.summary ? `<p>${escape(text(event.summary))}</p>` : ''}
        <ul class="sources">${sources.join('')}</ul>
      </li>`;
  });
  return page(
    text(chronology.title),
    `<style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; }
      ol { list-style: none; padding: 0; }
      .sources { font-size: 0.875rem; }
    </style>`,
    `<h1>${escape(text(chronology.title))}</h1>
    ${chronology.description ? `<p>${escape(text(chronology.description))}</p>` : ''}
    <ol>
      ${events.join('\n      ')}
    </ol>
    <script>
      benchLaidOut(document.querySelectorAll('li.event').length);
    </script>`,
  );
}

/** The drop-in: the module script tag and the element, as the README has it. The data is in the bundle. */
function dropIn(chronology) {
  return page(
    text(chronology.title),
    '<script type="module" src="/cdn/korea-timeline.js"></script>',
    `<korea-timeline></korea-timeline>
    <script>
      // The first frame with every event laid out: what follows (the notes and sources, the reader's
      // guides) arrives in chunks after it, and updateComplete waits for those too.
      customElements.whenDefined('korea-timeline').then(() => {
        const timeline = document.querySelector('korea-timeline');
        benchWhen(() => timeline.shadowRoot?.querySelectorAll('li[part~="event"]').length ?? 0, ${chronology.events.length});
      });
    </script>`,
  );
}

/**
 * The server-rendered snippet, as `korea-timeline render --hydrate` writes it, with the bundles from
 * this server: the timeline is in the HTML, so it is laid out as the parser reaches it, before any
 * script arrives; the bundles then make it interactive.
 */
function serverRendered(chronology) {
  const snippet = execFileSync(process.execPath, ['bin/korea-timeline.mjs', 'render', '--hydrate', '--cdn', '/cdn/'], {
    encoding: 'utf8',
  });
  return page(
    text(chronology.title),
    '',
    `${snippet}
    <script>
      benchLaidOut(document.querySelector('korea-timeline').shadowRoot.querySelectorAll('li[part~="event"]').length);
    </script>`,
  );
}

/** vis-timeline: its CSS and standalone script, the items inline in its format. */
function visTimeline(chronology) {
  const items = chronology.events.map((e) => ({
    id: e.id,
    content: text(e.title),
    start: e.start,
    ...(e.end ? { end: e.end } : {}),
  }));
  return page(
    text(chronology.title),
    `<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css" />
    <script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>`,
    `<div id="timeline"></div>
    <script>
      const items = new vis.DataSet(${inline(items)});
      new vis.Timeline(document.getElementById('timeline'), items, { height: '600px' });
      benchWhen(() => document.querySelectorAll('#timeline .vis-item-content').length, ${items.length});
    </script>`,
  );
}

/** TimelineJS3: its CSS and script, the events inline in its JSON format, its default options. */
function timelineJS3(chronology) {
  const date = (d) => {
    const [year, month, day] = d.split('-').map(Number);
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  const events = chronology.events.map((e) => ({
    unique_id: e.id,
    start_date: date(e.start),
    ...(e.end ? { end_date: date(e.end) } : {}),
    text: { headline: text(e.title), text: e.summary ? text(e.summary) : '' },
    group: e.category,
  }));
  return page(
    text(chronology.title),
    `<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css" />
    <script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>`,
    `<div id="timeline-embed" style="width: 100%; height: 600px"></div>
    <script>
      const timeline = new TL.Timeline('timeline-embed', { events: ${inline(events)} });
      let loaded = false;
      timeline.on('loaded', () => (loaded = true));
      benchWhen(() => (loaded ? document.querySelectorAll('#timeline-embed .tl-timemarker').length : 0), ${events.length});
    </script>`,
  );
}

/** The cold contenders, in the order the table shows them. Names share the warm mode's prefixes. */
export const coldContenders = [
  { name: 'korea-timeline (drop-in)', page: 'drop-in.html', make: dropIn },
  { name: 'korea-timeline (server-rendered)', page: 'server-rendered.html', make: serverRendered },
  { name: 'plain HTML', page: 'plain.html', make: plain },
  { name: 'vis-timeline', page: 'vis-timeline.html', make: visTimeline },
  { name: 'TimelineJS3', page: 'timelinejs3.html', make: timelineJS3 },
];
