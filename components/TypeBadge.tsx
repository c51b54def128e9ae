import type { EntityType } from '../lib/knowledge/types';

const LABELS: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };

export function TypeBadge({ type }: { type: EntityType }) {
  return <span class={`bs-badge bs-badge-${type}`}>{LABELS[type]}</span>;
}
