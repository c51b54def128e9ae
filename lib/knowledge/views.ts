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
}

export function citationOf({ text: _text, bodyStart: _bodyStart, ...citation }: SourceDocument): Citation {
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

export function entityView(pack: KnowledgePack, entityId: string): EntityView | null {
  const entity = pack.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const names = allNames(pack);
  const related = new Map<string, EntityRef & { label?: string }>();
  for (const relation of entity.related) {
    const ref = names[relation.entityId];
    if (!ref) continue;
    const known = related.get(ref.id);
    if (!known || (!known.label && relation.label)) related.set(ref.id, { ...ref, ...(relation.label ? { label: relation.label } : {}) });
  }
  return {
    entity,
    events: pack.events.filter((e) => e.entityIds.includes(entityId) || e.placeIds.includes(entityId)).reverse(),
    related: [...related.values()],
    names,
    citations: allCitations(pack),
  };
}

export function timelineView(pack: KnowledgePack): TimelineView {
  return { events: [...pack.events].reverse(), names: allNames(pack), citations: allCitations(pack) };
}
