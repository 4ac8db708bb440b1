/**
 * Rehype plugin: wraps every sentence of an article in `<span id="<anchor>" class="sentence">`,
 * with exactly the segmentation and anchors of `articleSentences` (src/lib/text/sentences.ts),
 * so analysis panels can link to `/articles/<slug>/#<anchor>`.
 *
 * Blocks, in document order, mirror the Markdown side: each `<p>`, each heading, and each run
 * of inline content directly inside an `<li>` (a tight list item's unwrapped paragraph).
 * `<pre>` and the footnotes section are left alone. A table's body row (a `<tr>` outside
 * `<thead>`) gets an id, its anchor as `articleText` gives it (`tableRowText`, a count of its own),
 * and its cells are not segmented. Text is read from text nodes only, which is what
 * `phrasingText` produces for the same Markdown.
 *
 * Inline elements are handled safely: a sentence is wrapped at the level where both its ends
 * fall in text nodes or on element edges (descending into an element such as `<em>` or `<a>`
 * when the whole sentence lies inside it), splitting text nodes as needed. When a sentence
 * starts or ends part-way through an element (a link spanning two sentences), no element is
 * broken: an empty `<span id="<anchor>" class="sentence-anchor">` marker is inserted where the
 * sentence starts instead.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { AnchorAllocator } from "#lib/text/anchors.ts";
import { splitSentences } from "#lib/text/segment.ts";
import { tableRowText } from "#lib/text/sentences.ts";

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Elements inside an `<li>` that are blocks of their own, not part of its inline run. */
const BLOCK_TAGS = new Set([
  "p",
  "ul",
  "ol",
  "div",
  "blockquote",
  "pre",
  "table",
  "hr",
  "section",
  "figure",
  "details",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "dl",
  "li",
]);
const SKIP_TAGS = new Set(["pre", "script", "style", "template", "svg", "math"]);

type Node = Root | RootContent;

/** Concatenated text-node values of a subtree (comments and raw HTML contribute nothing). */
function textOf(node: Node): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root") return node.children.map(textOf).join("");
  return "";
}

function isFootnotesSection(element: Element): boolean {
  return element.tagName === "section" && element.properties["dataFootnotes"] !== undefined;
}

function sentenceSpan(anchor: string, children: ElementContent[]): Element {
  return { type: "element", tagName: "span", properties: { id: anchor, className: ["sentence"] }, children };
}

function markerSpan(anchor: string): Element {
  return { type: "element", tagName: "span", properties: { id: anchor, className: ["sentence-anchor"] }, children: [] };
}

/** Splits the text child at `index` at `offset`, returning the index of the right part. */
function splitText(children: ElementContent[], index: number, offset: number): number {
  const node = children[index] as Text;
  if (offset <= 0) return index;
  if (offset >= node.value.length) return index + 1;
  const left: Text = { type: "text", value: node.value.slice(0, offset) };
  const right: Text = { type: "text", value: node.value.slice(offset) };
  children.splice(index, 1, left, right);
  return index + 1;
}

/** Inserts an empty marker at text offset `at` within `children`, descending as deep as needed. */
function insertMarker(children: ElementContent[], at: number, anchor: string): void {
  let offset = 0;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as ElementContent;
    const length = textOf(child).length;
    if (at < offset + length || (at === offset && length === 0 && child.type === "text")) {
      if (child.type === "element" && at > offset) {
        insertMarker(child.children, at - offset, anchor);
      } else if (child.type === "text") {
        const index = splitText(children, i, at - offset);
        children.splice(index, 0, markerSpan(anchor));
      } else {
        children.splice(i, 0, markerSpan(anchor));
      }
      return;
    }
    offset += length;
  }
  children.push(markerSpan(anchor));
}

/** Where a child's text sits within its parent's: [from, to). */
interface Range {
  from: number;
  to: number;
}

/**
 * Wraps text range [start, end) of `children` in a sentence span. Returns false when the range
 * cuts through an element, in which case nothing was changed. `total` is the length of the
 * children's text: offsets are found walking back from the end, so a call costs the children
 * at or after `start`, not all of them (see `processInline`).
 */
function wrapRange(children: ElementContent[], start: number, end: number, anchor: string, total: number): boolean {
  let first = -1;
  let last = -1;
  let firstRange: Range = { from: 0, to: 0 };
  let lastRange: Range = { from: 0, to: 0 };
  let to = total;
  for (let i = children.length - 1; i >= 0 && to > start; i -= 1) {
    const from = to - textOf(children[i] as ElementContent).length;
    if (from < end) {
      if (last === -1) {
        last = i;
        lastRange = { from, to };
      }
      first = i;
      firstRange = { from, to };
    }
    to = from;
  }
  if (first === -1) return false;
  const firstChild = children[first] as ElementContent;
  // The whole sentence lies inside one element (but is not all of it): descend.
  if (first === last && firstChild.type === "element" && (firstRange.from < start || firstRange.to > end)) {
    const inner = firstRange.to - firstRange.from;
    return wrapRange(firstChild.children, start - firstRange.from, end - firstRange.from, anchor, inner);
  }
  const lastChild = children[last] as ElementContent;
  if (firstChild.type !== "text" && firstRange.from < start) return false;
  if (lastChild.type !== "text" && lastRange.to > end) return false;
  // Split the last text node first so the first index stays valid.
  let lastIndex = last;
  if (lastChild.type === "text") splitText(children, last, end - lastRange.from);
  let firstIndex = first;
  if (firstChild.type === "text") {
    const right = splitText(children, first, start - firstRange.from);
    lastIndex += right - first;
    firstIndex = right;
  }
  const wrapped = children.splice(firstIndex, lastIndex - firstIndex + 1);
  children.splice(firstIndex, 0, sentenceSpan(anchor, wrapped));
  return true;
}

/**
 * Moves the trailing children that start at or after `start` from `children` into `done`, and
 * returns the text length of what stays. Sentences are wrapped right to left, so once one is
 * done nothing from its start on changes again: keeping only the unfinished prefix in
 * `children` makes every later step cost what is left of the block, not the whole block (a
 * one-paragraph article of 400,000 characters took seconds, quadratically, before).
 */
function settleTail(children: ElementContent[], start: number, total: number, done: ElementContent[][]): number {
  let to = total;
  let i = children.length;
  while (i > 0) {
    const from = to - textOf(children[i - 1] as ElementContent).length;
    if (from < start) break;
    to = from;
    i -= 1;
  }
  done.push(children.splice(i));
  return to;
}

/** Segments one block (the inline nodes in `children`) and wraps its sentences. */
function processInline(children: ElementContent[], anchors: AnchorAllocator): void {
  const text = children.map(textOf).join("");
  const spans = splitSentences(text);
  const planned = spans.map((span) => ({ ...span, anchor: anchors.next(span.text) }));
  // Right to left: wrapping a later sentence never moves an earlier one's text offsets.
  const done: ElementContent[][] = [];
  let total = text.length;
  for (const { start, end, anchor } of planned.reverse()) {
    if (!wrapRange(children, start, end, anchor, total)) insertMarker(children, start, anchor);
    total = settleTail(children, start, total, done);
  }
  for (const tail of done.reverse()) for (const child of tail) children.push(child);
}

/** An `<li>`'s inline runs are blocks; its block children are visited in turn. */
function processListItem(li: Element, anchors: Allocators): void {
  const result: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length > 0) {
      if (textOf({ type: "root", children: run }).trim() !== "") processInline(run, anchors.sentences);
      result.push(...run);
      run = [];
    }
  };
  for (const child of li.children) {
    if (child.type === "element" && BLOCK_TAGS.has(child.tagName)) {
      flush();
      visit(child, anchors);
      result.push(child);
    } else {
      run.push(child);
    }
  }
  flush();
  li.children = result;
}

/** Anchors of one article: its sentences', and its table rows' counted apart. */
interface Allocators {
  readonly sentences: AnchorAllocator;
  readonly rows: AnchorAllocator;
}

/** Gives each body row of a table its anchor as its id; the header (`<thead>`) is no row of facts. */
function anchorRows(node: Element, rows: AnchorAllocator): void {
  for (const child of node.children) {
    if (child.type !== "element" || child.tagName === "thead") continue;
    if (child.tagName !== "tr") {
      anchorRows(child, rows);
      continue;
    }
    const cells = child.children.filter(
      (cell): cell is Element => cell.type === "element" && (cell.tagName === "td" || cell.tagName === "th"),
    );
    const text = tableRowText(cells.map(textOf));
    if (text !== "") child.properties["id"] = rows.next(text);
  }
}

function visit(node: Root | Element, anchors: Allocators): void {
  if (node.type === "element") {
    if (node.tagName === "table") {
      anchorRows(node, anchors.rows);
      return;
    }
    if (SKIP_TAGS.has(node.tagName) || isFootnotesSection(node)) return;
    if (node.tagName === "p" || HEADINGS.has(node.tagName)) {
      processInline(node.children, anchors.sentences);
      return;
    }
    if (node.tagName === "li") {
      processListItem(node, anchors);
      return;
    }
  }
  for (const child of node.children) {
    if (child.type === "element") visit(child, anchors);
  }
}

/** The plugin. Use after remark-rehype; headings keep the ids rehype-slug gives them. */
export default function rehypeSentenceAnchors() {
  return (tree: Root): void => {
    visit(tree, { sentences: new AnchorAllocator(), rows: new AnchorAllocator("r") });
  };
}
