/**
 * Bundled by esbuild for the scale test and injected into a page: Backstory's
 * own matcher, and the page code that reads an article's text blocks.
 */
import { findArticleRoot } from '../../lib/page/article';
import { textBlocks } from '../../lib/page/text-blocks';
import { compileMatcher } from '../../lib/match/matcher';
import { NEUTRAL_WORDS } from '../../lib/match/neutral-words';

const api = { compileMatcher, NEUTRAL_WORDS, findArticleRoot, textBlocks };
export type BackstoryMatchApi = typeof api;
(window as unknown as { __backstoryMatch: BackstoryMatchApi }).__backstoryMatch = api;
