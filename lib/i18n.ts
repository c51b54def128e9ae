import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`, where every UI string lives, ready for translation. */
export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language, `$1`… replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}
