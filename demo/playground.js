// Live token editing: every changed control becomes a custom property on the timeline and a line of CSS.
const form = document.querySelector('#controls');
const timeline = document.querySelector('#timeline');
const css = document.querySelector('#css');

function apply() {
  const lines = [];
  for (const control of form.elements) {
    if (!control.name) continue;
    const value = control.value && `${control.value}${control.dataset.unit ?? ''}`;
    const changed = control.value !== control.defaultValue && !(control.tagName === 'SELECT' && !control.value);
    if (changed && value) {
      timeline.style.setProperty(control.name, value);
      lines.push(`  ${control.name}: ${value};`);
    } else {
      timeline.style.removeProperty(control.name);
    }
  }
  css.textContent = lines.length ? `korea-timeline {\n${lines.join('\n')}\n}` : '/* Change a token to see its CSS. */';
}
form.addEventListener('input', apply);
apply();
