import type { EntityType } from '../knowledge/types';
import { inWord, isLetter, nextCandidate, opensWord, skeletonHash, wordEnd, type Sieve } from './word-scan';
import { isAcronym, isCapitalized, stripInvisible, wordKey, words } from './words';

/** What the matcher looks for: an entity and every name it goes by. */
export interface MatchTarget {
  id: string;
  type: EntityType;
  /** Canonical name first, then aliases. */
  names: string[];
  /** The folded first word of each name, when worked out beforehand (`firstWordKeys`). */
  firstWords?: string[];
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
  /**
   * The names in a text that begin in `from` to `to` (all of it by default),
   * read as part of the whole text: a long text is matched a slice at a time,
   * each slice from where the last one's names end, with what one finds alone.
   */
  find(text: string, from?: number, to?: number): NameMatch[];
}

// What may stand between two words of a name: up to four spaces of any kind, or one hyphen or apostrophe.
const MAX_SPACES = 4;
const isSpace = (code: number) =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
const isJoiner = (code: number) => isHyphen(code) || isApostrophe(code);
/** A space a name can stand next to another word across: a plain or a no-break space. */
const isNeighbourSpace = (code: number) => code === 0x20 || code === 0xa0;

/**
 * One matcher for every name in the knowledge: a trie over folded words.
 * A text is not cut into words: a sieve (`word-scan.ts`) passes over its
 * characters and stops only at words that may begin a name, capitalized ones
 * and the few lowercase particles names begin with ("al-Sudani"), so prose
 * costs no allocation and a candidate one set lookup, whatever the number of
 * names. At each word the longest name wins. `neutralWords` are capitalized words that may stand
 * next to a name without making it part of a longer one ("Prime Minister
 * Netanyahu", but not "Sara Netanyahu").
 */
export function compileMatcher(targets: readonly MatchTarget[], neutralWords: ReadonlySet<string> = new Set()): Matcher {
  // Start-up reads only each name's first word; the rest of a name's branch is built when a page first
  // meets that word, so a knowledge of 100,000 names costs little on a page that mentions a few.
  const byFirstWord = new Map<string, number[]>();
  const sieve = { capitalized: new Set<number>(), lowercase: new Set<number>() };
  const hashes = new Map<string, number>();
  targets.forEach((target, index) => {
    const keys = target.firstWords ?? firstWordKeys(target.names);
    for (const [n, key] of keys.entries()) {
      if (n >= MAX_NAMES) break;
      if (!key) continue;
      // A name is kept as one number, target and position together: no object for each of 100,000 names.
      const ref = index * MAX_NAMES + n;
      const bucket = byFirstWord.get(key);
      if (bucket) bucket.push(ref);
      else byFirstWord.set(key, [ref]);
      // Pages capitalize any name at the start of a sentence or in a headline: every first word is looked for in
      // capitalized words; one written lowercase ("al-Sudani") or without case (a digit, Arabic) in the others too.
      let hash = hashes.get(key);
      if (hash === undefined) {
        hashes.set(key, (hash = skeletonHash(key)));
        sieve.capitalized.add(hash);
      }
      if (!isCapitalized(target.names[n]!)) sieve.lowercase.add(hash);
    }
  });
  const branches = new Map<string, TrieNode>();
  const root: Branches = (key) => {
    let branch = branches.get(key);
    if (!branch) {
      const refs = byFirstWord.get(key);
      if (!refs) return undefined;
      branch = { next: new Map() };
      for (const ref of refs) {
        const [target, name] = [Math.floor(ref / MAX_NAMES), ref % MAX_NAMES];
        const t = targets[target]!;
        addName(branch, t.names[name]!, target, t.type === 'person' && name > 0);
      }
      branches.set(key, (branch = branch.next.get(key)!));
    }
    return branch;
  };
  return {
    targets,
    find: (text, from = 0, to = text.length) => findNames(root, sieve, text, from, to, neutralWords),
  };
}

/** More names than any entity has; a target's names are numbered below it. */
const MAX_NAMES = 1024;


/** The branch of the trie under a first word, or undefined when no name starts with it. */
type Branches = (firstKey: string) => TrieNode | undefined;

/** The folded first word of each name ('' for a name without one). */
export function firstWordKeys(names: readonly string[]): string[] {
  return names.map((name) => {
    const word = words(name)[0];
    return word ? word.key : '';
  });
}

/** Adds a name under a node. */
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
  const end = node.ends.find((e) => e.pattern.length === pattern.length && e.pattern.every((w, i) => w === pattern[i]));
  if (!end) node.ends.push({ pattern, targets: [target], short });
  else if (!end.targets.includes(target)) end.targets.push(target);
}

function findNames(branches: Branches, sieve: Sieve, text: string, from: number, to: number, neutral: ReadonlySet<string>): NameMatch[] {
  const found: NameMatch[] = [];
  const word = { at: 0 };
  for (let start = nextCandidate(text, from, to, sieve, word); start >= 0; start = nextCandidate(text, word.at, to, sieve, word)) {
    // A candidate shares its skeleton with some name's first word: its own key says whether it is one.
    const raw = stripInvisible(text.slice(start, word.at));
    const branch = branches(wordKey(raw));
    if (!branch) continue;
    const match = longestAt(branch, text, start, raw, word.at);
    if (match && standsAlone(text, start, match.stop, neutral)) {
      found.push({ start, end: match.stop, targets: match.end.targets, short: match.end.short });
      word.at = match.stop;
    }
  }
  return found;
}

/** The words of a name `longestAt` has read so far, as written: one list for every candidate, as it is asked of thousands of words a page. */
const seen: string[] = [];

/**
 * The longest name at `start`, whose first word (`raw`, up to `stop`), the
 * candidate `findNames` looked up, leads to `first`, its branch. Returns the
 * name and where it stops.
 */
function longestAt(first: TrieNode, text: string, start: number, raw: string, stop: number): { end: NameEnd; stop: number } | undefined {
  let node: TrieNode | undefined = first;
  let best: { end: NameEnd; stop: number } | undefined;
  seen.length = 0;
  for (;;) {
    seen.push(raw);
    const end = node.ends && fittingEnd(node.ends, seen);
    if (end) best = { end, stop };
    const gap = gapAt(text, stop);
    const at = stop + gap;
    if (gap === 0 || !opensWord(text, at)) break;
    stop = wordEnd(text, at);
    raw = stripInvisible(text.slice(at, stop));
    node = node.next.get(wordKey(raw));
    if (!node) break;
  }
  seen.length = 0;
  return best;
}

/** The length of what stands between two words of a name at `at`: spaces, or a hyphen or apostrophe; 0 when nothing may. */
function gapAt(text: string, at: number): number {
  let spaces = 0;
  while (spaces < MAX_SPACES && isSpace(text.charCodeAt(at + spaces))) spaces++;
  return spaces > 0 ? spaces : isJoiner(text.charCodeAt(at)) ? 1 : 0;
}

function fittingEnd(ends: readonly NameEnd[], words: readonly string[]): NameEnd | undefined {
  for (const end of ends) if (caseFits(end.pattern, words)) return end;
  return undefined;
}

/** Acronyms match exactly ("US", not "us"); capitalized name words need a capital; particles ("al") any case. */
function caseFits(pattern: readonly string[], words: readonly string[]): boolean {
  if (pattern.length !== words.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    const name = pattern[k]!;
    const raw = words[k]!;
    if (isAcronym(name) ? raw !== name : isCapitalized(name) && !isCapitalized(raw)) return false;
  }
  return true;
}

/**
 * A match is a whole name: not part of a hyphenated word ("Iran-aligned"),
 * and not inside a longer capitalized name ("Kataib Hezbollah", "Sara Netanyahu").
 */
function standsAlone(text: string, start: number, end: number, neutral: ReadonlySet<string>): boolean {
  if (isJoiner(text.charCodeAt(start - 1)) && inWord(text, start - 2)) return false;
  const next = text.charCodeAt(end);
  if (isHyphen(next) && isLetter(text, end + 1)) return false;
  // After an apostrophe only a possessive "'s" may follow a name ("Blinken's"; not "Blinken'ite").
  if (isApostrophe(next) && isLetter(text, end + 1) && !(text[end + 1] === 's' && !opensWord(text, end + 2))) return false;
  const before = wordBefore(text, start);
  if (before && isNameNeighbour(before, neutral)) return false;
  const after = isNeighbourSpace(next) ? wordAfter(text, end + 1) : undefined;
  return !(after && isNameNeighbour(after, neutral));
}

/** The word just before `at`, when only one space separates them. */
function wordBefore(text: string, at: number): string | undefined {
  if (!isNeighbourSpace(text.charCodeAt(at - 1))) return undefined;
  let from = at - 1;
  while (inWord(text, from - 1)) from--;
  return from < at - 1 ? stripInvisible(text.slice(from, at - 1)) : undefined;
}

/** The word that begins at `at`, if one does. */
function wordAfter(text: string, at: number): string | undefined {
  return opensWord(text, at) ? stripInvisible(text.slice(at, wordEnd(text, at))) : undefined;
}

/** A capitalized word next to a name, with only a space between, makes a longer name. */
function isNameNeighbour(raw: string, neutral: ReadonlySet<string>): boolean {
  return isCapitalized(raw) && !neutral.has(raw);
}
