import './helpers/support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import { tracks } from './helpers/chronologies.mjs';
import { sample } from './helpers/fixtures.js';

type Metrics = { JSEventListeners: number; Nodes: number; JSHeapUsedSize: number };
const metrics = () => executeServerCommand<Metrics, undefined>('cdp-metrics');

/** Counts timers and animation frames that are scheduled and not yet run or cleared. */
function trackTimers() {
  const live = new Set<number>();
  const original = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (fn: () => void, ms?: number, ...args: unknown[]) => {
    const id = original.setTimeout.call(window, () => (live.delete(id), fn(...(args as []))), ms) as unknown as number;
    live.add(id);
    return id;
  };
  w.setInterval = (fn: () => void, ms?: number) => {
    const id = original.setInterval.call(window, fn, ms) as unknown as number;
    live.add(id);
    return id;
  };
  w.clearTimeout = w.clearInterval = (id: number) => {
    live.delete(id);
    original.clearTimeout.call(window, id);
  };
  w.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id: number = original.requestAnimationFrame.call(window, (t) => (live.delete(-id), fn(t)));
    live.add(-id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    live.delete(-id);
    original.cancelAnimationFrame.call(window, id);
  };
  return {
    live,
    restore: () => Object.assign(window, original),
    /** The next frame, after every animation frame callback requested before this call. */
    frame: () => new Promise((resolve) => original.requestAnimationFrame.call(window, resolve)),
  };
}

describe('leaks', () => {
  it('leaves no listeners, timers, nodes or memory behind after 1,000 connects and 100 swaps', async function () {
    this.timeout(120_000);
    const cycle = async (chronology = sample, whole = false) => {
      const el = document.createElement('event-timeline');
      el.chronology = chronology;
      document.body.append(el);
      await (whole ? el.settled() : el.updateComplete);
      el.remove();
    };
    // Warm up: styles, formatters, compiled templates, and the chunks that follow the first render
    // (until they arrive, each element removed holds on to the import it waits for); then a few of
    // the cycles measured, so their first-use costs (template caches, JIT code) are in the baseline
    // and only what grows with the cycles is counted.
    await cycle(tracks, true);
    for (let i = 0; i < 50; i++) await cycle(i % 2 ? sample : tracks);
    const before = await metrics();
    const timers = trackTimers();
    try {
      for (let i = 0; i < 1000; i++) await cycle();
      const el = document.createElement('event-timeline');
      document.body.append(el);
      for (let i = 0; i < 100; i++) {
        el.chronology = i % 2 ? sample : tracks;
        await el.updateComplete;
      }
      el.remove();
      await timers.frame();
      expect([...timers.live], 'timers left running').to.deep.equal([]);
    } finally {
      timers.restore();
    }
    const after = await metrics();
    // A leak per cycle would show as 1,000 or more; a few belong to the test framework.
    expect(after.JSEventListeners - before.JSEventListeners, 'event listeners').to.be.at.most(10);
    // About 430 nodes are a fixed cost (first-use template caches: 360 before the legend's templates
    // came), the same after 200 or 3,000 cycles; a leaked element per cycle would add tens of thousands.
    expect(after.Nodes - before.Nodes, 'DOM nodes').to.be.at.most(500);
    expect(after.JSHeapUsedSize - before.JSHeapUsedSize, 'heap bytes').to.be.below(1_000_000);
  });
});
