/**
 * The lanes as the reader sees them: a bar with each lane's label, count and fold button, a switch
 * between one list in time order and a list per lane, and the notes on the timeline (annotations)
 * between the events where they fall. Pure templates: the controller (./index.ts) gives them what
 * they show and what clicks do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssVars } from '../../css-vars.js';
import { formatWhen, localize } from '../../model/dates.js';
import { chunkStrings, strings, type LaneMessages, type Locale } from '../../model/messages.js';
import type { Annotation } from '../../model/types.js';
import type { TimelineItem } from '../../model/timeline.js';
import { renderFlow, type EventContext, type EventPlace } from '../../templates/event.js';
import { heading } from '../../templates/heading.js';
import type { Features } from '../../core/registry.js';
import type { LaneInfo, LaneSet, Placed } from './model.js';

const english: LaneMessages = {
  lanes: 'Lanes',
  byTime: 'By time',
  byLane: 'By lane',
  collapseAll: 'Collapse all',
  expandAll: 'Expand all',
  alsoIn: (lanes) => `also ${lanes}`,
  otherLane: 'Other events',
  annotation: 'Note',
  offset: (years) => `${years} y`,
};

export const laneStrings = (locale: Locale): LaneMessages => chunkStrings(locale, english, 'lanes');

/** A lane's name in the reader's language, with the language it is written in. */
export function laneLabel(lane: LaneInfo, locale: Locale): { text: string; lang: string } {
  return lane.label ? localize(lane.label, locale) : { text: laneStrings(locale).otherLane, lang: locale };
}

/** What the bar and the lists need from the controller. */
export interface LaneView {
  locale: Locale;
  set: LaneSet;
  counts: ReadonlyMap<string, number>;
  collapsed: ReadonlySet<string>;
  byLane: boolean;
  toggle: (id: string) => void;
  all: (open: boolean) => void;
  arrange: (byLane: boolean) => void;
  /** On a narrow vertical track: the open lanes' events in one column, each naming its lane. */
  single?: boolean;
}

/** The bar above the events: the switch, fold or open all, and in time order each lane's button. */
export function renderBar(view: LaneView): TemplateResult {
  const { locale, set, collapsed, byLane } = view;
  const t = laneStrings(locale);
  const allFolded = set.lanes.every((lane) => collapsed.has(lane.id));
  return html`<div part="lane-bar" class="lane-bar" role="group" aria-label=${t.lanes}>
    <div class="lane-switch" role="group" aria-label=${t.lanes}>
      <button type="button" aria-pressed=${!byLane} @click=${() => view.arrange(false)}>${t.byTime}</button
      ><button type="button" aria-pressed=${byLane} @click=${() => view.arrange(true)}>${t.byLane}</button>
    </div>
    <button type="button" class="lane-all" @click=${() => view.all(allFolded)}>
      ${allFolded ? t.expandAll : t.collapseAll}
    </button>
    ${
      byLane
        ? nothing
        : // The open lanes' heads over their columns; the folded ones' beside, out of the columns.
          [false, true].map(
            (folded) =>
              html`<div class=${folded ? 'lane-heads lane-folded' : 'lane-heads'}>
                ${set.lanes
                  .filter((lane) => collapsed.has(lane.id) === folded)
                  .map((lane) => html`<div part="lane-label" class="lane-head">${renderToggle(view, lane)}</div>`)}
              </div>`,
          )
    }
  </div>`;
}

/** A lane's fold button: its name and count, `aria-expanded` while its events are listed. */
export function renderToggle(view: LaneView, lane: LaneInfo): TemplateResult {
  const label = laneLabel(lane, view.locale);
  const count = view.counts.get(lane.id) ?? 0;
  return html`<button
    part="lane-toggle"
    class="lane-toggle"
    type="button"
    aria-expanded=${!view.collapsed.has(lane.id)}
    title=${ifDefined(lane.description && localize(lane.description, view.locale).text)}
    style=${cssVars({ '--_lane-color': lane.color })}
    @click=${() => view.toggle(lane.id)}
  >
    <span class="lane-name" lang=${label.lang}>${label.text}</span>
    <span class="lane-count">${strings(view.locale).eventsShown(count, count)}</span>
  </button>`;
}

/**
 * What lanes add to an event: its lane as custom properties (its column, its colour), its lane
 * named in its body, with the other lanes it is in; and in columns, a ring in each of those.
 */
export function lanePlace(view: LaneView, item: TimelineItem, notes: readonly Annotation[]): Partial<EventPlace> {
  const { set, locale, collapsed } = view;
  const [main, ...others] = view.set.of(item);
  const index = (id: string) => set.lanes.findIndex((lane) => lane.id === id);
  // Its column among the open lanes' (a folded lane has none).
  const column = (id: string) =>
    set.lanes.filter((lane) => !collapsed.has(lane.id)).findIndex((lane) => lane.id === id);
  const lane = set.lanes[index(main!)]!;
  const label = laneLabel(lane, locale);
  const also = others.map((id) => laneLabel(set.lanes[index(id)]!, locale).text);
  return {
    vars: { '--_lane-color': lane.color, '--_col': view.single ? 0 : column(main!) },
    lane: html`<p part="lane-tag" class=${also.length ? 'lane-tag also' : 'lane-tag'} lang=${label.lang}>
        ${label.text}${
          also.length
            ? html`<span class="lane-also" lang=${locale}> · ${laneStrings(locale).alsoIn(also.join(', '))}</span>`
            : nothing
        }
      </p>
      ${others
        .filter((id) => !collapsed.has(id) && !view.single)
        .map(
          (id) =>
            html`<span
              class="lane-ref"
              aria-hidden="true"
              style=${cssVars({ '--_ref': column(id), '--_ref-color': set.lanes[index(id)]!.color })}
            ></span>`,
        )}`,
    describedBy: notes.length ? notes.map((note) => `note-${note.id}`).join(' ') : undefined,
  };
}

/** A note on the timeline, as an item between the events: its date or range, its text, its sources. */
export function renderNote(note: Annotation, locale: Locale, set: LaneSet, badge?: number): TemplateResult {
  const text = localize(note.text, locale);
  const lane = set.lanes.find((lane) => lane.id === note.lane);
  const { start, end } = note;
  const when = start ? formatWhen(end ? { start, end } : { start }, locale) : undefined;
  return html`<li class="note-row">
    <div
      part="annotation"
      class="annotation"
      role="note"
      id=${`note-${note.id}`}
      style=${cssVars({ '--_lane-color': lane?.color ?? 'var(--_accent)' })}
    >
      <p class="annotation-text">
        ${badge ? html`<span class="note-badge" aria-hidden="true">${badge}</span>` : nothing}
        <strong class="annotation-label">${laneStrings(locale).annotation}</strong>
        ${when ? html`<span class="annotation-when">${when}</span>` : nothing}
        <span lang=${text.lang}>${text.text}</span>
      </p>
      ${
        note.sources?.length
          ? html`<ul class="annotation-sources">
              ${note.sources.map(
                (source) =>
                  html`<li>
                    ${source.publisher ? html`<span class="publisher">${source.publisher}</span> ` : nothing}${
                      source.url
                        ? html`<a
                            href=${source.url}
                            hreflang=${source.language ?? nothing}
                            target="_blank"
                            rel="noopener noreferrer"
                            >${/^\[Description: (.*)\]$/.exec(source.title)?.[1] ?? source.title}</a
                          >`
                        : source.title
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>
  </li>`;
}

/** The events of one list with their notes: those dated before an event, and those about it after it. */
export function renderEvents(
  view: LaneView,
  context: EventContext,
  items: readonly TimelineItem[],
  guides: Features['guides'] | undefined,
  placed: Placed,
  stuck: boolean,
): unknown[] {
  // On the overview strip over the list, each event in its lane's colour.
  const tickColor = (item: TimelineItem) => view.set.lanes.find((lane) => lane.id === view.set.of(item)[0])!.color;
  const flow = renderFlow({ ...context, size: items.length, tickColor }, items, guides, (item) =>
    lanePlace(view, item, placed.after.get(item.event.id) ?? []),
  );
  const [band, ...events] = flow;
  const note = (id: string, map: Map<string, Annotation[]>) =>
    map.get(id)?.map((annotation) => renderNote(annotation, view.locale, view.set)) ?? [];
  return [
    stuck ? band : nothing,
    ...items.flatMap((item, i) => [
      ...note(item.event.id, placed.before),
      events[i],
      ...note(item.event.id, placed.after),
    ]),
    ...placed.end.map((annotation) => renderNote(annotation, view.locale, view.set)),
  ];
}

/** A lane of the lane view: a labelled group, its heading a fold button, and its own ordered list. */
export function renderLane(
  view: LaneView,
  lane: LaneInfo,
  context: EventContext,
  list: (id: string, events: unknown) => TemplateResult,
  events: () => unknown,
): TemplateResult {
  const id = `lane-${lane.id}`;
  return html`<section
    part="lane"
    class="lane"
    role="group"
    aria-labelledby=${id}
    style=${cssVars({ '--_lane-color': lane.color })}
  >
    ${heading(
      context.level + 1,
      'lane-label',
      view.locale,
      html`<span id=${id} class="lane-label-text">${renderToggle(view, lane)}</span>`,
    )}
    ${view.collapsed.has(lane.id) ? nothing : list(id, events())}
  </section>`;
}
