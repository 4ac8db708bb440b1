/**
 * What a page declares about its article in schema.org microdata (`itemscope` / `itemprop`),
 * the older way CMSs mark an article before or beside JSON-LD: `headline`, `author` (its
 * `name`), `datePublished`, `publisher` (its `name`) and `articleBody`. Each value is read the
 * way microdata defines it: a `<meta>`'s `content`, a `<time>`'s `datetime`, a link's `href`,
 * else the element's text. Only what the page marks is read; nothing is guessed from layout.
 */
import { wordCount } from "#lib/normalize/lines.ts";
import { squash } from "#lib/text/squash.ts";

/** The microdata property value of an element, as the microdata spec reads it. */
function propValue(el: Element): string | undefined {
  const tag = el.tagName.toUpperCase();
  const raw =
    tag === "META"
      ? el.getAttribute("content")
      : tag === "TIME"
        ? (el.getAttribute("datetime") ?? el.textContent)
        : tag === "A" || tag === "LINK"
          ? el.getAttribute("href")
          : el.textContent;
  const value = squash(raw ?? "");
  return value === "" ? undefined : value;
}

/** The first element whose `itemprop` names `prop` (itemprop holds a list of names). */
const prop = (root: Document | Element, name: string): Element | null => root.querySelector(`[itemprop~="${name}"]`);

/** A `name` inside an item (an author Person, a publisher Organization), or its own text. */
function itemName(el: Element | null): string | undefined {
  if (el === null) return undefined;
  const name = prop(el, "name");
  if (name !== null) return propValue(name);
  return el.hasAttribute("itemscope") ? undefined : propValue(el);
}

export interface MicrodataArticle {
  headline?: string;
  author?: string;
  /** `datePublished` as written (a timestamp or a day). */
  datePublished?: string;
  publisher?: string;
}

/** The article fields the page marks in microdata; each absent when not marked. */
export function microdataArticle(document: Document): MicrodataArticle {
  const headline = prop(document, "headline");
  const date = prop(document, "datePublished");
  const fields: { [K in keyof MicrodataArticle]: MicrodataArticle[K] | undefined } = {
    headline: headline === null ? undefined : propValue(headline),
    author: itemName(prop(document, "author")),
    datePublished: date === null ? undefined : propValue(date),
    publisher: itemName(prop(document, "publisher")),
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
