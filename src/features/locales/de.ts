import type { Messages } from '../../model/messages.js';
import { duration } from './units.js';

const L = 'de';
const n = (value: number) => value.toLocaleString(L);

/** German. */
export default {
  circa: (date) => `ca. ${date}`,
  rangeJoin: ' – ',
  bc: (date) => `${date} v. Chr.`,
  decade: (year) => `${year}er-Jahre`,
  century: (_, digits) => `${digits}. Jahrhundert`,
  startOpen: (date) => `spätestens ${date}`,
  endOpen: (date) => `frühestens ${date}`,
  sources: 'Quellen',
  sourcesCount: (count, note) => `${note ? 'Anmerkung und Quellen' : 'Quellen'} (${n(count)})`,
  inLanguage: (name) => ` (auf ${name})`,
  category: 'Kategorie',
  eventsShown: (shown, total) =>
    shown === total
      ? `${n(total)} ${total === 1 ? 'Ereignis' : 'Ereignisse'}`
      : `${n(shown)} von ${n(total)} Ereignissen`,
  noEvents: 'Keine Ereignisse entsprechen den aktuellen Filtern.',
  noData: 'Keine Ereignisse vorhanden.',
  loading: 'Wird geladen…',
  problems: (count) =>
    `${n(count)} ${count === 1 ? 'Problem' : 'Probleme'} in den Daten: Die betroffenen Einträge werden nicht angezeigt.`,
  filters: 'Nach Kategorie filtern',
  all: 'Alle',
  close: 'Schließen',
  synopsis: (title, events, span, eras) =>
    `${title}: ${events}, ${span}, ${n(eras)} ${eras === 1 ? 'Epoche' : 'Epochen'}. Pfeiltasten wechseln zwischen Ereignissen, Eingabe wählt aus.`,
  zoom: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  details: 'Ausgewähltes Ereignis',
  pick: 'Wählen Sie ein Ereignis auf der Zeitleiste, um es hier zu lesen.',
  gap: (from, to) => `Keine Ereignisse von ${from} bis ${to}; dieser Abschnitt ist verkürzt.`,
  notToScale: 'nicht maßstabsgetreu',
  story: 'Durch die Ereignisse gehen',
  keyMoments: 'Schlüsselmomente',
  previous: 'Vorheriges Ereignis',
  next: 'Nächstes Ereignis',
  duration: duration(L),
  elapsed: (from, to, years) => `Von ${from} bis ${to}: ${years}`,
  moment: (n, total) => (n ? `${n} von ${total}` : `${total} Schlüsselmomente`),
  start: (total) => `Mit den ${total} Schlüsselmomenten beginnen`,
  legend: 'So lesen Sie dies',
  legendOrder: (newest) => (newest ? 'Die neuesten Ereignisse zuerst.' : 'Die ältesten Ereignisse zuerst.'),
  legendEvent: 'Jeder Punkt ist ein Ereignis.',
  legendRange: 'Eine längere Markierung ist ein Zeitraum, kein einzelner Tag.',
  legendFeatured: 'Ein größerer Punkt und Titel kennzeichnen einen Schlüsselmoment.',
  legendColour: 'Die Farbe ist die Kategorie des Ereignisses: Die Schaltflächen oben zeigen eine Kategorie oder alle.',
  legendEra: 'Schattierte Bänder fassen die Ereignisse zu Epochen zusammen.',
  legendGap: 'Eine gestrichelte Linie steht für Jahre ohne Ereignisse und sagt, wie viele.',
  legendTime:
    'Entlang der Linie ist Abstand Zeit. Lange Abschnitte ohne Ereignisse sind verkürzt (schraffiert, „nicht maßstabsgetreu“). Dichte Abschnitte sind als Ganzes vergrößert und neben der Linie mit ihrem Maßstab markiert („×10“). Ereignisse eines Tages folgen von ihrem Datum an aufeinander.',
  legendEven: 'Die Ereignisse stehen in gleichen Abständen: Der Abstand auf der Linie ist keine Zeit.',
  search: 'Suchen',
  matches: (n_) => `${n(n_)} ${n_ === 1 ? 'Ereignis passt' : 'Ereignisse passen'}`,
  share: 'Link kopieren',
  copied: 'Link kopiert',
  corrections: 'Korrekturen',
  updated: (date) => `Aktualisiert am ${date}`,
  follow: 'Dem Artikel folgen',
  play: 'Abspielen',
  playing: 'Wird abgespielt',
  paused: 'Angehalten',
  lanes: 'Spuren',
  byTime: 'Nach Zeit',
  byLane: 'Nach Spur',
  collapseAll: 'Alle einklappen',
  expandAll: 'Alle ausklappen',
  alsoIn: (lanes) => `auch ${lanes}`,
  otherLane: 'Weitere Ereignisse',
  annotation: 'Anmerkung',
  offset: (years) => `${years} J.`,
} satisfies Messages;
