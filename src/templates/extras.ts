/**
 * The templates of what few chronologies have: pictures, and an entry's update and corrections. A
 * chunk the element fetches when its data has any; an entry point that renders on a server provides
 * it up front (`provideExtras`), so they are in the server's HTML.
 */
export { renderMedia } from './media.js';
export { renderCorrections } from './corrections.js';
