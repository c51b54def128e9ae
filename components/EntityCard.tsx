import { backgroundFacts } from '../lib/knowledge/background';
import { formatDate, formatEventDate } from '../lib/knowledge/format-date';
import type { Quote } from '../lib/knowledge/types';
import type { EntityView } from '../lib/knowledge/views';
import { t } from '../lib/i18n';
import { Citation, publishedBy, SourceRef } from './Citation';
import { EntityLink } from './EntityLink';
import { TypeBadge } from './TypeBadge';

export interface EntityCardProps {
  view: EntityView;
  onSelectEntity?: ((id: string) => void) | undefined;
  /** Opens a source, at a quoted passage when given. */
  onOpenSource?: ((sourceId: string, quote?: Quote) => void) | undefined;
}

/** Who or what an entity is: roles as of their sources, a cited background, its timeline and relations. */
export function EntityCard({ view, onSelectEntity, onOpenSource }: EntityCardProps) {
  const { entity, events, related, names, citations } = view;
  const dates = Object.fromEntries(Object.values(citations).map((c) => [c.id, c.date]));
  const background = backgroundFacts(entity, dates);
  // Sources are numbered in the order the card first cites them.
  const order = [...new Set([...background.map((f) => f.sourceId), ...events.map((e) => e.quote.sourceId), ...entity.roles.map((r) => r.sourceId)])];
  const ref = (quote: Quote) => {
    const source = citations[quote.sourceId];
    return (
      <SourceRef
        number={order.indexOf(quote.sourceId) + 1}
        label={source ? publishedBy(source) : ''}
        onOpen={onOpenSource && (() => onOpenSource(quote.sourceId, quote))}
      />
    );
  };
  return (
    <article class="bs-card" aria-labelledby="bs-card-name">
      <header class="bs-card-head">
        <h2 class="bs-name" id="bs-card-name">
          {entity.name}
        </h2>
        <TypeBadge type={entity.type} />
      </header>
      {entity.roles.length > 0 && (
        <ul class="bs-roles">
          {entity.roles.map((role) => {
            const source = citations[role.sourceId];
            const asOf = [source?.publisher, role.asOf && formatDate(role.asOf)].filter(Boolean).join(', ');
            return (
              <li key={`${role.title}|${role.sourceId}`} class="bs-role">
                {role.title}
                {asOf && <span class="bs-as-of">, {t('cardRoleSource', asOf)}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {entity.aliases.length > 0 && <p class="bs-aliases">{t('cardAlso', entity.aliases.join(', '))}</p>}
      {background.length > 0 && (
        <section class="bs-section">
          <h3>{t('cardBackground')}</h3>
          <p class="bs-background">
            {background.map((fact) => (
              <span key={`${fact.sourceId}@${fact.start}`} class="bs-fact">
                <q>{fact.text}</q>
                {ref(fact)}{' '}
              </span>
            ))}
          </p>
        </section>
      )}
      {events.length > 0 && (
        <section class="bs-section">
          <h3>{t('cardTimeline')}</h3>
          <ol class="bs-timeline">
            {events.map((event) => (
              <li key={event.id} class="bs-event">
                <time class="bs-event-date" dateTime={event.when.date}>
                  {formatEventDate(event.when)}
                </time>
                <p class="bs-event-summary">
                  {event.summary}
                  {ref(event.quote)}
                </p>
                <p class="bs-event-entities">
                  {event.entityIds
                    .filter((id) => id !== entity.id && names[id])
                    .map((id) => (
                      <EntityLink key={id} entity={names[id]!} onSelect={onSelectEntity} />
                    ))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {related.length > 0 && (
        <section class="bs-section">
          <h3>{t('cardRelated')}</h3>
          <ul class="bs-related">
            {related.map((r) => (
              <li key={r.id}>
                <EntityLink entity={r} onSelect={onSelectEntity} />
                {r.label && <span class="bs-relation-label"> ({r.label})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {order.length > 0 && (
        <section class="bs-section">
          <h3>{t('cardSources')}</h3>
          <ol class="bs-sources">
            {order.map((id) => (
              <li key={id}>
                <Citation source={citations[id]} onOpen={onOpenSource && (() => onOpenSource(id))} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
