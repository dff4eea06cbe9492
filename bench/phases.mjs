// Where a warm first render spends its time: the profile behind the first-render targets. Run by
// bench/run.mjs in samples of their own, so the timing hooks never touch the timed renders.
//
// korea-timeline, in a fresh page per sample:
// - validate: the first validation of the data in that page (the validator's chunk already there), timed
//   alone, in a page of its own, as the first render pays it;
// - the element's update, through Lit's own hooks on the class: willUpdate (validation, the view: sort,
//   filter, eras; the track's arrangement), render (the template's values) and the commit of what render
//   returned to the DOM (update minus render);
// - layout: the forced layout once the events are in the DOM;
// - the DOM it made: nodes (elements, text, Lit's comment markers) under the element.
// plain DOM, the floor: building its list (script) and the same forced layout.

import { warmPage } from './warm-page.mjs';

/** Runs in the page, before render: wraps the element class's Lit hooks and the layout helper. */
function hook() {
  const took = { willUpdate: 0, render: 0, update: 0, layout: 0 };
  const wrap = (owner, name, key = name) => {
    const own = owner[name];
    owner[name] = function (...args) {
      const start = performance.now();
      try {
        return own.apply(this, args);
      } finally {
        took[key] += performance.now() - start;
      }
    };
  };
  const element = customElements.get('event-timeline');
  if (element) for (const name of ['willUpdate', 'render', 'update']) wrap(element.prototype, name);
  wrap(window, 'settle', 'layout');
  window.benchPhases = took;
  /** Every node under `root`, shadow roots included. */
  window.benchNodes = function count(root) {
    let nodes = 0;
    const walker = document.createTreeWalker(root);
    while (walker.nextNode()) {
      nodes++;
      const { shadowRoot } = walker.currentNode;
      if (shadowRoot) nodes += count(shadowRoot);
    }
    return nodes;
  };
}

/** One sample of where a contender's first render goes (warm, a fresh page), in ms. */
export async function phases(browser, origin, contender, dataset, validatorChunk) {
  const open = () => warmPage(browser, origin, contender.page, dataset.url);
  const page = await open();
  let result;
  try {
    await page.evaluate(hook);
    result = await page.evaluate(async () => {
      const t0 = performance.now();
      await window.bench.render(window.benchData);
      const total = performance.now() - t0;
      return { total, nodes: window.benchNodes(document.body), ...window.benchPhases };
    });
  } finally {
    await page.close();
  }
  if (contender.name !== 'korea-timeline') return { total: result.total, layout: result.layout, nodes: result.nodes };
  // The validator's first run in a page, alone.
  const alone = await open();
  try {
    result.validate = await alone.evaluate(async (chunk) => {
      const { validateChronology } = await import(chunk);
      const t0 = performance.now();
      validateChronology(window.benchData);
      return performance.now() - t0;
    }, `/${validatorChunk}`);
  } finally {
    await alone.close();
  }
  return {
    total: result.total,
    validate: result.validate,
    view: Math.max(0, result.willUpdate - result.validate),
    template: result.render,
    commit: result.update - result.render,
    layout: result.layout,
    nodes: result.nodes,
  };
}
