/** Server rendering has no HTMLElement (Lit brings its own shim): a stand-in keeps the import safe. */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * A note on the timeline written in HTML, as a child of a timeline beside its `<timeline-event>`
 * children: at a date, over a range, or about an event or a lane (`lanes` draws it). It renders
 * nothing itself; without JavaScript it is ordinary readable HTML. Its text is the note.
 *
 * ```html
 * <timeline-annotation id="no-treaty" event="armistice" lane="peninsula">
 *   No peace treaty has followed the armistice.
 *   <a slot="source" href="https://…" data-publisher="TIME">Why the two Koreas are still at war</a>
 * </timeline-annotation>
 * ```
 *
 * @tagname timeline-annotation
 * @summary A note on the timeline written as HTML inside it.
 *
 * @attr id - The note's id: unique among the notes.
 * @attr start - Where it falls: a date (YYYY, YYYY-MM or YYYY-MM-DD), or the start of a band that runs to `end`.
 * @attr end - For a band: its last date, inclusive.
 * @attr event - The id of the event it is about.
 * @attr lane - The id of the lane it is about, or is drawn in.
 * @attr priority - 1 (most important) to 3: where labels have no room, the higher ones keep theirs.
 *
 * @slot - The note's text.
 * @slot source - A source: an `<a href>` with its title as text, an optional `data-publisher`, and an optional `hreflang`.
 */
export class TimelineAnnotationElement extends Base {}
