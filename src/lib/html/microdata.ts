/**
 * What a page declares about its article in schema.org microdata (`itemscope` / `itemprop`),
 * the older way CMSs mark an article before or beside JSON-LD: `headline`, `author` (its
 * `name`), `datePublished`, `publisher` (its `name`) and `articleBody`. Each value is read the
 * way microdata defines it: a `<meta>`'s `content`, a `<time>`'s `datetime`, a link's `href`,
 * else the element's text. Only what the page marks is read; nothing is guessed from layout.
 */
import { wordCount } from "#lib/normalize/lines.ts";
import { squash } from "#lib/text/squash.ts";

/**
 * The microdata property value of an element, as the microdata spec reads it; and, as schema.org's
 * own examples and search engines read it, a `content` attribute on any other element before its
 * text (`<span itemprop="datePublished" content="2016-11-28">Nov. 28</span>`, a `<time>` with
 * no `datetime`): the machine-readable value the page states beside the words it shows.
 */
function propValue(el: Element): string | undefined {
  const tag = el.tagName.toUpperCase();
  const raw =
    tag === "META"
      ? el.getAttribute("content")
      : tag === "TIME"
        ? (el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent)
        : tag === "A" || tag === "LINK"
          ? el.getAttribute("href")
          : (el.getAttribute("content") ?? el.textContent);
  const value = squash(raw ?? "");
  return value === "" ? undefined : value;
}

/**
 * The first property `name` under `root` that belongs to `item` (itemprop holds a list of names),
 * not one of an item nested in it (a reader comment's `author`, a related story's `headline`).
 * With `item` null, a property the page sets outside any item, as some pages mark their
 * article's headline and byline beside the article item rather than in it.
 */
function prop(root: Document | Element, name: string, item: Element | null): Element | null {
  for (const el of root.querySelectorAll(`[itemprop~="${name}"]`))
    if ((el.parentElement?.closest("[itemscope]") ?? null) === item) return el;
  return null;
}

/** A `name` of an item (an author Person, a publisher Organization), or the property's own text. */
function itemName(el: Element | null): string | undefined {
  if (el === null) return undefined;
  if (!el.hasAttribute("itemscope")) return propValue(el);
  const name = prop(el, "name", el);
  return name === null ? undefined : propValue(name);
}

/** An item type that is an organisation: Organization, NewsMediaOrganization, Corporation. */
const ORGANIZATION_TYPE = /schema\.org\/(?:\w*Organization|Corporation)(?![\w/])/u;

/** An author item's name, unless the item is an organisation: that is the publisher, no byline. */
function personName(el: Element | null): string | undefined {
  if (el?.hasAttribute("itemscope") === true && ORGANIZATION_TYPE.test(el.getAttribute("itemtype") ?? ""))
    return undefined;
  return itemName(el);
}

/** An item type that is an article: NewsArticle, ReportageNewsArticle, BlogPosting, Article, … */
const ARTICLE_TYPE = /schema\.org\/(?:\w*Article|\w*BlogPosting|Report)(?![\w/])/u;

/** The page's article item: the first item whose `itemtype` is an article type, or null. */
const articleItem = (document: Document): Element | null =>
  [...document.querySelectorAll("[itemscope][itemtype]")].find((el) =>
    ARTICLE_TYPE.test(el.getAttribute("itemtype") ?? ""),
  ) ?? null;

export interface MicrodataArticle {
  headline?: string;
  author?: string;
  /** `datePublished` as written (a timestamp or a day). */
  datePublished?: string;
  publisher?: string;
}

/**
 * The article fields the page marks in microdata: the article item's own, else those set
 * outside any item; each absent when not marked. A property of another item (a "most read"
 * list's `headline`, a comment's `author`) is never the article's.
 */
export function microdataArticle(document: Document): MicrodataArticle {
  const article = articleItem(document);
  const field = (name: string) =>
    (article === null ? null : prop(article, name, article)) ?? prop(document, name, null);
  const headline = field("headline");
  const date = field("datePublished");
  const fields: { [K in keyof MicrodataArticle]: MicrodataArticle[K] | undefined } = {
    headline: headline === null ? undefined : propValue(headline),
    author: personName(field("author")),
    datePublished: date === null ? undefined : propValue(date),
    publisher: itemName(field("publisher")),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/**
 * The elements the page marks as its article's text (`itemprop="articleBody"`), outermost
 * only: a page may mark the body in several parts, or nest the mark.
 */
function articleBodyElements(document: Document): Element[] {
  const marked = [...document.querySelectorAll('[itemprop~="articleBody"]')];
  return marked.filter((el) => !marked.some((other) => other !== el && other.contains(el)));
}

/** A marked article body shorter than this is a teaser or an empty mark, not the article. */
const MIN_BODY_WORDS = 60;

/**
 * Leaves in the page only the article text it marks with `itemprop="articleBody"` (and the
 * elements around it), so that the extractor chooses among the article's own blocks: a reader
 * comment thread or a "most read" list beside a short article can otherwise outscore it. Acts
 * only when the marked text is long enough to be an article; returns whether it acted.
 */
export function keepMarkedArticleBody(document: Document): boolean {
  const marked = articleBodyElements(document);
  const words = marked.reduce((n, el) => n + wordCount(el.textContent), 0);
  if (marked.length === 0 || words < MIN_BODY_WORDS) return false;
  const onPath = new Set<Node>();
  for (const el of marked)
    for (let node: Node | null = el; node !== null && node !== document.body; node = node.parentNode) onPath.add(node);
  const prune = (parent: Node) => {
    for (const child of [...parent.childNodes]) {
      if (!onPath.has(child)) child.parentNode?.removeChild(child);
      else if (!marked.includes(child as Element)) prune(child);
    }
  };
  prune(document.body);
  return true;
}
