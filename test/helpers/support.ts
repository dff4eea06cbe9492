/**
 * Imported first by every test file. Lit's dev build (which the tests use) warns about real
 * mistakes: updates scheduled after an update, shadowed class fields, and so on. Any such
 * warning fails the test that caused it, even one that runs inside `captureWarnings`. Only the
 * one-time "dev mode" notice is expected.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/event-timeline.js';

declare global {
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

/** How long to wait for a condition: generous for a loaded 2-core machine, yet under the 20 s test timeout so the failure names the condition. */
export const patience = { timeout: 15_000 };

globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

const isLitWarning = (args: unknown[]) => args.some((arg) => String(arg).includes('lit.dev/msg'));

const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (isLitWarning(args)) litWarnings.push(String(args[0]));
  warn(...args);
};

// Lit warns once per page; forgetting what it issued makes each test that causes a warning see it,
// whatever ran before.
beforeEach(() => {
  globalThis.litIssuedWarnings!.clear();
  globalThis.litIssuedWarnings!.add('dev-mode');
});

afterEach(function () {
  const issued = litWarnings.splice(0);
  // Fails the test itself, not this hook, so the tests after it still run.
  try {
    expect(issued, 'Lit dev-mode warnings').to.deep.equal([]);
  } catch (error) {
    (this.test as Mocha.Runnable & { error(error: unknown): void }).error(error);
  }
});

/** Captures console.warn calls made while `action` runs (and awaits). Lit's warnings still fail the test. */
export async function captureWarnings(action: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const previous = console.warn;
  console.warn = (...args: unknown[]) => {
    if (isLitWarning(args)) previous(...args);
    else seen.push(args.map(String).join(' '));
  };
  try {
    await action();
  } finally {
    console.warn = previous;
  }
  return seen;
}

/** The text a reader sees: text nodes, and what CSS draws before an element (arrows). */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof Element) {
      const before = getComputedStyle(node, '::before').content;
      if (before && before !== 'none' && before !== 'normal') parts.push(before.replace(/^"|"$/g, ''));
      parts.push(visibleText(node));
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Sets `src` and resolves with the kt-load or kt-error that follows, once the element has settled. */
export async function loadSrc(el: EventTimeline, src: string): Promise<Event> {
  const done = Promise.race([oneEvent(el, 'kt-load'), oneEvent(el, 'kt-error')]);
  let event!: Event;
  await captureWarnings(async () => {
    el.src = src;
    event = await done;
    await el.settled();
  });
  return event;
}

/**
 * Sets the page's inner size, in every engine (Web Test Runner's setViewport has no WebDriver side:
 * see the `viewport` command in web-test-runner.config.mjs).
 */
export function setViewport(size: { width: number; height: number }): Promise<unknown> {
  return executeServerCommand('viewport', size);
}
