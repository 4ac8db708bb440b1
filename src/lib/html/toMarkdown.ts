/**
 * Extracted article HTML → markdown text, through hast and mdast (hast-util-to-mdast), so an
 * HTML page's body enters the normalizer by the same markdown route as a markdown source.
 * Scripts, styles, iframes and forms are dropped by the conversion; images are dropped (a caption
 * is not body) and links keep only http(s) targets, so nothing active survives as markup.
 */
import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import { fromHtml } from "hast-util-from-html";
import type { Nodes as HastNodes } from "hast";
import { toMdast } from "hast-util-to-mdast";
import { toString as mdastText } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { captionKey } from "./markedNonBody.ts";
import { tidyDataTables } from "./dataTables.ts";
import { squash as squashSpace } from "#lib/text/squash.ts";

/** Removes images and unwraps links whose target is not http(s) (javascript:, data:, relative). */
function dropActive(tree: MdastRoot): void {
  visit(tree, (node: MdastNodes, index, parent) => {
    if (parent === undefined || index === undefined) return;
    if (node.type === "image" || node.type === "imageReference") {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === "link" && !/^https?:\/\//i.test(node.url)) {
      parent.children.splice(index, 1, ...(node.children as typeof parent.children));
      return [SKIP, index];
    }
    return undefined;
  });
}

/** Inline markup whose edge spaces belong to the text around it. */
const PHRASING = new Set(["emphasis", "strong", "delete", "link"]);

/** Blocks whose first and last line break break no line. */
const LINE_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

type Inline = MdastNodes;
const SPACE = (): Inline => ({ type: "text", value: " " });
const isBlank = (node: Inline): boolean => node.type === "text" && node.value.trim() === "";

/**
 * Moves what markdown cannot set at the edge of inline markup out of it: spaces
 * ("<em><a>JAMA </a></em>argued") and line breaks ("<strong>PICTURE BOOKS<br></strong>").
 * Markdown cannot open or close emphasis on a space, so left inside, the serializer writes the
 * next letter as a character reference ("_…_&#x61;rgued") and the word no longer reads as one;
 * a break before the closing mark comes out as a stray backslash. Markup that holds only space
 * marks nothing and becomes that space; a break at a block's start or end breaks no line.
 */
function edgesOutOfPhrasing(parent: MdastNodes): void {
  if (!("children" in parent)) return;
  const children = parent.children as Inline[];
  for (const child of children) edgesOutOfPhrasing(child);
  const out: Inline[] = [];
  children.forEach((child, index) => {
    if (!PHRASING.has(child.type) || !("children" in child)) {
      out.push(child);
      return;
    }
    const inner = child.children as Inline[];
    // Markup already empty (a link around an image, the image dropped) is left as it is.
    if (inner.length === 0) {
      out.push(child);
      return;
    }
    const lead: Inline[] = [];
    const trail: Inline[] = [];
    while (inner[0] !== undefined && (inner[0].type === "break" || isBlank(inner[0])))
      lead.push(inner.shift()?.type === "break" ? { type: "break" } : SPACE());
    while (inner.at(-1) !== undefined && (inner.at(-1)?.type === "break" || isBlank(inner.at(-1) as Inline)))
      trail.unshift(inner.pop()?.type === "break" ? { type: "break" } : SPACE());
    const head = inner[0];
    if (head?.type === "text" && /^\s/u.test(head.value)) {
      head.value = head.value.trimStart();
      lead.push(SPACE());
    }
    const tail = inner.at(-1);
    if (tail?.type === "text" && /\s$/u.test(tail.value)) {
      tail.value = tail.value.trimEnd();
      trail.unshift(SPACE());
    }
    // Spaces stay only between words: none at the start or the end of a block (inside markup they
    // move on out with it).
    const edge = !PHRASING.has(parent.type);
    out.push(...(edge && out.length === 0 ? lead.filter((n) => n.type === "break") : squeeze(lead)));
    if (inner.length > 0) out.push(child);
    out.push(...(edge && index === children.length - 1 ? trail.filter((n) => n.type === "break") : squeeze(trail)));
  });
  if (LINE_BLOCKS.has(parent.type)) {
    while (out[0]?.type === "break") out.shift();
    while (out.at(-1)?.type === "break") out.pop();
  }
  (parent as { children: Inline[] }).children = out;
}

/** Several spaces moved out of nested markup are one space; a break stands for them all. */
const squeeze = (nodes: readonly Inline[]): Inline[] =>
  nodes.some((n) => n.type === "break") ? nodes.filter((n) => n.type === "break").slice(0, 1) : nodes.slice(0, 1);

/** True for a node that breaks a line, or is only space between two such. */
const isBreakOrBlank = (node: Inline): boolean => node.type === "break" || isBlank(node);

/**
 * Splits a paragraph where the page set two or more line breaks in a row ("…guide<br><br>Next…"):
 * a blank line on the page is a paragraph's end, the way old CMSs write paragraphs inside one
 * <p>. Kept as breaks, the text before and after reads as one block (and one sentence when the
 * first has no full stop), and markdown prints the second break as a line of only "\".
 */
function splitAtBlankLines(tree: MdastRoot): void {
  visit(tree, "paragraph", (node, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    const pieces: Inline[][] = [[]];
    const children = node.children as Inline[];
    for (let at = 0; at < children.length; at += 1) {
      const child = children[at] as Inline;
      if (child.type === "break") {
        let end = at;
        while (end + 1 < children.length && isBreakOrBlank(children[end + 1] as Inline)) end += 1;
        const breaks = children.slice(at, end + 1).filter((n) => n.type === "break").length;
        if (breaks >= 2) {
          pieces.push([]);
          at = end;
          continue;
        }
      }
      pieces.at(-1)?.push(child);
    }
    const paragraphs = pieces
      .filter((piece) => piece.some((n) => !isBreakOrBlank(n)))
      .map((piece) => ({ ...node, children: piece }) as typeof node);
    if (paragraphs.length < 2) return undefined;
    (parent.children as Inline[]).splice(index, 1, ...paragraphs);
    return [SKIP, index + paragraphs.length];
  });
}

/**
 * Removes HTML comments (the conversion would keep them as raw HTML) and figure captions (the
 * page marks them as captions, and a caption is not body).
 */
function dropMarkedNonBody(tree: HastNodes): void {
  visit(tree, (node, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    if (node.type === "comment" || (node.type === "element" && node.tagName === "figcaption")) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}

/** A character reference written as text ("&percnt;", "&#8217;"): one a page escaped twice. */
const ESCAPED_REFERENCE = /&(?:[A-Za-z][A-Za-z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/gu;

/**
 * The character a reference stands for, as the HTML parser reads it; the reference itself when
 * it names none (the parser reads a legacy name's prefix, "&notaname;" as "¬aname;").
 */
function decodeReference(reference: string): string {
  const [node] = fromHtml(reference, { fragment: true }).children;
  const value = node?.type === "text" ? node.value : reference;
  // A legacy name's prefix leaves the rest of the reference and its ";" after the character.
  return value === ";" || !value.endsWith(";") ? value : reference;
}

/**
 * Decodes character references left as text in prose ("a 400&percnt; rise", from a page that
 * wrote "&amp;percnt;"): the page escaped them twice, and a reader sees "%". Code keeps them.
 */
function decodeTwiceEscaped(tree: MdastRoot): void {
  visit(tree, "text", (node) => {
    if (node.value.includes("&")) node.value = node.value.replace(ESCAPED_REFERENCE, decodeReference);
  });
}

const squash = (s: string) => squashSpace(s).toLowerCase();

/**
 * Removes what repeats a field lifted into frontmatter (the title, the dek): a heading with its
 * text anywhere, or a paragraph or list with its text before the first other paragraph (one
 * with text: an image set in a paragraph is no paragraph of the article's text).
 */
function dropLifted(tree: MdastRoot, lifted: readonly string[]): void {
  const known = new Set(lifted.map(squash));
  let seenParagraph = false;
  tree.children = tree.children.filter((node) => {
    const repeats = known.has(squash(mdastText(node)));
    if (node.type === "heading") return !repeats;
    // A standfirst set as a one-item list ("<ul><li>…</li></ul>") before the first paragraph.
    if (node.type === "list" && !seenParagraph) return !repeats;
    if (node.type !== "paragraph" || seenParagraph) return true;
    // A paragraph without text (an image the page set in one) is not the first other paragraph.
    if (squash(mdastText(node)) === "") return true;
    seenParagraph = !repeats;
    return !repeats;
  });
}

/**
 * Removes top-level paragraphs, and lists of such items, whose text is one of the page's
 * captions (`captionKey`s, ./markedNonBody.ts): the extractor kept the caption as text.
 */
function dropCaptions(tree: MdastRoot, captions: ReadonlySet<string>): void {
  if (captions.size === 0) return;
  const isCaption = (node: MdastNodes) => captions.has(captionKey(mdastText(node)));
  tree.children = tree.children.filter((node) => {
    if (node.type === "paragraph") return !isCaption(node);
    if (node.type === "list") return !node.children.every(isCaption);
    return true;
  });
}

/**
 * Markdown for a fragment of article HTML; headings equal to one of `lifted` are dropped, and
 * blocks that are one of the page's `captions`.
 */
export function htmlToMarkdown(
  html: string,
  lifted: readonly string[] = [],
  captions: ReadonlySet<string> = new Set(),
): string {
  const hast = fromHtml(html, { fragment: true });
  dropMarkedNonBody(hast);
  tidyDataTables(hast);
  const mdast = toMdast(hast) as MdastRoot;
  dropActive(mdast);
  decodeTwiceEscaped(mdast);
  edgesOutOfPhrasing(mdast);
  splitAtBlankLines(mdast);
  dropLifted(mdast, lifted);
  dropCaptions(mdast, captions);
  return unified().use(remarkGfm).use(remarkStringify).stringify(mdast);
}
