/**
 * An article body (mdast) as plain text with one block per line, so that list items, table
 * cells and quoted paragraphs never run into each other's words when scored.
 */
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";

const CONTAINERS = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow", "footnoteDefinition"]);

export function bodyText(node: Root | Nodes): string {
  // A numbered list's numbers are text the reader sees, as in the raw file scored against.
  if (node.type === "list" && node.ordered === true)
    return node.children.map((item, i) => `${(node.start ?? 1) + i}. ${bodyText(item)}`).join("\n");
  if (CONTAINERS.has(node.type) && "children" in node) return node.children.map((child) => bodyText(child)).join("\n");
  if (node.type === "tableCell") return toString(node);
  // A line break inside a paragraph ("Name<br>link") parts words as a new line does.
  if (node.type === "paragraph" || node.type === "heading")
    return node.children.map((child) => (child.type === "break" ? "\n" : toString(child))).join("");
  return toString(node);
}
