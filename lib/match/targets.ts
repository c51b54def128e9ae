import type { EntityType, KnowledgePack } from '../knowledge/types';
import type { MatchTarget } from './matcher';

/** The matcher's view of a pack: each entity of the highlighted types with all its names. */
export function matchTargets(pack: KnowledgePack, types: readonly EntityType[]): MatchTarget[] {
  return pack.entities
    .filter((e) => types.includes(e.type))
    .map((e) => ({ id: e.id, type: e.type, names: [e.name, ...e.aliases] }));
}
