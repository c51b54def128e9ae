import type { Quote } from '../knowledge/types';
import type { EntityView } from '../knowledge/views';

/** What the card tells whoever shows it. */
export interface CardActions {
  enter(): void;
  leave(): void;
  close(): void;
  pin(pinned: boolean): void;
  selectEntity(entityId: string): void;
  openSource(sourceId: string, quote?: Quote): void;
  hideEntity(entityId: string): void;
}

/** Where cards are shown (a closed shadow root); the page session decides when and what. */
export interface CardSurface {
  /** `focused`: opened from the keyboard, so the card takes focus and stays until closed. */
  show(view: EntityView, anchor: Range, focused: boolean): void;
  hide(): void;
  /** Whether a node or event target is (inside) the card. */
  owns(node: unknown): boolean;
}
