/** The host of the shadow root a node sits at the top of; null for a node with a parent element, or none. */
export function hostAbove(node: Node): Element | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : null;
}

/**
 * The element an element is laid out in: the slot it is assigned to, its
 * parent, or the host of the shadow root it is at the top of. Boxes that
 * scroll or set a text in columns are found this way, across shadow trees
 * (not into a closed one, whose slots the page's scripts cannot see).
 */
export function layoutParent(element: Element): Element | null {
  return element.assignedSlot ?? element.parentElement ?? hostAbove(element);
}
