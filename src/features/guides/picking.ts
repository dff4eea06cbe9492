/**
 * What keys and clicks on the list do, for the roving tab stop of ./roving-focus.ts. Part of the
 * guides chunk: the first render needs only the tab stop.
 */
import type { RovingFocus } from '../../core/roving-focus.js';

/** A click on an event selects it; links and the sources' summary do their own thing. */
export function click(roving: RovingFocus, event: Pick<Event, 'composedPath'>): void {
  const path = event.composedPath();
  if (path.some((node) => node instanceof HTMLAnchorElement || (node as Element).localName === 'summary')) return;
  const li = path.find((node) => node instanceof HTMLLIElement && node.dataset.id !== undefined);
  const id = (li as HTMLLIElement | undefined)?.dataset.id;
  const item = roving.actions.items().find((item) => item.event.id === id);
  if (item) roving.actions.select(item);
}

/** Arrows, Home and End move the tab stop; Enter and Space select; Escape clears; + and - zoom. */
export function keydown(roving: RovingFocus, event: KeyboardEvent): void {
  if (event.target !== event.currentTarget && !(event.target instanceof HTMLLIElement)) return;
  const { actions, focused } = roving;
  const items = actions.items();
  const index = items.findIndex((item) => item.event.id === focused);
  const last = items.length - 1;
  // Left and right follow what the reader sees: right to left, the next event is to the left.
  const ahead = getComputedStyle(roving.host).direction === 'rtl' ? -1 : 1;
  const target = {
    ArrowDown: index + 1,
    ArrowRight: index + ahead,
    ArrowUp: index - 1,
    ArrowLeft: index - ahead,
    Home: 0,
    End: last,
  }[event.key];
  const zoom = { '+': 1, '=': 1, '-': -1 }[event.key];
  if (target !== undefined) {
    event.preventDefault();
    void focus(roving, items[Math.max(0, Math.min(last, target))]?.event.id);
  } else if ((event.key === 'Enter' || event.key === ' ') && items[index]) {
    event.preventDefault();
    actions.select(items[index]);
  } else if ((event.key === 'Escape' && actions.clear()) || (zoom !== undefined && actions.zoom(zoom, focused))) {
    event.preventDefault();
  }
}

async function focus(roving: RovingFocus, id: string | undefined): Promise<void> {
  if (id === undefined) return;
  roving.focused = id;
  await roving.host.updateComplete;
  roving.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)?.focus();
}
