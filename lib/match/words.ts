import { isInvisible, opensWord, wordEnd } from './word-scan';

/** A word of page text as the matcher sees it. */
export interface Word {
  start: number;
  end: number;
  /** The word as written, soft hyphens removed. */
  raw: string;
  /** Case- and accent-folded form that names are looked up by. */
  key: string;
}

const PLAIN = /^[a-z0-9]*$/u;

/** The words of a text: each begins with a letter or digit and goes on with letters, marks, digits, soft hyphens and zero-width joiners. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (let at = 0; at < text.length; ) {
    if (!opensWord(text, at)) {
      at++;
      continue;
    }
    const end = wordEnd(text, at);
    const raw = stripInvisible(text.slice(at, end));
    out.push({ start: at, end, raw, key: wordKey(raw) });
    at = end;
  }
  return out;
}

/** A word without the soft hyphens and zero-width joiners pages hide in it. */
export function stripInvisible(word: string): string {
  // Most words have none: one look at each character beats a RegExp on the hot path.
  for (let i = 0; i < word.length; i++) if (isInvisible(word.charCodeAt(i))) return word.replace(/[\u00ad\u200c\u200d]/gu, '');
  return word;
}

/**
 * The folded form of a word, which names are looked up by: case and accents
 * go ("Sudani", "SUDANI", "Súdani"), and so do the usual differences between
 * romanizations of one name ("Fouad Shukur" / "Fuad Shukr", "Haniyeh" /
 * "Haniya" / "Haniyah"). Only a whole name in its case can match, so a fold
 * never makes a name of an ordinary word.
 */
export function wordKey(raw: string): string {
  let key = keys.get(raw);
  if (key === undefined) {
    const lower = raw.toLowerCase();
    const plain = PLAIN.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
    key = plain.length > 3 ? romanizationKey(plain) : plain;
    // Pages repeat their capitalized words; a bounded memo keeps folding them cheap.
    if (keys.size > 50_000) keys.clear();
    keys.set(raw, key);
  }
  return key;
}

const keys = new Map<string, string>();

function romanizationKey(word: string): string {
  return word
    .replace(/ou|oo/gu, 'u')
    .replace(/ee/gu, 'i')
    .replace(/ph/gu, 'f')
    .replace(/([aeiouy])h$/u, '$1')
    .replace(/[ae]$/u, 'a')
    .replace(/([a-z])\1/gu, '$1')
    .replace(/([^aeiouy])[aeiou]([^aeiouy])$/u, '$1$2');
}

// Asked of every candidate word: ASCII letters are told by their codes, without making new strings.
const isUpperAscii = (code: number) => code >= 65 && code <= 90;
const isLowerAscii = (code: number) => code >= 97 && code <= 122;

export function isCapitalized(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128 || !raw) return isUpperAscii(code);
  const first = raw[0]!;
  return first !== first.toLowerCase();
}

export function isAcronym(raw: string): boolean {
  if (raw.length < 2) return false;
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 128) return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    if (isLowerAscii(code)) return false;
    if (isUpperAscii(code)) upper = true;
  }
  return upper;
}
