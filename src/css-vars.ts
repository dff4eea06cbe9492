import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * Sets custom properties through CSSOM, never as a `style` attribute, so a strict `style-src`
 * policy allows them (lit's styleMap writes the attribute on first render). Server rendering has
 * no CSSOM and writes the attribute.
 */
export const cssVars = directive(
  class extends Directive {
    render(vars: Record<string, string | number>) {
      return Object.entries(vars)
        .map(([name, value]) => `${name}:${value}`)
        .join(';');
    }
    override update(part: AttributePart, [vars]: [Record<string, string | number>]) {
      const { style } = part.element as HTMLElement;
      for (const [name, value] of Object.entries(vars)) style.setProperty(name, String(value));
      return noChange;
    }
  },
);
