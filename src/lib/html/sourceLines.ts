/**
 * Where an element of a parsed page stands in the saved file, so the ingest report can name the
 * raw line of what it removed from an HTML page as it does for text. The DOM keeps no source
 * positions, so each text and comment node is found in the raw HTML in document order (which is
 * source order), searching from where the previous one was found: one pass, no second parse.
 * A node's data is decoded ("&amp;" is "&"), so it is looked up by its first run of characters
 * that an entity cannot have written.
 */

/** Characters a page may write as an entity or reference; runs between them are verbatim. */
const MAYBE_ENCODED = /[&<>"'\u00a0]|[^\x20-\x7e\s]/u;

/** The runs of `data` that stand verbatim in the file, in order. */
function verbatimRuns(data: string): string[] {
  return data
    .split(MAYBE_ENCODED)
    .map((part) => part.trim())
    .filter((run) => run !== "");
}

/**
 * A function giving the 1-based raw line where a text node stands, or where an element's text
 * starts (its first text node with a verbatim run); undefined for one without text. Call before the page is
 * changed: removed elements keep their text nodes, so they can be placed afterwards too.
 */
export function sourceLines(document: Document, html: string): (node: Node) => number | undefined {
  const lineStarts: number[] = [0];
  for (let i = html.indexOf("\n"); i !== -1; i = html.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lines = new Map<Node, number>();
  let cursor = 0;
  const walker = document.createTreeWalker(document, 4 | 128); // text and comment nodes
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const runs = verbatimRuns(node.nodeValue ?? "");
    if (runs[0] === undefined) continue;
    // Text outside scripts and comments stands between tags, not in an attribute's value.
    const raw = node.nodeType === 8 || /^(?:SCRIPT|STYLE)$/i.test(node.parentElement?.tagName ?? "");
    let at = html.indexOf(runs[0], cursor);
    while (at !== -1 && !raw && html.lastIndexOf("<", at) > html.lastIndexOf(">", at))
      at = html.indexOf(runs[0], at + 1);
    if (at === -1) continue;
    if (node.nodeType === 3) lines.set(node, lineAt(at));
    // Past the whole node, so that its later words (a script's JSON naming the site) are not
    // taken for the next node's.
    cursor = at;
    for (const run of runs) {
      const next = html.indexOf(run, cursor);
      if (next === -1) break;
      cursor = next + run.length;
    }
  }
  return (node) => {
    if (node.nodeType === 3) return lines.get(node);
    const walk = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4);
    for (let node = walk.nextNode(); node !== null; node = walk.nextNode()) {
      const line = lines.get(node);
      if (line !== undefined) return line;
    }
    return undefined;
  };
}
