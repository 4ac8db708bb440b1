/**
 * What ingest took out of a saved page before its body reached the markdown route, as ingest
 * report entries: the page-chrome passes' removals with their reasons, and the visible text
 * blocks the article extractor left out. Blocks are read before extraction (Readability moves
 * and drops nodes as it reads) and compared with the extracted text after, ignoring white
 * space, so nothing is parsed twice.
 */
import { shortened } from "#lib/normalize/report.ts";
import type { Removal } from "#lib/normalize/types.ts";
import { captionKey } from "./markedNonBody.ts";
import type { PageRemoval } from "./pageChrome.ts";

/** Text in these is not shown. */
const UNSHOWN = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** A visible block of the page: where it starts in the file, its text, and what it is. */
export interface PageBlock {
  line: number;
  /** Shortened for the report. */
  text: string;
  /** The whole text without white space, lower-cased, to look for in the extracted text. */
  bare: string;
  /** The page marks or declares this text as a caption (the conversion drops it from the body). */
  caption: boolean;
}

const bare = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/** Tags whose text a reader sees apart from what comes before and after it. */
const APART =
  /^(?:BODY|MAIN|ARTICLE|SECTION|HEADER|FOOTER|NAV|ASIDE|FORM|FIGURE|FIGCAPTION|DIV|P|H[1-6]|BLOCKQUOTE|PRE|ADDRESS|UL|OL|LI|DL|DT|DD|TABLE|CAPTION|TR|TD|TH|DETAILS|SUMMARY|BR|HR|TIME)$/;

/** An element's text with a space where blocks meet ("Headline" and "Summary" not run together). */
function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? "");
    if (node.nodeType !== 1 || UNSHOWN.test((node as Element).tagName.toUpperCase())) return;
    const apart = APART.test((node as Element).tagName.toUpperCase());
    if (apart) parts.push(" ");
    node.childNodes.forEach(walk);
    if (apart) parts.push(" ");
  };
  walk(el);
  return parts.join("");
}

/** Report entries for the page-chrome passes' removals that hold text, in file order. */
export function chromeRemovals(removed: PageRemoval[], lineOf: (node: Node) => number | undefined): Removal[] {
  return removed.flatMap(({ element, reason }) => {
    const line = lineOf(element);
    const text = shortened(shownText(element));
    return line === undefined || text === "" ? [] : [{ line, text, reason }];
  });
}

/**
 * The page's visible text blocks (each run of text between block boundaries), with their lines,
 * read before extraction; `captions` are the page's captions as `captionKey`s.
 */
export function pageBlocks(
  document: Document,
  lineOf: (node: Node) => number | undefined,
  captions: ReadonlySet<string>,
): PageBlock[] {
  const blocks: PageBlock[] = [];
  let run: Node[] = [];
  const flush = () => {
    const whole = run.map((t) => t.nodeValue ?? "").join("");
    const text = shortened(whole);
    const line = run.map(lineOf).find((n) => n !== undefined);
    if (line !== undefined && text !== "")
      blocks.push({ line, text, bare: bare(whole), caption: captions.has(captionKey(whole)) });
    run = [];
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) run.push(node);
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (UNSHOWN.test(tag)) return;
    const apart = APART.test(tag);
    if (apart) flush();
    node.childNodes.forEach(walk);
    if (apart) flush();
  };
  walk(document.body);
  flush();
  return blocks;
}

/**
 * Report entries for the blocks that are not in the body: captions, which the conversion to
 * markdown drops, and blocks whose text is not in `extracted` (what the extractor kept, or the
 * declared article text used instead).
 */
export function extractorDrops(blocks: PageBlock[], extracted: string): Removal[] {
  const kept = bare(extracted);
  return blocks.flatMap(({ line, text, bare: b, caption }): Removal[] => {
    if (caption) return [{ line, text, reason: "caption" }];
    return kept.includes(b) ? [] : [{ line, text, reason: "not-extracted" }];
  });
}

/**
 * `removed` with each entry whose whole text is a frontmatter field's value (the headline, a
 * "By …" line for the byline) recorded as moved into that field, as the text report records it.
 */
export function asFields(removed: Removal[], fields: Record<string, string>): Removal[] {
  const field = new Map(Object.entries(fields).map(([name, value]) => [bare(value), name]));
  return removed.map((r) => {
    const name = field.get(bare(r.text)) ?? field.get(bare(r.text.replace(/^by\s+/i, "")));
    return name === undefined ? r : { ...r, reason: "metadata", field: name };
  });
}
