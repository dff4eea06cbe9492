/**
 * The track: the time scale, the horizontal layout, and the windowing of long lists, with zoom.
 * The time scale's model and the overview strip are a chunk of their own, fetched with this one
 * (./overview.ts, ../../core/manifest.ts). Browser only: it lays events out by measuring them.
 */
import { arrowStyles } from '../../core/arrow.styles.js';
import { trackStyles } from './styles.js';
import { breakStyles } from './break.styles.js';

import { TrackController } from './controller.js';
import type * as Overview from './overview.js';

/** The break's own look first: the track's styles place it along each orientation. */
const styles = [breakStyles, trackStyles, arrowStyles];

/** The feature, with the overview strip's chunk, fetched beside this one: its controller, and both chunks' styles. */
export const withOverview = (overview: typeof Overview) => ({
  TrackController,
  overview,
  styles: [...styles, overview.overviewStyles],
});
