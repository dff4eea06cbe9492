// After tsc: writes events/korea.json from the compiled events/korea.ts, and chronology.schema.json
// from the Chronology type, so neither can drift from the TypeScript source.
import { writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';
import { koreaChronology } from '../dist/events/korea.js';

const schema = createGenerator({
  path: 'src/model/types.ts',
  tsconfig: 'tsconfig.json',
  type: 'Chronology',
  schemaId: 'https://unpkg.com/korea-timeline/chronology.schema.json',
  expose: 'export',
  topRef: true,
}).createSchema('Chronology');

writeFileSync('chronology.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(
  'events/korea.json',
  `${JSON.stringify({ $schema: '../chronology.schema.json', ...koreaChronology }, null, 2)}\n`,
);
console.log('events/korea.json and chronology.schema.json written');
