/**
 * The site's name as a page shows it outside its metadata, read only when nothing it declares
 * names the site: the holder its copyright notice names ("©2021 Telvia" on a company's press
 * release), the text of its logo image ("Prairie Scores - Content - News") or of the element
 * its theme marks as the site's title ("site-title"). A page's name is stated by the page, never
 * made up from its address: the address only vouches for a name the page spells, and a holder
 * that is a company owning titles ("Lakeside Media Group", "Ridge Publishing Inc") or that a
 * page's address does not spell is an owner, not this site.
 */
import { copyrightHolderName, holderPublication, legalFormless, printedAsWord } from "#lib/normalize/outlets.ts";
import { isCopyrightNotice } from "#lib/normalize/uiText.ts";
import { squash } from "#lib/text/squash.ts";
import { spelledName } from "./spelledName.ts";
import { visibleText } from "./visibleText.ts";
import { isMarked } from "./markTokens.ts";

/** An element's or its parent's class, id or image address that marks the site's logo. */
const LOGO = /logo/iu;

/** Longer than this, an element holds more than a notice (a footer of links around it). */
const NOTICE_CHARS = 400;

/** The text of the page's innermost copyright notices, in document order. */
function copyrightNotices(document: Document): string[] {
  return [...document.querySelectorAll("body *")]
    .filter((e) => !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/iu.test(e.tagName) && e.textContent.length <= NOTICE_CHARS)
    .map((e) => ({ e, text: squash(e.textContent) }))
    .filter(({ text }) => isCopyrightNotice(text))
    .filter(({ e }) => ![...e.children].some((c) => isCopyrightNotice(squash(c.textContent))))
    .map(({ text }) => text);
}

/**
 * An alt text that describes the image as a logo ("Harbor Post's Logo", "Harbor Post logo",
 * "Logo of Harbor Post") names the site by its words beside "logo", never by "logo" itself.
 */
export const logoName = (alt: string): string =>
  alt
    .replace(/^(?:the\s+)?logo\s+(?:of|for)\s+/iu, "")
    .replace(/(?:['’]s)?\s+logo$/iu, "")
    .trim();

/** Longer than this, a logo's text is a menu or a tagline, not a name. */
const LOGO_WORDS = 5;

/**
 * The names the page's logos give: the alt texts of its logo images, the label of a logo
 * link's graphic (`<svg aria-label>`), and the short text of an element marked as the site's title. Not a logo link's hidden text: a portal hides its own
 * brand there ("Yahoo") over a story another publication provided.
 */
function logoTexts(document: Document): string[] {
  const marks = (e: Element | null) =>
    e !== null && LOGO.test(`${e.getAttribute("class") ?? ""} ${e.getAttribute("id") ?? ""}`);
  const alts = [...document.querySelectorAll("img[alt]")]
    .filter((img) => marks(img) || marks(img.parentElement) || LOGO.test(img.getAttribute("src") ?? ""))
    .map((img) => logoName(squash(img.getAttribute("alt") ?? "")));
  const links = [...document.querySelectorAll("a")]
    .filter((a) => marks(a) || a.getAttribute("rel") === "home")
    .flatMap((a) =>
      [...a.querySelectorAll("svg[aria-label]")].map((svg) => squash(svg.getAttribute("aria-label") ?? "")),
    )
    .filter((text) => text.split(" ").length <= LOGO_WORDS);
  // The site's title a theme sets over its pages ("<p class="site-title"><a href="/">Harbor Post</a>").
  const titles = [...document.querySelectorAll("body [class], body [id]")]
    .filter((e) => isMarked(e, SITE_TITLE))
    .map((e) => squash(e.textContent))
    .filter((text) => text.split(" ").length <= LOGO_WORDS);
  return [...alts, ...links, ...titles].filter((name) => name !== "");
}

/** A class or id token that names the element the site's own title: "site-title", "site-name", "siteTitle". */
const SITE_TITLE = /^(?:[a-z0-9]+[-_])*site[-_]?(?:title|name)$/iu;

/**
 * The publication the page's first copyright notice that names a holder signs ("© 2019 The
 * Associated Press" → "The Associated Press"); none when that holder is a company owning titles
 * (`holderPublication`). Whether it is this site is the caller's question.
 */
export function noticePublication(document: Document): string | undefined {
  const notices = copyrightNotices(document);
  const holder = notices.map(copyrightHolderName).find((name) => name !== undefined);
  return holder === undefined ? undefined : (holderPublication(holder) ?? companyOwnName(document, holder, notices));
}

/**
 * The site a company's copyright names with its legal form ("© 2024 Harbor Wire, Inc."), when
 * the page prints the name without it elsewhere as a word ("Search Harbor Wire", "Why Harbor
 * Wire"): the company named after the site it runs, as the text reader takes it
 * (normalize/plaintext.ts). A company the page names only in its notice owns the page and names
 * no publication.
 */
function companyOwnName(document: Document, holder: string, notices: readonly string[]): string | undefined {
  const name = legalFormless(holder);
  if (name === undefined) return undefined;
  const word = printedAsWord(name);
  const shown = notices.reduce((text, notice) => text.split(notice).join(" "), visibleText(document));
  return word.test(shown) ? name : undefined;
}

/**
 * The site's name the page shows: the first copyright notice's publication, when the page's
 * address (if it states one) spells it; else the part of a logo's text that the address spells.
 */
export function shownSiteName(document: Document, url: string | undefined): string | undefined {
  const publication = noticePublication(document);
  if (publication !== undefined && (url === undefined || spelledName([publication], url) !== undefined))
    return publication;
  return spelledName(logoTexts(document), url);
}
