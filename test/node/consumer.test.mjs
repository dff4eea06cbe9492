// A fresh consumer project installs the packed tarball from the registry's point of view: it
// type-checks an app against the shipped .d.ts with strict settings, renders the element on the
// server, and reads the shipped JSON. Needs the npm registry (CI has it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cwd, command, args) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test(
  'a fresh project installs the tarball, type-checks strictly, and renders it on the server',
  { timeout: 240_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'korea-timeline-consumer-'));
    const [{ filename }] = JSON.parse(
      run('.', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run(dir, 'npm', [
      'install',
      '--no-audit',
      '--no-fund',
      join(dir, filename),
      `typescript@${pkg.devDependencies.typescript}`,
      `@lit-labs/ssr@${pkg.devDependencies['@lit-labs/ssr']}`,
    ]);

    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          noEmit: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
        },
        files: ['app.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'app.ts'),
      `import { koreaChronology, validateChronology, type Chronology, type TimelineEvent } from 'korea-timeline';
import type { EventTimeline } from 'korea-timeline/event-timeline.js';

const chronology: Chronology = koreaChronology;
const first: TimelineEvent | undefined = chronology.events[0];
const { errors } = validateChronology({ title: 'T', categories: [], events: [] });

export function wire(el: HTMLElementTagNameMap['korea-timeline'], generic: EventTimeline): string[] {
  const seen: string[] = [first?.id ?? '', String(errors.length)];
  el.addEventListener('kt-select', (e) => seen.push(e.detail.event.id));
  el.addEventListener('kt-filter', (e) => seen.push(...e.detail.categories));
  generic.chronology = chronology;
  generic.selected = 'korean-war';
  return seen;
}
`,
    );
    run(dir, join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);

    writeFileSync(
      join(dir, 'ssr.mjs'),
      `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'korea-timeline';
import data from 'korea-timeline/events/korea.json' with { type: 'json' };
import schema from 'korea-timeline/chronology.schema.json' with { type: 'json' };
const markup = await collectResult(render(html\`<korea-timeline></korea-timeline>\`));
console.log(JSON.stringify({ events: (markup.match(/<li[^>]*part="event/g) ?? []).length, json: data.events.length, schema: schema.$ref }));
`,
    );
    const result = JSON.parse(run(dir, 'node', ['ssr.mjs']).trim().split('\n').pop());
    assert.equal(result.events, result.json);
    assert.ok(result.events > 30);
    assert.equal(result.schema, '#/definitions/Chronology');
  },
);
