/**
 * The text a page shows, in its own case: its body's text nodes with scripts, styles, noscript
 * blocks and templates left out, white space squashed. What ingest asks when it wants to know
 * whether the page prints a name or a spelling anywhere a reader would see it.
 */
import { squash } from "#lib/text/squash.ts";

export function visibleText(document: Document): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    if (node.nodeType !== 1 || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/iu.test((node as Element).tagName)) return;
    node.childNodes.forEach(walk);
  };
  walk(document.body);
  return squash(parts.join(" "));
}
