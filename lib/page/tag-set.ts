/**
 * A set of tag names that answers for `element.tagName` as it is: upper case
 * in HTML documents, lower case for SVG and XHTML. Upper-casing every tag name
 * on the hot path (each element of a long page) costs more than the lookup.
 */
export function tagSet(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.flatMap((name) => [name, name.toLowerCase()]));
}
