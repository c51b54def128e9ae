import { t } from '../lib/i18n';
import type { Quote, TimelineEvent } from '../lib/knowledge/types';
import type { Citation as SourceCitation, EntityRef } from '../lib/knowledge/views';
import { groupByDate, machineDate } from '../lib/timeline-filter';
import { Citation } from './Citation';
import { EntityLink } from './EntityLink';

interface TimelineProps {
  /** Newest first. */
  events: TimelineEvent[];
  names: Record<string, EntityRef>;
  citations: Record<string, SourceCitation>;
  onSelectEntity?: ((id: string) => void) | undefined;
  onOpenSource?: ((sourceId: string, quote: Quote) => void) | undefined;
}

/** Dated events under their dates, newest first, each with its entities and its source. */
export function Timeline({ events, names, citations, onSelectEntity, onOpenSource }: TimelineProps) {
  if (!events.length) return <p class="bs-empty">{t('cardNoEvents')}</p>;
  return (
    <ol class="bs-timeline">
      {groupByDate(events).map((group) => (
        <li key={group.key} class="bs-date-group">
          <time class="bs-event-date" dateTime={machineDate(group.when)}>
            {group.label}
          </time>
          <ul class="bs-date-events">
            {group.events.map((event) => (
              <li key={event.id} class="bs-event">
                <p class="bs-event-summary">{event.summary}</p>
                <p class="bs-event-entities">
                  {event.entityIds
                    .filter((id) => names[id])
                    .map((id) => (
                      <EntityLink key={id} entity={names[id]!} onSelect={onSelectEntity} />
                    ))}
                </p>
                <Citation source={citations[event.quote.sourceId]} onOpen={onOpenSource && (() => onOpenSource(event.quote.sourceId, event.quote))} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
