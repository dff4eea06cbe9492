/**
 * Several chronologies on one axis (`chronologies`): one chronology in which each becomes a lane,
 * or a group of lanes when it has lanes of its own. Pure; the result is validated as any data is.
 */
import type { Annotation, Chronology, Era, Lane, Localized, TimelineEvent } from '../../model/types.js';

type Loose<T> = Partial<T> & Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A title as a lane id: its English (or first) text in kebab case; '' when it has none. */
function slug(title: unknown): string {
  const text = typeof title === 'string' ? title : isObject(title) ? (title.en ?? Object.values(title)[0]) : '';
  return String(text ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** "US–ROK · Alliance": the chronology's title before its own lane's label, in each language of either. */
function joined(title: Localized | undefined, label: Localized): Localized {
  if (title === undefined) return label;
  if (typeof title === 'string' && typeof label === 'string') return `${title} · ${label}`;
  const [a, b] = [title, label].map((text) => (typeof text === 'string' ? { en: text } : text));
  const tags = new Set([...Object.keys(a!), ...Object.keys(b!)]);
  return Object.fromEntries(
    [...tags].map((tag) => [
      tag,
      `${a![tag] ?? a!.en ?? Object.values(a!)[0]} · ${b![tag] ?? b!.en ?? Object.values(b!)[0]}`,
    ]),
  );
}

/**
 * One chronology from several. Each becomes the lane `<id>` (its title in kebab case, else `c1`,
 * `c2`…), labelled by its title; one with lanes of its own gives `<id>-<lane>` lanes instead. Ids
 * are prefixed with the lane's (`us-rok-treaty`), so two chronologies may share an event id; the
 * categories are the union (the first label of an id wins), and so are the eras and the notes.
 */
export function combineChronologies(list: readonly unknown[]): Chronology {
  const parts = list.filter(isObject) as Loose<Chronology>[];
  const taken = new Set<string>();
  const lanes: Lane[] = [];
  const categories = new Map<string, NonNullable<Chronology['categories']>[number]>();
  const events: TimelineEvent[] = [];
  const eras: Era[] = [];
  const annotations: Annotation[] = [];
  parts.forEach((part, i) => {
    let id = slug(part.title) || `c${i + 1}`;
    while (taken.has(id)) id = `${id}-${i + 1}`;
    taken.add(id);
    const prefix = (own: unknown) => `${id}-${String(own)}`;
    const own = Array.isArray(part.lanes) ? (part.lanes as Loose<Lane>[]).filter(isObject) : [];
    if (own.length) {
      for (const lane of own)
        lanes.push({
          ...lane,
          id: prefix(lane.id),
          label: joined(part.title as Localized | undefined, lane.label as Localized),
        } as Lane);
    } else {
      lanes.push({ id, label: (part.title as Localized | undefined) ?? id });
    }
    const laneOf = (event: Loose<TimelineEvent>) =>
      own.length && event.lane !== undefined ? ([] as unknown[]).concat(event.lane).map(prefix) : id;
    for (const category of Array.isArray(part.categories) ? part.categories : []) {
      if (isObject(category) && typeof category.id === 'string' && !categories.has(category.id)) {
        categories.set(category.id, category as NonNullable<Chronology['categories']>[number]);
      }
    }
    for (const event of Array.isArray(part.events) ? (part.events as Loose<TimelineEvent>[]) : []) {
      if (isObject(event)) events.push({ ...event, id: prefix(event.id), lane: laneOf(event) } as TimelineEvent);
    }
    for (const era of Array.isArray(part.eras) ? (part.eras as Loose<Era>[]) : []) {
      if (isObject(era)) eras.push({ ...era, id: prefix(era.id) } as Era);
    }
    for (const note of Array.isArray(part.annotations) ? (part.annotations as Loose<Annotation>[]) : []) {
      if (!isObject(note)) continue;
      annotations.push({
        ...note,
        id: prefix(note.id),
        ...(note.event !== undefined && { event: prefix(note.event) }),
        lane: note.lane !== undefined && own.length ? prefix(note.lane) : id,
      } as Annotation);
    }
  });
  const titles = parts.map((part) => part.title).filter((title) => title !== undefined) as Localized[];
  return {
    title: titles.length ? titles.reduce((all, title) => joined(all, title)) : '',
    categories: [...categories.values()],
    lanes,
    events,
    ...(eras.length && { eras }),
    ...(annotations.length && { annotations }),
  };
}
