import type { CSSResult } from 'lit';

/** Adds a feature's styles to the element's shadow root, once; nothing before the root exists, or on a server. */
export function adopt(host: { readonly renderRoot?: HTMLElement | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot;
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
