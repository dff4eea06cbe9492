/**
 * The checks of what only some chronologies have: pictures (`media`), when an entry was updated,
 * and its corrections. Part of the validator (./validate.ts), kept apart for its length.
 */
import type { Correction, Media } from './types.js';
import type { EventExtension, Validator } from './validate.js';

function media(v: Validator, value: unknown, path: string): Media | undefined {
  if (!v.is(value, path, 'a picture: expected an object with src and alt')) return undefined;
  const src = v.url(value.src, path, 'src', true);
  // A decorative picture says so with an empty alt; a missing one is a mistake.
  const alt =
    value.alt === ''
      ? ''
      : value.alt === undefined
        ? v.report(`${path}.alt`, "missing: expected a text saying what the picture shows, or '' for decoration")
        : v.localized(value.alt, path, 'alt', true);
  if (src === undefined || alt === undefined) return undefined;
  const result: Media = { src, alt };
  for (const key of ['caption', 'credit'] as const) {
    const text = v.localized(value[key], path, key, false);
    if (text !== undefined) result[key] = text;
  }
  for (const key of ['width', 'height'] as const) {
    const size = value[key];
    if (size === undefined) continue;
    if (typeof size === 'number' && Number.isInteger(size) && size > 0) result[key] = size;
    else v.report(`${path}.${key}`, `${JSON.stringify(size)} is not valid: expected a whole number of pixels`);
  }
  return result;
}

function correction(v: Validator, value: unknown, path: string): Correction | undefined {
  if (!v.is(value, path, 'a correction: expected an object with date and text')) return undefined;
  const date = v.date(value.date, path, 'date', true);
  const text = v.localized(value.text, path, 'text', true);
  return date && text !== undefined ? { date: value.date as string, text } : undefined;
}

/** The valid items of an optional list, each invalid one reported. */
function list<T>(v: Validator, value: unknown, path: string, check: (item: unknown, path: string) => T | undefined) {
  return v.array(value, path, false).flatMap((item, i) => check(item, `${path}[${i}]`) ?? []);
}

/** A chronology's `updated`, or an event's `updated`, `media` and `corrections`. */
export const validateStory: EventExtension = (v, value, item, path) => {
  if (v.date(value.updated, path, 'updated', false)) item.updated = value.updated as string;
  if (!('id' in item)) return;
  if (value.media !== undefined) item.media = list(v, value.media, `${path}.media`, (m, p) => media(v, m, p));
  if (value.corrections !== undefined) {
    item.corrections = list(v, value.corrections, `${path}.corrections`, (c, p) => correction(v, c, p));
  }
};
