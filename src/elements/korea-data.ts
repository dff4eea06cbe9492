/**
 * The Korea data the preset starts from. Here it is whole. The CDN bundle (rollup.config.mjs,
 * `koreaOnDemand`) replaces this module: `first` without the events' notes and sources, which each
 * card keeps behind its closed "Sources" disclosure, and `rest`, which fetches them in a chunk of
 * their own, so the drop-in's first download carries only what the first screen shows.
 */
import { koreaChronology } from '../../events/korea.js';
import type { Chronology, Localized, Source } from '../model/types.js';

/** The chronology for the first render. */
export const first: Chronology = koreaChronology;

/** Each event's note and sources, by event id, when `first` lacks them; undefined when it is whole. */
export const rest: (() => Promise<Record<string, { note?: Localized; sources?: Source[] }>>) | undefined = undefined;
