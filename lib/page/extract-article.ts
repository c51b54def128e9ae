import { articleOf } from '../knowledge/html-source';
import { sourceOfArticle, type SourceInput } from '../knowledge/source-format';

/**
 * The page's article as a source to add: Readability reads a copy of the
 * document (it changes what it reads), never the page itself.
 */
export function extractArticle(doc: Document): SourceInput | null {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const article = articleOf(doc.cloneNode(true) as Document, parse, doc.location.href);
  return article ? sourceOfArticle(article) : null;
}
