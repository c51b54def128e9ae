import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface RemovableItem {
  key: string;
  label: ComponentChildren;
  /** The item in words, for its button's accessible name. */
  text: string;
}

interface OptionsRemovableListProps {
  items: RemovableItem[];
  /** The button's visible text. */
  buttonText: string;
  /** The button's accessible name, about one item. */
  buttonLabel(text: string): string;
  onRemove(key: string): void;
  /** Where focus goes when the list has emptied. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/** Once the item at `index` is gone, focuses the one now in its place (or the last), else `fallback`. */
export function focusNearest(items: ArrayLike<HTMLElement> | undefined, index: number, fallback: HTMLElement | null): void {
  const near = items?.[Math.min(index, items.length - 1)];
  (near ?? fallback)?.focus();
}

/**
 * A list of things with a button each to take one out. Focus moves to the
 * next button (or the previous one, or `fallbackFocus`) once the item is gone,
 * so a keyboard user is never dropped at the top of the page.
 */
export function OptionsRemovableList({ items, buttonText, buttonLabel, onRemove, fallbackFocus }: OptionsRemovableListProps) {
  const list = useRef<HTMLUListElement>(null);
  const removed = useRef<{ key: string; index: number } | undefined>(undefined);
  useLayoutEffect(() => {
    const pending = removed.current;
    if (!pending || items.some((item) => item.key === pending.key)) return;
    removed.current = undefined;
    focusNearest(list.current?.querySelectorAll('button'), pending.index, fallbackFocus.current);
  }, [items, fallbackFocus]);

  if (!items.length) return <p class="bs-empty bs-options-none">{t('optionsNone')}</p>;
  return (
    <ul class="bs-options-list" ref={list}>
      {items.map((item, index) => (
        <li key={item.key} class="bs-options-item">
          <span class="bs-options-item-label">{item.label}</span>
          <button
            type="button"
            class="bs-options-button"
            aria-label={buttonLabel(item.text)}
            onClick={() => {
              removed.current = { key: item.key, index };
              onRemove(item.key);
            }}
          >
            {buttonText}
          </button>
        </li>
      ))}
    </ul>
  );
}
