/** The host of the shadow root a node sits at the top of; null for a node with a parent element, or none. */
export function hostAbove(node: Node): Element | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : null;
}

/**
 * The element a node is laid out in: the slot it is assigned to, its parent,
 * or the host of the shadow root it is at the top of. Boxes that scroll or
 * clip a node are found this way, across shadow trees.
 */
export function layoutParent(node: Node): Element | null {
  return (node instanceof Element || node instanceof Text ? node.assignedSlot : null) ?? node.parentElement ?? hostAbove(node);
}
