/**
 * Sources that are already markdown with YAML frontmatter (some sites and CMS exports): title,
 * date, author and standfirst are taken from the frontmatter, and the markdown body is kept as
 * parsed — only raw HTML is turned into literal text, so a `<script>` can never reach a page.
 */
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import remarkLiteralAutolinks from "#lib/markdown/remarkLiteralAutolinks.ts";
import { stripUnsafeChars } from "#lib/text/unsafeChars.ts";
import { commentThreadStart } from "./comments.ts";
import { readFrontmatter } from "./frontmatterInput.ts";
import { parseDateLine } from "./dateLines.ts";
import { isHeadingLike } from "./headings.ts";
import {
  htmlParagraphs,
  isCaptionBetween,
  isLabelledPointerBetween,
  teaserRailStart,
  isCaptionedImage,
  isEndRailLabel,
  isEndSiteAddress,
  isRailListUnder,
  isRelatedLabelBlock,
  markdownFurniture,
  bylineBioAtEnd,
  isOwnAddress,
} from "./markdownChrome.ts";
import { isNamedDeskCredit, isNewsroomCredit, parseCreditLine } from "./patterns.ts";
import { isPersonName } from "./personName.ts";
import { sameText } from "./sections.ts";
import { chromeReason } from "./chrome.ts";
import { signUpBoxPitch, type BoxPart } from "./signUpBox.ts";
import { isStampLine } from "./stampLine.ts";
import { cleanText, SOFT_HYPHEN, wordCount, type SourceLine } from "./lines.ts";
import { isStatedHeadline } from "./headline.ts";
import { HEADLINE_ONLY, syndicationCredit, type PlainTextResult } from "./plaintext.ts";
import type { NormalizeError, Removal } from "./types.ts";
import { TERMINAL } from "./units.ts";

function headingText(node: Heading): string {
  return node.children
    .map((c) => ("value" in c ? c.value : ""))
    .join("")
    .trim();
}

/**
 * Removes positions and turns raw HTML into literal text, recursively. HTML in a flow position
 * (a block of its own) becomes a paragraph, since a bare text node there would make the
 * serializer treat the whole container as phrasing.
 */
function sanitize<T extends RootContent>(node: T, flow: boolean): T {
  delete node.position;
  if (node.type === "html") {
    const text = { type: "text", value: node.value } as const;
    return (flow ? { type: "paragraph", children: [text] } : text) as unknown as T;
  }
  if ("children" in node) {
    const childrenAreFlow =
      node.type === "blockquote" || node.type === "listItem" || node.type === "footnoteDefinition";
    node.children = node.children.map((c) => sanitize(c as RootContent, childrenAreFlow)) as typeof node.children;
  }
  return node;
}

/**
 * The author as a platform sets them under the headline: a person's name linked to their
 * profile, alone on its line, over the date line ("[Daniel Reyes](…/@danielreyes)" / "Mar 11,
 * 2025"). A name over a date stands where a byline stands; a link to another story does not.
 */
function linkedAuthor(node: RootContent, next: RootContent | undefined): string | undefined {
  const link = node.type === "paragraph" && node.children.length === 1 ? node.children[0] : undefined;
  if (link?.type !== "link" || next?.type !== "paragraph") return undefined;
  const name = cleanText(toString(link));
  return isPersonName(name) && parseDateLine(cleanText(toString(next)))?.kind === "published" ? name : undefined;
}

/**
 * Byline and date lines under the headline, before the body ("By Jane Doe", "Feb. 19, 2025"):
 * lifted into empty fields when every line of the paragraph is one; undefined otherwise.
 */
function readHeaderLines(
  source: readonly SourceLine[],
  fields: PlainTextResult["fields"],
): { removed: Removal[]; warnings: string[] } | undefined {
  const kinds = source.map((l) => {
    // Emphasis marks (around the line or a name: "By **Jane Roe**") and link syntax around a name ("By [Jane Roe](/profile)") aside.
    const text = l.text.replace(/\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    // An outlet's wire-services credit the byline already states ("Detroit News wire services"): its line.
    const stated = fields.byline !== undefined && isNamedDeskCredit(text) && sameText(text, fields.byline);
    return {
      line: l,
      date: parseDateLine(text),
      byline: parseCreditLine(text) ?? (stated ? { byline: text } : undefined),
    };
  });
  if (kinds.length === 0 || !kinds.every((k) => k.date !== undefined || k.byline !== undefined)) return undefined;
  const removed: Removal[] = [];
  const warnings: string[] = [];
  for (const { line, date, byline } of kinds) {
    if (date?.kind === "published" && fields.published === undefined) {
      fields.published = date.iso;
      removed.push({ line: line.n, text: line.raw, reason: "metadata", field: "published" });
    } else if (date?.kind === "clock") removed.push({ line: line.n, text: line.raw, reason: "page-clock" });
    else if (date !== undefined) {
      removed.push({ line: line.n, text: line.raw, reason: "metadata" });
      if (date.kind === "updated")
        warnings.push(`line ${line.n}: update date "${line.text}" is not the publication date and was not used`);
    } else if (byline !== undefined && fields.byline === undefined && !isNewsroomCredit(byline.byline)) {
      // A bare newsroom word ("By Staff") names no one: the line is a credit, no byline.
      fields.byline = byline.byline;
      // An update stamp in the byline is the date only when no line states another.
      if (byline.published !== undefined) fields.published ??= byline.published;
      else if (byline.updated !== undefined && kinds.every((k) => k.date?.kind !== "published"))
        fields.published ??= byline.updated;
      if (byline.outlet !== undefined) fields.outlet ??= byline.outlet;
      removed.push({ line: line.n, text: line.raw, reason: "metadata", field: "byline" });
    } else removed.push({ line: line.n, text: line.raw, reason: "credit" });
  }
  return { removed, warnings };
}

/**
 * A paragraph of text set between the headline and the byline: the standfirst, as plain text
 * reads it (a short summary, not an image or a link).
 */
function isStandfirst(node: RootContent): boolean {
  if (node.type !== "paragraph" || node.children.some((c) => c.type === "image" || c.type === "link")) return false;
  const text = cleanText(toString(node));
  return wordCount(text) >= 5 && wordCount(text) <= 60;
}

/**
 * A lower-level heading directly under the headline that is a phrase of five words or more and
 * does not stand over the article's prose (the author, the date or a picture come first), and
 * that does not mostly repeat the headline's words: the subtitle a newsletter or blog platform sets as the standfirst, not a section heading.
 */
function isSubtitleHeading(node: RootContent, next: RootContent | undefined, title: string): boolean {
  if (node.type !== "heading" || node.depth < 2) return false;
  const text = cleanText(toString(node));
  // A standfirst adds to the headline; a heading that mostly repeats its words is the headline again.
  const titleWords = new Set(title.toLowerCase().split(/\s+/u));
  const words = text.toLowerCase().split(/\s+/u);
  if (words.filter((w) => titleWords.has(w)).length * 2 >= words.length) return false;
  const nextText = next === undefined ? "" : cleanText(toString(next));
  const overProse = next?.type === "paragraph" && markdownFurniture(next) === undefined && TERMINAL.test(nextText);
  return wordCount(text) >= 5 && next !== undefined && !overProse;
}

/**
 * A block as the sign-up box reader sees it: a block the chrome rules take is furniture, under
 * the reason its text alone gives when it has one, so a button that is a link ("[SUBSCRIBE](…)",
 * a navigation link as a block) still reads as the promo it says it is.
 */
function boxPart(node: RootContent): BoxPart {
  const text = node.type === "paragraph" || node.type === "heading" ? cleanText(toString(node)) : "";
  const furniture = markdownFurniture(node);
  return { text, furniture: furniture === undefined ? undefined : (chromeReason(text) ?? furniture) };
}

/**
 * A paragraph that is only the page's stamp, a date with its clock time and perhaps its label
 * ("First Published: Tuesday, November 19, 2019 08:38 AM"): once the article's prose has begun
 * it is no header field left to read but a credit, as a text body drops it (./stampLine.ts).
 */
function isStampParagraph(node: RootContent): boolean {
  return node.type === "paragraph" && isStampLine(cleanText(toString(node)));
}

/** A kept paragraph of prose: the article's text has begun. */
const isProseBlock = (node: RootContent): boolean =>
  node.type === "paragraph" && TERMINAL.test(cleanText(toString(node)));

/**
 * A markdown source: `end` is the frontmatter's closing fence, or undefined for markdown that
 * opens with its `# Headline`. `title` is the editor's sidecar title; it overrides the file's.
 * `url` is the page's declared address (an HTML page's canonical, a sidecar's url), else the file's.
 */
export function normalizeMarkdown(
  lines: readonly SourceLine[],
  end: number | undefined,
  title?: string,
  url?: string,
): PlainTextResult | NormalizeError {
  let removed: Removal[] = [];
  let warnings: string[] = [];
  let fields: PlainTextResult["fields"] = { title: "" };
  if (end !== undefined) {
    const frontmatter = readFrontmatter(lines, end);
    if ("code" in frontmatter) return frontmatter;
    ({ fields, removed, warnings } = frontmatter);
  }
  const bodyText = lines
    .slice((end ?? -1) + 1)
    .map((l) =>
      stripUnsafeChars(l.raw)
        .replace(SOFT_HYPHEN, "")
        .replace(/[ \t\u00A0]+$/, ""),
    )
    .join("\n");
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(bodyText);
  // Text this normalizer escaped to stay text (`https\://…`, `a\@b.c`) is not re-read as a link.
  remarkLiteralAutolinks({ escaped: true })(tree);
  const offset = (end ?? -1) + 1;
  const children: RootContent[] = [];
  let afterRelatedLabel = false;
  // A rail of other stories' teasers that closes the page, from its label to the end.
  const railStart = teaserRailStart(tree.children) ?? tree.children.length;
  // The source lines of the first body block (positions are dropped when a block is kept).
  let firstLines: { start: number; end: number } | undefined;
  // A reader comment thread ends the article: it and everything after it are not body.
  const linesOf = (node: RootContent) =>
    lines
      .slice((node.position?.start.line ?? 1) + offset - 1, (node.position?.end.line ?? 1) + offset)
      .map((l) => l.text.replace(/^#+\s*|[*_]+/g, ""));
  const thread = commentThreadStart(tree.children.map(linesOf)) ?? tree.children.length;
  // A newsletter sign-up box above the article's text (./signUpBox.ts): its title and pitch go
  // with the button; the same shape inside the text is a section heading and its paragraph.
  const parts = tree.children.map(boxPart);
  const signUp = new Set<number>();
  // Once a kept block is prose the article's text has begun, and stays begun: asked until then only.
  let proseBegun = false;
  for (const [index, node] of tree.children.entries()) {
    const line = (node.position?.start.line ?? 1) + offset;
    if (index >= thread) {
      for (const source of lines.slice(line - 1, (node.position?.end.line ?? 1) + offset))
        removed.push({ line: source.n, text: source.raw, reason: "comments" });
      continue;
    }
    proseBegun ||= children.some(isProseBlock);
    const pitch = proseBegun ? undefined : signUpBoxPitch(parts, index);
    if (pitch !== undefined) signUp.add(index).add(pitch);
    if (signUp.has(index)) {
      for (const source of lines.slice(line - 1, (node.position?.end.line ?? 1) + offset))
        removed.push({ line: source.n, text: source.raw, reason: "sign-up" });
      continue;
    }
    const author =
      children.length === 0 && fields.byline === undefined ? linkedAuthor(node, tree.children[index + 1]) : undefined;
    if (author !== undefined) {
      fields.byline = author;
      removed.push({ line, text: lines[line - 1]?.raw ?? author, reason: "metadata", field: "byline" });
      continue;
    }
    // A related-stories label and the list of headlines under it.
    const related =
      index >= railStart ||
      isRelatedLabelBlock(node) ||
      (afterRelatedLabel && node.type === "list") ||
      isRailListUnder(tree.children[index - 1], node) ||
      isRailListUnder(node, tree.children[index + 1]) ||
      isEndRailLabel(tree.children, index);
    afterRelatedLabel = isRelatedLabelBlock(node);
    const furniture =
      related || isLabelledPointerBetween(tree.children, index)
        ? "related-links"
        : isCaptionedImage(node, tree.children[index + 1]) || isCaptionBetween(tree.children, index)
          ? "caption"
          : isOwnAddress(node, url ?? fields.url) || (proseBegun && isEndSiteAddress(tree.children, index))
            ? "navigation"
            : (markdownFurniture(node) ??
              bylineBioAtEnd(tree.children, index, fields.byline) ??
              (proseBegun && isStampParagraph(node) ? "credit" : undefined));
    if (furniture !== undefined) {
      const last = (node.position?.end.line ?? 1) + offset;
      for (const source of lines.slice(line - 1, last))
        removed.push({ line: source.n, text: source.raw, reason: furniture });
      continue;
    }
    // Byline and date lines directly under the headline, or under the one block set between
    // (a standfirst or an image).
    if (children.length <= 1 && node.type === "paragraph") {
      const last = (node.position?.end.line ?? 1) + offset;
      const header = readHeaderLines(lines.slice(line - 1, last), fields);
      if (header !== undefined) {
        const above = children[0];
        if (above !== undefined && firstLines !== undefined && isStandfirst(above) && fields.dek === undefined) {
          fields.dek = cleanText(toString(above));
          children.pop();
          for (const source of lines.slice(firstLines.start - 1, firstLines.end))
            removed.push({ line: source.n, text: source.raw, reason: "metadata", field: "dek" });
        }
        removed.push(...header.removed);
        warnings.push(...header.warnings);
        continue;
      }
    }
    const converted = htmlParagraphs(node);
    if (converted !== undefined) {
      children.push(...converted.map((c) => sanitize(c, true)));
      continue;
    }
    // The file's first block is its headline when it is a heading of any level, a paragraph
    // that is all bold and shaped like a headline ("**Headline**"), or a single bare line shaped
    // like one (frontmatter without a title, then the headline as plain text) — also when it is
    // written as a sentence, over a paragraph of prose.
    const next = tree.children[index + 1];
    const leading =
      children.length === 0 &&
      fields.title === "" &&
      (node.type === "heading" ||
        (node.type === "paragraph" &&
          node.children.length === 1 &&
          node.children[0]?.type === "strong" &&
          isHeadingLike(cleanText(toString(node)), 30)) ||
        (node.type === "paragraph" &&
          node.position?.start.line === node.position?.end.line &&
          node !== tree.children[tree.children.length - 1] &&
          (isHeadingLike(cleanText(toString(node)), 30) ||
            (isStatedHeadline(cleanText(toString(node))) &&
              next?.type === "paragraph" &&
              TERMINAL.test(cleanText(toString(next)))))));
    if (leading) {
      const text = node.type === "heading" ? headingText(node) : cleanText(toString(node));
      fields.title = text;
      removed.push({ line, text: lines[line - 1]?.raw ?? text, reason: "metadata", field: "title" });
      continue;
    }
    if (node.type === "heading" && node.depth === 1) {
      const text = headingText(node);
      if (fields.title === "") {
        fields.title = text;
        removed.push({ line, text: lines[line - 1]?.raw ?? text, reason: "metadata", field: "title" });
        continue;
      }
    }
    if (children.length === 0 && fields.title !== "" && fields.dek === undefined) {
      if (isSubtitleHeading(node, tree.children[index + 1], fields.title)) {
        fields.dek = cleanText(toString(node));
        removed.push({ line, text: lines[line - 1]?.raw ?? fields.dek, reason: "metadata", field: "dek" });
        continue;
      }
    }
    // The headline set again at the top of the body, also under the standfirst (a heading or a
    // line of its own: a scraper took both the page title and the article's h1).
    if (
      children.length <= 1 &&
      fields.title !== "" &&
      (node.type === "heading" || node.type === "paragraph") &&
      cleanText(toString(node)).toLowerCase() === fields.title.toLowerCase()
    ) {
      removed.push({ line, text: lines[line - 1]?.raw ?? fields.title, reason: "duplicate" });
      continue;
    }
    // The page's h1 is the title, so body headings start at h2.
    if (node.type === "heading" && node.depth === 1) node.depth = 2;
    if (children.length === 0) firstLines = { start: line, end: (node.position?.end.line ?? 1) + offset };
    children.push(sanitize(node, true));
  }
  if (title !== undefined) {
    if (fields.title !== "" && fields.title !== title)
      warnings.push(`sidecar title "${title}" overrides the headline "${fields.title}" found in the file`);
    fields.title = title;
  }
  if (fields.title === "") {
    return {
      code: "no-title",
      line: 1,
      message: "the frontmatter has no title and the body has no '# ' heading",
    };
  }
  if (children.length === 0) return HEADLINE_ONLY;
  // A removed syndication credit or print note names the publication when nothing else did.
  const credited = fields.outlet === undefined ? syndicationCredit(removed) : undefined;
  if (credited !== undefined) fields.outlet = credited;
  return { fields, body: children as PlainTextResult["body"], removed, warnings };
}
