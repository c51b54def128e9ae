import { isCommonWord } from './name-words';

/** Words of a text with their offsets, the unit every extraction step works on. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The word carried a possessive `'s` / `’s`, which is not part of `text`. */
  possessive: boolean;
}

// A word: letters, marks and digits, joined by inner hyphens or apostrophes
// ("al-Sudani", "O'Brien"), or dotted initials ("U.S.").
const WORD =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const POSSESSIVE = /['’]s$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    if (POSSESSIVE.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    tokens.push({ text: word, start, end: start + word.length, possessive });
  }
  return tokens;
}

const PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|bint|abu|ben|da|de|del|della|der|di|du|dos|das|la|le|van|von|y)$/iu;

/** "al", "bin", "von": lowercase parts that belong to a name. */
function isParticle(word: string): boolean {
  return PARTICLE.test(word);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * A word that can be part of a proper name: capitalized ("Blinken"), all
 * capitals ("PMF"), or a particle compound whose other parts are capitalized
 * ("al-Sudani", "Jean-Pierre"); not "Iran-aligned".
 */
export function isNameWord(word: string): boolean {
  const parts = word.split(/[-‐‑]/u);
  let sawCapital = false;
  for (const [i, part] of parts.entries()) {
    const first = part[0] ?? '';
    if (isUpper(first)) sawCapital = true;
    else if (!(i < parts.length - 1 && isParticle(part)) && !/^\p{N}/u.test(first) && !isGivenNameSyllable(part, i, sawCapital)) return false;
  }
  return sawCapital && !/^\p{N}+$/u.test(word);
}

/** "Tae-yul", "Min-jun": a romanized given name's lowercase syllable, not "Iran-aligned". */
function isGivenNameSyllable(part: string, index: number, afterCapital: boolean): boolean {
  return afterCapital && index > 0 && part.length <= 4 && !isCommonWord(part);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&]+$/u.test(word);
}
