import type { EntityRef } from '../lib/knowledge/views';

/** An entity's name that opens its card (or selects it) when clicked. */
export function EntityLink({ entity, onSelect }: { entity: EntityRef; onSelect?: ((id: string) => void) | undefined }) {
  if (!onSelect) return <span class={`bs-entity bs-${entity.type}`}>{entity.name}</span>;
  return (
    <button type="button" class={`bs-entity bs-${entity.type} bs-link`} onClick={() => onSelect(entity.id)}>
      {entity.name}
    </button>
  );
}
