// Shared by the benchmark pages: each page defines render(data), filter(category) and jumpToLast(),
// and the harness times them from outside, around a forced layout.
window.settle = () => document.body.getBoundingClientRect() && document.body.offsetHeight;
window.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves when `found()` is true after a change under `root`, as a MutationObserver sees it. */
window.inserted = (root, found) =>
  new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
