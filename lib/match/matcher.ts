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
  find(text: string): NameMatch[];
}

// What may stand between two words of a name: a few spaces, or one hyphen or apostrophe.
const GAP = /[\s\u00a0\u2009\u202f]{1,4}|[-‐‑'’]/uy;
const JOINER = /[-‐‑'’]/u;
const HYPHEN = /[-‐‑]/u;
const APOSTROPHE = /['’]/u;

interface Word {
  start: number;
  end: number;
  raw: string;
}

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
    find: (text) => findNames(root, sieve, text, neutralWords),
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

function findNames(branches: Branches, sieve: Sieve, text: string, neutral: ReadonlySet<string>): NameMatch[] {
  const found: NameMatch[] = [];
  const word = { at: 0 };
  for (let start = nextCandidate(text, 0, sieve, word); start >= 0; start = nextCandidate(text, word.at, sieve, word)) {
    // A candidate shares its skeleton with some name's first word: its own key says whether it is one.
    const branch = branches(wordKey(stripInvisible(text.slice(start, word.at))));
    if (!branch) continue;
    const match = longestAt(branch, text, start);
    if (match && standsAlone(text, match.words, neutral)) {
      const first = match.words[0]!;
      const last = match.words.at(-1)!;
      found.push({ start: first.start, end: last.end, targets: match.end.targets, short: match.end.short });
      word.at = last.end;
    }
  }
  return found;
}

function wordAt(text: string, at: number): Word | undefined {
  if (!opensWord(text, at)) return undefined;
  const end = wordEnd(text, at);
  return { start: at, end, raw: stripInvisible(text.slice(at, end)) };
}

/** The longest name at `start`, whose first word, the candidate `findNames` looked up, leads to `first`, its branch. */
function longestAt(first: TrieNode, text: string, start: number): { end: NameEnd; words: Word[] } | undefined {
  let node: TrieNode | undefined = first;
  let best: { end: NameEnd; words: Word[] } | undefined;
  const seen: Word[] = [];
  let at = start;
  for (;;) {
    const word = wordAt(text, at);
    if (!word) break;
    if (seen.length) node = node.next.get(wordKey(word.raw));
    if (!node) break;
    seen.push(word);
    const end = node.ends?.find((e) => caseFits(e.pattern, seen));
    if (end) best = { end, words: [...seen] };
    GAP.lastIndex = word.end;
    const gap = GAP.exec(text);
    if (!gap) break;
    at = word.end + gap[0].length;
  }
  return best;
}

/** Acronyms match exactly ("US", not "us"); capitalized name words need a capital; particles ("al") any case. */
function caseFits(pattern: string[], seen: Word[]): boolean {
  return pattern.every((name, k) => {
    const raw = seen[k]!.raw;
    if (isAcronym(name)) return raw === name;
    return !isCapitalized(name) || isCapitalized(raw);
  });
}

/**
 * A match is a whole name: not part of a hyphenated word ("Iran-aligned"),
 * and not inside a longer capitalized name ("Kataib Hezbollah", "Sara Netanyahu").
 */
function standsAlone(text: string, matched: Word[], neutral: ReadonlySet<string>): boolean {
  const start = matched[0]!.start;
  const end = matched.at(-1)!.end;
  if (JOINER.test(text[start - 1] ?? '') && inWord(text, start - 2)) return false;
  if (HYPHEN.test(text[end] ?? '') && isLetter(text, end + 1)) return false;
  // After an apostrophe only a possessive "'s" may follow a name ("Blinken's"; not "Blinken'ite").
  if (APOSTROPHE.test(text[end] ?? '') && isLetter(text, end + 1) && !(text[end + 1] === 's' && !opensWord(text, end + 2))) return false;
  const before = wordBefore(text, start);
  if (before && isNameNeighbour(before, neutral)) return false;
  const after = /^[ \u00a0]/u.test(text[end] ?? '') ? wordAt(text, end + 1) : undefined;
  return !(after && isNameNeighbour(after.raw, neutral));
}

/** The word just before `at`, when only one space separates them. */
function wordBefore(text: string, at: number): string | undefined {
  if (!/^[ \u00a0]$/u.test(text[at - 1] ?? '')) return undefined;
  let from = at - 1;
  while (inWord(text, from - 1)) from--;
  return from < at - 1 ? stripInvisible(text.slice(from, at - 1)) : undefined;
}

/** A capitalized word next to a name, with only a space between, makes a longer name. */
function isNameNeighbour(raw: string, neutral: ReadonlySet<string>): boolean {
  return isCapitalized(raw) && !neutral.has(raw);
}
