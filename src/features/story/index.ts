/**
 * What a storytelling page adds, in one chunk: search (`search`, `query`), the view in the URL and the
 * share button (`link-hash`), and the templates of pictures, updates and corrections. One chunk
 * rather than four keeps the first download smaller by the code that would fetch each.
 */
import { SearchController, searchStyles, type SearchHost } from './search.js';
import { LinkController, linkStyles, type LinkHost } from './link.js';
import { extrasStyles } from './extras.styles.js';

export { renderMedia } from './media.js';
export { renderCorrections, renderUpdated } from './corrections.js';

export const styles = [extrasStyles, searchStyles, linkStyles];

/** Search and the link, for one element. */
export function story(host: SearchHost & LinkHost, onNavigate: () => void) {
  const link = new LinkController(host, onNavigate);
  const searchFor = (query: string) => {
    host.query = query || undefined;
    link.write(false);
  };
  return { search: new SearchController(host, searchFor), link };
}
