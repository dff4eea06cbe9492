/**
 * Imported first by every test file. Lit's dev build (which the tests use) warns about real
 * mistakes: updates scheduled after an update, shadowed class fields, and so on. Any such
 * warning fails the test that caused it. Only the one-time "dev mode" notice is expected.
 */
import { expect } from '@open-wc/testing';

declare global {
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (args.some((arg) => String(arg).includes('lit.dev/msg'))) litWarnings.push(String(args[0]));
  warn(...args);
};

afterEach(() => {
  const issued = litWarnings.splice(0);
  expect(issued, 'Lit dev-mode warnings').to.deep.equal([]);
});

/** Captures console.warn calls made while `action` runs (and awaits). */
export async function captureWarnings(action: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const previous = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await action();
  } finally {
    console.warn = previous;
  }
  return seen;
}
