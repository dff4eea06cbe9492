// Reading server-rendered HTML in Node tests, as a reader would see its text.

/** The text of HTML with its five escapes undone. */
export const decode = (html) =>
  html.replace(/&(#39|quot|amp|lt|gt);/g, (_, e) => ({ '#39': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[e]);

/** The text of each `<time>`, as shown: without Lit's markers, the spans a range is written in, or `<wbr>`. */
export const times = (html) =>
  [...html.matchAll(/<time[^>]*>([^]*?)<\/time\s*>/g)].map((m) => decode(m[1].replace(/<[^>]*>/g, '')).trim());
