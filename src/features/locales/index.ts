/**
 * The on-demand chunk behind every locale but English: Intl dates (Korean's come from the built-in
 * tables), and the nearest UI-string pack (each pack its own chunk), unless the page registered
 * strings for the language.
 */
import { findStrings, lookupTags, registerLocale, type Locale, type Messages } from '../../model/messages.js';

export { intlDates } from './intl.js';

/** Each pack's chunk, by lower-case tag. */
export const packs: Record<string, () => Promise<{ default: Messages }>> = {
  ko: () => import('./ko.js'),
  ja: () => import('./ja.js'),
  'zh-hans': () => import('./zh-Hans.js'),
  'zh-hant': () => import('./zh-Hant.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  ar: () => import('./ar.js'),
};

/** The language packs that ship with the element, by tag. */
export const packTags = ['ko', 'ja', 'zh-Hans', 'zh-Hant', 'es', 'fr', 'de', 'ar'] as const;

/** Makes a locale ready: Intl dates, and its pack's strings if it has one and none are registered. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (findStrings(locale)) return;
  const tag = lookupTags(locale).find((candidate) => packs[candidate]);
  if (tag) registerLocale(tag, (await packs[tag]!()).default);
}
