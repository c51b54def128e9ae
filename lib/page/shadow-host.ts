/** The host of the shadow root a node sits at the top of; null for a node with a parent element, or none. */
export function hostAbove(node: Node): Element | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : null;
}
