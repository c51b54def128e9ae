/**
 * The knowledge pack: what Backstory knows, compiled from source documents.
 * `pack-schema.json` beside this file describes the same shape as JSON Schema;
 * a test keeps the two in step.
 */

export const PACK_VERSION = 1;

export type EntityType = 'person' | 'organization' | 'place';

/** A calendar date, `YYYY-MM-DD`, never a moment in some time zone. */
export type CalendarDate = string;

export type DatePrecision = 'day' | 'month' | 'year';

/** A source document as compiled: its citation and its text (facts point into it). */
export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  /** Absent when the document states no date; its relative dates are then left unresolved. */
  date?: CalendarDate;
  url?: string;
  /** The text facts are quoted from; offsets are JavaScript string indices into it. */
  text: string;
  /** Where the article's own words start (after a header line, front matter, …). */
  bodyStart: number;
}

/** A passage quoted exactly from a source. */
export interface Quote {
  sourceId: string;
  start: number;
  end: number;
  text: string;
}

/** A role is true as of its source's date and by its source's word. */
export interface Role {
  title: string;
  sourceId: string;
  asOf?: CalendarDate;
}

export type RelationKind = 'role' | 'event';

export interface Relation {
  entityId: string;
  kind: RelationKind;
  /** For role relations, the role that links them ("politburo head"). */
  label?: string;
  sourceId: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Other names the sources use for it, the canonical name excluded. */
  aliases: string[];
  roles: Role[];
  /** Nationality or affiliation as stated ("Iraqi", "Hamas"). */
  affiliations: string[];
  facts: Quote[];
  related: Relation[];
}

export type DateRelation = 'on' | 'before' | 'after';

export interface EventDate {
  date: CalendarDate;
  precision: DatePrecision;
  /** `before` and `after` are relative to `date`, the source's own date. */
  relation: DateRelation;
}

export interface TimelineEvent {
  id: string;
  when: EventDate;
  /** One line in the source's own words. */
  summary: string;
  entityIds: string[];
  placeIds: string[];
  quote: Quote;
}

export interface KnowledgePack {
  version: typeof PACK_VERSION;
  sources: SourceDocument[];
  entities: Entity[];
  /** Oldest first; see `compareEvents`. */
  events: TimelineEvent[];
  /** Hand-declared corrections applied while compiling; the aim is none. */
  overrides: number;
  warnings: string[];
}
