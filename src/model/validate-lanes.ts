/**
 * The checks of lanes (the sides of a story, on one axis) and annotations (notes on the timeline).
 * Part of the validator (./validate.ts), kept apart for its length.
 */
import type { Annotation, Lane, TimelineEvent } from './types.js';
import { CATEGORY_ID, EVENT_ID, keep, show, type Json, type Validator } from './validate.js';

/** A chronology's `lanes`, or undefined when it declares none; sets the validator's `lanes` for its events. */
export function validateLanes(v: Validator, data: Json): Lane[] | undefined {
  if (data.lanes === undefined) return undefined;
  const seen = new Map<string, string>();
  const lanes = keep(v.array(data.lanes, 'lanes', false), 'lanes', (value, path): Lane | undefined => {
    if (!v.is(value, path, 'a lane: expected an object with id and label')) return undefined;
    const id = v.id(value.id, path, 'id', CATEGORY_ID, 'letters and digits, in any script, and single hyphens', seen);
    const label = v.localized(value.label, path, 'label', true);
    const description = v.localized(value.description, path, 'description', false);
    const color = v.color(value.color, path, 'color');
    if (id === undefined || label === undefined) return undefined;
    const lane: Lane = { id, label };
    if (description !== undefined) lane.description = description;
    if (color !== undefined) lane.color = color;
    const anchor = v.string(value.anchor, path, 'anchor', false);
    if (anchor !== undefined) {
      lane.anchor = anchor;
      anchorPaths.set(lane, `${path}.anchor`);
    }
    return lane;
  });
  v.lanes = new Set(lanes.map((lane) => lane.id));
  return lanes;
}

/**
 * An event's `lane`: one declared lane's id, or several, its main lane first. An undeclared lane is
 * reported and left out; the event still shows (in its next lane, or where events without one go).
 */
export function validateLane(v: Validator, value: Json, event: TimelineEvent, path: string): void {
  if (value.lane === undefined) return;
  const at = `${path}.lane`;
  const given = Array.isArray(value.lane) ? value.lane : [value.lane];
  if (given.length === 0) {
    v.report(at, 'an empty list: expected a lane id, or several, its main lane first');
    return;
  }
  const lanes: string[] = [];
  given.forEach((lane, i) => {
    const where = Array.isArray(value.lane) ? `${at}[${i}]` : at;
    const id = v.string(lane, where, '', true);
    if (id === undefined) return;
    if (!v.lanes.has(id)) {
      const none = v.lanes.size === 0 ? ': the chronology declares no lanes' : '';
      v.report(where, `${show(id)} is not a declared lane${none}; the event shows without it`);
    } else if (lanes.includes(id)) v.report(where, `${show(id)} is named twice`);
    else lanes.push(id);
  });
  if (lanes.length > 0) event.lane = lanes.length === 1 ? lanes[0]! : lanes;
}

/** Where each lane's anchor was given, for its report once the events are known. */
const anchorPaths = new WeakMap<Lane, string>();

/** Each lane's `anchor`, once the events are known: one of the lane's own events, else left out. */
export function validateAnchors(v: Validator, lanes: Lane[], events: TimelineEvent[]): void {
  for (const lane of lanes) {
    if (lane.anchor === undefined) continue;
    const event = events.find((event) => event.id === lane.anchor);
    if (!event || ![event.lane].flat().includes(lane.id)) {
      v.report(anchorPaths.get(lane)!, `${show(lane.anchor)} is not an event in this lane; the lane is not aligned`);
      delete lane.anchor;
    }
  }
}

/** A chronology's `annotations`, once its events are known (a note can be about one of them). */
export function validateAnnotations(v: Validator, data: Json, events: TimelineEvent[]): Annotation[] | undefined {
  if (data.annotations === undefined) return undefined;
  const ids = new Map<string, string>();
  const eventIds = new Set(events.map((event) => event.id));
  return keep(v.array(data.annotations, 'annotations', false), 'annotations', (value, path) => {
    if (!v.is(value, path, 'an annotation: expected an object with id, text, and a start, event or lane')) {
      return undefined;
    }
    const id = v.id(value.id, path, 'id', EVENT_ID, 'a string without spaces, # or invisible characters', ids);
    const text = v.localized(value.text, path, 'text', true);
    let placed = true;
    if (value.start !== undefined) placed = v.span(value, path);
    else if (value.end !== undefined) placed = Boolean(v.report(`${path}.end`, 'an end needs a start date'));
    const event = v.string(value.event, path, 'event', false);
    if (event !== undefined && !eventIds.has(event)) {
      v.report(`${path}.event`, `${show(event)} is not the id of an event shown; the note is left out`);
      return undefined;
    }
    const lane = v.string(value.lane, path, 'lane', false);
    if (lane !== undefined && !v.lanes.has(lane)) {
      v.report(`${path}.lane`, `${show(lane)} is not a declared lane; the note is left out`);
      return undefined;
    }
    if (placed && value.start === undefined && event === undefined && lane === undefined) {
      v.report(path, 'says where it belongs nowhere: expected a start date, an event or a lane');
      return undefined;
    }
    let priority: Annotation['priority'];
    if (value.priority !== undefined) {
      if (value.priority === 1 || value.priority === 2 || value.priority === 3) priority = value.priority;
      else v.report(`${path}.priority`, `${show(value.priority)} is not valid: expected 1, 2 or 3; 2 is used`);
    }
    if (id === undefined || text === undefined || !placed) return undefined;
    const note: Annotation = { id, text };
    if (value.start !== undefined) note.start = value.start as string;
    if (value.end !== undefined) note.end = value.end as string;
    if (event !== undefined) note.event = event;
    if (lane !== undefined) note.lane = lane;
    if (priority !== undefined) note.priority = priority;
    if (value.sources !== undefined) {
      note.sources = keep(v.array(value.sources, `${path}.sources`, false), `${path}.sources`, (source, at) =>
        v.source(source, at),
      );
    }
    return note;
  });
}
