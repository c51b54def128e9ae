import type { Entity, EntityType, KnowledgePack, SourceDocument, TimelineEvent } from './types';

/** A source as it is cited: everything but its text. */
export type Citation = Omit<SourceDocument, 'text' | 'bodyStart'>;

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** Everything a card shows about one entity. */
export interface EntityView {
  entity: Entity;
  /** Its events, newest first. */
  events: TimelineEvent[];
  related: (EntityRef & { label?: string })[];
  /** Names of the entities the events mention, for links. */
  names: Record<string, EntityRef>;
  citations: Record<string, Citation>;
}

/** The whole timeline with what it takes to show and link it. */
export interface TimelineView {
  /** Newest first. */
  events: TimelineEvent[];
  names: Record<string, EntityRef>;
  citations: Record<string, Citation>;
  /** How many entities each source tells of (by a fact or a role), by source id. */
  entityCounts: Record<string, number>;
}

function citationOf({ text: _text, bodyStart: _bodyStart, ...citation }: SourceDocument): Citation {
  return citation;
}

function refOf(entity: Entity): EntityRef {
  return { id: entity.id, name: entity.name, type: entity.type };
}

function allNames(pack: KnowledgePack): Record<string, EntityRef> {
  return Object.fromEntries(pack.entities.map((e) => [e.id, refOf(e)]));
}

function allCitations(pack: KnowledgePack): Record<string, Citation> {
  return Object.fromEntries(pack.sources.map((s) => [s.id, citationOf(s)]));
}

/** The sources the card cites, and no others. */
function citationsOf(pack: KnowledgePack, cited: { sourceId: string }[]): Record<string, Citation> {
  const ids = new Set(cited.map((c) => c.sourceId));
  return Object.fromEntries(pack.sources.filter((s) => ids.has(s.id)).map((s) => [s.id, citationOf(s)]));
}

export function entityView(pack: KnowledgePack, entityId: string): EntityView | null {
  const entity = pack.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const events = pack.events.filter((e) => e.entityIds.includes(entityId) || e.placeIds.includes(entityId)).reverse();
  // Only the names the card can link to: a card is asked for on every hover, and a pack may know thousands.
  const linked = new Set([entityId, ...entity.related.map((r) => r.entityId), ...events.flatMap((e) => [...e.entityIds, ...e.placeIds])]);
  const names = Object.fromEntries(pack.entities.filter((e) => linked.has(e.id)).map((e) => [e.id, refOf(e)]));
  const related = new Map<string, EntityRef & { label?: string }>();
  for (const relation of entity.related) {
    const ref = names[relation.entityId];
    if (!ref) continue;
    const known = related.get(ref.id);
    if (!known || (!known.label && relation.label)) related.set(ref.id, { ...ref, ...(relation.label ? { label: relation.label } : {}) });
  }
  return {
    entity,
    events,
    related: [...related.values()],
    names,
    citations: citationsOf(pack, [...entity.facts, ...entity.roles, ...events.map((e) => e.quote)]),
  };
}

export function timelineView(pack: KnowledgePack): TimelineView {
  return { events: [...pack.events].reverse(), names: allNames(pack), citations: allCitations(pack), entityCounts: entityCounts(pack) };
}

function entityCounts(pack: KnowledgePack): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entity of pack.entities) {
    for (const sourceId of new Set([...entity.facts, ...entity.roles].map((f) => f.sourceId))) counts[sourceId] = (counts[sourceId] ?? 0) + 1;
  }
  return counts;
}
