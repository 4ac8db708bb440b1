/** The mdast blocks the plain-text passes build, and small reads of them. */
import type { BlockContent, List, ListItem, Paragraph } from "mdast";
import type { RawUnit } from "./units.ts";

export function paragraph(text: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}

/** A section heading; the page's h1 is the title, so body headings are h2. */
export function heading(text: string): BlockContent {
  return { type: "heading", depth: 2, children: [{ type: "text", value: text }] };
}

/** A list from list-item units, ordered or not as the first item is, keeping its start number. */
export function list(units: readonly RawUnit[]): List {
  const first = units[0]?.marker;
  const children: ListItem[] = units.map((u) => ({
    type: "listItem",
    spread: false,
    children: [paragraph(u.marker?.content ?? u.text)],
  }));
  return {
    type: "list",
    ordered: first?.ordered ?? false,
    spread: false,
    ...(first?.ordered === true && first.start !== undefined && first.start !== 1 ? { start: first.start } : {}),
    children,
  };
}

/** The text a reader sees last in a block: a paragraph's or heading's text, a list's last item. */
export function blockText(block: BlockContent): string {
  if (block.type === "paragraph" || block.type === "heading")
    return block.children.map((c) => ("value" in c ? c.value : "")).join("");
  if (block.type === "list") {
    const item = block.children[block.children.length - 1]?.children[0];
    return item === undefined ? "" : blockText(item as BlockContent);
  }
  return "";
}

/** Consecutive list-item units of the same kind (ordered or not) starting at `from`. */
export function collectListUnits<U extends RawUnit>(units: readonly U[], from: number): U[] {
  const first = units[from]?.marker;
  const items: U[] = [];
  for (let k = from; k < units.length; k++) {
    const unit = units[k];
    if (unit?.marker === undefined || first === undefined || unit.marker.ordered !== first.ordered) break;
    items.push(unit);
  }
  return items;
}

/** Source line on which character `offset` of a (possibly multi-line) unit falls. */
export function lineAt(unit: RawUnit, offset: number): number | undefined {
  let pos = 0;
  for (const line of unit.lines) {
    pos += line.text.length + 1;
    if (offset < pos) return line.n;
  }
  return unit.lines[unit.lines.length - 1]?.n;
}
