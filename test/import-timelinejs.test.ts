// TimelineJS3's own parser, in the browser, turns its sample sheet (as @knight-lab/timelinejs ships it)
// into TimelineJS3 JSON: our JSON importer must read that into the chronology our CSV importer reads
// from the sheet itself. A stronger check than a stored copy of the JSON, which could drift from both.
import './helpers/support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { fromTimelineJS, isTimelineJS } from '../src/features/source/import/timelinejs.js';
import { fromCsv } from '../src/features/source/import/csv.js';
import { validateImported } from '../src/features/source/import/shared.js';
import { patience } from './helpers/support.js';

const PACKAGE = '/node_modules/@knight-lab/timelinejs';
const SHEET = `${PACKAGE}/src/js/core/__tests__/women_in_computing.csv`;

interface TLDate {
  data: Record<string, unknown>;
}
interface TLSlide {
  start_date?: TLDate;
  end_date?: TLDate;
  [key: string]: unknown;
}
interface TLConfig {
  title?: TLSlide;
  events: TLSlide[];
  eras: TLSlide[];
}
declare global {
  var TL: { Timeline: new (container: HTMLElement, source: string) => { config: TLConfig | null } };
}

/** Loads TimelineJS3's browser bundle once. */
async function timelineJS(): Promise<void> {
  if (globalThis.TL) return;
  const script = document.createElement('script');
  script.src = `${PACKAGE}/dist/js/timeline.js`;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  document.head.append(script);
  await loaded;
}

/** A TimelineJS3 date back as its JSON: the fields a sheet's columns give, without what TLDate adds. */
const dateJson = (date: TLDate | undefined) => {
  if (!date) return undefined;
  const fields = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date'];
  return Object.fromEntries(fields.filter((key) => date.data[key] !== undefined).map((key) => [key, date.data[key]]));
};
const slideJson = ({ start_date, end_date, unique_id: _id, ...rest }: TLSlide) => ({
  ...rest,
  ...(start_date && { start_date: dateJson(start_date) }),
  ...(end_date && { end_date: dateJson(end_date) }),
});

/** The sheet as TimelineJS3 JSON, made by TimelineJS3 reading the sheet as it reads a published one. */
async function sheetAsTimelineJSON(): Promise<{ title?: object; events: object[]; eras: object[] }> {
  await timelineJS();
  const container = document.createElement('div');
  container.style.cssText = 'width: 800px; height: 600px';
  document.body.append(container);
  try {
    const timeline = new TL.Timeline(container, SHEET);
    await waitUntil(() => timeline.config?.events.length, 'TimelineJS3 read the sheet', patience);
    const config = timeline.config!;
    return {
      ...(config.title && { title: slideJson(config.title) }),
      events: config.events.map(slideJson),
      eras: config.eras.map(slideJson),
    };
  } finally {
    container.remove();
  }
}

describe("TimelineJS3's sample sheet, through TimelineJS3's own parser", () => {
  it('is TimelineJS3 JSON that imports into the same chronology as the sheet, with no errors', async () => {
    const json = await sheetAsTimelineJSON();
    expect(isTimelineJS(json)).to.equal(true);
    const fromJson = validateImported(fromTimelineJS(json));
    const sheet = await (await fetch(SHEET)).text();
    const fromSheet = validateImported(fromCsv(sheet));
    expect(fromJson.errors).to.deep.equal([]);
    expect(fromSheet.errors).to.deep.equal([]);
    expect(fromJson.chronology.title).to.equal('Women in Computing');
    expect(fromJson.chronology.events).to.have.length(10);
    // TimelineJS3 sorts the events by date as it reads them; the sheet's rows are in the sheet's order.
    const byId = (events: readonly { id: string }[]) => [...events].sort((a, b) => a.id.localeCompare(b.id));
    const { events: jsonEvents, ...jsonRest } = fromJson.chronology;
    const { events: sheetEvents, ...sheetRest } = fromSheet.chronology;
    expect(jsonRest).to.deep.equal(sheetRest);
    expect(byId(jsonEvents)).to.deep.equal(byId(sheetEvents));
  });
});
