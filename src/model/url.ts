/** The one rule for addresses in the data: which may become a link or a picture. */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** A URL that plainly starts with an allowed scheme: the usual case, checked without a copy. */
const PLAIN_HTTP = /^https?:\/\//;

/**
 * Whether a URL may become a link: http(s) or relative. Browsers ignore ASCII whitespace and
 * control characters inside a scheme, so they are ignored here too (`' java\tscript:'`).
 */
export function isSafeUrl(url: string): boolean {
  if (PLAIN_HTTP.test(url)) return true;
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

/** Every address in a chronology (sources' `url`, pictures' `src`), for a check of data the validator did not see. */
export function addressesIn(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) addressesIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'url' || key === 'src') found.push(item);
      else addressesIn(item, found);
    }
  }
  return found;
}
