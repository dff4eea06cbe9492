// Shared by the benchmark pages: each page defines render(data), filter(category) and jumpToLast(),
// and the harness times them from outside, around a forced layout.
window.settle = () => document.body.getBoundingClientRect() && document.body.offsetHeight;
window.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
