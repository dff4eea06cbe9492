/**
 * The view in the URL's hash (`link-hash`): the selected event, and the categories, `from`/`to`,
 * query and lane state that differ from the element's own attributes. Pure; loaded on demand with the link
 * controller.
 *
 * `#apollo-11` selects an event: the old format, still read, and still written when it says all.
 * Otherwise the hash is URL parameters, each named by the element's `id` and a dot where it has
 * one, so two timelines on a page keep their own: `#moon.event=apollo-11&moon.q=lunar`, or
 * `#event=apollo-11&categories=landing+crewed` for an element without an id. An empty value
 * (`categories=`) stands for an attribute the reader cleared.
 */

export interface ViewState {
  selected?: string | undefined;
  categories?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  query?: string | undefined;
  /** With lanes: `lane` when grouped by lane, and the lanes folded away. */
  laneView?: string | undefined;
  collapsed?: string | undefined;
}

/** The attributes a hash can carry, and their names in it. */
const KEYS = [
  ['categories', 'categories'],
  ['from', 'from'],
  ['to', 'to'],
  ['query', 'q'],
  ['laneView', 'lanes'],
  ['collapsed', 'collapsed'],
] as const;

/** The attributes a hash can carry. */
export const VIEW_KEYS = KEYS.map(([name]) => name);

const prefix = (id: string) => (id ? `${id}.` : '');

/**
 * What a hash says about the element with this `id` ('' for none). A key that is absent is left out;
 * an empty one is ''. The old format gives a `selected` to every element.
 */
/** A malformed escape ("%E0%A4%A", a hand-edited link) is taken as written: a hash never breaks the page. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function readHash(hash: string, id: string): ViewState {
  const text = hash.replace(/^#/, '');
  if (!text.includes('=')) return text ? { selected: decode(text) } : {};
  const params = new URLSearchParams(text);
  const state: ViewState = {};
  const selected = params.get(`${prefix(id)}event`);
  if (selected) state.selected = selected;
  for (const [name, key] of KEYS) {
    const value = params.get(prefix(id) + key);
    if (value !== null) state[name] = value;
  }
  return state;
}

/**
 * The hash with this element's part replaced by `state`: the selected event, and each attribute
 * that differs from `baseline`. Other elements' parts are kept; an old-format id is dropped, since
 * it cannot say whose it is. '' when nothing is left.
 */
export function writeHash(hash: string, id: string, state: ViewState, baseline: ViewState): string {
  const text = hash.replace(/^#/, '');
  const params = new URLSearchParams(text.includes('=') ? text : '');
  const own = prefix(id);
  params.delete(`${own}event`);
  for (const [, key] of KEYS) params.delete(own + key);
  if (state.selected) params.set(`${own}event`, state.selected);
  for (const [name, key] of KEYS) {
    if ((state[name] ?? '') !== (baseline[name] ?? '')) params.set(own + key, state[name] ?? '');
  }
  const keys = [...params.keys()];
  if (keys.length === 1 && keys[0] === 'event') return `#${encodeURIComponent(state.selected!)}`;
  return keys.length ? `#${params.toString()}` : '';
}
