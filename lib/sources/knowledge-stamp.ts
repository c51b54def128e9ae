import { storage } from 'wxt/utils/storage';

/**
 * Raised by the background each time the merged knowledge changes; pages
 * watch it to read again with the new knowledge. A module of its own, so the
 * content script imports nothing of the compiler; a key, not a storage item,
 * since an item reads storage as soon as it is defined.
 */
const KNOWLEDGE_STAMP = 'local:knowledgeStamp';

export function markKnowledgeChanged(): Promise<void> {
  return storage.setItem(KNOWLEDGE_STAMP, Date.now());
}

/** Calls `listener` whenever the knowledge changes, in any tab or page. */
export function watchKnowledge(listener: () => void): () => void {
  return storage.watch<number>(KNOWLEDGE_STAMP, () => listener());
}
