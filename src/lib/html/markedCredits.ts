/**
 * Credits a page marks outside its header lines: the one author its links name (an author's
 * archive link, `rel="author"`), and the facts a page lists under labels ("Author" / "Julian
 * Roe", "Date" / "10.06.2013") in a box beside or after the article. Read only when the page
 * neither declares nor prints a byline or a date under its headline; each counts only when the
 * page names a single one, so a rail of other posts' authors or dates gives none.
 */
import { isPersonName } from "#lib/normalize/personName.ts";
import { lettersKey, squash } from "#lib/text/squash.ts";
import { declaredDay } from "./pageMeta.ts";
import { isMarked } from "./markTokens.ts";
import { BYLINE_MARK } from "./pageShown.ts";
import { printedAsWord } from "./spelledName.ts";

/** A link to an author's archive page: "/author/jane-roe", "/authors/jane_roe/". */
const AUTHOR_ARCHIVE = /\/authors?\/[^/?#]+\/?(?:[?#]|$)/iu;

/** A handle an author link may show for a pen name: one capitalized word ("Blackswan"). */
const HANDLE = /^\p{Lu}[\p{L}'’-]{2,}$/u;
/** Words a site shows for an account that is no writer's. */
const ROLE_WORD = /^(?:admin|administrator|editor|editors|staff|team|guest|webmaster|moderator|anonymous|unknown)$/iu;

/** True when `el` stands in a reader comment (an element whose class or id names a comment). */
function inComment(el: Element): boolean {
  for (let at: Element | null = el; at !== null; at = at.parentElement) {
    if (/comment/iu.test(`${at.getAttribute("class") ?? ""} ${at.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

/** The single value of a list, or undefined when it holds none or several. */
const sole = (values: readonly string[]): string | undefined => {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
};

/**
 * The author the page's author links name, printed over its headline (a post's header line of
 * author and date set above the title): links marked `rel="author"` or pointing at an author's
 * archive, outside reader comments, whose text is a person's name (or, under `rel="author"`, a
 * pen name of one capitalized word). Undefined unless they all name one and one of them stands
 * before the headline's heading, or under it inside the `<header>` element that holds it (the
 * article's header of headline, dek and credit lines): an author link only after the prose may
 * be another story's.
 */
export function soleAuthorLink(document: Document, headline: string): string | undefined {
  const all = [...document.querySelectorAll("body *")];
  const key = lettersKey(headline);
  const top = all.findIndex((el) => /^H[1-3]$/iu.test(el.tagName) && key !== "" && lettersKey(el.textContent) === key);
  if (top === -1) return undefined;
  // The `<header>` the headline stands in: its credit lines under the headline are the article's too.
  const header = all[top]?.closest("header") ?? null;
  const links = all.flatMap((a, at) => {
    if (a.tagName.toUpperCase() !== "A") return [];
    const rel = (a.getAttribute("rel") ?? "").toLowerCase().split(/\s+/u);
    const marked = rel.includes("author");
    if (!marked && !AUTHOR_ARCHIVE.test(a.getAttribute("href") ?? "")) return [];
    if (inComment(a)) return [];
    const name = squash(a.textContent);
    const named = isPersonName(name) || (marked && HANDLE.test(name) && !ROLE_WORD.test(name));
    return named ? [{ name, above: at < top || (header !== null && header.contains(a)) }] : [];
  });
  const name = sole(links.map((l) => l.name));
  return links.some((l) => l.above) ? name : undefined;
}

/** Labels a page sets before a fact of the article: its author, its date. */
const AUTHOR_LABEL = /^(?:authors?|written by|by)\s*:?$/iu;
const DATE_LABEL = /^(?:date|published|posted|publication date|date published)\s*:?$/iu;

/**
 * The facts a page lists under labels: an element whose whole text is a label ("Author",
 * "Date:") opening a list item, a definition or a short line, the rest of which is the value
 * ("<li><strong>Author</strong> Julian Roe</li>"). Each counts when every such label on the page
 * gives one value: a person's name for the author, a day for the date.
 */
export function labelledFacts(document: Document): { author?: string; published?: string } {
  const authors: string[] = [];
  const days: string[] = [];
  for (const label of document.querySelectorAll("strong, b, dt, th, span, em")) {
    const text = squash(label.textContent);
    const isAuthor = AUTHOR_LABEL.test(text);
    if (!isAuthor && !DATE_LABEL.test(text)) continue;
    const line =
      label.tagName.toUpperCase() === "DT" || label.tagName.toUpperCase() === "TH" ? null : label.parentElement;
    // A label opening its line: the value is the rest of the line; a <dt>'s or <th>'s is the next cell.
    const value =
      line === null
        ? squash(label.nextElementSibling?.textContent)
        : line.firstElementChild === label &&
            /^(?:LI|DD|P|DIV|TD)$/u.test(line.tagName.toUpperCase()) &&
            squash(line.textContent).startsWith(text)
          ? squash(line.textContent).slice(text.length).trim()
          : "";
    if (value === "" || inComment(label)) continue;
    if (isAuthor && isPersonName(value)) authors.push(value);
    if (!isAuthor) {
      const day = declaredDay(value);
      if (day !== undefined) days.push(day);
    }
  }
  const author = sole(authors);
  const published = sole(days);
  return { ...(author !== undefined ? { author } : {}), ...(published !== undefined ? { published } : {}) };
}

/** The words that join the names of a credit for several writers: "Jane Roe and Tom Vale", "Jane Roe, Tom Vale". */
const NAME_JOINS = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/u;

/** A credit whose every part is a person's name: "Jane Roe", "Jane Roe and Tom Vale". */
const namesPeople = (credit: string): boolean => credit !== "" && credit.split(NAME_JOINS).every(isPersonName);

/**
 * An hCard the microformat marks as the entry's author (`class="author vcard"`, hAtom's author;
 * microformats2's `p-author h-card`): the credit is its formatted name (`fn`, `p-name`), else its
 * text. Undefined for any other element.
 */
function hCardAuthor(el: Element): string | undefined {
  const classes = new Set((el.getAttribute("class") ?? "").split(/\s+/u));
  const card = (classes.has("author") && classes.has("vcard")) || (classes.has("p-author") && classes.has("h-card"));
  return card ? squash((el.querySelector(".fn, .p-name") ?? el).textContent) : undefined;
}

/**
 * The credit the page's markup marks as its byline: elements its class or id calls the byline
 * ("byline", "article-byline"), that schema.org microdata calls the author (`itemprop="author"`)
 * or that are the author's hCard (`hCardAuthor`; a page may hide it and print no byline),
 * outside reader comments and pictures' captions, whose text ("By" aside) is one or more persons'
 * names. The markup says what the element is and its text who; read only where nothing else
 * gives a byline, and only when every such element names the same credit: a page that marks
 * several (a rail of other stories' bylines, an illustrator's credit beside the writer's) gives
 * none.
 */
export function soleMarkedByline(document: Document): string | undefined {
  const credits: string[] = [];
  for (const el of document.querySelectorAll("body *")) {
    const card = hCardAuthor(el);
    const byline =
      card !== undefined ||
      isMarked(el, BYLINE_MARK) ||
      /(?:^|\s)author(?:\s|$)/u.test(el.getAttribute("itemprop") ?? "");
    if (!byline || inComment(el) || el.closest("figure, figcaption") !== null) continue;
    const text = (card ?? squash(el.textContent)).replace(/^by\s+/iu, "");
    // An empty box or one holding more than a credit (a date, a job) says nothing by itself.
    if (text === "") continue;
    credits.push(namesPeople(text) ? text : "");
  }
  const credit = sole(credits);
  return credit === "" ? undefined : credit;
}

/**
 * The author a page's Twitter card declares (`twitter:creator`) when it is written as a person's
 * name, not as an account's handle, and the page prints that name: the declaration and the
 * printed text agree on who wrote it. A handle ("@harborpost") or a name the page never prints
 * gives none.
 */
export function shownCardCreator(document: Document, shown: string): string | undefined {
  const declared = [...document.querySelectorAll('meta[name="twitter:creator"], meta[property="twitter:creator"]')]
    .map((m) => squash(m.getAttribute("content")))
    .filter((name) => name !== "");
  const name = sole(declared);
  return name !== undefined && isPersonName(name) && printedAsWord(name, shown) ? name : undefined;
}
