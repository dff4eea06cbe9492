import { chunkStrings, type GuideMessages, type Locale } from '../../model/messages.js';

/** The English guide strings live here, with the guides; other languages' come in their packs. */
const english: GuideMessages = {
  story: 'Walk through the events',
  keyMoments: 'Key moments',
  previous: 'Previous event',
  next: 'Next event',
  duration: (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`,
  elapsed: (from, to, years) => `From ${from} to ${to}: ${years}`,
  moment: (n, total) => (n ? `${n} of ${total}` : `${total} key moments`),
  start: (total) => `Start with the ${total} key moments`,
};

export const guideStrings = (locale: Locale): GuideMessages => chunkStrings(locale, english, 'elapsed');
