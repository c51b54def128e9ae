import type { EntityRef } from '../lib/knowledge/views';
import { EntityLink } from './EntityLink';

export interface MentionCount {
  entity: EntityRef;
  count: number;
}

/** What a page mentions, with how often. */
export function MentionList({ mentions, onSelect }: { mentions: MentionCount[]; onSelect?: (id: string) => void }) {
  if (!mentions.length) return <p class="bs-empty">No known names on this page.</p>;
  return (
    <ul class="bs-mentions">
      {mentions.map(({ entity, count }) => (
        <li key={entity.id} class="bs-mention">
          <EntityLink entity={entity} onSelect={onSelect} />
          <span class="bs-count" aria-label={`${count} mentions`}>
            {count}
          </span>
        </li>
      ))}
    </ul>
  );
}
