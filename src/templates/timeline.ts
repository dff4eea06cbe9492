/**
 * The whole timeline as the element renders it: the header, the status line, and the events as a
 * flowing list or on the track. A pure template: the element gathers what it shows into the options.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../model/dates.js';
import type { Locale } from '../model/messages.js';
import type { Chronology } from '../model/types.js';
import type { TimelineItem } from '../model/timeline.js';
import type { ValidationError } from '../model/validate.js';
import type { TimelineView } from '../model/view.js';
import type { Features } from '../core/registry.js';
import type { TrackController } from '../features/track/controller.js';
import type { RovingFocus } from '../core/roving-focus.js';
import { categoryColor, renderContent, renderEvent, renderFlow, renderList, type EventContext } from './event.js';
import { renderHeader, renderStatus, type HeaderOptions } from './header.js';

export interface TimelineOptions {
  locale: Locale;
  chronology: Chronology;
  view: TimelineView;
  /** The events in display order: the view's, or the track's when they are placed on one. */
  visible: readonly TimelineItem[];
  /** Where the events sit: a flowing list, or the vertical or horizontal track. */
  mode: 'flow' | 'vertical-track' | 'horizontal';
  loading: boolean;
  errors: readonly ValidationError[];
  /** Every error is code that could not be fetched, not a problem in the data. */
  unloaded?: boolean;
  header: Pick<HeaderOptions, 'onChip' | 'level' | 'extras' | 'bar' | 'quiet'>;
  /** What every event of this render shares. */
  context: EventContext;
  /** What clicks and keys on the list do. */
  picker: RovingFocus;
  guides: Features['guides'] | undefined;
  /** The lanes, with `lanes`: they draw the flowing list. */
  lanes?: Features['lanes']['LanesController']['prototype'] | undefined;
  /** The track, when the events are placed on one and it has laid them out. */
  track: TrackController | undefined;
  /** The selected event, shown in full beside its card on the horizontal track; `close` clears it. */
  selected: TimelineItem | undefined;
  close: () => boolean;
}

export function renderTimeline(options: TimelineOptions): TemplateResult {
  const { locale, chronology, view, visible, mode, context, guides, track } = options;
  const empty = view.visible.length > 0 ? false : view.items.length > 0 ? 'filtered' : 'no-data';
  const list = (events: unknown) => renderList(!!localize(chronology.title, locale).text, options.picker, events);
  return html`<div part="base" class="base ${mode}" lang=${locale} aria-busy=${options.loading}>
    ${renderHeader({ chronology, view, locale, ...options.header })}
    ${renderStatus(locale, { loading: options.loading, errors: options.errors, unloaded: options.unloaded, empty })}
    ${
      empty
        ? nothing
        : track
          ? renderTrack(options, track, list)
          : (options.lanes?.render(options) ?? list(renderFlow(context, visible, guides)))
    }
  </div>`;
}

function renderTrack(
  options: TimelineOptions,
  track: TrackController,
  list: (events: unknown) => TemplateResult,
): TemplateResult | undefined {
  const { locale, visible, context, selected, close } = options;
  const onLanes = options.lanes?.onTrack(options);
  return track.render({
    locale,
    focused: context.focused,
    keep: [context.focused, context.selected],
    list,
    event: (item, index, track) =>
      renderEvent(context, item, { index, previous: visible[index - 1], track, ...onLanes?.place(item) }),
    lanes: onLanes?.layer,
    detail: selected && {
      event: selected.event,
      content: renderContent(context, selected.event, { linked: true, brief: false }),
      color: categoryColor(context, selected.event),
      close,
    },
    color: (event) => categoryColor(context, event),
  });
}
