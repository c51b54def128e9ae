import { groupEntities, type DocEntity } from './entities';
import { findEvents, type DocEvent } from './events';
import { fingerprint, slug } from './ids';
import { readDateline, readSentence } from './mentions';
import { mergePacks } from './merge';
import { compareEvents } from './order';
import { splitSentences, type Span } from './sentences';
import type { SourceInput } from './source-format';
import { deriveTitle } from './title';
import { PACK_VERSION, type Entity, type KnowledgePack, type Quote, type Relation, type SourceDocument, type TimelineEvent } from './types';

/** Compiles several source documents into one pack. */
export function compileSources(inputs: SourceInput[]): KnowledgePack {
  return mergePacks(inputs.map(compileSource));
}

/** Compiles one source document: its entities, their facts and roles, and its dated events. */
export function compileSource(input: SourceInput): KnowledgePack {
  const { text, bodyStart, date, publisher } = input;
  const sentences = splitSentences(text, bodyStart);
  const names = sentences.map((s, i) => readSentence(text, s, i));
  const dateline = readDateline(text, bodyStart, 0);
  const mentions = names.flatMap((n) => n.mentions).filter((m) => !dateline || m.start >= dateline.end);
  const docEntities = groupEntities(text, dateline ? [dateline, ...mentions] : mentions, names.flatMap((n) => n.titleReferences), publisher);
  const docEvents = findEvents(text, sentences, date);
  const source: SourceDocument = {
    id: sourceId(input),
    title: input.title ?? deriveTitle(text, sentences[0], docEntities, date),
    publisher: publisher ?? 'Unknown publisher',
    ...(date ? { date } : {}),
    ...(input.url ? { url: input.url } : {}),
    text,
    bodyStart,
  };
  const entities = docEntities.map((e, i) => toEntity(e, i, source, sentences));
  linkAffiliations(docEntities, entities, source.id);
  const events = docEvents.map((e) => toEvent(e, docEntities, entities, source)).sort(compareEvents);
  linkEventPartners(events, entities, source.id);
  const warnings = input.warnings.map((w) => `${source.title}: ${w}`);
  if (!sentences.length) warnings.push(`${source.title}: the document has no text.`);
  return { version: PACK_VERSION, sources: [source], entities, events, overrides: 0, warnings };
}

function sourceId(input: SourceInput): string {
  const parts = [input.date ?? 'undated', slug(input.publisher ?? '').slice(0, 24), fingerprint(input.text)];
  return parts.filter(Boolean).join('-');
}

function toEntity(doc: DocEntity, index: number, source: SourceDocument, sentences: Span[]): Entity {
  const roles = unique(doc.named.map((m) => m.role).filter(isText)).map((title) => ({
    title,
    sourceId: source.id,
    ...(source.date ? { asOf: source.date } : {}),
  }));
  return {
    // Local ids; mergePacks gives every entity its lasting id.
    id: `${source.id}#${index}`,
    name: doc.name,
    type: doc.type,
    aliases: doc.surfaces.filter((s) => s !== doc.name),
    roles,
    affiliations: unique(doc.named.map((m) => m.affiliation).filter(isText)),
    facts: sentencesAround(doc.spans, sentences).map((s) => quote(source, s)),
    related: [],
  };
}

/** The sentences that hold a mention, in order; sentences are sorted and apart, so each mention looks up its own. */
function sentencesAround(spans: Span[], sentences: Span[]): Span[] {
  const found = new Set<number>();
  for (const span of spans) {
    const i = firstStartingFrom(sentences, span.start + 1) - 1;
    if (i >= 0 && span.end <= sentences[i]!.end) found.add(i);
  }
  return [...found].sort((a, b) => a - b).map((i) => sentences[i]!);
}

/** The index of the first span starting at or after `offset`, in spans sorted by start. */
function firstStartingFrom(sorted: Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether any of the spans (sorted by start) lies within `outer`. */
function anyWithin(sorted: Span[], outer: Span): boolean {
  for (let i = firstStartingFrom(sorted, outer.start); i < sorted.length && sorted[i]!.start <= outer.end; i++) {
    if (sorted[i]!.end <= outer.end) return true;
  }
  return false;
}

function quote(source: SourceDocument, span: Span): Quote {
  return { sourceId: source.id, start: span.start, end: span.end, text: source.text.slice(span.start, span.end) };
}

/** "Hamas politburo head Ismail Haniyeh": the person and the organization are related by the role. */
function linkAffiliations(docEntities: DocEntity[], entities: Entity[], sourceId: string): void {
  docEntities.forEach((doc, i) => {
    for (const mention of doc.named) {
      if (!mention.affiliation || !mention.role) continue;
      const org = docEntities.findIndex((o) => o.type === 'organization' && o.surfaces.includes(mention.affiliation!));
      if (org < 0) continue;
      const label = mention.role.slice(mention.affiliation.length).trim();
      const relation = (entityId: string): Relation => ({ entityId, kind: 'role', ...(label ? { label } : {}), sourceId });
      relate(entities[i]!, relation(entities[org]!.id));
      relate(entities[org]!, relation(entities[i]!.id));
    }
  });
}

function toEvent(doc: DocEvent, docEntities: DocEntity[], entities: Entity[], source: SourceDocument): TimelineEvent {
  const ids = (keep: (e: DocEntity) => boolean) =>
    docEntities.flatMap((e, i) => (keep(e) && anyWithin(e.spans, doc.statement) ? [entities[i]!.id] : []));
  return {
    id: `${source.id}@${doc.statement.start}-${doc.when.date}`,
    when: doc.when,
    summary: doc.summary,
    entityIds: ids((e) => e.type !== 'place'),
    placeIds: ids((e) => e.type === 'place'),
    quote: quote(source, doc.sentence),
  };
}

/** People and organizations that act together in an event are related. */
function linkEventPartners(events: TimelineEvent[], entities: Entity[], sourceId: string): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const event of events) {
    for (const a of event.entityIds) {
      for (const b of event.entityIds) {
        if (a !== b) relate(byId.get(a)!, { entityId: b, kind: 'event', sourceId });
      }
    }
  }
}

function relate(entity: Entity, relation: Relation): void {
  const same = (r: Relation) => r.entityId === relation.entityId && r.kind === relation.kind && r.label === relation.label;
  if (!entity.related.some(same)) entity.related.push(relation);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

function isText(value: string | undefined): value is string {
  return Boolean(value);
}
