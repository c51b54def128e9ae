import { t, type MessageKey } from '../lib/i18n';
import type { EntityType } from '../lib/knowledge/types';

export const TYPE_LABELS: Record<EntityType, MessageKey> = { person: 'typePerson', organization: 'typeOrganization', place: 'typePlace' };
export const TYPE_GROUP_LABELS: Record<EntityType, MessageKey> = { person: 'typePeople', organization: 'typeOrganizations', place: 'typePlaces' };

export function TypeBadge({ type }: { type: EntityType }) {
  return <span class={`bs-badge bs-badge-${type}`}>{t(TYPE_LABELS[type])}</span>;
}
