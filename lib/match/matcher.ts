import type { EntityType } from '../knowledge/types';
import { isAcronym, isCapitalized, words, type Word } from './words';

/** What the matcher looks for: an entity and every name it goes by. */
export interface MatchTarget {
  id: string;
  type: EntityType;
  /** Canonical name first, then aliases. */
  names: string[];
}

/** A name found in a text: offsets into it and the targets it may stand for. */
export interface NameMatch {
  start: number;
  end: number;
  /** Indexes into the matcher's targets; more than one when a name is shared. */
  targets: number[];
  /** A person's lone surname ("Blinken"): trusted only with the full name nearby or when unambiguous. */
  short: boolean;
}

interface NameEnd {
  /** The name's words as written, for case rules. */
  pattern: string[];
  targets: number[];
  short: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends?: NameEnd[];
}

export interface Matcher {
  readonly targets: readonly MatchTarget[];
  find(text: string): NameMatch[];
}

const GAP = /^(?:[\s\u00a0\u2009\u202f]{1,4}|[-‐‑'’])$/u;
const JOINER = /[-‐‑'’]/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * One matcher for every name in the knowledge: a trie over folded words, so a
 * text is read once, word by word, whatever the number of names. At each word
 * the longest name wins. `neutralWords` are capitalized words that may stand
 * next to a name without making it part of a longer one ("Prime Minister
 * Netanyahu", but not "Sara Netanyahu").
 */
export function compileMatcher(targets: readonly MatchTarget[], neutralWords: ReadonlySet<string> = new Set()): Matcher {
  const root: TrieNode = { next: new Map() };
  targets.forEach((target, index) => {
    for (const [n, name] of target.names.entries()) addName(root, name, index, target.type === 'person' && n > 0);
  });
  return {
    targets,
    find: (text) => findNames(root, text, neutralWords),
  };
}

function addName(root: TrieNode, name: string, target: number, alias: boolean): void {
  const nameWords = words(name);
  if (!nameWords.length) return;
  let node = root;
  for (const word of nameWords) {
    let child = node.next.get(word.key);
    if (!child) node.next.set(word.key, (child = { next: new Map() }));
    node = child;
  }
  const pattern = nameWords.map((w) => w.raw);
  const short = alias && pattern.length === 1;
  node.ends ??= [];
  const end = node.ends.find((e) => e.pattern.join(' ') === pattern.join(' '));
  if (!end) node.ends.push({ pattern, targets: [target], short });
  else if (!end.targets.includes(target)) end.targets.push(target);
}

function findNames(root: TrieNode, text: string, neutral: ReadonlySet<string>): NameMatch[] {
  const found: NameMatch[] = [];
  const all = words(text);
  for (let i = 0; i < all.length; ) {
    const match = longestAt(root, all, i, text);
    if (match && standsAlone(text, all, i, match.last, neutral)) {
      found.push({ start: all[i]!.start, end: all[match.last]!.end, targets: match.end.targets, short: match.end.short });
      i = match.last + 1;
    } else i++;
  }
  return found;
}

function longestAt(root: TrieNode, all: Word[], i: number, text: string): { end: NameEnd; last: number } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: NameEnd; last: number } | undefined;
  for (let j = i; j < all.length; j++) {
    if (j > i && !GAP.test(text.slice(all[j - 1]!.end, all[j]!.start))) break;
    node = node.next.get(all[j]!.key);
    if (!node) break;
    const end = node.ends?.find((e) => caseFits(e.pattern, all, i));
    if (end) best = { end, last: j };
  }
  return best;
}

/** Acronyms match exactly ("US", not "us"); capitalized name words need a capital; particles ("al") any case. */
function caseFits(pattern: string[], all: Word[], i: number): boolean {
  return pattern.every((name, k) => {
    const raw = all[i + k]!.raw;
    if (isAcronym(name)) return raw === name;
    return !isCapitalized(name) || isCapitalized(raw);
  });
}

/**
 * A match is a whole name: not part of a hyphenated word ("Iran-aligned"),
 * and not inside a longer capitalized name ("Kataib Hezbollah", "Sara Netanyahu").
 */
function standsAlone(text: string, all: Word[], first: number, last: number, neutral: ReadonlySet<string>): boolean {
  const start = all[first]!.start;
  const end = all[last]!.end;
  if (JOINER.test(text[start - 1] ?? '') && LETTER.test(text[start - 2] ?? '')) return false;
  const tail = text.slice(end, end + 3);
  if (/^[-‐‑]\p{L}/u.test(tail)) return false;
  if (/^['’]\p{L}/u.test(tail) && !/^['’]s(?![\p{L}\p{N}])/u.test(tail)) return false;
  const before = all[first - 1];
  const after = all[last + 1];
  if (before && isNameNeighbour(text.slice(before.end, start), before.raw, neutral)) return false;
  return !(after && isNameNeighbour(text.slice(end, after.start), after.raw, neutral));
}

/** A capitalized word next to a name, with only a space between, makes a longer name. */
function isNameNeighbour(gap: string, raw: string, neutral: ReadonlySet<string>): boolean {
  return /^[ \u00a0]$/u.test(gap) && isCapitalized(raw) && !neutral.has(raw);
}
