/**
 * Which format a chronology arrives in, and its import: told by the content type (CSV, JSON),
 * then by the content: CSV with a header row we know, TimelineJS3 JSON, or ours.
 */
import type { ValidationResult } from '../../../model/validate.js';
import { validateChronology } from '../../../model/validate.js';
import { validateImported } from './shared.js';
import { fromTimelineJS, isTimelineJS } from './timelinejs.js';

/** A CSV header row that names columns one of the CSV importers knows; JSON on one line is not one. */
const CSV_HEADER =
  /^\uFEFF?(?!\s*[[{])[^\n]*\b(?:year\b[^\n]*\bheadline|start\b[^\n]*\btitle|title\b[^\n]*\bstart)\b[^\n]*,/i;

/** Imports and validates a body of text; undefined when it is neither CSV nor JSON. */
export async function importText(body: string, contentType = ''): Promise<ValidationResult | undefined> {
  const type = contentType.toLowerCase();
  if (/\b(?:csv|comma-separated-values)\b/.test(type) || (!/json/.test(type) && CSV_HEADER.test(body))) {
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
