import { COMMON_CAPITALIZED, GROUP_NOUNS, ORG_HEADS, ORG_METONYMS, ORG_METONYM_PHRASES, PERSONAL_TITLES, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_OBJECTS, TITLE_WORDS } from './lexicon/words';
import { isDemonym, isPlace } from './places';
import type { Span } from './sentences';
import { isNameWord, joinedBySpace, tokenize, type Token } from './tokens';

export type TypeHint = 'organization' | 'person';

/** A proper name as it stands in one sentence, with what the sentence says of it. */
export interface NameMention extends Span {
  /** The name as written, without titles or a possessive `'s`. */
  name: string;
  sentence: number;
  hint?: TypeHint;
  /** Title or role stated with the name: "US Secretary of State", "Hamas politburo head". */
  role?: string;
  /** The nation or organization a role names: "US", "Hamas". */
  affiliation?: string;
  /** Acronym the text defines for this name: "Popular Mobilization Forces (PMF)". */
  acronym?: string;
}

/** A title standing for a person: "the Iraqi Prime Minister". */
export interface TitleReference extends Span {
  title: string;
  sentence: number;
}

export interface SentenceNames {
  mentions: NameMention[];
  titleReferences: TitleReference[];
}

const CONNECTORS = new Set(
  'of the de da di del della van von der den bin ibn bint abu al el du dos das y la le'.split(' '),
);
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame']);
const ARTICLE = /^(?:the|a|an)$/iu;

/** Names and title references in one sentence of `text`. */
export function readSentence(text: string, sentence: Span, index: number): SentenceNames {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const runs = nameRuns(tokens, text);
  const result: SentenceNames = { mentions: [], titleReferences: [] };
  let previous: NameMention | undefined;
  for (const run of runs) {
    const read = readRun(run, text, index);
    if (!read) {
      previous = undefined;
      continue;
    }
    if ('title' in read) {
      result.titleReferences.push(read);
      previous = undefined;
      continue;
    }
    addRolePhrase(read, previous, tokens, text);
    addGroupNounHint(read, tokens, text);
    addAppositiveRole(read, text, sentence.end);
    result.mentions.push(read);
    previous = read;
  }
  return result;
}

/** Maximal runs of name words, joined by spaces or name connectors ("of", "bin"). */
function nameRuns(tokens: Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const last = run.at(-1);
    if (isNameWord(token.text)) {
      if (!last || !joinedBySpace(text, last, token)) flush();
      run.push(token);
    } else if (last && isConnector(token, last, tokens[i + 1], text)) {
      run.push(token);
    } else {
      flush();
    }
    if (token.possessive) flush();
  });
  flush();
  return runs;
}

function isConnector(token: Token, last: Token, next: Token | undefined, text: string): boolean {
  if (!CONNECTORS.has(token.text) || !next || !isNameWord(next.text)) return false;
  if (token.text === 'the' && last.text !== 'of') return false;
  return joinedBySpace(text, last, token) && joinedBySpace(text, token, next);
}

function readRun(run: Token[], text: string, sentence: number): NameMention | TitleReference | undefined {
  const words = dropCommonStart(run);
  if (!words.length) return undefined;
  const whole = spanOf(words, text);
  const hasOrgHead = words.some((w, i) => ORG_HEADS.has(w.text) && (i === words.length - 1 || words[i + 1]?.text === 'of'));
  if (hasOrgHead || ORG_METONYM_PHRASES.includes(whole.name) || (words.length === 1 && ORG_METONYMS.has(whole.name))) {
    return { ...whole, sentence, hint: 'organization', ...acronymAfter(words, text) };
  }
  const title = titleSplit(words);
  if (title) {
    const prefix = spanOf(words.slice(0, title.nameAt), text);
    if (title.nameAt === words.length) return { title: prefix.name, start: prefix.start, end: prefix.end, sentence };
    const name = spanOf(words.slice(title.nameAt), text);
    const roleWords = words.slice(0, title.nameAt).filter((w) => !HONORIFICS.has(w.text.replace(/\.$/u, '')));
    const mention: NameMention = { ...name, sentence, hint: 'person' };
    if (roleWords.length) mention.role = spanOf(roleWords, text).name;
    if (title.titleAt > 0) mention.affiliation = spanOf(words.slice(0, title.titleAt), text).name;
    return mention;
  }
  return { ...whole, sentence, ...acronymAfter(words, text) };
}

/** Sentence-initial and function words ("The", "On Sunday") are not part of a name. */
function dropCommonStart(run: Token[]): Token[] {
  let i = 0;
  while (i < run.length && (COMMON_CAPITALIZED.has(run[i]!.text) || CONNECTORS.has(run[i]!.text))) i++;
  return run.slice(i);
}

function spanOf(words: Token[], text: string): Span & { name: string } {
  const start = words[0]!.start;
  const end = words.at(-1)!.end;
  return { name: text.slice(start, end).replace(/[\s\u00a0]+/gu, ' '), start, end };
}

/**
 * Where a title starts and where the name after it starts:
 * "US Secretary of State Antony Blinken" has its title at 1 and the name at 4.
 * A run that is all title ("Iraqi Prime Minister") has `nameAt === length`.
 */
function titleSplit(words: Token[]): { titleAt: number; nameAt: number } | undefined {
  const titleAt = words.findIndex((w) => isTitleWord(w.text));
  if (titleAt < 0) return undefined;
  let nameAt = titleAt + 1;
  while (nameAt < words.length) {
    const word = words[nameAt]!.text;
    const next = words[nameAt + 1]?.text ?? '';
    if (isTitleWord(word)) nameAt++;
    else if (word === 'of' && (isTitleWord(next) || TITLE_OBJECTS.has(next) || isPlace(next))) nameAt += 2;
    else if (word === 'the' && words[nameAt - 1]?.text === 'of') nameAt++;
    else break;
  }
  const name = words.slice(nameAt);
  if (name.length === 1 && !words.slice(titleAt, nameAt).some((w) => PERSONAL_TITLES.has(bare(w.text)))) {
    return undefined;
  }
  if (name.some((w) => isTitleWord(w.text))) return undefined;
  return { titleAt, nameAt };
}

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(bare(word));
}

function bare(word: string): string {
  return word.replace(/\.$/u, '');
}

/** "Popular Mobilization Forces (PMF)": an acronym whose letters are the name's initials. */
function acronymAfter(words: Token[], text: string): { acronym?: string } {
  const end = words.at(-1)!.end;
  const match = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.]{1,9})\s*\)/u.exec(text.slice(end, end + 16));
  if (!match) return {};
  const acronym = match[1]!;
  const initials = words
    .filter((w) => !CONNECTORS.has(w.text))
    .map((w) => w.text[0])
    .join('');
  const letters = acronym.replace(/[.&]/gu, '');
  return letters[0] === initials[0] && isSubsequence(letters, initials) ? { acronym } : {};
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

/**
 * "Hamas politburo head Ismail Haniyeh": lowercase role words between two names
 * give the second a role and make the first its affiliation.
 */
function addRolePhrase(mention: NameMention, previous: NameMention | undefined, tokens: Token[], text: string): void {
  if (mention.hint === 'organization') return;
  const at = tokens.findIndex((t) => t.start === mention.start);
  let from = at;
  while (from > 0) {
    const word = tokens[from - 1]!;
    if (!(ROLE_NOUNS.has(word.text) || ROLE_MODIFIERS.has(word.text)) || !joinedBySpace(text, word, tokens[from]!)) break;
    from--;
  }
  if (from === at || !ROLE_NOUNS.has(tokens[at - 1]!.text)) return;
  const phrase = text.slice(tokens[from]!.start, tokens[at - 1]!.end);
  const before = tokens[from - 1];
  const affiliated = previous && before && previous.end === before.end && joinedBySpace(text, before, tokens[from]!);
  mention.hint = 'person';
  if (affiliated && !isPlace(previous.name) && !isDemonym(previous.name)) previous.hint ??= 'organization';
  if (mention.role) return;
  mention.role = affiliated ? `${previous.name} ${phrase}` : phrase;
  if (affiliated) mention.affiliation = previous.name;
}

/** "Hamas officials", "Hezbollah commander": a single name before a group noun is an organization. */
function addGroupNounHint(mention: NameMention, tokens: Token[], text: string): void {
  if (mention.hint || mention.name.includes(' ') || isPlace(mention.name) || isDemonym(mention.name)) return;
  const at = tokens.findIndex((t) => t.end === mention.end);
  const next = tokens[at + 1];
  if (next && GROUP_NOUNS.has(next.text) && joinedBySpace(text, tokens[at]!, next)) mention.hint = 'organization';
}

/** "Antony Blinken, the US secretary of state, said": a role set off by commas after a name. */
function addAppositiveRole(mention: NameMention, text: string, sentenceEnd: number): void {
  if (mention.role || mention.hint === 'organization' || isPlace(mention.name)) return;
  const after = text.slice(mention.end, Math.min(sentenceEnd, mention.end + 100));
  const match = /^,\s+((?:the|a|an)\s+)?([^,.;:()"“”]{3,80}?)\s*(?=[,.;:]|$)/u.exec(after);
  if (!match) return;
  const phrase = match[2]!;
  const words = phrase.split(/\s+/u);
  const hasRole = words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || isTitleWord(w));
  const startsLikeRole = Boolean(match[1]) || isTitleWord(words[0]!) || isDemonym(words[0]!);
  if (hasRole && startsLikeRole && !words.some((w) => ARTICLE.test(w) && w !== words[0])) {
    mention.role = phrase;
    mention.hint = 'person';
  }
}
