// Server-side rendering in Node: the whole chronology is in the HTML, before any JavaScript runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTimeline } from '../../dist/src/ssr.js';
import { koreaChronology } from '../../dist/events/korea.js';
import { formatWhen, localize } from '../../dist/src/model/dates.js';

const decode = (html) =>
  html.replace(/&(#39|quot|amp|lt|gt);/g, (_, e) => ({ '#39': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[e]);

for (const locale of ['en', 'ko']) {
  test(`renders every event's date, title and summary into declarative shadow DOM (${locale})`, async () => {
    const { html } = await renderTimeline({ locale });
    assert.match(html, /<korea-timeline[^>]*><template[^>]*shadowrootmode="open"/);
    const text = decode(html);
    for (const event of koreaChronology.events) {
      assert.ok(text.includes(formatWhen(event, locale)), `${event.id}: date`);
      assert.ok(text.includes(localize(event.title, locale).text), `${event.id}: title`);
      assert.ok(text.includes(localize(event.summary, locale).text), `${event.id}: summary`);
    }
    assert.equal((html.match(/<li[^>]*part="event/g) ?? []).length, koreaChronology.events.length);
  });
}
