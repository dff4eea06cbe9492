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
  legend: 'How to read this',
  legendOrder: (newest) => (newest ? 'Newest events first.' : 'Oldest events first.'),
  legendEvent: 'Each dot is one event.',
  legendRange: 'A longer mark is a period rather than a day.',
  legendFeatured: 'A larger dot and title mark a key moment.',
  legendColour: "The colour is the event's category: the buttons above show one category or all.",
  legendEra: 'Shaded bands group the events into eras.',
  legendGap: 'A dashed line stands for years without events, and says how many.',
  legendTime:
    'Along the line, distance is time. Long stretches without events are shortened (hatched, “not to scale”). Crowded stretches are magnified, each as a whole, and marked beside the line with their scale (“×10”). Events of one day follow each other from their date.',
  legendEven: 'The events are evenly spaced: distance along the line is not time.',
};

export const guideStrings = (locale: Locale): GuideMessages => chunkStrings(locale, english, 'elapsed');
