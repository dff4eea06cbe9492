'use client';
/**
 * The React entry, `korea-timeline/react`: defines the elements like the main entry, types them for
 * JSX, and wraps them as React components. Only this file imports `react` and `@lit/react`, so the
 * rest of the package, and its CDN bundles, never load them.
 *
 * - `<event-timeline>`, `<korea-timeline>` and `<timeline-event>` in TSX, with typed properties
 *   and `onkt-*` handlers (React 19 sets properties and listens to custom events itself).
 * - `EventTimeline` and `KoreaTimeline`: components that set every property and listener after
 *   hydration too, which React 19 does not do for custom elements it hydrates
 *   (facebook/react#35446). `'use client'` lets a Next.js server component render them.
 */
// Every feature the server draws, given whole, before the elements are defined, as the main entry
// does: a server render (Next.js, say) is synchronous, and must not depend on a chunk's timing.
import './core/eager.js';
import * as React from 'react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import { createComponent, type EventName } from '@lit/react';
import { EventTimeline as EventTimelineElement } from './event-timeline.js';
import { KoreaTimeline as KoreaTimelineElement } from './korea-timeline.js';
import type { TimelineEventElement } from './elements/timeline-event.js';
import {
  TimelineErrorEvent,
  TimelineExpandEvent,
  TimelineStepEvent,
  TimelineFilterEvent,
  TimelineLoadEvent,
  TimelineSearchEvent,
  TimelineSelectEvent,
  TimelineShareEvent,
  TimelineZoomEvent,
  TimelineLanesEvent,
} from './custom-events.js';

type TimelineProperties =
  | 'chronology'
  | 'src'
  | 'locale'
  | 'theme'
  | 'categories'
  | 'from'
  | 'to'
  | 'reverse'
  | 'selected'
  | 'orientation'
  | 'scale'
  | 'zoom'
  | 'search'
  | 'query'
  | 'lanes'
  | 'collapsed';

/** What TSX accepts on `<event-timeline>` and `<korea-timeline>`: their properties and `kt-*` events. */
export type TimelineAttributes<E extends EventTimelineElement = EventTimelineElement> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> & { [K in TimelineProperties]?: E[K] | undefined } & {
  /** Set as an attribute: React sets only the names an element has as properties. */
  'link-hash'?: boolean | undefined;
  'heading-level'?: number | undefined;
  'onkt-select'?: ((event: TimelineSelectEvent) => void) | undefined;
  'onkt-filter'?: ((event: TimelineFilterEvent) => void) | undefined;
  'onkt-load'?: ((event: TimelineLoadEvent) => void) | undefined;
  'onkt-error'?: ((event: TimelineErrorEvent) => void) | undefined;
  'onkt-search'?: ((event: TimelineSearchEvent) => void) | undefined;
  'onkt-share'?: ((event: TimelineShareEvent) => void) | undefined;
  'onkt-zoom'?: ((event: TimelineZoomEvent) => void) | undefined;
  'onkt-expand'?: ((event: TimelineExpandEvent) => void) | undefined;
  'onkt-step'?: ((event: TimelineStepEvent) => void) | undefined;
  'onkt-lanes'?: ((event: TimelineLanesEvent) => void) | undefined;
  'lane-view'?: 'time' | 'lane' | undefined;
  'follow-offset'?: number | undefined;
};

/** What TSX accepts on `<timeline-event>`: its attributes; its children are the summary, title and sources. */
export type TimelineEventAttributes = DetailedHTMLProps<HTMLAttributes<TimelineEventElement>, TimelineEventElement> & {
  start: string;
  end?: string | undefined;
  category?: string | undefined;
  circa?: boolean | undefined;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': TimelineAttributes;
      'korea-timeline': TimelineAttributes<KoreaTimelineElement>;
      'timeline-event': TimelineEventAttributes;
    }
  }
}

const events = {
  onSelect: TimelineSelectEvent.eventName as EventName<TimelineSelectEvent>,
  onFilter: TimelineFilterEvent.eventName as EventName<TimelineFilterEvent>,
  onLoad: TimelineLoadEvent.eventName as EventName<TimelineLoadEvent>,
  onError: TimelineErrorEvent.eventName as EventName<TimelineErrorEvent>,
  onSearch: TimelineSearchEvent.eventName as EventName<TimelineSearchEvent>,
  onShare: TimelineShareEvent.eventName as EventName<TimelineShareEvent>,
  onZoom: TimelineZoomEvent.eventName as EventName<TimelineZoomEvent>,
  onExpand: TimelineExpandEvent.eventName as EventName<TimelineExpandEvent>,
  onStep: TimelineStepEvent.eventName as EventName<TimelineStepEvent>,
  onLanes: TimelineLanesEvent.eventName as EventName<TimelineLanesEvent>,
};

/** `<event-timeline>` as a React component: `onSelect`, `onFilter`, `onLoad`, `onError`, `onSearch`, `onShare`, `onZoom`, `onExpand`, `onStep` and `onLanes` take the `kt-*` events. */
export const EventTimeline = createComponent({
  react: React,
  tagName: 'event-timeline',
  elementClass: EventTimelineElement,
  events,
  displayName: 'EventTimeline',
});

/** `<korea-timeline>` as a React component, with the same props as `EventTimeline`. */
export const KoreaTimeline = createComponent({
  react: React,
  tagName: 'korea-timeline',
  elementClass: KoreaTimelineElement,
  events,
  displayName: 'KoreaTimeline',
});
