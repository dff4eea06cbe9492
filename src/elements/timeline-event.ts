/** Server rendering has no HTMLElement (Lit brings its own shim): a stand-in keeps the import safe. */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * One event written in HTML, as a child of `<event-timeline>` or `<korea-timeline>`: for people
 * who write HTML, not JavaScript (a CMS, a course page). It renders nothing itself; without
 * JavaScript, and until the timeline reads it, it is ordinary readable HTML. Its text is the
 * summary; a `lang="ko"` title beside an English one makes the title bilingual.
 *
 * ```html
 * <timeline-event id="war" start="1950-06-25" end="1953-07-27" category="security">
 *   <span slot="title">Korean War</span>
 *   Summary text…
 *   <a slot="source" href="https://…" data-publisher="Britannica" hreflang="en">Korean War</a>
 *   <figure slot="media"><img src="war.jpg" alt="…"><figcaption>Caption <small>Credit</small></figcaption></figure>
 *   <p slot="correction"><time datetime="2025-11-03">3 Nov 2025</time> An earlier version gave the wrong date.</p>
 * </timeline-event>
 * ```
 *
 * @tagname timeline-event
 * @summary An event written as HTML inside a timeline.
 *
 * @attr id - The event's id: kebab-case, unique in the timeline.
 * @attr start - Its date: YYYY, YYYY-MM or YYYY-MM-DD; -YYYY before year 1; YYYX a decade, YYXX a century.
 * @attr end - For a range, its last date, inclusive.
 * @attr category - The id of its category; a category no chronology declares is declared for it.
 * @attr lane - The id of its lane, or several separated by spaces, its main lane first; a lane no chronology declares is declared for it.
 * @attr circa - Present when the date is approximate.
 * @attr start-open - Present when the start is known only as no later than `start`.
 * @attr end-open - Present when the end is known only as no earlier than `end` (or `start`).
 * @attr featured - Present for a key moment: drawn larger, and shown by `featured-only`.
 * @attr kicker - A short line above a featured event's title.
 * @attr gap - What the empty years before it hold, said with the marker of a long gap before it.
 * @attr updated - When the entry was last updated: YYYY, YYYY-MM or YYYY-MM-DD.
 *
 * @slot - The summary.
 * @slot title - The title; one per language, with `lang`.
 * @slot source - A source: an `<a href>` with its title as text, an optional `data-publisher`, and an optional `hreflang`: the language the source is written in.
 * @slot media - A picture: an `<img>` with `alt` (`alt=""` if it is decoration), or a `<figure>` holding one, whose `<figcaption>` is the caption and whose `<small>` in it is the credit.
 * @slot correction - A correction: an element holding a `<time datetime>` with its date, and the text.
 */
export class TimelineEventElement extends Base {}
