/**
 * The Korea data the preset starts from. Here it is whole. The CDN bundle (rollup.config.mjs,
 * `koreaOnDemand`) replaces this module: `first` without the events' notes and sources, which each
 * card keeps behind its closed "Sources" disclosure, nor the annotations, and `rest`, which fetches
 * them in two chunks of their own, so the drop-in's first download carries only what the first screen shows.
 */
import { koreaChronology } from '../../events/korea.js';
import type { Annotation, Chronology, Localized, Source } from '../model/types.js';

/** The chronology for the first render. */
export const first: Chronology = koreaChronology;

/** What `first` lacks, when it lacks it: each event's note and sources by event id, and the annotations. */
export interface Rest {
  events: Record<string, { note?: Localized; sources?: Source[] }>;
  annotations?: Annotation[];
}

/** The rest of the chronology, when `first` lacks it; undefined when it is whole. */
export const rest: (() => Promise<Rest>) | undefined = undefined;
