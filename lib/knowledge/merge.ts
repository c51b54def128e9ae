import { nameKey } from '../name-key';
import { nameId } from './ids';
import { compareEvents, compareText } from './order';
import { PACK_VERSION, type Entity, type KnowledgePack, type Quote, type Relation, type Role } from './types';

interface Located {
  pack: number;
  entity: Entity;
}

/**
 * One pack from many: the same entity across sources (same type, a shared full
 * name or alias) becomes one, with every fact, role and citation kept. The
 * result does not depend on the order of the packs.
 */
export function mergePacks(packs: KnowledgePack[]): KnowledgePack {
  const located = packs.flatMap((p, pack) => p.entities.map((entity) => ({ pack, entity })));
  const groups = sameEntityGroups(located);
  const merged = groups.map((group) => mergeGroup(group.map((l) => l.entity)));
  const ids = assignIds(merged);
  const newId = new Map<string, string>();
  groups.forEach((group, i) => group.forEach((l) => newId.set(`${l.pack}|${l.entity.id}`, ids[i]!)));
  const remap = (pack: number) => (id: string) => newId.get(`${pack}|${id}`)!;

  const entities = merged.map((entity, i) => {
    const related = groups[i]!.flatMap((l) => l.entity.related.map((r) => ({ ...r, entityId: remap(l.pack)(r.entityId) })));
    return { ...entity, id: ids[i]!, related: uniqueRelations(related, ids[i]!) };
  });
  const events = uniqueBy(
    packs.flatMap((p, pack) =>
      p.events.map((e) => ({ ...e, entityIds: unique(e.entityIds.map(remap(pack))), placeIds: unique(e.placeIds.map(remap(pack))) })),
    ),
    (e) => e.id,
  ).sort(compareEvents);
  const sources = uniqueBy(
    packs.flatMap((p) => p.sources),
    (s) => s.id,
  ).sort((a, b) => compareText(a.date ?? '', b.date ?? '') || compareText(a.id, b.id));
  return {
    version: PACK_VERSION,
    sources,
    entities: entities.sort((a, b) => compareText(a.id, b.id)),
    events,
    overrides: packs.reduce((sum, p) => sum + p.overrides, 0),
    warnings: unique(packs.flatMap((p) => p.warnings)),
  };
}

/** Keys an entity is known by across sources; a person's lone surname is too weak to join two people. */
function mergeKeys(entity: Entity): string[] {
  const names = [entity.name, ...entity.aliases].filter(
    (n, i) => i === 0 || entity.type !== 'person' || n.includes(' '),
  );
  return names.map((n) => `${entity.type}|${nameKey(n)}`);
}

function sameEntityGroups(located: Located[]): Located[][] {
  const parent = located.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  located.forEach((l, i) => {
    for (const key of mergeKeys(l.entity)) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Located[]>();
  located.forEach((l, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(l);
    else groups.set(root, [l]);
  });
  return [...groups.values()];
}

function mergeGroup(entities: Entity[]): Entity {
  const names = unique(entities.flatMap((e) => [e.name, ...e.aliases]));
  const name = entities.map((e) => e.name).reduce(fuller);
  return {
    id: '',
    name,
    type: entities[0]!.type,
    aliases: names.filter((n) => n !== name).sort(compareText),
    roles: uniqueRoles(entities.flatMap((e) => e.roles)),
    affiliations: unique(entities.flatMap((e) => e.affiliations)).sort(compareText),
    facts: uniqueQuotes(entities.flatMap((e) => e.facts)),
    related: [],
  };
}

/** The name with more words, then the longer, then the first in code-point order. */
function fuller(a: string, b: string): string {
  const [aw, bw] = [a.split(' ').length, b.split(' ').length];
  if (aw !== bw) return aw > bw ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return compareText(a, b) <= 0 ? a : b;
}

/** Readable, unique ids from names, given in a fixed order so they never depend on input order. */
function assignIds(entities: Entity[]): string[] {
  const order = entities
    .map((e, i) => ({ i, key: `${e.type}|${e.name}|${e.facts[0]?.sourceId ?? ''}` }))
    .sort((a, b) => compareText(a.key, b.key));
  const taken = new Set<string>();
  const ids: string[] = [];
  for (const { i } of order) {
    const base = nameId(entities[i]!.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids[i] = id;
  }
  return ids;
}

function uniqueRoles(roles: Role[]): Role[] {
  return uniqueBy(roles, (r) => `${r.title.toLowerCase()}|${r.sourceId}`).sort(
    (a, b) => compareText(a.asOf ?? '', b.asOf ?? '') || compareText(a.sourceId, b.sourceId) || compareText(a.title, b.title),
  );
}

function uniqueQuotes(quotes: Quote[]): Quote[] {
  return uniqueBy(quotes, (q) => `${q.sourceId}|${q.start}`).sort((a, b) => compareText(a.sourceId, b.sourceId) || a.start - b.start);
}

function uniqueRelations(relations: Relation[], self: string): Relation[] {
  const key = (r: Relation) => `${r.entityId}|${r.kind}|${r.label ?? ''}|${r.sourceId}`;
  return uniqueBy(
    relations.filter((r) => r.entityId !== self),
    key,
  ).sort((a, b) => compareText(key(a), key(b)));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The first of each set of values with the same key, in order; a pack of many sources has thousands of events and relations. */
function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
