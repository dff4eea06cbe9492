import { strings, type CoreMessages, type Messages } from '../../model/messages.js';
import ko from './ko.js';

/**
 * The English and Korean tables, kept for code written against 0.1: `messages.en`, `messages.ko`.
 * Korean is now a pack like the others (./ko.ts); the package's entry still offers both.
 */
export const messages: Readonly<{ en: CoreMessages; ko: Messages }> = { en: strings('en'), ko };
