import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

// The real browser reads _locales; the fake one gets the same English messages.
fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | (string | number)[]) => {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions.map(String) : [substitutions];
  return (messages[key]?.message ?? '').replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
};
