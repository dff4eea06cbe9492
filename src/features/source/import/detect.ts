/**
 * Which format a chronology arrives in, and its import: told by the content type (CSV, JSON),
 * then by the content: CSV with a header row we know, TimelineJS3 JSON, or ours.
 */
import type { ValidationResult } from '../../../model/validate.js';
import { validateChronology } from '../../../model/validate.js';
import { validateImported } from './shared.js';
import { fromTimelineJS, isTimelineJS } from './timelinejs.js';

/** How much of the first line is read to tell a CSV header: enough for any sheet's column names. */
const HEADER_LIMIT = 4096;

/**
 * Whether the text starts with a CSV header row that names the columns one of the CSV importers
 * knows (Year and Headline, or start and title, in any order). One split of a capped first line:
 * no pattern that could backtrack over a long one.
 */
function isCsvHeader(body: string): boolean {
  const end = body.indexOf('\n');
  const line = body.slice(0, Math.min(end < 0 ? body.length : end, HEADER_LIMIT));
  if (/^\s*[[{]/.test(line)) return false;
  const columns = new Set(line.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase()));
  return (columns.has('year') && columns.has('headline')) || (columns.has('start') && columns.has('title'));
}

/** Imports and validates a body of text; undefined when it is neither CSV nor JSON. */
export async function importText(text: string, contentType = ''): Promise<ValidationResult | undefined> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const type = contentType.toLowerCase();
  // JSON served as text/csv (a common server default for an unknown file) is still JSON.
  const csv = /\b(?:csv|comma-separated-values)\b/.test(type) && !/^\s*[[{]/.test(body.slice(0, HEADER_LIMIT));
  if (csv || (!/json/.test(type) && isCsvHeader(body))) {
    // d3-dsv comes with it: a chunk of its own, fetched only by pages that load CSV.
    const { fromCsv } = await import('./csv.js');
    return validateImported(fromCsv(body));
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  return isTimelineJS(data) ? validateImported(fromTimelineJS(data)) : validateChronology(data);
}
