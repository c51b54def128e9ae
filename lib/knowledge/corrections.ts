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
  const applicable = merges.filter(([a, b]) => find(pack, a) && find(pack, b) && find(pack, a) !== find(pack, b));
  if (!applicable.length) return pack;
  const entities = pack.entities.map((entity) => {
    const extra = applicable.flatMap(([a, b]) => {
      if (find(pack, a) === entity) return [find(pack, b)!.name];
      if (find(pack, b) === entity) return [find(pack, a)!.name];
      return [];
    });
    const sameType = applicable.find(([a, b]) => find(pack, a) === entity || find(pack, b) === entity);
    const partner = sameType && (find(pack, sameType[0]) === entity ? find(pack, sameType[1]) : find(pack, sameType[0]));
    return extra.length ? { ...entity, type: partner && entity.facts.length < partner.facts.length ? partner.type : entity.type, aliases: [...entity.aliases, ...extra] } : entity;
  });
  return mergePacks([{ ...pack, entities }]);
}

function find(pack: KnowledgePack, key: string): Entity | undefined {
  return pack.entities.find((e) => keysOf(e).includes(key));
}
