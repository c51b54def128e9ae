import highlightCss from './highlights.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * A `::highlight()` rule in the document does not reach into a shadow tree in
 * every browser: give the tree the same rules, as an adopted stylesheet (no
 * element is added to the page).
 */
export function styleShadowRoot(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
