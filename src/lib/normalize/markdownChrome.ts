/**
 * The chrome rules of plain text, applied to a markdown body's top-level blocks, so that a
 * markdown source (and an HTML page, which arrives as markdown) loses the same furniture a text
 * does: a block whose text is a notice, prompt, caption or credit, or a note of the page's on
 * the article (normalize/pageNotes.ts); embed and editor markup
 * (`<iframe …>`, `<excerpt/>`); a list of navigation links; an author's bio after the article.
 * Body HTML written as paragraphs (`<p>…</p>`) is converted to markdown through hast, never
 * with regular expressions.
 */
import type { Heading, Link, List, ListItem, Nodes, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { htmlToMarkdown } from "#lib/html/toMarkdown.ts";
import { bylineNames, isBylineBio, isOutletBio } from "./authorBio.ts";
import { chromeReason, isBareCount, isCaption, isGluedLabelRow, isImageFileName } from "./chrome.ts";
import { SEPARATORS } from "./linkDensity.ts";
import { pageNoteReason } from "./pageNotes.ts";
import { cutSpans, endsInSignUpCall, promoSpans } from "./promo.ts";
import { phrasingText } from "#lib/text/sentences.ts";
import { relatedLabel } from "./patterns.ts";
import { isRailLabel, isRailList } from "./rails.ts";
import { cleanText, wordCount } from "./lines.ts";
import type { RemovalReason } from "./types.ts";
import { TERMINAL } from "./units.ts";
import { isEmbedPlaceholder, LONE_CONTROL_LABEL } from "./uiText.ts";

/** A navigation list: every item (two or more) is a short link and nothing else. */
function isLinkList(node: List): boolean {
  return (
    node.children.length >= 2 &&
    node.children.every((item) => {
      const [first, ...rest] = item.children;
      return (
        rest.length === 0 &&
        first?.type === "paragraph" &&
        first.children.length === 1 &&
        first.children[0]?.type === "link" &&
        wordCount(toString(first)) <= 6
      );
    })
  );
}

/** Most words of a control's label in a list of the page's controls ("Sign In", "Subscribe to our newsletter"). */
const MAX_CONTROL_WORDS = 6;

/**
 * A list of the page's controls: every item (two or more) is empty (an icon's link, a
 * separator) or a button's label the chrome rules take as navigation or a prompt ("SUBSCRIBE",
 * "Sign In", "Menu"), one at least with words. An account menu or a share bar set as a list,
 * which isLinkList misses when a label is no link or an icon has no text; a list of the
 * article's points has words no chrome rule takes.
 */
function isControlList(node: List): boolean {
  const items = node.children.map((item) => cleanText(toString(item)));
  const control = (text: string) => {
    const reason = wordCount(text) <= MAX_CONTROL_WORDS ? chromeReason(text) : undefined;
    return reason === "navigation" || reason === "promo";
  };
  return items.length >= 2 && items.some((t) => t !== "") && items.every((t) => t === "" || control(t));
}

/**
 * "**Name** is a fellow with …": a paragraph that opens with a bolded person's name followed by
 * "is"/"was" describes an author, not the story.
 */
function isAuthorBio(node: Paragraph): boolean {
  const [first, second] = node.children;
  if (first?.type !== "strong" || second?.type !== "text") return false;
  const name = toString(first).trim();
  return (
    /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$/u.test(name) &&
    /^\s+(?:is|was|serves as)\s+(?:a|an|the|director|deputy|vice|senior|professor|chair|head)\b/.test(second.value)
  );
}

/** The one link a paragraph consists of (emphasis around it and blank text aside), or undefined. */
function soleLink(node: Paragraph): Link | undefined {
  const parts = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [only] = parts;
  if (parts.length !== 1 || only === undefined) return undefined;
  if (only.type === "link") return only;
  if ((only.type === "emphasis" || only.type === "strong") && only.children.length === 1)
    return only.children[0]?.type === "link" ? only.children[0] : undefined;
  return undefined;
}

/** Most words of a publication's name set in brackets after a reading list's link ("(*Harbor Ledger*)"). */
const MAX_SOURCE_WORDS = 4;

/**
 * The link of a reading list's entry: a link first, then only the name of the publication that
 * ran it in brackets ("[Ferry fares to rise in May](…) (*Harbor Ledger*)"), as a "Further
 * reading" box lists other stories. Undefined for anything else: a sentence has words of its own.
 */
function linkWithSource(node: Paragraph): Link | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== "link" || rest.length === 0) return undefined;
  const after = cleanText(toString({ type: "paragraph", children: rest }));
  const name = /^\(([^()]{1,60})\)$/u.exec(after)?.[1]?.trim();
  return name !== undefined && /^\p{Lu}/u.test(name) && wordCount(name) <= MAX_SOURCE_WORDS ? first : undefined;
}

/**
 * A paragraph that is only a link to another page, worded as a headline (no closing full stop)
 * or in brackets ("[Read: …]"): a pointer to another story set between the paragraphs.
 */
function isStoryLink(node: Paragraph): boolean {
  const link = soleLink(node) ?? linkWithSource(node);
  if (link === undefined) return false;
  const text = cleanText(toString(link));
  return wordCount(text) >= 2 && wordCount(text) <= 25 && !/[.!?:;,]["”’)]*$/u.test(text);
}

/**
 * A paragraph that is a label in bold closed by a colon and one link worded as a headline
 * ("**Also on the site:** [Pier repairs to start in May](…)"): a pointer to another story under
 * a label of the page's, set between the paragraphs. A sentence that holds a link has words
 * outside it; a label's link that ends as a sentence ends is no headline.
 */
function isLabelledStoryLink(node: Paragraph): boolean {
  const parts = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [label, middle, last] = parts;
  const link = parts.length === 2 ? middle : parts.length === 3 ? last : undefined;
  if (label?.type !== "strong" || link?.type !== "link") return false;
  if (parts.length === 3 && middle?.type !== "text") return false;
  const labelText = cleanText(toString(label) + (parts.length === 3 && middle !== undefined ? toString(middle) : ""));
  if (!/[:：]$/u.test(labelText) || wordCount(labelText) > MAX_LABEL_WORDS) return false;
  const text = cleanText(toString(link));
  return wordCount(text) >= 2 && wordCount(text) <= 25 && !/[.!?:;,]["”’)]*$/u.test(text);
}

/**
 * A paragraph of links and nothing else (a crumb trail, a row of tabs, a footer row, a logo):
 * navigation, by link density. One link alone is a pointer to another story when worded as a
 * headline (`isStoryLink`), or a button when it is a word or two ("Share", "Top"), or a logo.
 */
function isLinkParagraph(node: Paragraph): boolean {
  // A line break between links parts them as a separator does ("[A](…)\\" / "[B](…)").
  const parts = node.children.filter((c) => !(c.type === "text" && SEPARATORS.test(c.value)) && c.type !== "break");
  const links = parts.filter((c) => c.type === "link" || c.type === "image");
  // A picture alone is the article's picture (kept unless a caption goes with it).
  if (!links.some((c) => c.type === "link") || links.length !== parts.length) return false;
  return links.length >= 2 || wordCount(cleanText(toString(node))) <= 2;
}

/** Most words of a box's label ("Related stories", "More on this"). */
const MAX_LABEL_WORDS = 6;

/** A line that only names a place to find the site: a short label and an address or handle ("Twitter https://…", "ID = @site"). */
function isAddressLine(line: Paragraph["children"]): boolean {
  const text = cleanText(toString({ type: "paragraph", children: line }));
  return wordCount(text) <= MAX_LABEL_WORDS && /(?:https?:\/\/\S+|(?:^|\s)@\w{2,30})$/u.test(text);
}

/** A paragraph's lines, as its hard breaks split it: each line's phrasing nodes. */
function breakLines(node: Paragraph): Paragraph["children"][] {
  const lines: Paragraph["children"][] = [[]];
  for (const child of node.children)
    if (child.type === "break") lines.push([]);
    else lines.at(-1)?.push(child);
  return lines;
}

/**
 * A paragraph of lines (split by hard breaks) whose first line is a short label and every other
 * line, two or more, one link alone or a site's address: a box of links to other stories, or of
 * the site's accounts, under its label, written as one paragraph, in any language. Prose lines
 * hold words around their links.
 */
function isLabelledLinkLines(node: Paragraph): boolean {
  const [label, ...rest] = breakLines(node).map((line) =>
    line.filter((c) => !(c.type === "text" && c.value.trim() === "")),
  );
  const labelText = cleanText(toString({ type: "paragraph", children: label ?? [] }));
  return (
    rest.length >= 2 &&
    labelText !== "" &&
    wordCount(labelText) <= MAX_LABEL_WORDS &&
    !TERMINAL.test(labelText) &&
    rest.every((line) => (line.length === 1 && line[0]?.type === "link") || isAddressLine(line))
  );
}

/**
 * A paragraph of two or more lines (split by hard breaks), every one of them a control's label
 * or a prompt the chrome rules read as such ("Follow Jane Roe on Twitter." / "Ask Jane A Question
 * >"): the page's links to its author and accounts, set as one paragraph under the article.
 */
function isControlLines(node: Paragraph): boolean {
  const texts = breakLines(node)
    .map((line) => cleanText(toString({ type: "paragraph", children: line })))
    .filter((t) => t !== "");
  return (
    texts.length >= 2 &&
    texts.every((text) => {
      const reason = chromeReason(text);
      return reason === "navigation" || reason === "promo";
    })
  );
}

/**
 * A paragraph set wholly in bold or italics that ends in a call to sign up ("… Sign up for the
 * free daily newsletter."): the site's newsletter pitch set apart between the article's
 * paragraphs, all of it, not only its last sentence. A paragraph in the article's own type keeps
 * its other sentences (the promo sentence alone is cut).
 */
function isSetApartPitch(node: Paragraph): boolean {
  const parts = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.type !== "strong" && only?.type !== "emphasis") return false;
  return endsInSignUpCall(cleanText(toString(node)));
}

/**
 * A picture with text set directly under it in the same paragraph (no blank line between):
 * the text is the picture's caption, and neither is the article's prose.
 */
function isPictureWithCaption(node: Paragraph): boolean {
  const [first, second] = node.children;
  return first?.type === "image" && second?.type === "text" && /^\s*\n/u.test(second.value);
}

/**
 * A paragraph's text as the chrome rules read it: run together as `toString` gives it (a hard
 * break adds nothing), except when, run together, it reads as one row of menu labels
 * (chrome.ts isGluedLabelRow): then with its lines apart, as that rule reads a block of several.
 * A numbered list of products set one a line ("1) … (Blu-Ray)" / "http://…" / "2) …") is no
 * row of labels; run together, each line's last word sticks to the next line's first.
 */
function chromeText(node: Paragraph, text: string): string {
  if (!isGluedLabelRow(text)) return text;
  const lines = breakLines(node)
    .map((line) => cleanText(toString({ type: "paragraph", children: line })))
    .filter((line) => line !== "");
  return lines.length >= 2 ? lines.join("\n") : text;
}

/** Why a top-level markdown block is page furniture, or undefined when it is body. */
export function markdownFurniture(node: RootContent): RemovalReason | undefined {
  if (node.type === "html") return chromeReason(cleanText(node.value)) === "embed" ? "embed" : undefined;
  if (node.type === "list") return isLinkList(node) || isControlList(node) ? "navigation" : undefined;
  if (node.type === "paragraph" && isAuthorBio(node)) return "author-bio";
  if (node.type === "paragraph" && (isStoryLink(node) || isLabelledStoryLink(node) || isLabelledLinkLines(node)))
    return "related-links";
  if (node.type === "paragraph" && (isLinkParagraph(node) || isControlLines(node))) return "navigation";
  if (node.type === "paragraph" && isPictureWithCaption(node)) return "caption";
  if (node.type === "paragraph" && isSetApartPitch(node)) return "promo";
  // A quoted block that is only an embed's placeholder ("Tweet may have been deleted"): the post
  // the page quoted did not come with it.
  if (node.type === "blockquote") return isEmbedPlaceholder(cleanText(toString(node))) ? "embed" : undefined;
  if (node.type !== "paragraph" && node.type !== "heading") return undefined;
  const text = cleanText(toString(node));
  if (text === "") return undefined;
  // "Lire aussi : …", "Read more: …": a link to another story on a line of its own.
  if (node.type === "paragraph" && (relatedLabel(text)?.inline ?? "") !== "") return "related-links";
  if (node.type === "paragraph" && isBareCount(text)) return "notice";
  // A control's label alone ("Caption", "Close", "Shares"): a picture box's toggle and its close
  // button, set as paragraphs of their own; no paragraph of an article is that one word. (The
  // text route reads it in body.ts, after its header has used it as an edge.)
  if (node.type === "paragraph" && LONE_CONTROL_LABEL.test(text)) return "navigation";
  // A stamp of the page's on the article ("This story was provided by …", "… was corrected
  // on …") or a call to the reader ("Have a tip? … may be reached at …"), as in a text body; a
  // date line alone stays for the header to read as the date.
  // Both read with the paragraph's line breaks, which part its sentences ("… on Twitter." / "The bank …").
  const lines = node.type === "paragraph" ? cleanText(phrasingText(node)) : "";
  const noted = node.type === "paragraph" ? pageNoteReason(lines) : undefined;
  const note = noted === "notice" || noted === "promo" ? noted : undefined;
  // A paragraph that is promotion from end to end, as a text body cuts it ("Have a project to
  // share with us? Submit it here!").
  const promo = lines !== "" && cutSpans(lines, promoSpans(lines)) === "" ? "promo" : undefined;
  const chrome = chromeReason(node.type === "paragraph" ? chromeText(node, text) : text);
  return chrome ?? note ?? promo ?? (isCaption(text) ? "caption" : undefined);
}

/** An address as compared: no scheme, no "www.", no trailing slash; host and path as written. */
function addressKey(text: string): string {
  return text
    .trim()
    .replace(/^https?:\/\/(?:www\.)?/i, "")
    .replace(/\/+$/, "");
}

/**
 * A paragraph that is only the page's own address (its declared URL or canonical), printed by a
 * share box or a print stamp: the article never needs its own address as a line of its text. A
 * sentence that mentions the address, or a line with another address, is text.
 */
export function isOwnAddress(node: RootContent, url: string | undefined): boolean {
  if (node.type !== "paragraph" || url === undefined) return false;
  const own = addressKey(url);
  return own.includes("/") && addressKey(cleanText(toString(node))) === own;
}

/**
 * A paragraph or heading that is only a related-stories label ("Related", "Sur le même sujet"):
 * the list under it goes too.
 */
export function isRelatedLabelBlock(node: RootContent): boolean {
  return (
    (node.type === "paragraph" || node.type === "heading") && relatedLabel(cleanText(toString(node)))?.inline === ""
  );
}

/**
 * A list set under a rail label block ("## Trending") whose items are headlines: the rail, by
 * the same test a text's rail gets (./rails.ts), looser when every item links to another page;
 * a list of the article's own sentences stays. The label goes with it (the caller asks with the
 * label as `label` and the list after it as `node`).
 */
export function isRailListUnder(label: RootContent | undefined, node: RootContent | undefined): boolean {
  if (label === undefined || (label.type !== "paragraph" && label.type !== "heading") || node?.type !== "list")
    return false;
  const items = node.children.map((item) => cleanText(toString(item)));
  if (isRailLabel(cleanText(toString(label))))
    return isRailList(
      items,
      node.children.every((item) => hasLink(item)),
    );
  // Any short label over a list whose every item is wholly one link to another page, each a
  // headline ("## More on the strike" over "- [Dockers walk out at two ports](https://…)"):
  // other stories' titles under the site's label. An article's own list holds its sentences, and
  // a contents list links within the page.
  return isTeaserLabel(label) && node.children.every(isWholeOuterLink) && isRailList(items);
}

/** Most words of a teaser rail's label. */
const MAX_TEASER_LABEL_WORDS = 8;

/** A heading, or a paragraph wholly in bold, of a few words and no sentence's closing mark. */
function isTeaserLabel(node: Heading | Paragraph): boolean {
  const text = cleanText(toString(node));
  const bold = node.type === "heading" || (node.children.length === 1 && node.children[0]?.type === "strong");
  return bold && wordCount(text) >= 1 && wordCount(text) <= MAX_TEASER_LABEL_WORDS && !TERMINAL.test(text);
}

/** A list item that is one link to another page (an absolute address) and nothing else. */
function isWholeOuterLink(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  const link = first?.type === "paragraph" && first.children.length === 1 ? first.children[0] : undefined;
  return rest.length === 0 && link?.type === "link" && /^https?:\/\//i.test(link.url);
}

/**
 * A rail's label ("Latest News", "Most read") with nothing but furniture after it: the page's
 * passes took the rail's headlines and left its label closing the body.
 */
export function isEndRailLabel(nodes: readonly RootContent[], index: number): boolean {
  const node = nodes[index];
  return (
    (node?.type === "paragraph" || node?.type === "heading") &&
    isRailLabel(cleanText(toString(node))) &&
    nodes.slice(index + 1).every((later) => markdownFurniture(later) !== undefined)
  );
}

/**
 * A site's address alone closing the body, nothing but furniture after it ("Harborwire.com",
 * "NEWS.EXAMPLE"): the site signing off its page with its name, as a logo or a footer does. A
 * sentence that names a site has words around the address.
 */
export function isEndSiteAddress(nodes: readonly RootContent[], index: number): boolean {
  const node = nodes[index];
  return (
    node?.type === "paragraph" &&
    /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u.test(cleanText(toString(node))) &&
    nodes.slice(index + 1).every((later) => markdownFurniture(later) !== undefined)
  );
}

/** A heading that is wholly one link to another page: another story's headline in a teaser. */
function isLinkedHeadline(node: RootContent): boolean {
  if (node.type !== "heading" || node.children.length !== 1) return false;
  const [link] = node.children;
  return link?.type === "link" && /^https?:\/\//iu.test(link.url);
}

/** Fewest teasers under a rail's label for the run to be read as the rail. */
const MIN_TEASERS = 2;

/**
 * Where a rail of teasers closing the page begins: a rail label ("Popular Stories", "Most read")
 * over nothing but other stories' headlines, each a heading wholly one link to another page, and
 * the blurbs, dates and credits set under them, to the end. An article's own subheadings are not
 * links, so a section under a subheading never reads as one. Undefined when the page has none.
 */
export function teaserRailStart(nodes: readonly RootContent[]): number | undefined {
  for (const [index, node] of nodes.entries()) {
    if ((node.type !== "paragraph" && node.type !== "heading") || !isRailLabel(cleanText(toString(node)))) continue;
    const after = nodes.slice(index + 1);
    const teasers = after.filter(isLinkedHeadline).length;
    // The first block under the label is a teaser's headline; every other block is a linked
    // headline or a paragraph or list under one.
    const shaped =
      after[0] !== undefined &&
      isLinkedHeadline(after[0]) &&
      after.every((n) => isLinkedHeadline(n) || n.type === "paragraph" || n.type === "list");
    if (teasers >= MIN_TEASERS && shaped) return index;
  }
  return undefined;
}

/** Whether a block holds a link anywhere inside it. */
function hasLink(node: Nodes): boolean {
  return node.type === "link" || ("children" in node && (node.children as readonly Nodes[]).some(hasLink));
}

/**
 * A paragraph that is only a picture (`![alt](src)`) with its caption block directly under it:
 * the picture goes with its caption, since the body keeps text, not the page's photo slots.
 */
export function isCaptionedImage(node: RootContent, next: RootContent | undefined): boolean {
  return (
    node.type === "paragraph" &&
    node.children.some((c) => c.type === "image") &&
    node.children.every((c) => c.type === "image" || (c.type === "text" && c.value.trim() === "")) &&
    next !== undefined &&
    markdownFurniture(next) === "caption"
  );
}

/** Most words of a caption told by its place alone. */
const MAX_PLACED_CAPTION_WORDS = 40;

/**
 * A paragraph set between its picture's file name and its credit ("harbour.jpg" / "Cranes idle
 * at the port on Monday." / "(Ana Ruiz/AP)"): that picture's caption, whatever its grammar. A
 * quotation is never one.
 */
export function isCaptionBetween(nodes: readonly RootContent[], index: number): boolean {
  const [above, node, below] = [nodes[index - 1], nodes[index], nodes[index + 1]];
  if (node?.type !== "paragraph" || above?.type !== "paragraph" || below === undefined) return false;
  const text = cleanText(toString(node));
  return (
    isImageFileName(cleanText(toString(above))) &&
    markdownFurniture(below) === "caption" &&
    wordCount(text) <= MAX_PLACED_CAPTION_WORDS &&
    !/["“”]/u.test(text)
  );
}

/** Fewest and most words of a kicker in bold over another story's headline ("Staffers speak out:"). */
const MIN_KICKER_WORDS = 2;
const MAX_KICKER_WORDS = 6;

/** Fewest words of another story's headline set after a kicker; a field's value ("Cost: Free") is shorter. */
const MIN_POINTER_HEADLINE_WORDS = 6;

/** The bold kicker and the words after it, when a paragraph is only those two; else undefined. */
function kickerAndRest(node: RootContent | undefined): { kicker: string; rest: string } | undefined {
  if (node?.type !== "paragraph") return undefined;
  const parts = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [label, rest, ...more] = parts;
  if (label?.type !== "strong" || rest?.type !== "text" || more.length > 0) return undefined;
  const kicker = cleanText(toString(label));
  let words = cleanText(rest.value);
  // The colon may stand outside the bold ("**Staffers speak out**: …").
  const colonOutside = /^[:：]\s*/u.exec(words);
  if (colonOutside !== null) words = words.slice(colonOutside[0].length);
  else if (!/[:：]$/u.test(kicker)) return undefined;
  return { kicker: kicker.replace(/[:：]$/u, "").trim(), rest: words };
}

/**
 * A pointer to another story whose link the page did not keep: a short kicker in bold closed by
 * a colon, then that story's headline, no sentence's closing mark after it ("**Staffers speak
 * out:** Harbor pilots say the port ignored their warnings for years"), set alone between the
 * article's paragraphs. A fact box's fields ("**Where:** …", "**Cost:** …") come in a run of
 * such lines, so one next to another is none; a kicker of one word is a field's name; the
 * article's own sentence ends on its full stop, a question or answer on its mark.
 */
export function isLabelledPointerBetween(nodes: readonly RootContent[], index: number): boolean {
  const own = kickerAndRest(nodes[index]);
  if (own === undefined) return false;
  const kickerWords = wordCount(own.kicker);
  const words = wordCount(own.rest);
  return (
    kickerWords >= MIN_KICKER_WORDS &&
    kickerWords <= MAX_KICKER_WORDS &&
    words >= MIN_POINTER_HEADLINE_WORDS &&
    words <= 25 &&
    /^\p{Lu}/u.test(own.rest) &&
    !/[.!?:;,…"“”]["”’)]*$/u.test(own.rest) &&
    kickerAndRest(nodes[index - 1]) === undefined &&
    kickerAndRest(nodes[index + 1]) === undefined
  );
}

/** Blocks of HTML paragraphs (`<p>…</p>`), as markdown blocks; undefined for any other node. */
export function htmlParagraphs(node: RootContent): RootContent[] | undefined {
  if (node.type !== "html" || !/^\s*<p[\s>]/i.test(node.value)) return undefined;
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(htmlToMarkdown(node.value));
  return tree.children;
}

/** Most words of a label left after the article (a tag, a footer link): no telling. */
const MAX_TAIL_LABEL_WORDS = 6;

/**
 * "author-bio" for a paragraph after the article's last paragraph that is the bio of the
 * article's own author ("Jane Doe is a reporter for …", by the text route's test,
 * ./authorBio.ts), the author card's name alone, or, the byline aside, a staff bio at an
 * outlet of someone the article never named: only labels and furniture follow it.
 */
export function bylineBioAtEnd(
  nodes: readonly RootContent[],
  index: number,
  byline: string | undefined,
): RemovalReason | undefined {
  const node = nodes[index];
  if (node?.type !== "paragraph") return undefined;
  const text = cleanText(toString(node));
  const own = byline !== undefined && (isBylineBio(text, byline) || bylineNames(byline).includes(text));
  // Or a staff bio of someone the article's text before never named (./authorBio.ts).
  const earlier = () =>
    nodes
      .slice(0, index)
      .filter((n) => markdownFurniture(n) === undefined)
      .map((n) => cleanText(toString(n)))
      .join("\n");
  if (!own && !isOutletBio(text, earlier)) return undefined;
  const atEnd = nodes.slice(index + 1).every((later) => {
    const rest = cleanText(toString(later));
    return (
      markdownFurniture(later) !== undefined ||
      isBylineBio(rest, byline) ||
      (!TERMINAL.test(rest) && wordCount(rest) <= MAX_TAIL_LABEL_WORDS)
    );
  });
  return atEnd ? "author-bio" : undefined;
}
