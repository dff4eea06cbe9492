#!/usr/bin/env node
// `korea-timeline convert in.csv > out.json`: imports CSV, TimelineJS3 JSON or our JSON, validates
// it, prints the valid chronology as JSON on stdout and each problem, by row, on stderr. Exits 1
// when there was any problem (the valid part is still printed), 2 when nothing could be read.
//
// `korea-timeline render [FILE|-] [options] > snippet.html`: the timeline as HTML with declarative
// shadow DOM, readable without JavaScript; the Korea chronology without FILE. Any problem in the data
// is reported by file, path and row on stderr, with exit code 1 and nothing on stdout: a snippet
// missing events is never published by accident. Exits 2 on a usage error or an unreadable file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importText } from '../dist/src/features/source/import/detect.js';

const USAGE = `usage: korea-timeline convert <file.csv | file.json>   (prints the chronology as JSON)
       korea-timeline render [file.csv | file.json | -] [--locale TAG] [--theme light|dark|auto]
         [--orientation vertical|horizontal] [--scale even|time] [--categories "id id"]
         [--from DATE] [--to DATE] [--selected ID] [--follow SELECTOR] [--page] [--hydrate] [--cdn URL]
         [--lanes lanes|category] [--lane-view time|lane] [--collapsed "id id"]
                                           (prints the timeline as HTML; the Korea chronology without a file)`;
const CHOICES = {
  theme: ['light', 'dark', 'auto'],
  orientation: ['vertical', 'horizontal'],
  scale: ['even', 'time'],
  lanes: ['lanes', 'category'],
  'lane-view': ['time', 'lane'],
};

function usage(problem) {
  if (problem) console.error(`korea-timeline: ${problem}`);
  console.error(USAGE);
  process.exit(2);
}

/** `--help`, `-h` or `help`, anywhere: the usage on stdout, and success. */
function help(args) {
  if (!args.some((arg) => arg === '--help' || arg === '-h' || arg === 'help')) return;
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

/** Whether Intl takes the tag, as the element will: 'de-DE-DE' and 'fr-12' are refused. */
function isLanguageTag(tag) {
  try {
    return /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The file's text ('-' is stdin); exits 2 when it cannot be read. */
function read(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.error(`korea-timeline: ${file}: ${error.message}`);
    process.exit(2);
  }
}

/** The file imported: `{ chronology, errors }`; exits 2 when it is neither CSV nor JSON. */
async function load(file) {
  const result = await importText(read(file), /\.csv$/i.test(file) ? 'text/csv' : '');
  if (!result) {
    console.error(`korea-timeline: ${file} is neither CSV nor JSON`);
    process.exit(2);
  }
  return result;
}

async function convert(args) {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) usage();
  const result = await load(file);
  for (const { path, message } of result.errors) console.error(`${file}: ${path}: ${message}`);
  process.stdout.write(`${JSON.stringify(result.chronology, null, 2)}\n`);
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}

async function render(args) {
  const text = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        locale: text,
        theme: text,
        orientation: text,
        scale: text,
        categories: text,
        from: text,
        to: text,
        selected: text,
        follow: text,
        lanes: text,
        'lane-view': text,
        collapsed: text,
        cdn: text,
        page: { type: 'boolean' },
        hydrate: { type: 'boolean' },
      },
    });
  } catch (error) {
    usage(error.message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) usage(`one file at most, not ${positionals.join(' ')}`);
  if (values.locale !== undefined && !isLanguageTag(values.locale)) {
    usage(`--locale ${values.locale}: expected a language tag, e.g. en, ko, ja, zh-Hant, ar`);
  }
  for (const [name, choices] of Object.entries(CHOICES)) {
    if (values[name] !== undefined && !choices.includes(values[name])) {
      usage(`--${name} ${values[name]}: expected ${choices.join(', ')}`);
    }
  }
  const [file] = positionals;
  const source = file === undefined ? undefined : await load(file);
  // The attributes the element would ignore with a warning are refused here instead.
  const problems = [...(source?.errors ?? []), ...(await attributeProblems(values, source?.chronology))];
  if (problems.length === 0) {
    // Loaded only now: it installs the server DOM shim, which convert has no use for.
    const { renderTimeline } = await renderer();
    let rendered;
    try {
      // Without --cdn, the scripts come from this version's folder on unpkg.
      const { 'lane-view': laneView, ...rest } = values;
      rendered = await renderTimeline({ ...rest, laneView, chronology: source?.chronology });
    } catch (error) {
      // A failure is a message and exit 1, never half a snippet or a stack trace.
      console.error(`korea-timeline: ${file ?? '(korea)'}: could not render: ${error?.message ?? error}`);
      process.exitCode = 1;
      return;
    }
    if (rendered.errors.length === 0) return process.stdout.write(rendered.html);
    problems.push(...rendered.errors);
  }
  for (const { path, message } of problems) console.error(`${file ?? '(korea)'}: ${path}: ${message}`);
  process.exitCode = 1;
}

/** The server renderer; exits 2 with the command to run when its optional peer is not installed. */
async function renderer() {
  try {
    return await import('../dist/ssr.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@lit-labs/ssr')) throw error;
    console.error('korea-timeline: render needs @lit-labs/ssr, an optional peer: npm install @lit-labs/ssr');
    process.exit(2);
  }
}

/** `--from`, `--to`, `--categories` and `--selected` that name no date, category or event. */
async function attributeProblems(values, chronology) {
  const { view } = await import('../dist/src/model/view.js');
  const data = chronology ?? (await import('../dist/events/korea.js')).koreaChronology;
  const problems = view({ chronology: data, ...values }).problems.map(({ attribute, reason }) => ({
    path: attribute,
    message: reason,
  }));
  if (values.selected !== undefined && !data.events.some((event) => event.id === values.selected)) {
    problems.push({ path: `selected="${values.selected}"`, message: 'no event has this id' });
  }
  return problems;
}

help(process.argv.slice(2));
const [command, ...args] = process.argv.slice(2);
if (command === 'convert') await convert(args);
else if (command === 'render') await render(args);
else usage();
