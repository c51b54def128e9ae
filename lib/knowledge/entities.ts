import { COMMON_ACRONYMS, COMMON_CAPITALIZED, ORG_HEADS, PARTY_WORDS } from './lexicon/words';
import type { NameMention, TitleReference } from './mentions';
import { isCommonWord, isGivenName, isKnownOrganization } from './name-words';
import { isDemonym, placeName } from './places';
import type { Span } from './sentences';
import { nameKey } from '../name-key';
import type { EntityType } from './types';

/** An entity as one document knows it, before it becomes part of a pack. */
export interface DocEntity {
  type: EntityType;
  name: string;
  /** Every form the document uses for it, the canonical name included. */
  surfaces: string[];
  /** Name mentions that carry what the text says with the name (roles, acronyms). */
  named: NameMention[];
  /** Every place the document refers to it, title references included, sorted by offset. */
  spans: Span[];
}

/** A name of several words whose kind only the rest of the text can tell. */
type Kind = EntityType | 'unsure';

interface Group {
  kind: Kind;
  key: string;
  name?: string;
  named: NameMention[];
  spans: Span[];
}

/**
 * One document's mentions, grouped into entities: "Blinken" joins "Antony
 * Blinken", "PMF" joins "Popular Mobilization Forces". A name stands alone
 * as an entity only where the text gives a reason; a lone capitalized word
 * or a heading never does by itself.
 */
export function groupEntities(text: string, mentions: NameMention[], titleReferences: TitleReference[], publisher?: string): DocEntity[] {
  const groups: Group[] = [];
  const pending: NameMention[] = [];
  for (const mention of mentions) {
    const kind = classify(mention);
    if (kind === 'pending') pending.push(mention);
    else if (kind) joinGroup(groups, kind, mention);
  }
  settleUnsure(groups, pending);
  mergeShorterForms(groups);
  resolveSingleWords(text, groups, pending, publisher);
  resolveTitleReferences(groups, titleReferences);
  return groups
    .filter((g): g is Group & { kind: EntityType } => g.kind !== 'unsure')
    .map((g) => docEntityOf(g, publisher))
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}

function classify(mention: NameMention): Kind | 'pending' | undefined {
  if (mention.headline) return 'pending';
  if (mention.hint) return mention.hint;
  if (isKnownOrganization(mention.name) && !(mention.sentenceInitial && isCommonWord(mention.name))) return 'organization';
  if (placeName(mention.name)) return 'place';
  if (isDemonym(mention.name)) return undefined;
  const words = mention.name.split(' ');
  if (words.length === 1) return 'pending';
  if (words.every((w) => COMMON_CAPITALIZED.has(w))) return undefined;
  if (words.includes('of') || words.includes('the')) return 'organization';
  const named = words.filter((w) => !isCommonWord(w));
  if (words.some(isGivenName) && named.length) return 'person';
  // "Central Obrera Boliviana (COB)": people are not given acronyms; bodies are.
  if (mention.acronym) return 'organization';
  return named.length ? 'unsure' : undefined;
}

function keyFor(kind: Kind, name: string): string {
  return kind === 'place' ? nameKey(placeName(name) ?? name) : nameKey(name);
}

function joinGroup(groups: Group[], kind: Kind, mention: NameMention): void {
  const key = keyFor(kind, mention.name);
  let group = groups.find((g) => g.key === key && (g.kind === kind || g.kind === 'unsure' || kind === 'unsure'));
  if (group?.kind === 'unsure') group.kind = kind;
  if (!group) {
    group = { kind, key, named: [], spans: [] };
    const place = kind === 'place' ? placeName(mention.name) : undefined;
    if (place) group.name = place;
    groups.push(group);
  }
  group.named.push(mention);
  group.spans.push(mention);
}

/**
 * "Otieno" said alone makes "Brian Otieno" a person; "Helvion" alone makes
 * "Helvion Sensors" an organization: people go by their last name,
 * organizations by their first word. A name never shortened stays unsure and
 * is left out.
 */
function settleUnsure(groups: Group[], pending: NameMention[]): void {
  const lone = new Set(pending.filter((m) => !m.headline).map((m) => nameKey(m.name)));
  for (const group of groups.filter((g) => g.kind === 'unsure')) {
    const parts = words(group.key);
    if (lone.has(parts.at(-1)!)) group.kind = 'person';
    else if (lone.has(parts[0]!)) group.kind = 'organization';
  }
}

/** "Shia al-Sudani" and "Mohammed al-Sudani" join "Mohammed Shia al-Sudani"; "Shafaq News" joins "Shafaq News Agency". */
function mergeShorterForms(groups: Group[]): void {
  const byLength = [...groups].sort((a, b) => words(b.key).length - words(a.key).length);
  for (const shorter of byLength) {
    const longer = byLength.filter((g) => g !== shorter && isShorterForm(shorter, g));
    if (longer.length !== 1) continue;
    longer[0]!.named.push(...shorter.named);
    longer[0]!.spans.push(...shorter.spans);
    groups.splice(groups.indexOf(shorter), 1);
    byLength.splice(byLength.indexOf(shorter), 1);
  }
}

function isShorterForm(shorter: Group, longer: Group): boolean {
  const s = words(shorter.key);
  const l = words(longer.key);
  if (s.length < 2 || s.length >= l.length) return false;
  // "Hennessy Marine" looked like a person only by its first name; "Hennessy Marine Works" says otherwise.
  if (shorter.kind === 'person' && longer.kind === 'organization' && shorter.named.every((m) => !m.hint)) {
    return isOrgShortening(s, longer);
  }
  if (shorter.kind !== longer.kind) return false;
  if (shorter.kind === 'person') return endsWith(l, s) || (s[0] === l[0] && s.at(-1) === l.at(-1));
  return shorter.kind === 'organization' && isOrgShortening(s, longer);
}

/** "Shafaq News" for "Shafaq News Agency": the longer name's first words, without its organization words. */
function isOrgShortening(shorter: string[], longer: Group): boolean {
  const rest = longer.named[0]!.name.split(' ').slice(shorter.length);
  return words(longer.key).slice(0, shorter.length).join(' ') === shorter.join(' ') && rest.every((w) => ORG_HEADS.has(w));
}

function words(key: string): string[] {
  return key.split(' ');
}

function endsWith(list: string[], tail: string[]): boolean {
  return tail.every((w, i) => list[list.length - tail.length + i] === w);
}

/**
 * A lone word joins the entity it is another form of (a surname, an acronym,
 * an organization's first word). Otherwise it is an organization only with a
 * reason: an acronym, or a partner of one ("Corfo and SQM").
 */
function resolveSingleWords(text: string, groups: Group[], pending: NameMention[], publisher: string | undefined): void {
  const unresolved: NameMention[] = [];
  const known = namesKnown(groups);
  for (const mention of pending) {
    const key = nameKey(mention.name);
    const group =
      known.get(key) ??
      acronymOwner(groups, mention) ??
      surnameOwner(groups, mention) ??
      firstWordOwner(groups, mention) ??
      publisherGroup(text, groups, mention, publisher);
    if (group) {
      group.named.push(mention);
      group.spans.push(mention);
      if (group.kind !== 'unsure' && !known.has(key)) known.set(key, group);
    } else if (!mention.headline && !mention.name.includes(' ')) unresolved.push(mention);
  }
  for (const mention of unresolved.filter((m) => (isAcronym(m.name) && !isTicker(text, m)) || (PARTY_WORDS.has(m.name) && !m.sentenceInitial))) {
    joinGroup(groups, 'organization', mention);
  }
  const organizations = () => groups.filter((g) => g.kind === 'organization').flatMap((g) => g.spans);
  for (const mention of unresolved.filter((m) => !isAcronym(m.name) && !m.sentenceInitial)) {
    if (coordinatedWith(text, mention, organizations())) joinGroup(groups, 'organization', mention);
  }
}

/** "(Reuters)", "obtained by the Gazette": the document's own publisher, named in its text. */
function publisherGroup(text: string, groups: Group[], mention: NameMention, publisher: string | undefined): Group | undefined {
  if (!publisher || mention.headline) return undefined;
  const lastWord = publisher.split(' ').at(-1)!;
  const isPublisher = mention.name === publisher || (mention.name === lastWord && ORG_HEADS.has(lastWord) && /\bthe\s+$/iu.test(text.slice(mention.start - 5, mention.start)));
  if (!isPublisher) return undefined;
  const key = nameKey(publisher);
  let group = groups.find((g) => g.key === key);
  if (!group) groups.push((group = { kind: 'organization', key, name: publisher, named: [], spans: [] }));
  return group;
}

/** Every name key a settled group goes by, to the first group that does: a long document has thousands of mentions. */
function namesKnown(groups: Group[]): Map<string, Group> {
  const known = new Map<string, Group>();
  for (const group of groups.filter((g) => g.kind !== 'unsure')) {
    for (const key of [group.key, ...group.named.map((m) => nameKey(m.name))]) if (!known.has(key)) known.set(key, group);
  }
  return known;
}

function acronymOwner(groups: Group[], mention: NameMention): Group | undefined {
  return groups.find((g) => g.named.some((m) => m.acronym === mention.name));
}

/** "Blinken" belongs to the one person named "… Blinken", or to the nearest such before it. */
function surnameOwner(groups: Group[], mention: NameMention): Group | undefined {
  const surname = words(nameKey(mention.name)).at(-1);
  const owners = groups.filter((g) => g.kind === 'person' && words(g.key).length > 1 && words(g.key).at(-1) === surname);
  if (owners.length <= 1) return owners[0];
  return nearestBefore(owners, mention.start);
}

/** "Helvion" stands for "Helvion Sensors" when only one organization begins so. */
function firstWordOwner(groups: Group[], mention: NameMention): Group | undefined {
  const word = nameKey(mention.name);
  if (isCommonWord(mention.name)) return undefined;
  const owners = groups.filter((g) => g.kind === 'organization' && words(g.key).length > 1 && words(g.key)[0] === word);
  return owners.length === 1 ? owners[0] : undefined;
}

function nearestBefore(groups: Group[], offset: number): Group | undefined {
  let best: Group | undefined;
  let bestAt = -1;
  for (const group of groups) {
    for (const span of group.spans) {
      if (span.start < offset && span.start > bestAt) {
        best = group;
        bestAt = span.start;
      }
    }
  }
  return best;
}

/** "(Nasdaq: HLVN)": a stock ticker is no organization of its own. */
function isTicker(text: string, mention: NameMention): boolean {
  return /\(\s*[\p{L}]+\s*:\s*$/u.test(text.slice(Math.max(0, mention.start - 20), mention.start));
}

function isAcronym(name: string): boolean {
  return /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(name) && !COMMON_ACRONYMS.has(name) && !placeName(name);
}

const LIST_GAP = /^(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)$/u;

/** "Corfo and SQM", "Maersk, MSC and CMA": a lone name listed with an organization. */
function coordinatedWith(text: string, mention: NameMention, organizations: Span[]): boolean {
  return organizations.some((o) => LIST_GAP.test(text.slice(mention.end, o.start)) || LIST_GAP.test(text.slice(o.end, mention.start)));
}

/** "the Iraqi Prime Minister" refers to the person whose stated role ends so. */
function resolveTitleReferences(groups: Group[], references: TitleReference[]): void {
  const roles = groups.map((g) => [...new Set(g.named.flatMap((m) => (m.role ? [` ${nameKey(m.role)}`] : [])))]);
  for (const reference of references) {
    const title = ` ${nameKey(reference.title)}`;
    const holders = groups.filter((_, i) => roles[i]!.some((role) => role.endsWith(title)));
    const holder = holders.length === 1 ? holders[0] : nearestBefore(holders, reference.start);
    holder?.spans.push(reference);
  }
}

function docEntityOf(group: Group & { kind: EntityType }, publisher: string | undefined): DocEntity {
  const surfaces = [...new Set(group.named.map((m) => m.name))];
  const name = group.name ?? fullestForm(surfaces);
  if (publisher && group.kind === 'organization' && name.startsWith(`${publisher} `)) surfaces.push(publisher);
  for (const m of group.named) if (m.acronym && !surfaces.includes(m.acronym)) surfaces.push(m.acronym);
  return {
    type: group.kind,
    name,
    surfaces: [name, ...surfaces.filter((s) => s !== name)],
    named: group.named,
    spans: [...group.spans].sort((a, b) => a.start - b.start),
  };
}

/** The form with the most words, then not in capitals, then the longest, then the first used. */
function fullestForm(surfaces: string[]): string {
  const score = (s: string) => [s.split(' ').length, s === s.toUpperCase() && s.length > 3 ? 0 : 1, s.length];
  return surfaces.reduce((best, s) => {
    const [a, b] = [score(s), score(best)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? s : best;
    return best;
  });
}
