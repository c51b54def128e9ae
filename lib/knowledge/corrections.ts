import { nameKey } from '../name-key';
import { mergePacks } from './merge';
import type { Entity, KnowledgePack } from './types';

/**
 * The user's corrections to what the compiler found, kept by name so they
 * survive re-compiling: entities to leave out, and pairs that are one entity.
 */
export interface Corrections {
  /** Name keys of entities to leave out ("a wrong entity"). */
  hidden: string[];
  /** Pairs of name keys that name the same entity ("merge two entities"). */
  merges: [string, string][];
}

export const NO_CORRECTIONS: Corrections = { hidden: [], merges: [] };

const MAX_CORRECTIONS = 10_000;
const MAX_KEY = 300;

/** Corrections from a message, storage or a file: entries that are not name keys are dropped, the rest kept. */
export function normalizeCorrections(value: unknown): Corrections {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Corrections, unknown>>;
  const isKey = (k: unknown): k is string => typeof k === 'string' && k.length > 0 && k.length <= MAX_KEY;
  const hidden = Array.isArray(v.hidden) ? v.hidden.filter(isKey) : [];
  const merges = Array.isArray(v.merges) ? v.merges.filter((m): m is [string, string] => Array.isArray(m) && m.length === 2 && m.every(isKey)) : [];
  return { hidden: [...new Set(hidden)].slice(0, MAX_CORRECTIONS), merges: merges.slice(0, MAX_CORRECTIONS).map(([a, b]) => [a, b]) };
}

function keysOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].map(nameKey);
}

/** The pack with the corrections applied; a correction naming nothing in it changes nothing. */
export function applyCorrections(pack: KnowledgePack, corrections: Corrections): KnowledgePack {
  if (!corrections.hidden.length && !corrections.merges.length) return pack;
  const hidden = new Set(corrections.hidden);
  const gone = new Set(pack.entities.filter((e) => keysOf(e).some((k) => hidden.has(k))).map((e) => e.id));
  const kept = pack.entities
    .filter((e) => !gone.has(e.id))
    .map((e) => ({ ...e, related: e.related.filter((r) => !gone.has(r.entityId)) }));
  const events = pack.events.map((ev) => ({
    ...ev,
    entityIds: ev.entityIds.filter((id) => !gone.has(id)),
    placeIds: ev.placeIds.filter((id) => !gone.has(id)),
  }));
  return mergeCorrected({ ...pack, entities: kept, events }, corrections.merges);
}

/**
 * Merging two entities is giving each the other's name as an alias: the
 * pack's own merge then joins them, as it joins one entity across sources.
 */
function mergeCorrected(pack: KnowledgePack, merges: [string, string][]): KnowledgePack {
  // A key names the first entity that goes by it; looked up once, not once per entity and merge.
  const byKey = new Map<string, Entity>();
  for (const entity of pack.entities) for (const key of keysOf(entity)) if (!byKey.has(key)) byKey.set(key, entity);
  const partners = new Map<Entity, Entity[]>();
  for (const [a, b] of merges) {
    const [x, y] = [byKey.get(a), byKey.get(b)];
    if (!x || !y || x === y) continue;
    partners.set(x, [...(partners.get(x) ?? []), y]);
    partners.set(y, [...(partners.get(y) ?? []), x]);
  }
  if (!partners.size) return pack;
  const entities = pack.entities.map((entity) => {
    const others = partners.get(entity);
    if (!others) return entity;
    // The one with fewer facts takes the other's type: the pack's merge keys by type and would keep them apart.
    const first = others[0]!;
    return { ...entity, type: entity.facts.length < first.facts.length ? first.type : entity.type, aliases: [...entity.aliases, ...others.map((o) => o.name)] };
  });
  return mergePacks([{ ...pack, entities }]);
}
