/**
 * The track: the time scale, the horizontal layout, and the windowing of long lists, with zoom and
 * the overview strip. Browser only: it lays events out by measuring them.
 */
import { arrowStyles } from '../../core/arrow.styles.js';
import { trackStyles } from './styles.js';
import { overviewStyles } from './overview.styles.js';
import { breakStyles } from './break.styles.js';

export { TrackController } from './controller.js';

/** The break's own look first: the track's styles place it along each orientation. */
export const styles = [breakStyles, trackStyles, overviewStyles, arrowStyles];
