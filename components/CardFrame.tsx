import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { EntityView } from '../lib/knowledge/views';
import type { CardActions } from '../lib/page/card';
import { EntityCard } from './EntityCard';

interface CardFrameProps {
  view: EntityView;
  actions: CardActions;
  /** Opened from the keyboard: the card takes focus, and stays until closed. */
  focused: boolean;
}

/**
 * The floating card: hover tracking, pin, close and "don't highlight". A
 * hovered card never takes focus from the page; a pinned or keyboard-opened
 * one is a labelled dialog.
 */
export function CardFrame({ view, actions, focused }: CardFrameProps) {
  const [pinned, setPinned] = useState(focused);
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) frame.current?.focus({ preventScroll: true });
  }, [focused, view.entity.id]);
  const togglePin = () => {
    setPinned(!pinned);
    actions.pin(!pinned);
  };
  const name = view.entity.name;
  return (
    <div
      ref={frame}
      class="bs-card-frame"
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={name}
      tabIndex={-1}
      onPointerEnter={actions.enter}
      onPointerLeave={actions.leave}
    >
      <div class="bs-card-tools">
        <button type="button" class="bs-tool" aria-pressed={pinned} title={t('cardPinLabel')} onClick={togglePin}>
          {pinned ? t('cardUnpin') : t('cardPin')}
        </button>
        <button type="button" class="bs-tool bs-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={actions.close}>
          ×
        </button>
      </div>
      <EntityCard view={view} onSelectEntity={actions.selectEntity} onOpenSource={actions.openSource} />
      <footer class="bs-card-foot">
        <button type="button" class="bs-link bs-hide" aria-label={t('cardHideLabel', name)} onClick={() => actions.hideEntity(view.entity.id)}>
          {t('cardHide')}
        </button>
      </footer>
    </div>
  );
}
