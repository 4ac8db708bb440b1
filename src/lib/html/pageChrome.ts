/**
 * Removes from a saved page, before the extractor reads it, the parts that are not the article by
 * what they are: what the page declares as navigation, complementary content, hidden or a form
 * (`<nav>`, `<aside>`, `<footer>`, ARIA roles, `hidden`, `aria-hidden`), the second copy of a
 * block laid out once per screen width, newsletter sign-up
 * boxes, boxes the page marks as an author bio, byline, comment thread, paywall prompt or
 * label, advertisement labels, repeated teaser cards (a linked headline, often with a date and an
 * image), blocks that are mostly links to other pages, and the headings such blocks leave
 * behind ("Related", "Most read"). Readability keeps these when they sit inside the article's
 * container; removed first, they neither reach the body nor sway which container is chosen.
 *
 * Every pass spares an element that holds the article: the headline, an `<article>` or `<main>`,
 * the page's `itemprop=articleBody`, or half of the page's paragraph text. No site's selectors:
 * only the page's own semantics, structure and the class names CMSs give such boxes.
 */
import { findDates } from "#lib/content/parseDate.ts";
import { wordCount } from "#lib/normalize/lines.ts";
import { relatedLabel } from "#lib/normalize/patterns.ts";
import type { RemovalReason } from "#lib/normalize/types.ts";
import { isMarkedCaption } from "./markedNonBody.ts";
import { isStampLine } from "./stampLine.ts";
import { BYLINE_MARK, bylineLine } from "./pageShown.ts";
import { isMarked, markTokens } from "./markTokens.ts";
import { viewportCopies } from "./viewportCopies.ts";
import { squash } from "#lib/text/squash.ts";

/** Elements and ARIA roles a page uses for what is not its article. */
const DECLARED_NON_CONTENT = [
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "dialog",
  // A modal is a dialog whatever its role says (a consent manager's "preference center" is a "region").
  '[aria-modal="true"]',
  "[hidden]",
  '[aria-hidden="true"]',
  ...["navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog", "menu", "menubar"].map(
    (role) => `[role="${role}"]`,
  ),
  // AMP's own components for ads, consent banners, menus and share buttons.
  "amp-ad",
  "amp-embed",
  "amp-consent",
  "amp-sidebar",
  "amp-social-share",
].join(", ");

/**
 * Class or id tokens CMSs give boxes that are not the article: an author's bio or card, a comment thread, a paywall or subscription prompt, a newsletter sign-up,
 * a share bar, an advertisement slot, a section label ("kicker", "eyebrow", "badge"), a pull
 * quote (the article's own words set again in large type, with their speaker's name under them).
 */
const MARKED_BOX =
  /^(?:[a-z0-9]+[-_])*(?:author[-_]?(?:bio|card|box|info|description|profile)|about[-_]?(?:the[-_]?)?author|bio(?:graphy)?|comments?|comment[-_]?(?:list|section|area|respond)|respond|paywall|subscribe|newsletter|signup|share|social[-_]?share|ad|ads|advert|advertisement|kicker|eyebrow|badge|label|pull[-_]?quote)(?:[-_](?:box|card|area|section|wrapper|container|list|bar|row|tools|buttons|slot|label|prompt|promo|signup|inner|block|module|widget|unit))*$/i;

/** Tokens that say an element has or lacks such a box ("hasnt-bio", "no-comments", "with-ad"). */
const NEGATED_MARK = /^(?:has|hasnt|hasnot|no|not|is|isnt|with|without|show|hide)[-_]/i;

/** A marked box longer than this is more than a box: the mark names something else. */
const MAX_BOX_WORDS = 100;

/** Whole-text labels of advertisement slots and their continuation lines. */
const AD_LABEL =
  /^(?:-\s*)?(?:advertisement|advertising|adverts?|sponsored(?: content)?|(?:the )?(?:story|article) continues below(?: this)? (?:advertisement|ad)|continue reading (?:below|the main story))(?:\s*-)?$/i;

/** A teaser card holds a linked headline and at most this many words (headline, date, summary). */
const MAX_TEASER_WORDS = 60;

/** Share of a block's words inside links above which the block is a list of links. */
const LINK_SHARE = 0.6;

/**
 * Elements a removal never takes: they are, or hold, the document, the headline or the article
 * (an `<article>` may also be one teaser among many, so it is spared only by what it holds). A
 * `<footer>` is spared only by what it holds, not by its length: what a section's footer carries
 * (a video's transcript, notes, credits) may outrun the article it closes.
 */
function holdsArticle(el: Element, guard: Guard): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "BODY" || tag === "HTML" || tag === "MAIN") return true;
  if (el.querySelector("h1, main, [itemprop~='articleBody']") !== null) return true;
  if (el.getAttribute("itemprop")?.split(/\s+/).includes("articleBody") === true) return true;
  if (tag === "FOOTER") return false;
  return guard.paragraphWords > 0 && paragraphWords(el) * 2 >= guard.paragraphWords;
}

interface Guard {
  /** Words in all the page's `<p>` elements. */
  paragraphWords: number;
  /** Each heading's parent's text length before any removal. */
  headingContext: Map<Element, number>;
  /** Each heading's next element before any removal: what a label ending in a colon introduces. */
  headingNext: Map<Element, Element | null>;
  /** The page declares its byline in its metadata. */
  bylineDeclared: boolean;
}

function paragraphWords(root: Element | Document): number {
  return [...root.querySelectorAll("p")].reduce((n, p) => n + wordCount(p.textContent), 0);
}

/** One element a pass took out of the page, and the report's reason for it. */
export interface PageRemoval {
  element: Element;
  reason: RemovalReason;
}

/** A pass: the elements it finds, each with its reason. */
type Pass = (document: Document, guard: Guard) => PageRemoval[];

/** A pass whose every find has the same reason. */
const because =
  (reason: RemovalReason, find: (document: Document, guard: Guard) => Element[]): Pass =>
  (document, guard) =>
    find(document, guard).map((element) => ({ element, reason }));

function remove(found: Iterable<PageRemoval>, guard: Guard): PageRemoval[] {
  const removed: PageRemoval[] = [];
  for (const r of found) {
    if (!r.element.isConnected || holdsArticle(r.element, guard)) continue;
    r.element.remove();
    removed.push(r);
  }
  return removed;
}

/** The tokens of an element's class and id. */

/** The report's reason for a declared part: notices (footer, banner, dialog, hidden text, ads) or navigation. */
function declaredReason(el: Element): RemovalReason {
  if (el.matches('footer, dialog, [aria-modal="true"], [hidden], [aria-hidden="true"], amp-ad, amp-embed, amp-consent'))
    return "notice";
  if (el.matches("aside")) return "related-links";
  const role = el.getAttribute("role") ?? "";
  if (["complementary"].includes(role)) return "related-links";
  return ["contentinfo", "banner", "dialog", "alertdialog"].includes(role) ? "notice" : "navigation";
}

/**
 * The utility classes stylesheets use to hide an element outright ("hidden", "is-hidden", Bootstrap's
 * "d-none"): a box the page ships hidden (the subscribe offer for a reader not yet signed in, the
 * variants of a prompt the script picks from) is no text the reader sees, as `[hidden]` is not.
 */
const HIDING_CLASS = /^(?:hidden|is-hidden|d-none)$/u;
/** A class that shows the element again at some screen width ("md:block", "d-lg-flex"): hidden on small screens only. */
const SHOWN_AT_WIDTH =
  /^(?:[a-z0-9]+:(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|contents)|d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+)$/u;

function hiddenByClass(el: Element): boolean {
  const tokens = (el.getAttribute("class") ?? "").split(/\s+/u);
  return tokens.some((t) => HIDING_CLASS.test(t)) && !tokens.some((t) => SHOWN_AT_WIDTH.test(t));
}

/**
 * The parts of a navigation block beside the headline it holds: a breadcrumb trail that ends in
 * the page's `<h1>` ("Home › Politics › Germany › <h1>headline</h1>") is navigation all the same,
 * but every pass spares what holds the headline, so its links and label go one by one and the
 * headline stays.
 */
function besideHeadline(nav: Element): Element[] {
  const headline = nav.querySelector("h1");
  if (headline === null || !nav.matches('nav, [role="navigation"]')) return [nav];
  const parts: Element[] = [];
  for (let at: Element | null = headline; at !== null && at !== nav; at = at.parentElement)
    for (const sibling of at.parentElement?.children ?? []) if (sibling !== at) parts.push(sibling);
  return parts;
}

/** A quotation's attribution in `<blockquote><footer>` is part of the quotation. */
function declaredNonContent(document: Document): PageRemoval[] {
  const hidden = [...document.querySelectorAll("body [class]")].filter(hiddenByClass);
  const declared = [...document.querySelectorAll(DECLARED_NON_CONTENT)].flatMap(besideHeadline);
  return [...declared, ...hidden]
    .filter((el) => !(el.tagName.toUpperCase() === "FOOTER" && el.closest("blockquote") !== null))
    .map((element) => ({ element, reason: hiddenByClass(element) ? "notice" : declaredReason(element) }));
}

/** The box around an e-mail sign-up field: its largest ancestor that is still short. */
function signupBoxes(document: Document): Element[] {
  const boxes: Element[] = [];
  for (const input of document.querySelectorAll('input[type="email"]')) {
    let box: Element | null = null;
    for (let el = input.parentElement; el !== null; el = el.parentElement) {
      if (/^(?:BODY|ARTICLE|MAIN)$/i.test(el.tagName) || wordCount(el.textContent) > MAX_BOX_WORDS / 2) break;
      box = el;
    }
    if (box !== null) boxes.push(box);
  }
  return boxes;
}

/** The report's reason for a box by the word its mark is built on (the first that names one). */
const MARK_REASONS: [RegExp, RemovalReason][] = [
  [/author|bio/i, "author-bio"],
  [/comment|respond/i, "comments"],
  [/paywall|subscribe|newsletter|signup/i, "sign-up"],
  [/share/i, "navigation"],
  [/(?:^|[-_])(?:ads?|advert|advertisement)(?:$|[-_])/i, "notice"],
  [/kicker|eyebrow|badge|label/i, "tags"],
];

/**
 * A BEM token's block ("newsletter-widget" of "newsletter-widget__title--wide"): the element and
 * modifier after it name a part or a variant of that box, so the box is what the block names.
 */
const bemBlock = (token: string): string => token.split("__")[0]?.split("--")[0] || token;

function markedBoxes(document: Document): PageRemoval[] {
  const marked: { element: Element; mark: string }[] = [];
  for (const el of document.querySelectorAll("body [class], body [id]")) {
    // A link, or a part of one, is one item of a box, not the box: removed alone it leaves a
    // husk of empty links that reads as text to the extractor.
    if (el.closest("a") !== null || wordCount(el.textContent) > MAX_BOX_WORDS) continue;
    const mark = markTokens(el)
      .map(bemBlock)
      .find((t) => MARKED_BOX.test(t) && !NEGATED_MARK.test(t));
    if (mark !== undefined) marked.push({ element: el, mark });
  }
  const runs = markedProse(marked);
  return marked
    .filter(({ element }) => !runs.has(element))
    .map(({ element, mark }) => ({
      element,
      reason: MARK_REASONS.find(([word]) => word.test(mark))?.[1] ?? "notice",
    }));
}

/**
 * Marked elements that are paragraphs of running prose, not a box: several `<p>` siblings carry
 * the same mark and hold more words together than a box holds (a metered page marks every
 * paragraph after its first few "paywall": the mark says where the meter falls, and the
 * paragraphs are still the article). The headings among them, with the same mark, go with them.
 * A box is one element; one marked paragraph, or a few short ones, stay boxes.
 */
function markedProse(marked: readonly { element: Element; mark: string }[]): Set<Element> {
  const groups = new Map<string, Element[]>();
  const parents = new Map<Element, number>();
  for (const { element, mark } of marked) {
    const parent = element.parentElement;
    if (parent === null) continue;
    if (!parents.has(parent)) parents.set(parent, parents.size);
    const key = `${parents.get(parent)} ${mark.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), element]);
  }
  const prose = new Set<Element>();
  for (const group of groups.values()) {
    const paragraphs = group.filter((el) => el.tagName.toUpperCase() === "P");
    const words = paragraphs.reduce((n, p) => n + wordCount(p.textContent), 0);
    if (paragraphs.length >= 2 && words > MAX_BOX_WORDS) for (const el of group) prose.add(el);
  }
  return prose;
}

/**
 * Byline lines the page marks after its first: a live blog's per-post "From …", a teaser's
 * author. The first is the article's own, which the extractor reads as its byline guess; when
 * the page declares its byline the extractor makes no guess and would keep that line as body,
 * so it goes too.
 */
function markedBylines(document: Document, guard: Guard): Element[] {
  const marked = [...document.querySelectorAll("body [class], body [id]")].filter(
    (el) => isMarked(el, BYLINE_MARK) && wordCount(el.textContent) <= 8,
  );
  return marked.filter(
    (el, i) => (i > 0 || guard.bylineDeclared) && !marked.slice(0, i).some((first) => first.contains(el)),
  );
}

/** Blocks whose whole text is an advertisement label, a byline, or a date or publication stamp line of their own. */
function labelBlocks(document: Document): PageRemoval[] {
  const found: PageRemoval[] = [];
  for (const el of document.querySelectorAll("p, div, span, time")) {
    if (el.querySelector("p, div") !== null) continue;
    const text = squash(el.textContent);
    if (text === "" || wordCount(text) > 12) continue;
    if (AD_LABEL.test(text)) found.push({ element: el, reason: "notice" });
    else if (bylineLine(text) !== undefined && el.tagName.toUpperCase() !== "SPAN")
      found.push({ element: el, reason: "credit" });
    else if (
      (isOnlyDate(text) || isStampLine(text)) &&
      el.parentElement?.closest("p, li, h1, h2, h3, h4, h5, h6, td") == null
    )
      found.push({ element: el, reason: "notice" });
  }
  return found;
}

/**
 * A page's time stamp with its label and no year, which a date parser cannot read alone:
 * "Updated Nov 19, 9:41 AM", "Posted at 1:23 p.m.", "Published 8:19 PM ET".
 */
const LABELLED_STAMP =
  /^(?:last\s+)?(?:updated|posted|published)(?:\s+(?:at|on))?\s*:?\s*(?=\S)(?:\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*|\s+|$))?(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/iu;

/** True when dates and clock times make up the whole text ("Sept. 3, 2025", "3:20 p.m. ET"). */
function isOnlyDate(text: string): boolean {
  const stamps = text.split(/\s*[;|]\s*/u).filter((piece) => piece !== "");
  if (stamps.length > 0 && stamps.every((piece) => LABELLED_STAMP.test(piece))) return true;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, " ");
  return !/\p{L}{4,}/u.test(rest.replace(/\b(?:at|on|a\.?m\.?|p\.?m\.?|[A-Z]{2,4}|updated|published|posted)\b/gi, " "));
}

/** True when a heading is a link to another page (a teaser's headline), not an in-page anchor. */
function isLinkedHeading(h: Element): boolean {
  const link = h.closest("a") ?? h.querySelector("a");
  if (link === null) return false;
  const href = link.getAttribute("href") ?? "";
  return href !== "" && !href.startsWith("#") && squash(link.textContent).length >= squash(h.textContent).length * 0.8;
}

/** Fewest words of a paragraph under a heading that make it the article's prose: a teaser's blurb is shorter. */
const SECTION_PROSE_WORDS = 40;

/**
 * A heading the article's own prose follows: the first sibling after it that holds text (an
 * embedded video's box holds none) is a long paragraph. A list article heads each item so,
 * linking the item's name to its page ("“Field Notes” ($20)"); another story's teaser card
 * is followed by the next card, or by its excerpt cut short ("… [&hellip;]").
 */
function headsProse(card: Element): boolean {
  for (let el = card.nextElementSibling; el !== null; el = el.nextElementSibling) {
    if (squash(el.textContent) === "") continue;
    return (
      el.tagName.toUpperCase() === "P" &&
      wordCount(el.textContent) >= SECTION_PROSE_WORDS &&
      !CUT_EXCERPT.test(squash(el.textContent))
    );
  }
  return false;
}

/** A paragraph cut short by a bracketed ellipsis ("… co-presented by the [&hellip;]"): another post's excerpt. */
const CUT_EXCERPT = /\[\s*(?:…|\.\.\.)\s*\]$/u;

/**
 * Teaser cards: the largest element around a linked headline that holds no other linked
 * headline and few words, where two or more such cards share a container; not a heading the
 * article's prose follows.
 */
function teaserCards(document: Document): Element[] {
  const cards = new Map<Element, Element[]>();
  for (const h of document.querySelectorAll("h2, h3, h4, h5, h6")) {
    if (!isLinkedHeading(h)) continue;
    let card: Element = h.closest("a") ?? h;
    for (let el = card.parentElement; el !== null; el = el.parentElement) {
      const linked = [...el.querySelectorAll("h2, h3, h4, h5, h6")].filter(isLinkedHeading).length;
      if (linked > 1 || wordCount(el.textContent) > MAX_TEASER_WORDS) {
        cards.set(el, [...(cards.get(el) ?? []), card]);
        break;
      }
      card = el;
    }
  }
  return [...cards.values()]
    .filter((list) => list.length >= 2)
    .flat()
    .filter((card) => !headsProse(card))
    .flatMap((card) => [card, ...cutExcerptAfter(card)]);
}

/** The excerpt cut short ("… [&hellip;]") that follows a teaser card's headline, if one does. */
function cutExcerptAfter(card: Element): Element[] {
  for (let el = card.nextElementSibling; el !== null; el = el.nextElementSibling) {
    if (squash(el.textContent) === "") continue;
    return el.tagName.toUpperCase() === "P" && CUT_EXCERPT.test(squash(el.textContent)) ? [el] : [];
  }
  return [];
}

/**
 * Lists and blocks that are mostly links to other pages (a most-read list, "Further reading", a
 * carousel of related stories, a key-events index), dates beside the links not counted.
 */
function linkBlocks(document: Document): Element[] {
  return [...document.querySelectorAll("ul, ol, amp-carousel, div, section")].filter((el) => {
    const links = [...el.querySelectorAll("a")].filter((a) => squash(a.textContent) !== "");
    if (links.length < 2) return false;
    if (el.querySelector("p") !== null && [...el.querySelectorAll("p")].some((p) => wordCount(p.textContent) > 25))
      return false;
    const text = squash(el.textContent);
    let rest = text;
    for (const d of findDates(text)) rest = rest.replace(d.text, " ");
    const all = wordCount(rest);
    const linked = links.reduce((n, a) => n + wordCount(a.textContent), 0);
    return all > 0 && linked / all >= LINK_SHARE;
  });
}

/** An element's words that are in no link, squashed. */
function textOutsideLinks(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== "A") node.childNodes.forEach(walk);
  };
  walk(el);
  return squash(parts.join(" "));
}

/** Words a line of links may hold beside its link: a tag or a separator ("[VIDEO]", "|"). */
const MAX_LINE_TAG_WORDS = 2;

/**
 * A paragraph set as lines of links to other stories (split by `<br>`, wherever the page nests
 * the break), two or more, each line its link's words and at most a tag beside it ("Rescue
 * crews reach the valley [VIDEO]"): a box of other stories written as one paragraph. A line of
 * prose holds words around its link.
 */
function linkLines(document: Document): Element[] {
  const boxes = [...document.querySelectorAll("p")].filter((p) => {
    if (p.querySelector("br") === null) return false;
    const lines: { linked: number; outside: number }[] = [{ linked: 0, outside: 0 }];
    const walk = (node: Node, inLink: boolean) => {
      if (node.nodeType === 3) {
        const line = lines.at(-1);
        const n = wordCount(squash(node.textContent));
        if (line !== undefined) line[inLink ? "linked" : "outside"] += n;
        return;
      }
      if (node.nodeType !== 1) return;
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === "BR") lines.push({ linked: 0, outside: 0 });
      else node.childNodes.forEach((child) => walk(child, inLink || tag === "A"));
    };
    p.childNodes.forEach((child) => walk(child, false));
    const filled = lines.filter((line) => line.linked + line.outside > 0);
    return filled.length >= 2 && filled.every((line) => line.linked >= 2 && line.outside <= MAX_LINE_TAG_WORDS);
  });
  // The box's label set right before it ("DON'T MISS" in bold, a heading): it introduced the box.
  const labels = boxes
    .map((p) => p.previousElementSibling)
    .filter((el): el is Element => el !== null && isBoxLabel(el));
  return [...labels, ...boxes];
}

/** Most words of a box's label ("Don't miss", "More on this story"). */
const MAX_BOX_LABEL_WORDS = 5;

/** A short line that is a heading, or a paragraph all in bold, and no sentence: how a page labels a box. */
function isBoxLabel(el: Element): boolean {
  const text = squash(el.textContent);
  if (text === "" || wordCount(text) > MAX_BOX_LABEL_WORDS || /[.!?,;]$/u.test(text)) return false;
  if (/^H[2-6]$/i.test(el.tagName)) return true;
  const bold = [...el.querySelectorAll("strong, b")].map((b) => squash(b.textContent)).join(" ");
  return el.tagName.toUpperCase() === "P" && bold === text;
}

/** A card of links set inside a paragraph holds at least this many links. */
const MIN_CARD_LINKS = 3;

/**
 * Cards of links set inside a paragraph's sentence (a name's hover card: the person's page,
 * their latest stories, "MORE"): an inline element within a `<p>` holding three or more links
 * and no word outside them. Running text always has words between its links. Only the
 * innermost such element goes: a page often wraps the name's own link and its card in one
 * element, and the name is a word of the sentence.
 */
function inlineLinkCards(document: Document): Element[] {
  const cards = [...document.querySelectorAll("p span")].filter((el) => {
    const links = [...el.querySelectorAll("a")].filter((a) => squash(a.textContent) !== "");
    if (links.length < MIN_CARD_LINKS) return false;
    return textOutsideLinks(el) === "";
  });
  return cards.filter((el) => !cards.some((other) => other !== el && el.contains(other)));
}

/**
 * Headings the other passes left with nothing under them (the box that holds only such a
 * heading goes with it), "Related"-type labels with nothing after them, and a label ending in a
 * colon ("More:", "Read these next:") whose block the passes took: it introduced that block, and
 * the article's own text after it is not what it introduced.
 */
function orphanHeadings(document: Document, guard: Guard): Element[] {
  const found: Element[] = [];
  for (const h of document.querySelectorAll("h2, h3, h4, h5, h6")) {
    const parent = h.parentElement;
    if (parent === null) continue;
    const before = guard.headingContext.get(h) ?? 0;
    const now = squash(parent.textContent);
    if (now === squash(h.textContent) && before > now.length) {
      found.push(parent);
      continue;
    }
    const introduced = guard.headingNext.get(h);
    if (/[:：]$/u.test(squash(h.textContent)) && introduced != null && !introduced.isConnected) {
      found.push(h);
      continue;
    }
    if (squash(textAfter(h)) === "" && relatedLabel(squash(h.textContent)) !== undefined) found.push(h);
  }
  return found;
}

/**
 * An image's caption set inside a paragraph, before the paragraph's own text: a `<p>` opens on an
 * inline box holding a picture and an element the page marks as its caption or credit ("© Provided
 * by …", the photographer), then the prose goes on. The extractor would glue the caption to the
 * paragraph's first sentence. Only a marked element in the same box as an `<img>` or `<picture>`,
 * with no text before it in the paragraph, is taken: a credit or attribution inside a sentence stays.
 */
function inlineCaptions(document: Document): Element[] {
  const found: Element[] = [];
  for (const p of document.querySelectorAll("p")) {
    const box = p.firstElementChild;
    if (box === null || box.querySelector("img, picture") === null) continue;
    if (squash(textBefore(p, box)) !== "") continue;
    const caption = [...box.querySelectorAll("*")].find(isMarkedCaption);
    if (caption === undefined || caption.querySelector("img, picture") !== null) continue;
    // The paragraph's own prose goes on after the box: a paragraph that is only a picture and its
    // caption is a figure the caption passes already know.
    if (squash(textAfter(box)) === "") continue;
    found.push(caption);
  }
  return found;
}

/** The text of `parent` before its child `child`. */
function textBefore(parent: Element, child: Element): string {
  let text = "";
  for (let n = parent.firstChild; n !== null && n !== child; n = n.nextSibling) text += n.textContent ?? "";
  return text;
}

/** The text of the siblings after `child`. */
function textAfter(child: Element): string {
  let text = "";
  for (let n = child.nextSibling; n !== null; n = n.nextSibling) text += n.textContent ?? "";
  return text;
}

/** The passes in the order they run, by name (the ablation script turns each off in turn). */
const PASSES = {
  "sign-up": because("sign-up", signupBoxes),
  declared: declaredNonContent,
  "viewport-copies": because("duplicate", viewportCopies),
  marked: markedBoxes,
  "later-bylines": because("credit", markedBylines),
  labels: labelBlocks,
  "inline-captions": because("caption", inlineCaptions),
  teasers: because("related-links", teaserCards),
  "link-blocks": because("related-links", linkBlocks),
  "link-lines": because("related-links", linkLines),
  "link-cards": because("related-links", inlineLinkCards),
  "orphan-headings": because("related-links", orphanHeadings),
} satisfies Record<string, Pass>;

export type ChromePass = keyof typeof PASSES;
export const CHROME_PASSES = Object.keys(PASSES) as ChromePass[];

/**
 * Removes the page's chrome from `document` in place, before extraction; returns what each pass
 * removed, in pass order, with the report's reason for it. `skip` leaves passes out (ablation
 * only); `bylineDeclared` says the page's metadata names its author.
 */
export function removePageChrome(
  document: Document,
  skip: ReadonlySet<ChromePass> = new Set(),
  bylineDeclared = false,
): PageRemoval[] {
  const headingContext = new Map(
    [...document.querySelectorAll("h2, h3, h4, h5, h6")].map((h) => [h, squash(h.parentElement?.textContent).length]),
  );
  const headingNext = new Map([...headingContext.keys()].map((h) => [h, h.nextElementSibling]));
  const guard: Guard = { paragraphWords: paragraphWords(document), headingContext, headingNext, bylineDeclared };
  return CHROME_PASSES.filter((name) => !skip.has(name)).flatMap((name) =>
    remove(PASSES[name](document, guard), guard),
  );
}
