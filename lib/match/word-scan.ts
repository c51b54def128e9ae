/**
 * The matcher's first sieve: one pass over a text's characters, with no
 * string or object made per word, that stops only at words that may begin a
 * name. A word is summed up by its skeleton, which `wordKey` cannot change:
 * its letters folded (case, accents), without vowels and "h", "p" read as
 * "f", repeated letters once. Every fold `wordKey` makes (ou → u, ph → f,
 * a final vowel or "h", doubled letters, a dropped last vowel) only touches
 * what the skeleton leaves out, so two words with one key share a skeleton,
 * and a hash of the skeletons of the names' first words lets through every
 * word that can start a name, and few others.
 */

import { LATIN_ENTRIES } from './latin-entries';

/** A character's entry: whether it is in a word, starts one, is a capital, and what it adds to the skeleton (0: nothing). */
const IN_WORD = 0x100;
/** A letter or digit: a word begins with one (not with a mark or an invisible joiner). */
const OPENS = 0x200;
const CAPITAL = 0x400;
/** A letter the skeleton cannot fold (outside Latin): its word is always looked at closely. */
const FOREIGN = 0x800;
/** A letter (not a digit). */
const LETTER = 0x1000;
const SKELETON = 0xff;

export const TABLE_END = 0x250;
export const PUNCTUATION_FROM = 0x2000;
export const PUNCTUATION_TO = 0x2070;

/**
 * Unicode's classes, for characters outside the table: made when first
 * needed, as a RegExp with a property class is parsed (its ranges built) as
 * soon as it is made, which costs a page that never meets such a character.
 */
let unicodeClasses: { letterOrDigit: RegExp; letter: RegExp; mark: RegExp } | undefined;
const classes = () => (unicodeClasses ??= { letterOrDigit: /[\p{L}\p{N}]/u, letter: /\p{L}/u, mark: /\p{M}/u });

/**
 * Entries for Latin text (ASCII and the accented Latin letters up to U+024F),
 * as `entryOf` works them out: kept here as data, since working them out takes
 * Unicode RegExps a millisecond to compile on every page. A unit test checks
 * the two agree; `npx tsx scripts/latin-entries.ts` prints the data anew.
 */
const table = Uint16Array.from(LATIN_ENTRIES);

/** The soft hyphen and the zero-width (non-)joiner: pages hide them inside words. */
export function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200c || code === 0x200d;
}

/** A character's entry, worked out from Unicode's classes. */
export function entryOf(char: string): number {
  const { letterOrDigit, letter, mark } = classes();
  if (isInvisible(char.charCodeAt(0)) || mark.test(char)) return IN_WORD;
  if (!letterOrDigit.test(char)) return 0;
  const lower = char.toLowerCase();
  const kind = IN_WORD | OPENS | (lower !== char ? CAPITAL : 0) | (letter.test(char) ? LETTER : 0);
  const folded = lower.normalize('NFKD').replace(/\p{M}/gu, '');
  if (!/^[a-z0-9]$/u.test(folded)) return kind | FOREIGN;
  if (/^[aeiouh]$/u.test(folded)) return kind;
  return kind | (folded === 'p' ? 0x66 : folded.charCodeAt(0));
}

/** Entries for the rest of the Basic Multilingual Plane, worked out as a page first uses them. */
let wide: Uint16Array | undefined;
const KNOWN = 0x8000;

function entryAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < TABLE_END) return table[code]!;
  if (code >= 0xd800 && code <= 0xdfff) return surrogateEntry(text, i, code);
  // General Punctuation (curly quotes, dashes, spaces): on every page, and no letter among them.
  if (code >= PUNCTUATION_FROM && code < PUNCTUATION_TO) return isInvisible(code) ? IN_WORD : 0;
  wide ??= new Uint16Array(0x10000);
  let entry = wide[code]!;
  if (entry === 0) wide[code] = entry = KNOWN | entryOf(String.fromCharCode(code));
  return entry & ~KNOWN;
}

/** Entries for characters outside the BMP (emoji, historic scripts), worked out as a page first uses them. */
const astral = new Map<number, number>();

/** A character outside the BMP (two code units): the first carries its entry, the second goes on with its word; a lone half is no character. */
function surrogateEntry(text: string, i: number, code: number): number {
  const high = code <= 0xdbff;
  const point = high ? text.codePointAt(i)! : i > 0 ? text.codePointAt(i - 1)! : code;
  if (point <= 0xffff) return 0;
  let entry = astral.get(point);
  if (entry === undefined) {
    const char = String.fromCodePoint(point);
    astral.set(point, (entry = entryOf(char) | (classes().letterOrDigit.test(char) ? FOREIGN : 0)));
  }
  return high ? entry : entry & IN_WORD;
}

/*
 * What the matcher asks of single characters, told from the same table: a
 * RegExp with Unicode classes costs a millisecond to compile on a page's first
 * name, and a call per character after that.
 */

/** Whether the character at `i` belongs to a word: a letter, digit, mark, soft hyphen or zero-width joiner. */
export function inWord(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (entryAt(text, i) & IN_WORD) !== 0;
}

/** Whether a word can begin at `i`: a letter or digit. */
export function opensWord(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (entryAt(text, i) & OPENS) !== 0;
}

export function isLetter(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (entryAt(text, i) & LETTER) !== 0;
}

/** Where the word going on at `i` ends. */
export function wordEnd(text: string, i: number): number {
  while (inWord(text, i)) i++;
  return i;
}

/** The hash of a skeleton with no letter (a word of vowels): any start other than 0. */
const EMPTY = 7;

/** A skeleton's hash with one more letter. */
const mix = (hash: number, part: number) => (Math.imul(hash, 31) + part) | 0;

/** The skeleton hash of a folded word (a `wordKey`): what a name's first word is known by in the sieve. */
export function skeletonHash(key: string): number {
  let hash = EMPTY;
  let last = 0;
  for (let i = 0; i < key.length; i++) {
    const part = entryAt(key, i) & SKELETON;
    if (part !== 0 && part !== last) {
      hash = mix(hash, part);
      last = part;
    }
  }
  return hash;
}

/** Where a name may begin. */
export interface Sieve {
  /** Skeleton hashes of names' first words, for capitalized words. */
  capitalized: ReadonlySet<number>;
  /** Skeleton hashes of first words written lowercase ("al-Sudani") or without case (a digit, Arabic), for words that are not capitalized. */
  lowercase: ReadonlySet<number>;
}

/**
 * The next word beginning at or after `from`, and before `to`, that may begin
 * a name: a capitalized word whose skeleton some first word has, a lowercase
 * one whose skeleton a lowercase first word has, or one with letters the
 * skeleton cannot fold. Returns its start and sets `end.at` to its end; -1
 * when there is none.
 */
export function nextCandidate(text: string, from: number, to: number, sieve: Sieve, end: { at: number }): number {
  const length = text.length;
  let i = from;
  // A word that began before `from` is no start of a name.
  let continued = from > 0 && (entryAt(text, from - 1) & IN_WORD) !== 0;
  while (i < to) {
    // Latin text is looked up in the table inline: this loop sees every character of the page.
    let code = text.charCodeAt(i);
    let entry = code < TABLE_END ? table[code]! : entryAt(text, i);
    if ((entry & IN_WORD) === 0) {
      i++;
      continued = false;
      continue;
    }
    const start = i;
    const opens = !continued && (entry & OPENS) !== 0;
    const capital = (entry & CAPITAL) !== 0;
    let flags = 0;
    let hash = EMPTY;
    let last = 0;
    do {
      const part = entry & SKELETON;
      if (part !== 0 && part !== last) {
        hash = mix(hash, part);
        last = part;
      }
      flags |= entry;
      if (++i === length) break;
      code = text.charCodeAt(i);
      entry = code < TABLE_END ? table[code]! : entryAt(text, i);
    } while ((entry & IN_WORD) !== 0);
    continued = false;
    if (!opens) continue;
    const known = capital ? sieve.capitalized : sieve.lowercase;
    if (known.has(hash) || ((flags & FOREIGN) !== 0 && known.size > 0)) {
      end.at = i;
      return start;
    }
  }
  return -1;
}
