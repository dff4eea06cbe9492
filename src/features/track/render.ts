/**
 * The track's templates: the scroller with its era bands and axis, shortened gaps, and the
 * horizontal layout's detail panel. Part of the track feature (./controller.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localized, TimelineEvent } from '../../model/types.js';
import { formatWhen, localize } from '../../model/dates.js';
import { chunkStrings, type GuideMessages, type Locale, type TrackMessages } from '../../model/messages.js';
import type { Break, Layout, TickLevel } from '../../model/scale.js';
import { cssVars } from '../../css-vars.js';
import type { Zoomer } from './zoom.js';

/** What the track says: its own strings, and the guides' previous and next for its step buttons. */
type Strings = TrackMessages & Pick<GuideMessages, 'previous' | 'next'>;

/** The English track strings live here, with the track; other languages' come in their packs. */
const english: Strings = {
  close: 'Close',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  details: 'Selected event',
  pick: 'Select an event on the track to read it here.',
  gap: (from, to) => `No events from ${from} to ${to}; this gap is shortened.`,
  notToScale: 'not to scale',
  previous: 'Previous event',
  next: 'Next event',
};

const strings = (locale: Locale): Strings => chunkStrings(locale, english, 'zoom');

/** The stretch of a long track (em) whose events are rendered. */
export type Window = [number, number];

/** Whether a stretch from `start` to `end` (em) overlaps the window, if there is one. */
export const inWindow = (window: Window | undefined, start: number, end = start): boolean =>
  !window || (end >= window[0] - 16 && start <= window[1]);

/** The selected event: what the pane shows of it, and how it is closed. */
export interface Detail {
  event: TimelineEvent;
  content: TemplateResult;
  color: string;
  close: () => void;
}

/**
 * The horizontal track's pane, above it: the selected event in full, or a line saying how to
 * choose one. It keeps its place and its height from one event to the next, covering nothing,
 * and scrolls inside when an event says more. Escape or its close button closes the event, and
 * the focus goes back to its card.
 */
export function renderDetail(locale: Locale, selected: Detail | undefined): TemplateResult {
  const t = strings(locale);
  return html`<section
    part="detail"
    class=${selected ? 'detail pane' : 'detail pane empty'}
    role="region"
    aria-label=${t.details}
    style=${cssVars(selected ? { '--_cat': selected.color } : {})}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && selected?.close()}
  >
    ${
      selected
        ? html`<button type="button" class="close" aria-label=${t.close} @click=${selected.close}>×</button>
            <time class="date" datetime=${selected.event.start}>${formatWhen(selected.event, locale)}</time
            >${selected.content}`
        : html`<p class="pick">${t.pick}</p>`
    }
  </section>`;
}

/**
 * A shortened gap: a hatched band across the track, drawn in the space before an event and read out
 * as part of it, that says the axis is cut there.
 */
export function renderBreak(
  gap: Break,
  locale: Locale,
  tick: (day: number, level: TickLevel) => string,
  note?: Localized,
): TemplateResult {
  const from = tick(gap.from, 'year');
  const to = tick(gap.to, 'year');
  const t = strings(locale);
  const said = note && localize(note, locale);
  return html`<div part="break" class="break">
    <span aria-hidden="true"
      >${from} <span class="arrow"></span> ${to} <small class="cut">${t.notToScale}</small>${
        said ? html`<span class="break-note" lang=${said.lang}>${said.text}</span>` : nothing
      }</span
    >
    <span class="visually-hidden"
      >${t.gap(from, to)} (${t.notToScale})${said ? html` <span lang=${said.lang}>${said.text}</span>` : nothing}</span
    >
  </div>`;
}

export interface TrackParts {
  layout: Layout;
  locale: Locale;
  /** Zoom buttons are shown for the horizontal time scale. */
  zoomable: boolean;
  list: TemplateResult;
  detail: TemplateResult | undefined;
  zoomer: Zoomer;
  /** The event the zoom buttons keep in place. */
  focused: string | undefined;
  /** Scrolling the track moves the window of rendered events. */
  onScroll: () => void;
  /** The stretch of the track (em) to render, when windowed: ticks and eras outside it are left out. */
  window: Window | undefined;
  /** The overview strip, under a horizontal track. */
  overview: TemplateResult | undefined;
  /** Previous and next above a horizontal track: what each does, none where there is nowhere to go. */
  steps: [previous: (() => void) | undefined, next: (() => void) | undefined] | undefined;
  /** The event they selected last, while it is selected: read out, as the focus stays on the button. */
  walked: TimelineEvent | undefined;
  /** With lanes: what they add to the track. */
  lanes?: TrackLanes | undefined;
  /** How much taller (em) a horizontal track's rows are, for its longest headline. */
  grow: number;
  /** A tick's label: a date, or with lanes aligned on their anchors, years from them. */
  tick: (day: number, level: TickLevel) => string;
}

/** What lanes add to a track: their bands, custom properties and a class for its box, and their controls. */
export interface TrackLanes {
  layer: unknown;
  vars: Record<string, number>;
  class?: string;
  /** Under the track: the notes on the timeline. */
  after: unknown;
  /** Above the track, before previous, next and the zoom: fold or open every lane. */
  controls?: unknown;
  /** With `align="relative"`, a tick's label. */
  tick?: ((day: number) => string) | undefined;
}

/** A step button: selects the event before or after the selected one. With nowhere to go it says so, and stays focusable. */
function renderStep(t: Strings, back: boolean, go: (() => void) | undefined): TemplateResult {
  return html`<button
    type="button"
    part="step"
    class="step${back ? ' back' : ''}"
    aria-label=${back ? t.previous : t.next}
    aria-disabled=${!go}
    @click=${() => go?.()}
  >
    <span class=${back ? 'arrow back' : 'arrow'}></span>
  </button>`;
}

export function renderTrack(view: TrackParts): TemplateResult {
  const { layout: track, locale, zoomer } = view;
  const t = strings(locale);
  const onPointer = zoomer.onPointer;
  const zoom = view.zoomable
    ? html`<div part="zoom" class="zoom" role="group" aria-label=${t.zoom}>
        <button type="button" aria-label=${t.zoomOut} @click=${() => zoomer.by(-1, view.focused)}>−</button>
        <button type="button" aria-label=${t.zoomIn} @click=${() => zoomer.by(1, view.focused)}>+</button>
      </div>`
    : nothing;
  const steps = view.steps
    ? html`<div class="steps">
        ${renderStep(t, true, view.steps[0])}${renderStep(t, false, view.steps[1])}
        <span class="visually-hidden" aria-live="polite"
          >${view.walked ? `${formatWhen(view.walked, locale)}: ${localize(view.walked.title, locale).text}` : ''}</span
        >
      </div>`
    : nothing;
  const bar = view.lanes?.controls || view.steps || view.zoomable;
  return html`${bar ? html`<div class="track-bar">${view.lanes?.controls ?? nothing}${steps}${zoom}</div>` : nothing}
    ${view.detail ?? nothing}
    <div class="stage">
      <div
        part="scroller"
        class="scroller"
        @wheel=${zoomer.onWheel}
        @scroll=${view.onScroll}
        @pointerdown=${onPointer}
        @pointermove=${onPointer}
        @pointerup=${onPointer}
        @pointercancel=${onPointer}
      >
        <div
          class=${view.lanes ? `track lanes ${view.lanes.class ?? ''}` : 'track'}
          style=${cssVars({ '--_length': track.length, '--_grow': view.grow, ...view.lanes?.vars })}
        >
          ${view.lanes?.layer}
          <div class="bands" aria-hidden="true">
            ${track.eras
              .filter(({ start, end }) => inWindow(view.window, start, end))
              .map(({ era, start, end }) => {
                const label = localize(era.label, locale);
                const size = end - start || 1;
                // Its name goes in the longest stretch of it between shortened gaps, whose hatching
                // would cover it: where it and its era are at start + at, and it has room.
                let [at, room, from] = [0, 0, start];
                for (const b of [
                  ...track.breaks.filter((b) => b.start > start && b.start < end),
                  { start: end, end },
                ]) {
                  if (b.start - from > room) [at, room] = [from - start, b.start - from];
                  from = b.end;
                }
                return html`<div
                  part="era-band"
                  class="band"
                  style=${cssVars({ '--_pos': start, '--_size': end - start, '--_at': at / size, '--_room': room / size })}
                >
                  <span lang=${label.lang}>${label.text}</span>
                </div>`;
              })}
            ${
              // Calendar rules: none where lanes count years from each one's own anchor (align="relative").
              view.lanes?.tick
                ? nothing
                : track.rules
                    .filter((rule) => inWindow(view.window, rule.pos))
                    .map((rule) => html`<i class="rule" style=${cssVars({ '--_pos': rule.pos })}></i>`)
            }
            ${track.insets
              .filter(({ start, end }) => inWindow(view.window, start, end))
              .map(
                (inset) =>
                  html`<i
                    class="inset"
                    style=${cssVars({ '--_pos': inset.start, '--_size': inset.end - inset.start })}
                  ></i>`,
              )}
          </div>
          <div part="axis" class="axis" aria-hidden="true">
            ${track.insets.flatMap((inset) =>
              [...(inset.labelled ? [inset.start] : []), ...(inset.repeats ?? [])]
                .filter((pos) => inWindow(view.window, pos))
                .map(
                  (pos) =>
                    html`<span class="tick zoomed" style=${cssVars({ '--_pos': pos })}
                      ><bdi dir="ltr">×${inset.zoom.toLocaleString(locale)}</bdi></span
                    >`,
                ),
            )}
            ${track.ticks
              .filter((tick) => inWindow(view.window, tick.pos))
              .map(
                (tick) =>
                  html`<span class="tick ${tick.level}" style=${cssVars({ '--_pos': tick.pos })}
                    >${view.tick(tick.day, tick.level)}</span
                  >`,
              )}
          </div>
          ${view.list}
        </div>
      </div>
    </div>
    ${view.overview ?? nothing} ${view.lanes?.after}`;
}
