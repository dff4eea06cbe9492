// Fuzzed inputs for the importers and the validator, shared by test/node/growth.test.mjs (what they keep
// and report) and bench/growth.mjs (how their time grows): pieces made of the tokens that made the old
// pattern-based code backtrack ('<script', '<!--', a quote, a long first line, one title repeated).
import fc from 'fast-check';

export const TOKENS = [
  '<',
  '>',
  '<script',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<a href="',
  '<p>',
  '</',
  '&#',
  '&amp;',
  '&x',
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  ' ',
  '\t',
  'a',
  'Z',
  '9',
  'title',
  'start',
  'year',
  'headline',
  '전쟁',
  '🎖️',
  '{',
  '[',
];
export const piece = fc
  .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(''));

/** The unit repeated to at least `length` characters. */
export const repeat = (unit, length) => unit.repeat(Math.max(1, Math.ceil(length / unit.length)));
