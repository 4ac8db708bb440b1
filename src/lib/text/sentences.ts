/**
 * An article body (Markdown) as blocks and sentences in document order, each sentence with its
 * stable anchor.
 *
 * Every analysis (entities, quotes, timeline, sourcing) works on these sentences, and the
 * article page wraps the very same sentences in `<span id="<anchor>">` via
 * `rehypeSentenceAnchors`, so any analytic item can link to `/articles/<slug>/#<anchor>`.
 * Both sides must agree on three things, which is why they live here and in `segment.ts`:
 * what a block is (a paragraph or a heading; a paragraph is a `listItem` or `blockquote`
 * block by its nearest container), the block's text (text and inline code, a hard break as a
 * newline; images, raw HTML and footnote references contribute nothing), and the order.
 * Code blocks and footnote definitions are not segmented on either side. A table's body row is
 * one sentence, its cells' text joined by "; " (`tableRowText`), anchored by an id on its `<tr>`
 * (`r-xxxxxxxx`, counted apart from the sentences): `articleText` returns rows beside the blocks,
 * and only the timeline reads them (a row "| Nov. 18 | The Senate returned |" dates a fact); the
 * header row names the columns and is no row of facts.
 */
import type { Heading, Nodes, Paragraph, Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { AnchorAllocator, FRONT_ANCHORS } from "./anchors.ts";
import { splitSentences } from "./segment.ts";

export type BlockKind = "paragraph" | "heading" | "listItem" | "blockquote" | "tableRow";

export interface Sentence {
  /** Stable anchor, unique within the article: `s-xxxxxxxx` or `s-xxxxxxxx-2` for a repeat. */
  readonly anchor: string;
  /** The sentence as it reads (trimmed, inner whitespace as in the source). */
  readonly text: string;
  /** Offsets of the sentence in its block's `text`: [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface Block {
  /** 0-based position among the article's segmented blocks. */
  readonly blockIndex: number;
  readonly kind: BlockKind;
  /** The block's full plain text; sentences are slices of it. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /**
   * True for a list item, a paragraph or a heading whose content is one link and nothing else ("- [March 3:
   * Mexico extradites 29 …](https://…)", "[Who will make the Rock Hall in 2020?](https://…)"): a
   * link that is the whole block stands for another page ("Related coverage", a dated "More on
   * this story" rail, a "You may also like" teaser), not this article's telling; prose links
   * words inside its sentences. Absent otherwise.
   */
  readonly linkOnly?: true;
  /**
   * True for a paragraph whose content is all bold ("**“… prevent the evacuation …”**"): a
   * subheading or a pull quote set in the body, which heads what follows rather than continuing
   * the paragraph before. Absent otherwise.
   */
  readonly boldOnly?: true;
  /**
   * Offsets in `text` of each italic run ("_Fox & Friends_", "*Logan Lucky*"): where a page sets
   * a work's title (a show, a film, a book, a game) apart from the prose. Absent when there is none.
   */
  readonly italics?: readonly (readonly [number, number])[];
}

/**
 * Plain text of a phrasing subtree, the same way `hast-util-to-string` reads the HTML that
 * remark-rehype makes of it. Built on the same idea as `mdast-util-to-string`, but a hard
 * `break` becomes "\n" (remark-rehype emits `<br>` plus a newline) and HTML is skipped.
 */
export function phrasingText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
      return "";
    default:
      return "children" in node ? (node.children as Nodes[]).map(phrasingText).join("") : "";
  }
}

/**
 * Offsets in `phrasingText(node)` of the emphasis (italic) runs inside it, outermost only: the
 * same walk as `phrasingText`, counting the text before each run.
 */
export function italicRuns(node: Nodes): [number, number][] {
  const runs: [number, number][] = [];
  let at = 0;
  const walk = (n: Nodes) => {
    if (n.type === "emphasis") {
      const length = phrasingText(n).length;
      runs.push([at, at + length]);
      at += length;
      return;
    }
    if ("children" in n) for (const child of n.children as Nodes[]) walk(child);
    else at += phrasingText(n).length;
  };
  walk(node);
  return runs;
}

/** Removes a leading YAML frontmatter block, in case a whole file is passed instead of a body. */
function stripFrontmatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/u.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown to mdast with the same syntax extensions the site uses (GFM). */
export function parseMarkdown(markdown: string): Root {
  return parser.runSync(parser.parse(stripFrontmatter(markdown))) as Root;
}

type Container = "paragraph" | "listItem" | "blockquote";

interface FoundBlock {
  readonly kind: BlockKind;
  readonly node: Paragraph | Heading;
  readonly linkOnly: boolean;
  readonly boldOnly: boolean;
}

/** Whether a paragraph's content is one link (inline or by reference), with at most blank text around it. */
function isOnlyLink(node: Paragraph | Heading): boolean {
  const content = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return content.length === 1 && (content[0]?.type === "link" || content[0]?.type === "linkReference");
}

/** Whether a paragraph's content is strong emphasis only, with at most blank text around it. */
function isOnlyBold(node: Paragraph): boolean {
  const content = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return content.length > 0 && content.every((child) => child.type === "strong");
}

/**
 * A table row's text as one sentence: each cell's text trimmed, empty cells left out, joined by
 * "; ". The page side (markdown/rehypeSentenceAnchors.ts) reads its `<td>`s the same way.
 */
export function tableRowText(cells: readonly string[]): string {
  return cells
    .map((cell) => cell.replace(/\s+/gu, " ").trim())
    .filter((cell) => cell !== "")
    .join("; ");
}

/** Walks the tree in document order, yielding segmentable blocks with their kind and tables. */
function collectBlocks(node: Nodes, container: Container, out: FoundBlock[], tables: Table[] = []) {
  switch (node.type) {
    case "paragraph":
      out.push({
        kind: container,
        node,
        linkOnly: container !== "blockquote" && isOnlyLink(node),
        boldOnly: isOnlyBold(node),
      });
      return;
    case "heading":
      out.push({ kind: "heading", node, linkOnly: isOnlyLink(node), boldOnly: false });
      return;
    case "table":
      tables.push(node);
      return;
    case "code":
    case "html":
    case "footnoteDefinition":
    case "definition":
      return;
    case "listItem":
      for (const child of node.children) collectBlocks(child, "listItem", out, tables);
      return;
    case "blockquote":
      for (const child of node.children) collectBlocks(child, "blockquote", out, tables);
      return;
    default:
      if ("children" in node)
        for (const child of node.children as Nodes[]) collectBlocks(child, container, out, tables);
  }
}

/** Blocks and sentences of an article body, in document order, with stable anchors. */
export function articleSentences(markdown: string): Block[] {
  return articleText(markdown).blocks;
}

/** An article body's blocks (`articleSentences`) and its tables' body rows, each a block of one sentence. */
export function articleText(markdown: string): { blocks: Block[]; rows: Block[] } {
  const tables: Table[] = [];
  const blocks = blocksOf(parseMarkdown(markdown), tables);
  const anchors = new AnchorAllocator("r");
  const rows = tables
    .flatMap((table) => table.children.slice(1))
    .map((row) => tableRowText(row.children.map(phrasingText)))
    .filter((text) => text !== "")
    .map((text, blockIndex) => ({
      blockIndex,
      kind: "tableRow" as const,
      text,
      sentences: [{ anchor: anchors.next(text), text, start: 0, end: text.length }],
    }));
  return { blocks, rows };
}

function blocksOf(tree: Root, tables: Table[]): Block[] {
  const found: FoundBlock[] = [];
  collectBlocks(tree, "paragraph", found, tables);
  const anchors = new AnchorAllocator();
  const blocks: Block[] = [];
  for (const { kind, node, linkOnly, boldOnly } of found) {
    const text = phrasingText(node);
    const spans = splitSentences(text);
    if (spans.length === 0) continue;
    const italics = italicRuns(node);
    blocks.push({
      blockIndex: blocks.length,
      kind,
      text,
      sentences: spans.map((span) => ({
        anchor: anchors.next(span.text),
        text: span.text,
        start: span.start,
        end: span.end,
      })),
      ...(linkOnly ? { linkOnly: true as const } : {}),
      ...(boldOnly ? { boldOnly: true as const } : {}),
      ...(italics.length > 0 ? { italics } : {}),
    });
  }
  return blocks;
}

/**
 * The standfirst and key points as blocks, so the analysis reads the article's own summary too.
 * They live in frontmatter, not in the body, so they have no per-sentence anchors: every
 * sentence of one takes the id of its element on the page (`FRONT_ANCHORS`), and the body's
 * anchors are untouched.
 */
export function frontBlocks(dek: string | undefined, keyPoints: readonly string[] = []): Block[] {
  const items = [
    ...(dek ? [{ anchor: FRONT_ANCHORS.dek, text: dek, kind: "paragraph" as const }] : []),
    ...keyPoints.map((text, i) => ({ anchor: FRONT_ANCHORS.keyPoint(i + 1), text, kind: "listItem" as const })),
  ];
  return items
    .flatMap(({ anchor, text, kind }) => {
      const spans = splitSentences(text);
      return spans.length === 0 ? [] : [{ kind, text, anchor, spans }];
    })
    .map(({ kind, text, anchor, spans }, blockIndex) => ({
      blockIndex,
      kind,
      text,
      sentences: spans.map((span) => ({ anchor, text: span.text, start: span.start, end: span.end })),
    }));
}
