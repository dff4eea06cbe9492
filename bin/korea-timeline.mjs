#!/usr/bin/env node
// `korea-timeline convert in.csv > out.json`: imports CSV, TimelineJS3 JSON or our JSON, validates
// it, prints the valid chronology as JSON on stdout and each problem, by row, on stderr. Exits 1
// when there was any problem (the valid part is still printed), 2 when nothing could be read.
import { readFileSync } from 'node:fs';
import { importText } from '../dist/src/import/detect.js';

const USAGE = 'usage: korea-timeline convert <file.csv | file.json>   (prints the chronology as JSON)';
const [command, file, ...rest] = process.argv.slice(2);

if (command !== 'convert' || !file || rest.length > 0) {
  console.error(USAGE);
  process.exit(2);
}
let body;
try {
  body = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`korea-timeline: ${file}: ${error.message}`);
  process.exit(2);
}
const result = await importText(body, /\.csv$/i.test(file) ? 'text/csv' : '');
if (!result) {
  console.error(`korea-timeline: ${file} is neither CSV nor JSON`);
  process.exit(2);
}
for (const { path, message } of result.errors) console.error(`${file}: ${path}: ${message}`);
process.stdout.write(`${JSON.stringify(result.chronology, null, 2)}\n`);
process.exitCode = result.errors.length > 0 ? 1 : 0;
