import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`, where every UI string lives, ready for translation. */
export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language, `$1`… replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // Keys are checked against messages.json above, not against WXT's generated list, which lags behind edits.
  return browser.i18n.getMessage(key as never, substitutions.map(String)) || key;
}

/** What went wrong, in the words the error itself gives, for a status line. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "3 events", "1 event". */
export function eventCount(count: number): string {
  return count === 1 ? t('timelineEventsOne') : t('timelineEvents', count);
}
