import { COMMON_CAPITALIZED, ORG_HEADS } from './lexicon/words';
import type { NameMention, TitleReference } from './mentions';
import { isDemonym, placeName } from './places';
import type { Span } from './sentences';
import type { EntityType } from './types';

/** An entity as one document knows it, before it becomes part of a pack. */
export interface DocEntity {
  type: EntityType;
  name: string;
  /** Every form the document uses for it, the canonical name included. */
  surfaces: string[];
  /** Name mentions that carry what the text says with the name (roles, acronyms). */
  named: NameMention[];
  /** Every place the document refers to it, title references included, by offset. */
  spans: Span[];
}

interface Group {
  type: EntityType;
  key: string;
  name?: string;
  named: NameMention[];
  spans: Span[];
}

/** One document's mentions, grouped into entities: "Blinken" joins "Antony Blinken". */
export function groupEntities(mentions: NameMention[], titleReferences: TitleReference[], publisher?: string): DocEntity[] {
  const groups: Group[] = [];
  const pending: NameMention[] = [];
  for (const mention of mentions) {
    const type = classify(mention);
    if (type === 'pending') pending.push(mention);
    else if (type) joinGroup(groups, type, mention);
  }
  mergeShorterForms(groups);
  resolveSingleWords(groups, pending);
  resolveTitleReferences(groups, titleReferences);
  return groups.map((g) => toDocEntity(g, publisher)).sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}

function classify(mention: NameMention): EntityType | 'pending' | undefined {
  const place = placeName(mention.name);
  if (place && !mention.hint) return 'place';
  if (isDemonym(mention.name)) return undefined;
  if (mention.hint) return mention.hint;
  const words = mention.name.split(' ');
  if (words.length === 1) return 'pending';
  if (words.every((w) => COMMON_CAPITALIZED.has(w))) return undefined;
  return words.includes('of') || words.includes('the') ? 'organization' : 'person';
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[-‐‑\s\u00a0.]+/gu, ' ')
    .trim();
}

function keyFor(type: EntityType, name: string): string {
  return type === 'place' ? nameKey(placeName(name) ?? name) : nameKey(name);
}

function joinGroup(groups: Group[], type: EntityType, mention: NameMention): void {
  const key = keyFor(type, mention.name);
  let group = groups.find((g) => g.type === type && g.key === key);
  if (!group) {
    group = { type, key, named: [], spans: [] };
    if (type === 'place') group.name = placeName(mention.name);
    groups.push(group);
  }
  group.named.push(mention);
  group.spans.push(mention);
}

/** "Shia al-Sudani" and "Mohammed al-Sudani" join "Mohammed Shia al-Sudani"; "Shafaq News" joins "Shafaq News Agency". */
function mergeShorterForms(groups: Group[]): void {
  const byLength = [...groups].sort((a, b) => words(b.key).length - words(a.key).length);
  for (const shorter of byLength) {
    const longer = byLength.filter((g) => g !== shorter && g.type === shorter.type && isShorterForm(shorter, g));
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
  if (shorter.type === 'person') {
    return endsWith(l, s) || (s[0] === l[0] && s.at(-1) === l.at(-1));
  }
  if (shorter.type === 'organization') {
    const rest = longer.named[0]!.name.split(' ').slice(s.length);
    return l.slice(0, s.length).join(' ') === s.join(' ') && rest.every((w) => ORG_HEADS.has(w));
  }
  return false;
}

function words(key: string): string[] {
  return key.split(' ');
}

function endsWith(list: string[], tail: string[]): boolean {
  return tail.every((w, i) => list[list.length - tail.length + i] === w);
}

/** A lone word is an entity only as another form of one already found, or an acronym used twice. */
function resolveSingleWords(groups: Group[], pending: NameMention[]): void {
  const unresolved: NameMention[] = [];
  for (const mention of pending) {
    const group = sameName(groups, mention) ?? acronymOwner(groups, mention) ?? surnameOwner(groups, mention);
    if (group) {
      group.named.push(mention);
      group.spans.push(mention);
    } else unresolved.push(mention);
  }
  for (const mention of unresolved) {
    const repeated = unresolved.filter((m) => m.name === mention.name).length >= 2;
    if (isAcronym(mention.name) && repeated && !COMMON_CAPITALIZED.has(mention.name)) {
      joinGroup(groups, 'organization', mention);
    }
  }
}

function sameName(groups: Group[], mention: NameMention): Group | undefined {
  const key = nameKey(mention.name);
  return groups.find((g) => g.key === key);
}

function acronymOwner(groups: Group[], mention: NameMention): Group | undefined {
  return groups.find((g) => g.named.some((m) => m.acronym === mention.name));
}

/** "Blinken" belongs to the one person named "… Blinken", or to the nearest such before it. */
function surnameOwner(groups: Group[], mention: NameMention): Group | undefined {
  const surname = words(nameKey(mention.name)).at(-1);
  const owners = groups.filter((g) => g.type === 'person' && words(g.key).length > 1 && words(g.key).at(-1) === surname);
  if (owners.length <= 1) return owners[0];
  return nearestBefore(owners, mention.start);
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

function isAcronym(name: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u.test(name);
}

/** "the Iraqi Prime Minister" refers to the person whose stated role ends so. */
function resolveTitleReferences(groups: Group[], references: TitleReference[]): void {
  for (const reference of references) {
    const title = nameKey(reference.title);
    const holders = groups.filter((g) => g.named.some((m) => m.role && ` ${nameKey(m.role)}`.endsWith(` ${title}`)));
    const holder = holders.length === 1 ? holders[0] : nearestBefore(holders, reference.start);
    holder?.spans.push(reference);
  }
}

function toDocEntity(group: Group, publisher: string | undefined): DocEntity {
  const surfaces = [...new Set(group.named.map((m) => m.name))];
  const name = group.name ?? fullestForm(surfaces);
  if (publisher && group.type === 'organization' && name.startsWith(`${publisher} `)) surfaces.push(publisher);
  for (const m of group.named) if (m.acronym && !surfaces.includes(m.acronym)) surfaces.push(m.acronym);
  return {
    type: group.type,
    name,
    surfaces: [name, ...surfaces.filter((s) => s !== name)],
    named: group.named,
    spans: [...group.spans].sort((a, b) => a.start - b.start),
  };
}

/** The form with the most words, then the longest, then the first used. */
function fullestForm(surfaces: string[]): string {
  return surfaces.reduce((best, s) => {
    const [bw, sw] = [best.split(' ').length, s.split(' ').length];
    return sw > bw || (sw === bw && s.length > best.length) ? s : best;
  });
}
