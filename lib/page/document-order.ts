/** Which of two nodes comes first on the page: negative when `a` does, positive when `b` does, 0 for one node (or two unrelated). */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}
