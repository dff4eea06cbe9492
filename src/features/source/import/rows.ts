/**
 * What the two column layouts of a sheet share (./csv.ts reads them): a row's cells by column name,
 * its place in the sheet, what an import builds, and how a row is left out and reported.
 */
import type { ValidationError } from '../../../model/validate.js';
import { Categories, Ids, Lanes, type Imported } from './shared.js';

/** A data row's cell, by column name (lower case), trimmed; blank where the sheet has no such column. */
export type Row = (column: string) => string;
export type Json = Record<string, unknown>;

/** A data row's place: its path, and its number in the sheet. */
export const where = (i: number) => ({ path: `rows[${i}]`, sheetRow: i + 2 });

export interface Builder {
  errors: ValidationError[];
  rows: string[];
  events: unknown[];
  categories: Categories;
  lanes: Lanes;
  ids: Ids;
}

export const builder = (errors: ValidationError[]): Builder => ({
  errors,
  rows: [],
  events: [],
  categories: new Categories(),
  lanes: new Lanes(),
  ids: new Ids(),
});

export function leaveOut(b: Builder, i: number, column: string, problem: string): undefined {
  const { path, sheetRow } = where(i);
  b.errors.push({
    path: `${path}.${column}`,
    message: `row ${sheetRow}, column ${column}: ${problem}; the row is left out`,
  });
}

/** Declares the lanes the rows named, if any did. */
export function withLanes(data: Imported['data'], b: Builder): void {
  const lanes = b.lanes.list();
  if (lanes) data.lanes = lanes;
}
