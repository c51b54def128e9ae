import { useState } from 'preact/hooks';
import type { EntityView } from '../lib/knowledge/views';
import type { CardEvents } from '../lib/page/session';
import { EntityCard } from './EntityCard';

/** The floating card around an entity's details: hover tracking, pin and close. */
export function CardFrame({ view, events }: { view: EntityView; events: CardEvents }) {
  const [pinned, setPinned] = useState(false);
  const togglePin = () => {
    setPinned(!pinned);
    events.pin(!pinned);
  };
  return (
    <div
      class="bs-card-frame"
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={view.entity.name}
      onPointerEnter={events.enter}
      onPointerLeave={events.leave}
    >
      <div class="bs-card-tools">
        <button type="button" class="bs-pin" aria-pressed={pinned} onClick={togglePin}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
      </div>
      <EntityCard view={view} onSelectEntity={events.selectEntity} onClose={events.close} />
    </div>
  );
}
