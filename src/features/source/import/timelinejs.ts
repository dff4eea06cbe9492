/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) to our raw chronology
 * shape. Pure: no DOM. Each event is a row; a row that cannot be placed in time is reported as
 * `events[N]` and left out, and the others are kept.
 */
import type { ValidationError } from '../../../model/validate.js';
import {
  Categories,
  Ids,
  Lanes,
  type DateProblem,
  mediaSource,
  partialDate,
  plainText,
  type Imported,
} from './shared.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

/** Whether data looks like TimelineJS3 JSON: an object whose first event has a `start_date`. */
export function isTimelineJS(data: unknown): boolean {
  const events = field(data, 'events');
  return Array.isArray(events) && isObject(field(events[0], 'start_date'));
}

/** A TimelineJS date object as a DateString, or what is wrong with it. */
function date(value: unknown): string | DateProblem {
  return partialDate(field(value, 'year'), field(value, 'month'), field(value, 'day'));
}

/** Maps TimelineJS3 JSON to our raw shape; validate it with `validateImported`. Never throws. */
export function fromTimelineJS(data: unknown): Imported {
  const errors: ValidationError[] = [];
  const rows: string[] = [];
  const events: unknown[] = [];
  const categories = new Categories();
  const lanes = new Lanes();
  const ids = new Ids();
  const titleSlide = field(field(data, 'title'), 'text');
  const title = plainText(text(field(titleSlide, 'headline')));
  const description = plainText(text(field(titleSlide, 'text')));

  const list = field(data, 'events');
  (Array.isArray(list) ? list : []).forEach((row: unknown, i) => {
    const path = `events[${i}]`;
    if (!isObject(row)) {
      errors.push({ path, message: `event ${i + 1} is not an event: expected an object with start_date and text` });
      return;
    }
    const start = date(row.start_date);
    const end = row.end_date === undefined ? undefined : date(row.end_date);
    const headline = plainText(text(field(row.text, 'headline')));
    const problems = [
      typeof start === 'object' && `start_date.${start.part}: ${start.problem}`,
      typeof end === 'object' && end.problem !== 'no year' && `end_date.${end.part}: ${end.problem}`,
      !headline && 'text.headline: no headline',
    ].filter(Boolean);
    if (problems.length > 0) {
      errors.push({
        path,
        message: `event ${i + 1} ('${headline || 'untitled'}') is left out: ${problems.join('; ')}`,
      });
      return;
    }
    // TimelineJS3 draws each group as a row of its own: the event's category, and its lane.
    const group = plainText(text(row.group));
    const event: Json = {
      id: ids.next(text(row.unique_id) || headline),
      start,
      title: headline,
      category: categories.add(group, errors, `${path}.group`),
    };
    const lane = lanes.add([group]);
    if (lane) event.lane = lane;
    if (typeof end === 'string' && end !== start) event.end = end;
    const summary = plainText(text(field(row.text, 'text')));
    if (summary) event.summary = summary;
    const source = mediaSource(
      text(field(row.media, 'url')),
      text(field(row.media, 'credit')),
      text(field(row.media, 'caption')),
    );
    if (source) event.sources = [source];
    events.push(event);
    rows.push(path);
  });

  const eras: unknown[] = [];
  const eraIds = new Ids();
  const eraList = field(data, 'eras');
  (Array.isArray(eraList) ? eraList : []).forEach((era: unknown, i) => {
    const start = date(field(era, 'start_date'));
    const end = date(field(era, 'end_date'));
    const label = plainText(text(field(field(era, 'text'), 'headline')));
    if (typeof start === 'object' || typeof end === 'object' || !label) {
      const problem = [
        typeof start === 'object' && `start_date.${start.part}: ${start.problem}`,
        typeof end === 'object' && `end_date.${end.part}: ${end.problem}`,
        !label && 'text.headline: no headline',
      ];
      errors.push({ path: `eras[${i}]`, message: `era ${i + 1} is left out: ${problem.filter(Boolean).join('; ')}` });
      return;
    }
    eras.push({ id: eraIds.next(label, 'era'), start, end, label });
  });

  const result: Imported['data'] = { title: title || 'Timeline', categories: categories.list(), events };
  if (description) result.description = description;
  if (eras.length > 0) result.eras = eras;
  const declared = lanes.list();
  if (declared) result.lanes = declared;
  return { data: result, errors, rows };
}
