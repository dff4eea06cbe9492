import { v as validateChronology } from './event-timeline-AIxmp7du.js';

/** Server rendering has no HTMLElement (Lit brings its own shim): a stand-in keeps the import safe. */
const Base = (globalThis.HTMLElement ?? class {
});
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
 *   <a slot="source" href="https://…" data-publisher="Britannica">Korean War</a>
 * </timeline-event>
 * ```
 *
 * @tagname timeline-event
 * @summary An event written as HTML inside a timeline.
 *
 * @attr id - The event's id: kebab-case, unique in the timeline.
 * @attr start - Its date: YYYY, YYYY-MM or YYYY-MM-DD.
 * @attr end - For a range, its last date, inclusive.
 * @attr category - The id of its category; a category no chronology declares is declared for it.
 * @attr circa - Present when the date is approximate.
 *
 * @slot - The summary.
 * @slot title - The title; one per language, with `lang`.
 * @slot source - A source: an `<a href>` with its title as text and an optional `data-publisher`.
 */
class TimelineEventElement extends Base {
}

// Plain light DOM: defined so it is a known element, with nothing to render.
if (!customElements.get('timeline-event'))
    customElements.define('timeline-event', TimelineEventElement);
const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Several `slot="title"` elements with `lang` make a bilingual text; one is a plain string. */
function localized(elements) {
    if (elements.length === 0)
        return undefined;
    const ko = elements.find((e) => e.getAttribute('lang')?.startsWith('ko'));
    const en = elements.find((e) => e !== ko) ?? elements[0];
    return ko && ko !== en ? { en: squash(en.textContent), ko: squash(ko.textContent) } : squash(en.textContent);
}
/** The events written as children, as raw data for validation (nothing here is trusted). */
function readChildren(host) {
    return [...host.querySelectorAll(':scope > timeline-event')].map((child) => {
        const slotted = (name) => [...child.children].filter((e) => e.getAttribute('slot') === name);
        const summary = squash([...child.childNodes]
            .filter((node) => !(node instanceof Element && node.hasAttribute('slot')))
            .map((node) => node.textContent)
            .join(' '));
        const sources = slotted('source').map((a) => {
            const source = { title: squash(a.textContent) };
            const url = a.getAttribute('href');
            const publisher = a.getAttribute('data-publisher');
            if (url)
                source.url = url;
            if (publisher)
                source.publisher = publisher;
            return source;
        });
        const event = {
            id: child.id || undefined,
            start: child.getAttribute('start') ?? undefined,
            title: localized(slotted('title')),
            category: child.getAttribute('category') ?? undefined,
        };
        if (child.hasAttribute('end'))
            event.end = child.getAttribute('end');
        if (child.hasAttribute('circa'))
            event.circa = true;
        if (summary)
            event.summary = summary;
        if (sources.length)
            event.sources = sources;
        return event;
    });
}
/**
 * Validates a chronology with the events written as children added. Categories only the children
 * use are declared for them (HTML has no way to), and a timeline written only in HTML has no
 * title, which is not a problem.
 */
function validateWithChildren(base, children, untitled) {
    const declared = new Set(base.categories.map((c) => c.id));
    const used = children.map((e) => e.category).filter((c) => typeof c === 'string' && !declared.has(c));
    const result = validateChronology({
        ...base,
        categories: [...base.categories, ...[...new Set(used)].map((id) => ({ id, label: id }))],
        events: [...base.events, ...children],
    });
    if (untitled)
        result.errors = result.errors.filter((e) => e.path !== 'title');
    return result;
}

export { readChildren, validateWithChildren };
