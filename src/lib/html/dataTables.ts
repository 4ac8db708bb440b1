/**
 * A data table's rows as the reader reads them, before the HTML becomes a GFM table (hast, in
 * ./toMarkdown.ts). Each row of a GFM table is one line, and the timeline reads each body row as
 * a sentence, so two things the page draws apart must stay apart in the row's text:
 * - a row repeating the header (a `<tfoot>` that copies the `<thead>`, or a long table's header
 *   printed again every so many rows) is drawn as a label, not read as a row: it is dropped;
 * - paragraphs or blocks stacked in one cell ("<p>Returns.</p><p>Votes.</p>") are read as
 *   separate sentences; the conversion joins a cell's blocks with no space ("Returns.Votes."), and
 *   a list in a cell broke the row over several lines, so a cell's blocks are unwrapped to their
 *   words with a space between them.
 * A table's `<caption>` is its title, which the conversion left out: it becomes a paragraph
 * before the table.
 */
import type { Element, ElementContent, Nodes } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { squash } from "#lib/text/squash.ts";

/** Elements that start a new block inside a cell when a browser draws it. */
const CELL_BLOCKS = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
]);

const isElement = (node: Nodes | ElementContent, tag?: RegExp): node is Element =>
  node.type === "element" && (tag === undefined || tag.test(node.tagName));

/** The rows of `table` itself, in order (those of a table nested in a cell excluded). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tagName === "tr") rows.push(child);
      else if (/^(?:thead|tbody|tfoot)$/.test(child.tagName)) walk(child);
    }
  };
  walk(table);
  return rows;
}

/** A row's cell texts, squashed and lower-cased: what makes two rows "the same". */
const rowCells = (row: Element): string[] =>
  row.children.filter((c) => isElement(c, /^(?:td|th)$/)).map((cell) => squash(toString(cell)).toLowerCase());

/**
 * The header row of `table`: its `<thead>`'s first row, else its first row when every cell of
 * that row is a `<th>`; undefined when the table has no header.
 */
function headerRow(table: Element): Element | undefined {
  const thead = table.children.find((c): c is Element => isElement(c, /^thead$/));
  const inHead = thead?.children.find((c): c is Element => isElement(c, /^tr$/));
  if (inHead !== undefined) return inHead;
  const [first] = ownRows(table);
  const cells = first?.children.filter((c) => isElement(c, /^(?:td|th)$/)) ?? [];
  return cells.length > 0 && cells.every((c) => isElement(c, /^th$/)) ? first : undefined;
}

/** Removes every row of `table` after its header row that repeats the header's cell texts. */
function dropRepeatedHeaders(table: Element): void {
  const header = headerRow(table);
  if (header === undefined) return;
  const cells = rowCells(header);
  if (cells.every((cell) => cell === "")) return;
  const key = JSON.stringify(cells);
  const repeats = new Set(ownRows(table).filter((row) => row !== header && JSON.stringify(rowCells(row)) === key));
  if (repeats.size === 0) return;
  visit(table, "element", (node, index, parent) => {
    if (parent === undefined || index === undefined || !repeats.has(node)) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
}

/**
 * A cell's content with its blocks (paragraphs, divs, list items …) unwrapped to their inline
 * content and a space between one block and what follows it. A GFM cell is one line: a list kept
 * in a cell broke the table's row over several lines.
 */
function flattenCell(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (!isElement(child) || !CELL_BLOCKS.has(child.tagName)) {
      out.push(child);
      continue;
    }
    out.push({ type: "text", value: " " }, ...flattenCell(child.children), { type: "text", value: " " });
  }
  return out;
}

/** Moves a table's `<caption>` out of it, as a paragraph standing just before the table. */
function captionBefore(table: Element, index: number, parent: { children: ElementContent[] }): void {
  const at = table.children.findIndex((c) => isElement(c, /^caption$/));
  const caption = table.children[at];
  if (caption === undefined || !isElement(caption)) return;
  table.children.splice(at, 1);
  if (toString(caption).trim() === "") return;
  parent.children.splice(index, 0, {
    type: "element",
    tagName: "p",
    properties: {},
    children: flattenCell(caption.children),
  });
}

/** Readies every table of `tree` for the conversion to a GFM table (see the module comment). */
export function tidyDataTables(tree: Nodes): void {
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName === "table") {
      dropRepeatedHeaders(node);
      if (parent !== undefined && index !== undefined && node.children.some((c) => isElement(c, /^caption$/))) {
        captionBefore(node, index, parent as { children: ElementContent[] });
        // The caption now stands at `index`; the table after it.
        return index + 1;
      }
    } else if (node.tagName === "td" || node.tagName === "th") node.children = flattenCell(node.children);
    return undefined;
  });
}
