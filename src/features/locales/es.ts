import type { Messages } from '../../model/messages.js';
import { duration } from './units.js';
import { roman } from './roman.js';

const L = 'es';
const n = (value: number) => value.toLocaleString(L);

/** Spanish. */
export default {
  circa: (date) => `c. ${date}`,
  rangeJoin: ' – ',
  bc: (date) => `${date} a. C.`,
  decade: (year) => `la década de ${year}`,
  century: (c) => `siglo ${roman(c)}`,
  startOpen: (date) => `antes de ${date}`,
  endOpen: (date) => `${date} o después`,
  sources: 'Fuentes',
  sourcesCount: (count, note) => `${note ? 'Nota y fuentes' : 'Fuentes'} (${n(count)})`,
  inLanguage: (name) => ` (en ${name})`,
  category: 'Categoría',
  eventsShown: (shown, total) =>
    shown === total
      ? `${n(total)} ${total === 1 ? 'acontecimiento' : 'acontecimientos'}`
      : `${n(shown)} de ${n(total)} acontecimientos`,
  noEvents: 'Ningún acontecimiento coincide con los filtros actuales.',
  noData: 'No hay acontecimientos que mostrar.',
  loading: 'Cargando…',
  problems: (count) =>
    `${n(count)} ${count === 1 ? 'problema' : 'problemas'} en los datos: los elementos afectados no se muestran.`,
  filters: 'Filtrar por categoría',
  all: 'Todas',
  close: 'Cerrar',
  synopsis: (title, events, span, eras) =>
    `${title}: ${events}, ${span}, ${n(eras)} ${eras === 1 ? 'época' : 'épocas'}. Las flechas recorren los acontecimientos; Intro selecciona.`,
  zoom: 'Zoom',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  details: 'Acontecimiento seleccionado',
  pick: 'Elige un acontecimiento en la línea de tiempo para leerlo aquí.',
  gap: (from, to) => `No hay acontecimientos entre ${from} y ${to}; este intervalo está acortado.`,
  notToScale: 'no a escala',
  story: 'Recorrer los acontecimientos',
  keyMoments: 'Momentos clave',
  previous: 'Acontecimiento anterior',
  next: 'Acontecimiento siguiente',
  duration: duration(L),
  elapsed: (from, to, years) => `De ${from} a ${to}: ${years}`,
  moment: (n, total) => (n ? `${n} de ${total}` : `${total} momentos clave`),
  start: (total) => `Empezar por los ${total} momentos clave`,
  legend: 'Cómo leer esto',
  legendOrder: (newest) => (newest ? 'Los hechos más recientes, primero.' : 'Los hechos más antiguos, primero.'),
  legendEvent: 'Cada punto es un hecho.',
  legendRange: 'Una marca más larga es un periodo, no un día.',
  legendFeatured: 'Un punto y un título más grandes señalan un momento clave.',
  legendColour: 'El color es la categoría del hecho: los botones de arriba muestran una categoría o todas.',
  legendEra: 'Las franjas sombreadas agrupan los hechos en etapas.',
  legendGap: 'Una línea discontinua indica años sin hechos, y dice cuántos.',
  legendTime:
    'A lo largo de la línea, la distancia es tiempo. Los tramos largos sin hechos se acortan (rayados, «no a escala»). Los tramos con muchos hechos se amplían enteros y se marcan junto a la línea con su escala («×10»). Los hechos de un mismo día se suceden a partir de su fecha.',
  legendEven: 'Los hechos están a la misma distancia: la distancia en la línea no es tiempo.',
  search: 'Buscar',
  matches: (n_) => `${n(n_)} ${n_ === 1 ? 'acontecimiento coincide' : 'acontecimientos coinciden'}`,
  share: 'Copiar enlace',
  copied: 'Enlace copiado',
  corrections: 'Correcciones',
  updated: (date) => `Actualizado el ${date}`,
  follow: 'Seguir el artículo',
  play: 'Reproducir',
  playing: 'Reproduciendo',
  paused: 'En pausa',
  lanes: 'Carriles',
  byTime: 'Por fecha',
  byLane: 'Por carril',
  collapseAll: 'Contraer todos',
  expandAll: 'Expandir todos',
  alsoIn: (lanes) => `también ${lanes}`,
  otherLane: 'Otros acontecimientos',
  annotation: 'Nota',
  offset: (years) => `${years} a`,
} satisfies Messages;
