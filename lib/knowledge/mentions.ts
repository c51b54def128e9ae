import {
  COMMON_CAPITALIZED,
  COMPASS_WORDS,
  FOREIGN_ORG_HEADS,
  GROUP_NOUNS,
  INSTITUTIONS,
  NON_ENTITY_HEADS,
  ORG_HEADS,
  ORG_METONYMS,
  ORG_METONYM_PHRASES,
  PERSONAL_TITLES,
  PLACE_HEADS,
  PORTFOLIO_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  TITLE_OBJECTS,
  TITLE_WORDS,
} from './lexicon/words';
import { isCommonWord, isOrgDescriptor } from './name-words';
import { isDemonym, isPlace } from './places';
import type { Span } from './sentences';
import { isAllCaps, isNameWord, tokenize, type Token } from './tokens';
import type { EntityType } from './types';

/** A proper name as it stands in one sentence, with what the sentence says of it. */
export interface NameMention extends Span {
  /** The name as written, without titles or a possessive `'s`. */
  name: string;
  sentence: number;
  /** What the words around the name say it is. */
  hint?: EntityType;
  /** Title or role stated with the name: "US Secretary of State", "Hamas politburo head". */
  role?: string;
  /** The nation or organization a role names: "US", "Hamas". */
  affiliation?: string;
  /** Acronym the text defines for this name: "Popular Mobilization Forces (PMF)". */
  acronym?: string;
  /** First word of its sentence, where any word is capitalized. */
  sentenceInitial?: boolean;
  /** From a headline-case line, where every word is capitalized: it may only name what the body names. */
  headline?: boolean;
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

const PARTICLES = new Set('de da di del della van von der den bin ibn bint abu al el du dos das y la le'.split(' '));
// Lowercase words that join the parts of an organization's name ("Ministry for Economic Affairs and Climate Action").
const ORG_JOINERS = new Set(['for', 'and', 'on']);
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame']);
// Abbreviations that keep their full stop inside a name: "St. Lawrence Seaway", "Morrow Harcourt & Co. LLC".
const DOTTED = new Set('St Co Inc Ltd Corp Bros Mt Ft Jr Sr Dr Mr Mrs Ms Gen Sen Rep Gov Lt Col Sgt Capt Prof Rev Adm Maj Brig'.split(' '));
const ROLE_QUALIFIERS = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'late', 'ousted', 'exiled', 'newly', 'elected', 'new']);
const PLACE_PREFIXES = new Set(['Lake', 'Mount', 'Mt', 'Cape', 'Fort', 'San', 'Santa', 'Salar', 'Gulf', 'Isle', 'Strait', 'Bay']);
// "BERLIN (Reuters) -", "CARVER FALLS, Ohio —": a capitalized place opening a wire story.
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]{2,40}?(?=\s*(?:,|\(|[—–-]\s))/u;

/** Names and title references in one sentence of `text`. */
export function readSentence(text: string, sentence: Span, index: number): SentenceNames {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const headline = isHeadline(tokens, text, sentence);
  const result: SentenceNames = { mentions: [], titleReferences: [] };
  let previous: NameMention | undefined;
  for (const run of nameRuns(tokens, text)) {
    if (isPartOfPossessor(run, tokens, text, previous)) continue;
    const items = readRun(run, text, index);
    if (!items.length) previous = undefined;
    for (const item of items) {
      if ('title' in item) {
        result.titleReferences.push(item);
        previous = undefined;
        continue;
      }
      if (item.start === tokens[0]?.start) item.sentenceInitial = true;
      if (headline) item.headline = true;
      addRoleQualifier(item, run[0]!, tokens, text);
      addRolePhrase(item, previous, tokens, text);
      addContextHints(item, tokens, text);
      addAppositiveRole(item, text, sentence);
      result.mentions.push(item);
      previous = item;
    }
  }
  return result;
}

/** "Helvion's Vision Systems segment", "its Board of Directors": a part of what the possessor is, not an entity. */
function isPartOfPossessor(run: Token[], tokens: Token[], text: string, possessor: NameMention | undefined): boolean {
  const before = tokens[tokens.indexOf(run[0]!) - 1];
  if (!before?.possessive || !/^\s+$/u.test(text.slice(before.end + 2, run[0]!.start))) return false;
  if (possessor && (possessor.end !== before.end || isPlace(possessor.name) || possessor.hint === 'person' || possessor.hint === 'place')) return false;
  return run.every((w) => isCommonWord(w.text) || ['of', 'the', 'and'].includes(w.text));
}

/** "BERLIN (Reuters) -" at the start of a story: the place it was filed from. */
export function readDateline(text: string, bodyStart: number, index: number): NameMention | undefined {
  const match = DATELINE.exec(text.slice(bodyStart, bodyStart + 60));
  if (!match || !isAllCaps(match[0].replace(/[\s.'-]/gu, ''))) return undefined;
  const name = match[0].trim();
  return { name, start: bodyStart, end: bodyStart + name.length, sentence: index, hint: 'place' };
}

/** A line of title-case words without a full stop is a heading: "Transaction Details", "Why Now". */
function isHeadline(tokens: Token[], text: string, sentence: Span): boolean {
  if (/[.!?]["'”’)]*$/u.test(text.slice(sentence.start, sentence.end))) return false;
  const content = tokens.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
  return content.length >= 2 && content.filter((t) => isNameWord(t.text)).length >= content.length * 0.7;
}

/** Maximal runs of name words, joined by spaces or by the small words names contain ("of", "bin", "&"). */
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
      if (!last || !joins(text, last, token)) flush();
      run.push(token);
    } else if (last && isConnector(tokens, i, run, text)) {
      run.push(token);
    } else {
      flush();
    }
    if (token.possessive) flush();
  });
  flush();
  return runs;
}

function joins(text: string, left: Token, right: Token): boolean {
  if (left.possessive) return false;
  const gap = text.slice(left.end, right.start);
  return /^[\s\u00a0]+$/u.test(gap) || /^\s*&\s*$/u.test(gap) || (gap === '. ' && DOTTED.has(left.text));
}

function isConnector(tokens: Token[], i: number, run: Token[], text: string): boolean {
  const token = tokens[i]!;
  const last = run.at(-1)!;
  // "Friends of the Millbrook Bridge": "of" joins across "the"; "van der Waal" across particles.
  let skip = 1;
  if (['of', 'for', 'on'].includes(token.text) && tokens[i + 1]?.text === 'the') skip = 2;
  while (PARTICLES.has(token.text) && tokens[i + skip] && PARTICLES.has(tokens[i + skip]!.text)) skip++;
  const next = tokens[i + skip];
  if (!next || !isNameWord(next.text) || COMMON_CAPITALIZED.has(next.text) || !joins(text, last, token)) return false;
  for (let k = 0; k < skip; k++) if (!joins(text, tokens[i + k]!, tokens[i + k + 1]!)) return false;
  if (PARTICLES.has(token.text) || token.text === 'of') return true;
  if (token.text === 'the') return ['of', 'for', 'on'].includes(last.text);
  if (!ORG_JOINERS.has(token.text)) return false;
  return run.some((w) => ORG_HEADS.has(w.text)) || ORG_HEADS.has(continuationEnd(tokens, i + 1, text).text);
}

/** The last name word of the words that follow, joined by spaces: "… and Lighting Company" ends at "Company". */
function continuationEnd(tokens: Token[], from: number, text: string): Token {
  let end = from;
  while (tokens[end + 1] && isNameWord(tokens[end + 1]!.text) && joins(text, tokens[end]!, tokens[end + 1]!)) end++;
  return tokens[end]!;
}

function readRun(run: Token[], text: string, sentence: number): (NameMention | TitleReference)[] {
  const words = dropCommonStart(run);
  if (!words.length) return [];
  const personOfPlace = splitAtPlace(words);
  if (personOfPlace) return personOfPlace.flatMap((part) => readRun(part, text, sentence));
  const whole = { ...spanOf(words, text), sentence };
  const names = words.map((w) => w.text);
  if (isNonEntity(names) || isDemonym(whole.name)) return [];
  const title = titleSplit(words);
  if (title) return titled(words, title, text, sentence);
  if (isOrganization(names, whole.name)) return [{ ...whole, hint: 'organization', ...acronymAfter(words, text) }];
  if (names.length > 1 && PLACE_PREFIXES.has(names[0]!)) return [{ ...whole, hint: 'place' }];
  // "Friends of the Millbrook Bridge", "Port of Antwerp-Bruges": "X of Y" that is no title or place names a body.
  if (names.includes('of')) return [{ ...whole, hint: 'organization', ...acronymAfter(words, text) }];
  if (isPlaceName(names)) return [{ ...whole, hint: 'place' }];
  return [{ ...whole, ...acronymAfter(words, text) }];
}

/** A run with a title: a person with a role, a title alone ("the Prime Minister"), or a title and its organization. */
function titled(words: Token[], title: { titleAt: number; nameAt: number }, text: string, sentence: number): (NameMention | TitleReference)[] {
  const whole = spanOf(words, text);
  const prefix = spanOf(words.slice(0, title.nameAt), text);
  if (title.nameAt === words.length) return [{ title: prefix.name, start: prefix.start, end: prefix.end, sentence }];
  if (['of', 'at', 'for'].includes(words[title.nameAt]!.text)) {
    // "Chief Financial Officer of Helvion Sensors": a title, and the organization that gives it.
    const orgAt = words[title.nameAt + 1]?.text === 'the' ? title.nameAt + 2 : title.nameAt + 1;
    const org = { ...spanOf(words.slice(orgAt), text), sentence };
    return [{ title: whole.name, start: whole.start, end: whole.end, sentence }, { ...org, hint: 'organization' }];
  }
  const mention: NameMention = { ...spanOf(words.slice(title.nameAt), text), sentence, hint: 'person' };
  const roleWords = words.slice(0, title.nameAt).filter((w) => !HONORIFICS.has(w.text));
  if (roleWords.length) mention.role = spanOf(roleWords, text).name;
  if (title.titleAt > 0) mention.affiliation = spanOf(words.slice(0, title.titleAt), text).name;
  return [mention];
}

/** Sentence-initial and function words ("The", "On Sunday") are not part of a name. */
function dropCommonStart(run: Token[]): Token[] {
  let i = 0;
  while (i < run.length && (COMMON_CAPITALIZED.has(run[i]!.text) || PARTICLES.has(run[i]!.text) || run[i]!.text === 'of')) i++;
  return run.slice(i);
}

/** "Łukasz Wróbel of Kraków": a name, then where it is from. */
function splitAtPlace(words: Token[]): Token[][] | undefined {
  const of = words.findIndex((w) => w.text === 'of');
  if (of < 1 || words.slice(0, of).some((w) => ORG_HEADS.has(w.text) || isTitleWord(w.text))) return undefined;
  const place = words.slice(of + 1);
  return isPlace(place.map((w) => w.text).join(' ')) ? [words.slice(0, of), place] : undefined;
}

/** "Finance Bill", "Series B", "World War II": laws, events and documents are not entities. */
function isNonEntity(names: string[]): boolean {
  const last = names.findLastIndex((n) => !/^(?:[IVX]+|\d+|[A-Z]|One|Two|Three)$/u.test(n));
  // "Africa Cup of Nations", "Player of the Match": the head stands before "of".
  const head = names.indexOf('of') > 0 ? names.indexOf('of') - 1 : last;
  return (last >= 0 && NON_ENTITY_HEADS.has(names[last]!)) || (head >= 0 && NON_ENTITY_HEADS.has(names[head]!));
}

function isOrganization(names: string[], name: string): boolean {
  if (ORG_METONYM_PHRASES.includes(name) || (names.length === 1 && (ORG_METONYMS.has(name) || INSTITUTIONS.has(name)))) return true;
  if (names.length === 1) return false;
  if (name.includes('&') || names.some((n) => FOREIGN_ORG_HEADS.has(n))) return true;
  return names.some((n, i) => ORG_HEADS.has(n) && (i === names.length - 1 || ['of', 'for', 'on', 'and'].includes(names[i + 1]!)));
}

function isPlaceName(names: string[]): boolean {
  if (names.length === 1) return false;
  // "Harbor County", "Zomba Central", "Mzimba North".
  if (PLACE_HEADS.has(names.at(-1)!) || (names.length === 2 && COMPASS_WORDS.has(names[1]!) && !COMPASS_WORDS.has(names[0]!))) return true;
  return COMPASS_WORDS.has(names[0]!) && (isPlace(names.slice(1).join(' ')) || names.length === 2);
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
 * Portfolio words ("Economy", "Foreign") count only beside a title word.
 */
function titleSplit(words: Token[]): { titleAt: number; nameAt: number } | undefined {
  const titleAt = words.findIndex((w, i) => isTitleWord(w.text) || (PORTFOLIO_WORDS.has(w.text) && portfolioOfTitle(words, i)));
  if (titleAt < 0) return undefined;
  let nameAt = titleAt + 1;
  while (nameAt < words.length) {
    const word = words[nameAt]!.text;
    const next = words[nameAt + 1]?.text ?? '';
    if (isTitleWord(word) || (PORTFOLIO_WORDS.has(word) && portfolioOfTitle(words, nameAt))) nameAt++;
    else if (word === 'of' && (isTitleWord(next) || PORTFOLIO_WORDS.has(next) || TITLE_OBJECTS.has(next) || isPlace(next))) nameAt += 2;
    else if (word === 'the' && words[nameAt - 1]?.text === 'of') nameAt++;
    else break;
  }
  const before = words.slice(0, titleAt);
  const name = words.slice(nameAt);
  if (!name.length) return before.some((w) => ORG_HEADS.has(w.text)) ? undefined : { titleAt, nameAt };
  if (['of', 'at', 'for'].includes(name[0]!.text)) return name.length > 1 && titleAt === 0 ? { titleAt, nameAt } : undefined;
  if (!isNameWord(name[0]!.text)) return undefined;
  if (name.some((w) => ORG_HEADS.has(w.text) || FOREIGN_ORG_HEADS.has(w.text) || isTitleWord(w.text))) return undefined;
  if (name.length === 1 && !words.slice(titleAt, nameAt).some((w) => PERSONAL_TITLES.has(w.text))) return undefined;
  return { titleAt, nameAt };
}

/** "Economy Minister", "Minister of Foreign Affairs": a portfolio word next to a title word (or after "of" one). */
function portfolioOfTitle(words: Token[], at: number): boolean {
  for (let i = at + 1; i < words.length && (PORTFOLIO_WORDS.has(words[i]!.text) || isTitleWord(words[i]!.text)); i++) {
    if (isTitleWord(words[i]!.text)) return true;
  }
  for (let i = at - 1; i >= 0 && (PORTFOLIO_WORDS.has(words[i]!.text) || isTitleWord(words[i]!.text) || words[i]!.text === 'of'); i--) {
    if (isTitleWord(words[i]!.text)) return true;
  }
  return false;
}

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || (word.includes('-') && word.split('-').every((part) => TITLE_WORDS.has(part)));
}

/** "Popular Mobilization Forces (PMF)": an acronym whose letters are the name's initials. */
function acronymAfter(words: Token[], text: string): { acronym?: string } {
  const end = words.at(-1)!.end;
  const match = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.]{1,9})\s*\)/u.exec(text.slice(end, end + 16));
  if (!match) return {};
  const acronym = match[1]!;
  const initials = words
    .filter((w) => !PARTICLES.has(w.text) && !['of', 'the', 'for', 'and', 'on'].includes(w.text))
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

/** "head", "secretary-general", "co-founder": a noun for what a person is. */
function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || (word.includes('-') && word.split('-').some((part) => ROLE_NOUNS.has(part)));
}

// Nouns for people by what they do: "oceanographer", "scientist", "historian", "spokesperson".
const AGENT_NOUN = /^\p{Ll}[\p{Ll}-]*(?:er|or|ist|ian|eer|man|woman|person|ee)$/u;
const PREPOSITION = /^(?:at|of|for|in|with|from|and|on|to|who|which|whose)$/iu;

function tokenAt(tokens: Token[], start: number): number {
  return tokens.findIndex((t) => t.start === start);
}

/** "former US Secretary of State Antony Blinken": a qualifier before a title belongs to the role. */
function addRoleQualifier(mention: NameMention, runStart: Token, tokens: Token[], text: string): void {
  if (!mention.role || text.slice(runStart.start, mention.start).trim() !== mention.role) return;
  let at = tokens.indexOf(runStart);
  while (at > 0 && ROLE_QUALIFIERS.has(tokens[at - 1]!.text.toLowerCase()) && joins(text, tokens[at - 1]!, tokens[at]!)) at--;
  if (tokens[at] !== runStart) mention.role = text.slice(tokens[at]!.start, runStart.start) + mention.role;
}

/**
 * "Hamas politburo head Ismail Haniyeh": lowercase role words between two names
 * give the second a role and make the first its affiliation.
 */
function addRolePhrase(mention: NameMention, previous: NameMention | undefined, tokens: Token[], text: string): void {
  if (mention.hint === 'organization' || mention.hint === 'place') return;
  const at = tokenAt(tokens, mention.start);
  let from = at;
  while (from > 0) {
    const word = tokens[from - 1]!;
    if (!(isRoleNoun(word.text) || ROLE_MODIFIERS.has(word.text)) || !joins(text, word, tokens[from]!)) break;
    from--;
  }
  if (from === at || !isRoleNoun(tokens[at - 1]!.text)) return;
  const phrase = text.slice(tokens[from]!.start, tokens[at - 1]!.end);
  const before = tokens[from - 1];
  const affiliated = previous && before && previous.end === before.end && joins(text, before, tokens[from]!);
  mention.hint = 'person';
  if (affiliated && !isPlace(previous.name) && !isDemonym(previous.name) && !isCommonWord(previous.name)) previous.hint ??= 'organization';
  if (mention.role) return;
  mention.role = affiliated ? `${previous.name} ${phrase}` : phrase;
  if (affiliated) mention.affiliation = previous.name;
}

/**
 * The words around a lone name tell what it is: "Hamas officials" (a group
 * noun after it), "the grid company Baltgrid" (a kind of organization before it).
 */
function addContextHints(mention: NameMention, tokens: Token[], text: string): void {
  if (mention.hint || isPlace(mention.name) || isDemonym(mention.name)) return;
  const first = tokenAt(tokens, mention.start);
  const last = tokens.findIndex((t) => t.end === mention.end);
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && isOrgDescriptor(before.text) && joins(text, before, tokens[first]!)) mention.hint = 'organization';
  else if (/^\(\s*$/u.test(text.slice(mention.start - 2, mention.start).trimStart()) && /^\s*:\s*\p{Lu}{1,6}\s*\)/u.test(text.slice(mention.end, mention.end + 12))) {
    // "(Nasdaq: HLVN)": the exchange a company's shares trade on.
    mention.hint = 'organization';
  } else if (!mention.name.includes(' ') && !isCommonWord(mention.name) && after && GROUP_NOUNS.has(after.text) && joins(text, tokens[last]!, after)) {
    mention.hint = 'organization';
  }
}

/**
 * "Antony Blinken, the US secretary of state, said" and "The UN special envoy
 * for Syria, Geir Pedersen, said": a role set off by commas, after or before a
 * name. "Unison, the public sector union," says what kind of body it is.
 */
function addAppositiveRole(mention: NameMention, text: string, sentence: Span): void {
  if (mention.role || mention.hint === 'organization' || mention.hint === 'place' || isPlace(mention.name)) return;
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 100));
  const following = /^,\s+((?:the|a|an)\s+)?([^,.;:()"“”]{3,80}?)\s*(?=[,.;:]|$)/u.exec(after);
  const before = text.slice(Math.max(sentence.start, mention.start - 100), mention.start);
  const preceding = /(?:^|[,;:]\s*)((?:the|a|an)\s+)([^,.;:()"“”]{3,80}?),\s+$/iu.exec(before);
  const closed = /^(?:,|[.;:]|$)/u.test(text.slice(mention.end, mention.end + 1));
  for (const match of [following, closed ? preceding : null]) {
    if (!match) continue;
    const phrase = match[2]!;
    const words = phrase.split(/\s+/u);
    // The head of "a political scientist at the University of Malawi" is "scientist".
    const cut = words.findIndex((w, i) => i > 0 && PREPOSITION.test(w));
    const head = words[(cut < 0 ? words.length : cut) - 1]!;
    if (match === following && words.length <= 5 && isOrgDescriptor(head)) {
      mention.hint = 'organization';
      return;
    }
    const hasRole = words.some((w) => isRoleNoun(w.toLowerCase()) || isTitleWord(w)) || (Boolean(match[1]) && AGENT_NOUN.test(head) && !isOrgDescriptor(head));
    const startsLikeRole = Boolean(match[1]) || isTitleWord(words[0]!) || isDemonym(words[0]!) || isRoleNoun(words[0]!) || ROLE_MODIFIERS.has(words[0]!);
    if (hasRole && startsLikeRole && !/^(?:who|which|whose)$/iu.test(words[0]!)) {
      mention.role = phrase;
      mention.hint = 'person';
      return;
    }
  }
}
