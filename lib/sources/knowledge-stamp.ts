import { storage } from 'wxt/utils/storage';

/**
 * Raised by the background each time the merged knowledge changes; content
 * scripts watch it to read their page again. A module of its own, so the
 * content script imports nothing of the compiler.
 */
export const knowledgeStamp = storage.defineItem<number>('local:knowledgeStamp', { fallback: 0 });
