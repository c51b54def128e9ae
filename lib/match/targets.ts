import type { EntityType, KnowledgePack } from '../knowledge/types';
import { firstWordKeys, type MatchTarget } from './matcher';

/**
 * The matcher's view of a pack: each entity of the highlighted types with all
 * its names, and the folded first word of each, worked out here (once per
 * knowledge, in the background) rather than by every page's matcher.
 */
export function matchTargets(pack: KnowledgePack, types: readonly EntityType[]): MatchTarget[] {
  return withFirstWords(
    pack.entities.filter((e) => types.includes(e.type)).map((e) => ({ id: e.id, type: e.type, names: [e.name, ...e.aliases] })),
  );
}

export function withFirstWords(targets: MatchTarget[]): MatchTarget[] {
  return targets.map((t) => ({ ...t, firstWords: firstWordKeys(t.names) }));
}
