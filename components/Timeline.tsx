import { formatEventDate } from '../lib/knowledge/format-date';
import type { TimelineEvent } from '../lib/knowledge/types';
import type { Citation as SourceCitation, EntityRef } from '../lib/knowledge/views';
import { Citation } from './Citation';
import { EntityLink } from './EntityLink';

interface TimelineProps {
  /** Newest first. */
  events: TimelineEvent[];
  names: Record<string, EntityRef>;
  citations: Record<string, SourceCitation>;
  onSelectEntity?: ((id: string) => void) | undefined;
  /** An entity not to link in every row (the card's own). */
  self?: string;
}

/** Dated events, newest first, each with its entities and its source. */
export function Timeline({ events, names, citations, onSelectEntity, self }: TimelineProps) {
  if (!events.length) return <p class="bs-empty">No dated events.</p>;
  return (
    <ol class="bs-timeline">
      {events.map((event) => (
        <li key={event.id} class="bs-event">
          <time class="bs-event-date" dateTime={event.when.date}>
            {formatEventDate(event.when)}
          </time>
          <p class="bs-event-summary">{event.summary}</p>
          <p class="bs-event-entities">
            {event.entityIds
              .filter((id) => id !== self && names[id])
              .map((id) => (
                <EntityLink key={id} entity={names[id]!} onSelect={onSelectEntity} />
              ))}
          </p>
          <Citation source={citations[event.quote.sourceId]} />
        </li>
      ))}
    </ol>
  );
}
