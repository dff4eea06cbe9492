/**
 * Declarative authoring for people who write HTML, not JavaScript (a CMS, a course page):
 *
 *   <event-timeline>
 *     <timeline-event id="war" start="1950-06-25" end="1953-07-27" category="security">
 *       <span slot="title">Korean War</span>
 *       Summary text…
 *       <a slot="source" href="https://…" data-publisher="Britannica" hreflang="en">Korean War</a>
 *     </timeline-event>
 *   </event-timeline>
 *
 * Loaded on demand by <event-timeline> when it has such children. Until then, and without
 * JavaScript, the children are ordinary, readable HTML.
 */
import type { Chronology, Localized, Source } from '../../model/types.js';
import type { ValidationResult } from '../../model/validate.js';
import { validateChronology } from '../../model/validate.js';

import { TimelineEventElement } from '../../elements/timeline-event.js';
import { TimelineAnnotationElement } from '../../elements/timeline-annotation.js';

// Plain light DOM: defined so they are known elements, with nothing to render.
if (!customElements.get('timeline-event')) customElements.define('timeline-event', TimelineEventElement);
if (!customElements.get('timeline-annotation')) {
  customElements.define('timeline-annotation', TimelineAnnotationElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'timeline-event': TimelineEventElement;
    'timeline-annotation': TimelineAnnotationElement;
  }
}

/** Marks a child read from a `<timeline-annotation>`, among the events: it goes to the notes. */
const NOTE = 'timeline-annotation';

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Several `slot="title"` elements, each with its `lang`, make a text in several languages (one
 * without `lang` is English); one alone is a plain string.
 */
function localized(elements: Element[]): Localized | undefined {
  if (elements.length === 0) return undefined;
  if (elements.length === 1) return squash(elements[0]!.textContent);
  return Object.fromEntries(elements.map((e) => [e.getAttribute('lang') || 'en', squash(e.textContent)]));
}

/** The events written as children, as raw data for validation (nothing here is trusted). */
/**
 * Reads the host's `<timeline-event>` children now and after every change in them (their text,
 * attributes, or a child added or removed), handing each new reading to `changed`. The host's own
 * attributes (several reflect) never change them, and are not read again.
 */
export function watchChildren(host: HTMLElement, changed: (events: Record<string, unknown>[]) => void): void {
  new MutationObserver((records) => {
    if (records.some((r) => r.type !== 'attributes' || r.target !== host)) changed(readChildren(host));
  }).observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
  changed(readChildren(host));
}

/** A child's own text (what no slot holds), and its `slot="source"` links as sources. */
function textAndSources(child: Element): { text: string; sources: Source[] } {
  const text = squash(
    [...child.childNodes]
      .filter((node) => !(node instanceof Element && node.hasAttribute('slot')))
      .map((node) => node.textContent)
      .join(' '),
  );
  const sources = [...child.children]
    .filter((e) => e.getAttribute('slot') === 'source')
    .map((a) => {
      const source: Source = { title: squash(a.textContent) };
      const url = a.getAttribute('href');
      const publisher = a.getAttribute('data-publisher');
      const language = a.getAttribute('hreflang');
      if (url) source.url = url;
      if (publisher) source.publisher = publisher;
      if (language) source.language = language;
      return source;
    });
  return { text, sources };
}

/** A `<timeline-annotation>` child, as a raw note marked for `validateWithChildren`. */
function readNote(child: Element): Record<string, unknown> {
  const { text, sources } = textAndSources(child);
  const note: Record<string, unknown> = { [NOTE]: true, id: child.id || undefined, text: text || undefined };
  for (const key of ['start', 'end', 'event', 'lane']) if (child.hasAttribute(key)) note[key] = child.getAttribute(key);
  if (child.hasAttribute('priority')) note.priority = Number(child.getAttribute('priority'));
  if (sources.length) note.sources = sources;
  return note;
}

export function readChildren(host: Element): Record<string, unknown>[] {
  return [...host.querySelectorAll(':scope > timeline-event, :scope > timeline-annotation')].map((child) => {
    if (child.localName === 'timeline-annotation') return readNote(child);
    const slotted = (name: string) => [...child.children].filter((e) => e.getAttribute('slot') === name);
    const { text: summary, sources } = textAndSources(child);
    const event: Record<string, unknown> = {
      id: child.id || undefined,
      start: child.getAttribute('start') ?? undefined,
      title: localized(slotted('title')),
      category: child.getAttribute('category') ?? undefined,
    };
    if (child.hasAttribute('end')) event.end = child.getAttribute('end');
    // lane="washington beijing": its lanes, the main one first, as `class` lists names.
    const lanes = squash(child.getAttribute('lane')).split(' ').filter(Boolean);
    if (lanes.length > 0) event.lane = lanes.length === 1 ? lanes[0] : lanes;
    for (const [attribute, key] of [
      ['circa', 'circa'],
      ['start-open', 'startOpen'],
      ['end-open', 'endOpen'],
      ['featured', 'featured'],
    ] as const) {
      if (child.hasAttribute(attribute)) event[key] = true;
    }
    for (const key of ['kicker', 'gap'] as const) {
      const text = child.getAttribute(key);
      if (text) event[key] = text;
    }
    if (summary) event.summary = summary;
    if (sources.length) event.sources = sources;
    const media = slotted('media').map(readMedia);
    if (media.length) event.media = media;
    if (child.hasAttribute('updated')) event.updated = child.getAttribute('updated');
    const corrections = slotted('correction').map((p) => {
      const time = p.querySelector('time');
      return {
        date: time?.getAttribute('datetime') ?? undefined,
        text: squash(
          [...p.childNodes]
            .filter((node) => node !== time)
            .map((node) => node.textContent)
            .join(' '),
        ),
      };
    });
    if (corrections.length) event.corrections = corrections;
    return event;
  });
}

/**
 * A `slot="media"` child: an `<img>`, or a `<figure>` holding one, whose `<figcaption>` is the
 * caption and whose `<small>` in it is the credit. A missing `alt` stays missing, for the validator
 * to report; `alt=""` marks a decorative picture.
 */
function readMedia(element: Element): Record<string, unknown> {
  const img = element.localName === 'img' ? element : element.querySelector('img');
  const figcaption = element.querySelector('figcaption');
  const credit = figcaption?.querySelector('small');
  const media: Record<string, unknown> = {
    src: img?.getAttribute('src') ?? undefined,
    alt: img?.getAttribute('alt') ?? undefined,
  };
  const caption = squash(
    [...(figcaption?.childNodes ?? [])]
      .filter((node) => node !== credit)
      .map((node) => node.textContent)
      .join(' '),
  );
  if (caption) media.caption = caption;
  if (credit) media.credit = squash(credit.textContent);
  for (const key of ['width', 'height']) if (img?.hasAttribute(key)) media[key] = Number(img.getAttribute(key));
  return media;
}

/**
 * Validates a chronology with the events written as children added. Categories and lanes only the
 * children use are declared for them (HTML has no way to), and a timeline written only in HTML has no
 * title, which is not a problem.
 */
export function validateWithChildren(
  base: Chronology,
  all: readonly Record<string, unknown>[],
  untitled: boolean,
): ValidationResult {
  const children = all.filter((child) => !child[NOTE]);
  const notes = all.filter((child) => child[NOTE]).map(({ [NOTE]: _, ...note }) => note);
  const undeclared = (given: readonly { id: string }[] | undefined, used: unknown[]) => {
    const declared = new Set(given?.map((item) => item.id));
    const ids = used.filter((id): id is string => typeof id === 'string' && !declared.has(id));
    return [...(given ?? []), ...[...new Set(ids)].map((id) => ({ id, label: id }))];
  };
  const data: Record<string, unknown> = {
    ...base,
    categories: undeclared(
      base.categories,
      children.map((e) => e.category),
    ),
    events: [...base.events, ...children],
  };
  if (notes.length) data.annotations = [...(base.annotations ?? []), ...notes];
  const lanes = undeclared(
    base.lanes,
    [...children, ...notes].flatMap((e) => e.lane ?? []),
  );
  if (lanes.length > 0) data.lanes = lanes;
  const result = validateChronology(data);
  if (untitled) result.errors = result.errors.filter((e) => e.path !== 'title');
  return result;
}
