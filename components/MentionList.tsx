import { t } from '../lib/i18n';
import type { EntityType } from '../lib/knowledge/types';
import type { EntityRef } from '../lib/knowledge/views';
import { ENTITY_TYPES } from '../lib/timeline-filter';
import { TYPE_GROUP_LABELS } from './TypeBadge';

export interface MentionCount {
  entity: EntityRef;
  count: number;
}

interface MentionListProps {
  mentions: MentionCount[];
  /** Shows the next mention of an entity on the page. */
  onReveal?: (id: string) => void;
}

/** What a page mentions, by type, with how often: each name takes the reader to its next mention. */
export function MentionList({ mentions, onReveal }: MentionListProps) {
  if (!mentions.length) return <p class="bs-empty">{t('popupNoMentions')}</p>;
  const groups = ENTITY_TYPES.map((type) => [type, mentions.filter((m) => m.entity.type === type)] as [EntityType, MentionCount[]]).filter(([, list]) => list.length);
  return (
    <div class="bs-mentions">
      {groups.map(([type, list]) => (
        <section key={type} class="bs-mention-group" aria-label={t(TYPE_GROUP_LABELS[type])}>
          <h4>{t(TYPE_GROUP_LABELS[type])}</h4>
          <ul>
            {list.map(({ entity, count }) => (
              <li key={entity.id} class="bs-mention">
                <button
                  type="button"
                  class={`bs-link bs-entity bs-${entity.type}`}
                  aria-label={`${t('popupShowMention', entity.name)} (${t('popupMentionCount', count)})`}
                  onClick={() => onReveal?.(entity.id)}
                >
                  {entity.name}
                </button>
                <span class="bs-count" aria-hidden="true">
                  {count}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
