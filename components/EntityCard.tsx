import { formatDate } from '../lib/knowledge/format-date';
import type { EntityView } from '../lib/knowledge/views';
import { Citation } from './Citation';
import { EntityLink } from './EntityLink';
import { Timeline } from './Timeline';
import { TypeBadge } from './TypeBadge';

interface EntityCardProps {
  view: EntityView;
  onSelectEntity?: ((id: string) => void) | undefined;
  onClose?: (() => void) | undefined;
}

/** Who or what an entity is: roles, cited facts, timeline, relations. */
export function EntityCard({ view, onSelectEntity, onClose }: EntityCardProps) {
  const { entity, events, related, names, citations } = view;
  return (
    <article class="bs-card" aria-label={entity.name}>
      <header class="bs-card-head">
        <h2 class="bs-name">{entity.name}</h2>
        <TypeBadge type={entity.type} />
        {onClose && (
          <button type="button" class="bs-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {entity.roles.length > 0 && (
        <ul class="bs-roles">
          {entity.roles.map((role) => {
            const source = citations[role.sourceId];
            return (
              <li key={`${role.title}|${role.sourceId}`} class="bs-role">
                {role.title}
                <span class="bs-as-of">
                  , per {source?.publisher ?? 'its source'}
                  {role.asOf ? `, ${formatDate(role.asOf)}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {entity.aliases.length > 0 && <p class="bs-aliases">Also: {entity.aliases.join(', ')}</p>}
      <section class="bs-section">
        <h3>Background</h3>
        <ul class="bs-facts">
          {entity.facts.map((fact) => (
            <li key={`${fact.sourceId}@${fact.start}`} class="bs-fact">
              <q>{fact.text}</q> <Citation source={citations[fact.sourceId]} />
            </li>
          ))}
        </ul>
      </section>
      <section class="bs-section">
        <h3>Timeline</h3>
        <Timeline events={events} names={names} citations={citations} onSelectEntity={onSelectEntity} self={entity.id} />
      </section>
      {related.length > 0 && (
        <section class="bs-section">
          <h3>Related</h3>
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
    </article>
  );
}
