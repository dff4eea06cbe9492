import type { CSSResult } from 'lit';

/** Adds the styles of a chunk loaded on demand to the element's shadow root. */
export function adopt(host: { readonly renderRoot: HTMLElement | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
}
