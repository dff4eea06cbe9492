import type { Messages } from '../../model/messages.js';
import { duration } from './units.js';
import { roman } from './roman.js';

const L = 'fr';
const n = (value: number) => value.toLocaleString(L);

/** French. */
export default {
  circa: (date) => `v. ${date}`,
  rangeJoin: ' – ',
  bc: (date) => `${date} av. J.-C.`,
  decade: (year) => `les années ${year}`,
  century: (c) => `${roman(c)}${c === 1 ? 'er' : 'e'} siècle`,
  startOpen: (date) => `avant ${date}`,
  endOpen: (date) => `${date} ou après`,
  sources: 'Sources',
  sourcesCount: (count, note) => `${note ? 'Note et sources' : 'Sources'} (${n(count)})`,
  inLanguage: (name) => ` (en ${name})`,
  category: 'Catégorie',
  eventsShown: (shown, total) =>
    shown === total
      ? `${n(total)} ${total === 1 ? 'événement' : 'événements'}`
      : `${n(shown)} événements sur ${n(total)}`,
  noEvents: 'Aucun événement ne correspond aux filtres actuels.',
  noData: 'Aucun événement à afficher.',
  loading: 'Chargement…',
  problems: (count) =>
    `${n(count)} ${count === 1 ? 'problème' : 'problèmes'} dans les données : les éléments concernés ne sont pas affichés.`,
  filters: 'Filtrer par catégorie',
  all: 'Toutes',
  close: 'Fermer',
  synopsis: (title, events, span, eras) =>
    `${title} : ${events}, ${span}, ${n(eras)} ${eras === 1 ? 'époque' : 'époques'}. Les flèches parcourent les événements ; Entrée sélectionne.`,
  zoom: 'Zoom',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  details: 'Événement sélectionné',
  pick: 'Choisissez un événement sur la frise pour le lire ici.',
  gap: (from, to) => `Aucun événement de ${from} à ${to} ; cet intervalle est raccourci.`,
  notToScale: "pas à l'échelle",
  story: 'Parcourir les événements',
  keyMoments: 'Moments clés',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  duration: duration(L),
  elapsed: (from, to, years) => `De ${from} à ${to} : ${years}`,
  moment: (n, total) => (n ? `${n} sur ${total}` : `${total} moments clés`),
  start: (total) => `Commencer par les ${total} moments clés`,
  legend: 'Comment lire ceci',
  legendOrder: (newest) =>
    newest ? "Les événements les plus récents d'abord." : "Les événements les plus anciens d'abord.",
  legendEvent: 'Chaque point est un événement.',
  legendRange: 'Une marque plus longue est une période, pas un jour.',
  legendFeatured: 'Un point et un titre plus grands signalent un moment clé.',
  legendColour: "La couleur est la catégorie de l'événement : les boutons ci-dessus montrent une catégorie ou toutes.",
  legendEra: 'Les bandes ombrées regroupent les événements par époque.',
  legendGap: 'Une ligne pointillée signale des années sans événement, et dit combien.',
  legendTime:
    "Le long de la ligne, la distance est du temps. Les longues périodes sans événement sont raccourcies (hachurées, « pas à l'échelle »). Les périodes chargées sont agrandies d'un bloc et marquées le long de la ligne avec leur échelle (« ×10 »). Les événements d'un même jour se suivent à partir de leur date.",
  legendEven: "Les événements sont espacés également : la distance le long de la ligne n'est pas du temps.",
  search: 'Rechercher',
  matches: (n_) => `${n(n_)} ${n_ === 1 ? 'événement correspond' : 'événements correspondent'}`,
  share: 'Copier le lien',
  copied: 'Lien copié',
  corrections: 'Corrections',
  updated: (date) => `Mis à jour le ${date}`,
  follow: 'Suivre l’article',
  play: 'Lecture',
  playing: 'Lecture en cours',
  paused: 'En pause',
  lanes: 'Couloirs',
  byTime: 'Par date',
  byLane: 'Par couloir',
  collapseAll: 'Tout replier',
  expandAll: 'Tout déplier',
  alsoIn: (lanes) => `aussi ${lanes}`,
  otherLane: 'Autres événements',
  annotation: 'Note',
  offset: (years) => `${years} a`,
} satisfies Messages;
