/**
 * What a saved HTML page declares about itself: JSON-LD `NewsArticle` (or any `*Article`),
 * Open Graph, `<meta name="author">` and its variants, schema.org microdata (`itemprop`), an
 * hAtom entry's `published` stamp, `<time datetime>` and `<link rel="canonical">`. Only
 * declared values are read — nothing is guessed from the page's visible layout — and the first
 * source in that order that states a field wins.
 */

import { parseHTML } from "linkedom";
import { isoDay as realDay } from "#lib/content/dates.ts";
import { findDates } from "#lib/content/parseDate.ts";
import { pageOwnElements } from "./embeddedPosts.ts";
import { parseLenientJson } from "./lenientJson.ts";
import { localDayOf, mislabelledOffsetDay } from "./localDay.ts";
import { pageText } from "./pageText.ts";
import { microdataArticle } from "./microdata.ts";
import { publishInstantDay } from "./publishInstant.ts";
import { isUpdateLabel, parseDateLine } from "#lib/normalize/dateLines.ts";

/** The declared fields, each absent when the page does not state it. */
export interface PageMeta {
  title?: string;
  /** Every title the page declares (JSON-LD headline, og:title, twitter:title, microdata, an hAtom entry's, `<title>`), in that order. */
  titles?: string[];
  /** The `<title>` element's text. */
  documentTitle?: string;
  /** The publisher's name as a `<meta>` (DC.publisher, publisher) or microdata declares it. */
  publisherMeta?: string;
  description?: string;
  /** Every description the page declares (JSON-LD, og:description, twitter:description, `<meta name="description">`), in that order. */
  descriptions?: string[];
  /** The standfirst a `<meta>` declares by name (`dek`, `standfirst`, `subtitle`). */
  standfirst?: string;
  byline?: string;
  /**
   * Every author the page declares, in the order read (`byline` is the first): JSON-LD, `<meta
   * name="author">` and its variants, microdata, then `<meta name="authors">`, `article_author`, `articleAuthor`,
   * `parsely-author`, the `author` in Parse.ly's `parsely-page` object and Dublin Core's creator.
   */
  bylines?: string[];
  /** `YYYY-MM-DD` as the page states it (the date part of its own timestamp, not converted to UTC). */
  published?: string;
  /** The declaration `published` was read from, as written ("2014-12-30T01:00:51Z"). */
  publishedStamp?: string;
  outlet?: string;
  /** The site's name as og:site_name declares it (`outlet` prefers the JSON-LD publisher). */
  siteName?: string;
  url?: string;
  /** JSON-LD `articleBody` as written (line breaks kept): a cross-check of the extracted body, and its fallback. */
  articleBody?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** An HTML entity left in a JSON-LD string ("Review &#8211; verdict", "&amp;"). */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i;

function text(value: unknown): string | undefined {
  if (typeof value === "string") {
    const decoded = ENTITY.test(value)
      ? parseHTML(`<html><body>${value.replace(/</g, "&lt;")}</body></html>`).document.body.textContent
      : value;
    return decoded.replace(/\s+/g, " ").trim() || undefined;
  }
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((v): v is string => v !== undefined);
    return parts.length > 0 ? [...new Set(parts)].join(", ") : undefined;
  }
  if (isObject(value)) return text(value.name);
  return undefined;
}

/** Authors that are people: an author declared as an Organization is the publisher, not a byline. */
function people(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !(isObject(v) && v["@type"] === "Organization"));
  return isObject(value) && value["@type"] === "Organization" ? undefined : value;
}

/**
 * Every JSON-LD node in the page, with `@graph` arrays flattened and a page's `mainEntity` (a
 * `WebPage` whose main entity is the `NewsArticle`) visited after the node that holds it;
 * unparsable blocks are skipped. Other nested nodes (an `ItemList` of related stories, a
 * comment) are not visited: only the page's declared main entity is about this article.
 */
function jsonLdNodes(document: Document): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      nodes.push(value);
      if (Array.isArray(value["@graph"])) value["@graph"].forEach(visit);
      visit(value.mainEntity);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(parseLenientJson(script.textContent));
    } catch {
      // A broken JSON-LD block declares nothing; the other sources still count.
    }
  }
  return nodes;
}

/** An article's type: `NewsArticle`, `OpinionNewsArticle`, …, `BlogPosting`, `LiveBlogPosting`, `Report`. */
const isArticle = (node: Json) =>
  [node["@type"]].flat().some((t) => typeof t === "string" && /Article$|BlogPosting$|^Report$/.test(t));

/** `YYYY-MM-DD` from an ISO-like timestamp, as written (its own offset, never rolled over). */
export function isoDay(value: string | undefined): string | undefined {
  // ISO 8601's extended form ("2011-09-20T18:37") or its basic one ("20110920", "20110920T1837").
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)|^(\d{4})(\d{2})(\d{2})(?:T\d|$)/.exec(value?.trim() ?? "");
  if (match === null) return undefined;
  const [year, month, day] = (match[1] === undefined ? match.slice(4, 7) : match.slice(1, 4)).map(Number) as [
    number,
    number,
    number,
  ];
  return realDay(year, month, day);
}

/** Years before this in a declared date are a CMS's placeholder ("0001-01-01T00:00:00Z"), no date. */
const FIRST_YEAR = 1900;

/**
 * A declared date as `YYYY-MM-DD`: an ISO timestamp's day as written, or, when `written`, a
 * date written out at the value's start ("Mon, 18 Nov 2019 16:07:38 -0600", "19 Nov 2019 07:09
 * GMT"); none for a placeholder year. A `<time datetime>` must be machine-readable: a page sets
 * its clock in one in words ("jueves, 09 enero 2014 10:21"), so it is read as ISO only.
 */
export function declaredDay(value: string | undefined, written = true): string | undefined {
  const wordy = value === undefined || !written ? undefined : findDates(value).find((d) => d.index <= 5)?.iso;
  const day = isoDay(value) ?? wordy;
  return day !== undefined && Number(day.slice(0, 4)) >= FIRST_YEAR ? day : undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const first = <T>(...values: Array<T | undefined>): T | undefined => values.find((v) => v !== undefined);

/** A node given only as a reference (`{"@id": …}`, as `@graph` pages give the publisher) resolved to the node it names. */
function resolved(value: unknown, nodes: readonly Json[]): Json | undefined {
  if (!isObject(value)) return undefined;
  const id = value["@id"];
  if (value.name !== undefined || typeof id !== "string") return value;
  return nodes.find((node) => node["@id"] === id && node !== value) ?? value;
}

/**
 * A declared title without the site's own name the page also declares, set after a separator
 * ("Patrols extended | Border Times", "Patrols extended_Border Times" with og:site_name "Border
 * Times"): that part names the site, not the article. Only that exact declared name is cut, so a
 * headline with a dash keeps it.
 */
export function withoutSiteName(title: string | undefined, sites: readonly (string | undefined)[]): string | undefined {
  if (title === undefined) return undefined;
  for (const site of sites) {
    if (site === undefined || site.length >= title.length) continue;
    if (title.slice(-site.length).toLowerCase() !== site.toLowerCase()) continue;
    const head = /^(.*\S)\s*(?:[|»·_]|\s[-–—:])\s*$/u.exec(title.slice(0, -site.length))?.[1];
    if (head !== undefined) return head;
  }
  return title;
}

/** A tag a CMS left in a declared text, as markup ("<p class=…>") or escaped once more ("&lt;div …&gt;"). */
const MARKUP = /<\/?[a-z][a-z0-9]*\b[^<>]*>|&lt;\/?[a-z][a-z0-9]*\b/i;

/**
 * A declared text as the reader sees it: markup a CMS left in it (some write the article's HTML,
 * even HTML escaped twice, into JSON-LD `articleBody`) read as HTML, one paragraph a line, so no
 * tag or entity is taken for the article's words. Text without markup is returned as written.
 */
export function declaredText(value: string): string {
  let text = value;
  // Escaped markup is first unescaped, once per level of escaping.
  for (let level = 0; level < 2 && /&lt;\/?[a-z]/i.test(text); level++)
    text = parseHTML(`<html><body>${text}</body></html>`).document.body.textContent;
  return MARKUP.test(text) ? pageText(`<html><body>${text}</body></html>`) : value;
}

/** A `<meta>` whose name says it holds a date: "article_date_original", "publish-date", "dateline". */
const DATE_META_NAME = /date|time|publish/iu;

/**
 * A class that names the element the page's publication date: "ArticlePage-datePublished",
 * "published-date", "published_date", "pubdate", or a post's or article's own stamp
 * ("post-timestamp", "entry-date", "article-datetime"; a comment's is "comment-timestamp").
 */
const PUBLISHED_CLASS =
  /date[-_]?published|publish(?:ed)?[-_]?date|\bpubdate\b|(?:^|\s)(?:post|entry|article)[-_]?(?:timestamp|date|datetime)(?:\s|$)/iu;

/**
 * The publication day: the first declaration in `declared` that states one (then a `<time
 * datetime>`), in the publisher's own zone when that declaration is a UTC instant and another
 * `<meta>` of the page, the text of a `<time>` or of an element its class names the publication
 * date, tells the same moment in a local clock, or a `<time>` shows the page's zone by telling
 * another moment (an update) both ways; or, when two declarations write one clock with
 * different offsets, in the zone a stamp the page shows settles (localDay.ts); with no
 * declaration, a `<time datetime>`, else an instant the stamp's element declares
 * (publishInstant.ts). A slightly earlier day the page's one stamp under the headline shows
 * wins over all (`shownEarlierDay`). `chosen` is the first of `declared` that states a day (the
 * page's published stamp), found once by the caller, which keeps it too.
 */
function publishedDay(
  document: Document,
  declared: readonly (string | undefined)[],
  chosen: string | undefined,
): string | undefined {
  if (chosen === undefined)
    return (
      declaredDay(publicationTime(document)?.getAttribute("datetime") ?? undefined, false) ??
      publishInstantDay(document)
    );
  const others = [
    ...[...document.querySelectorAll("meta[content]")]
      .filter((m) => DATE_META_NAME.test(`${m.getAttribute("name") ?? ""} ${m.getAttribute("property") ?? ""}`))
      .map((m) => m.getAttribute("content") ?? ""),
    // What a `<time>` shows readers ("November 18, 2019 11:03 PM" over a UTC `datetime`).
    ...pageOwnElements(document, "time").map((t) => t.textContent.trim()),
    // What an element the markup names the publication date shows ("Nov. 19, 2019 5:50 PM").
    ...pageOwnElements(document, "[class]")
      .filter((e) => PUBLISHED_CLASS.test(e.getAttribute("class") ?? ""))
      .map((e) => e.textContent.replace(/\s+/gu, " ").trim()),
  ];
  const shown = pageOwnElements(document, "time[datetime]").map((t) => ({
    instant: t.getAttribute("datetime") ?? "",
    words: t.textContent.trim(),
  }));
  const day =
    localDayOf(chosen, others, shown) ??
    mislabelledOffsetDay(chosen, declared, () => shownStamps(document)) ??
    declaredDay(chosen);
  return shownEarlierDay(document, day) ?? day;
}

/** How many levels up from a `<time>` its label is looked for (the term beside a definition list's value). */
const LABEL_LEVELS = 3;

/**
 * The text the page sets just before `el`: the nearest earlier sibling with text, of `el` or, when
 * it has none, of an ancestor up to `LABEL_LEVELS` up ("Updated:" in the term before the box that
 * holds the `<time>`).
 */
function textJustBefore(el: Element): string {
  let node: Element | null = el;
  for (let level = 0; node !== null && level <= LABEL_LEVELS; level++, node = node.parentElement) {
    for (let n = node.previousSibling; n !== null; n = n.previousSibling) {
      const text = (n.textContent ?? "").trim();
      if (text !== "") return text;
    }
  }
  return "";
}

/** A `<time>` that says it is an update: marked `dateModified`, or showing "Last updated …". */
const tellsAnUpdate = (time: Element): boolean =>
  /\bdate-?modified\b/iu.test(time.getAttribute("itemprop") ?? "") ||
  parseDateLine(time.textContent.replace(/\s+/gu, " ").trim())?.kind === "updated";

/**
 * The page's first `<time datetime>` that is not an update: a `<time>` under an update label
 * ("Updated:" / "Mar 6, 2018", then "Original:" / "Dec 21, 2016") tells when the page changed,
 * never when it was published, however early the page sets it.
 */
function publicationTime(document: Document): Element | undefined {
  return pageOwnElements(document, "time[datetime]").find(
    (t) => !isUpdateLabel(textJustBefore(t)) && !tellsAnUpdate(t),
  );
}

/** The most days the stamp a page shows may lie before its declared day and still be its publication. */
const SHOWN_EARLIER_DAYS_MAX = 3;

/**
 * The day a page shows readers under its headline, when that is a little earlier than `declared`:
 * every `<time>` of the page that tells a day tells the same one, in its `datetime` and in its
 * words alike ("November 18, 2019 -- 19:14 GMT"), one follows the `<h1>`, and the declaration
 * names a later day (a re-save's "2019-11-19 19:31:39"). A piece is not published after the stamp
 * it carries, so the shown day is the reader's date; a later shown day is an update and changes
 * nothing, and stamps of several days (teasers, comments) fix none.
 */
function shownEarlierDay(document: Document, declared: string | undefined): string | undefined {
  if (declared === undefined) return undefined;
  // In document order: a stamp after the first headline is the article's, not a masthead's.
  const inOrder = pageOwnElements(document, "h1, time[datetime]");
  const headline = inOrder.findIndex((e) => e.tagName === "H1");
  if (headline === -1) return undefined;
  const stamps = inOrder.flatMap((t, index) => {
    if (t.tagName !== "TIME") return [];
    const day = isoDay(t.getAttribute("datetime") ?? undefined);
    const words = findDates(t.textContent)[0]?.iso;
    return day === undefined || words === undefined ? [] : [{ day, words, underHeadline: index > headline }];
  });
  const days = new Set(stamps.flatMap((s) => [s.day, s.words]));
  const [day] = days;
  if (days.size !== 1 || day === undefined || day >= declared || !stamps.some((s) => s.underHeadline)) return undefined;
  const daysBefore = (Date.parse(declared) - Date.parse(day)) / 86_400_000;
  return daysBefore <= SHOWN_EARLIER_DAYS_MAX ? day : undefined;
}

/** The longest text read as a shown stamp: a date, a clock and a zone, not a sentence. */
const STAMP_CHARS_MAX = 60;

/** The short texts of the page's innermost elements that hold a year and a clock ("Nov 19, 2019, 10:31 pm CST"). */
function shownStamps(document: Document): string[] {
  return pageOwnElements(document, "body *")
    .filter((e) => e.children.length === 0)
    .map((e) => e.textContent.replace(/\s+/gu, " ").trim())
    .filter((t) => t.length <= STAMP_CHARS_MAX && /\b\d{4}\b/u.test(t) && /\d:\d{2}/u.test(t));
}

/**
 * The day shown by the elements whose class names the publication date ("article-publish-date":
 * "November 19, 2019, 9:02 AM"), when every one of them that opens on a day shows the same day:
 * a page that declares no date may still print it there, below a long caption that ends the
 * header `shownDate` reads. Different days (a list of teasers, each with its own) fix none.
 */
export function classedPublishedDay(document: Document): string | undefined {
  const days = new Set(
    pageOwnElements(document, "[class]")
      .filter((e) => PUBLISHED_CLASS.test(e.getAttribute("class") ?? ""))
      .flatMap((e) => declaredDay(e.textContent.replace(/\s+/gu, " ").trim()) ?? []),
  );
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * The publication instant an hAtom entry declares (the microformat blogs mark their posts with,
 * `class="hentry"` or microformats2's `h-entry`): its `published` (`dt-published`) element, an
 * `<abbr>` with the instant in its `title` ("<abbr class="published" title="2016-12-06T12:06:00-08:00">12:06
 * PM</abbr>") or a `<time>` with it in `datetime`. The first entry's, as the page orders its
 * posts; a stamp outside any entry (a sidebar's) is not one.
 */
function hAtomPublished(document: Document): string | undefined {
  for (const el of document.querySelectorAll(".published, .dt-published")) {
    if (el.closest(".hentry, .h-entry") === null) continue;
    const tag = el.tagName.toUpperCase();
    const value = tag === "ABBR" ? el.getAttribute("title") : tag === "TIME" ? el.getAttribute("datetime") : null;
    return value === null ? undefined : text(value);
  }
  return undefined;
}

/**
 * The headline an hAtom entry marks (`.entry-title` or `.p-name` inside `.hentry` / `.h-entry`),
 * when the page holds one entry: a page of several entries (an index, a rail of teasers marked the
 * same way) marks no one article's headline.
 */
function hAtomTitle(document: Document): string | undefined {
  const entries = [...document.querySelectorAll(".hentry, .h-entry")].filter(
    (el) => el.parentElement?.closest(".hentry, .h-entry") == null,
  );
  if (entries.length !== 1) return undefined;
  const titles = [
    ...new Set(
      [...(entries[0]?.querySelectorAll(".entry-title, .p-name") ?? [])]
        // An author's card inside the entry names its person with `.p-name` too.
        .filter((el) => el.closest(".h-card, .vcard") === null)
        .map((el) => text(el.textContent))
        .filter((t): t is string => t !== undefined),
    ),
  ];
  return titles.length === 1 ? titles[0] : undefined;
}

/**
 * More `<meta>` declarations of the publication instant, read after those above: Open Graph's
 * `article:published` without its `_time`, Dublin Core's `dc.date`, `dcterms.date` and
 * `dcterms.issued`, Parse.ly's `parsely-pub-date`, cXense's `recs:publishtime` and the names CMSs
 * give it. Not read: a
 * creation date (`dateCreated`, `dcterms.created`: a draft's, days before publication on some
 * pages) and a recommendation engine's `sailthru.date` (a later revision's on some pages), which
 * would give a wrong day where none is better.
 */
const OTHER_PUBLISHED_METAS = [
  'meta[property="article:published" i]',
  'meta[name="article:published_time" i]',
  'meta[name="article.published" i]',
  'meta[name="dc.date" i]',
  'meta[name="dcterms.date" i]',
  'meta[name="dcterms.issued" i]',
  'meta[name="parsely-pub-date" i]',
  'meta[name="publish-date" i]',
  'meta[name="publish_date" i]',
  'meta[name="publication_date" i]',
  'meta[name="pub_date" i]',
  'meta[name="datePublished" i]',
  'meta[name="cXenseParse:recs:publishtime" i]',
  'meta[name="OriginalPublicationDate" i]',
  'meta[name="article_date_original" i]',
  'meta[name="displaydate" i]',
  'meta[name="published_at" i]',
] as const;

/**
 * The `pub_date` in Parse.ly's older `<meta name="parsely-page">`, a JSON object of the page's
 * title, link and publication instant (some pages set it in `value`, not `content`).
 */
export function parselyPageDate(json: string | undefined): string | undefined {
  return parselyPageField(json, "pub_date");
}

/** A string field of Parse.ly's `parsely-page` object (its `pub_date`, its `author`); undefined when absent or unparsable. */
function parselyPageField(json: string | undefined, key: string): string | undefined {
  if (json === undefined) return undefined;
  try {
    const page: unknown = JSON.parse(json);
    return isObject(page) ? text(typeof page[key] === "string" ? page[key] : undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** Elements whose stamps belong to other stories or to readers: a rail, a menu, a footer, a comment. */
const NOT_THE_ARTICLE = "aside, nav, footer, .comment, .comments";

/**
 * The instant of the page's `<time pubdate>` (the HTML5 draft's mark for the publication time
 * of the article it stands in), when the page has one only and it stands in no rail, menu, footer
 * or comment: a page that marks each related story's `<time>` with `pubdate` marks none as its own.
 */
export function soleTimePubdate(document: Document): string | undefined {
  const marked = pageOwnElements(document, "time[pubdate]");
  const [time] = marked;
  if (marked.length !== 1 || time === undefined || time.closest(NOT_THE_ARTICLE) !== null) return undefined;
  const instant = time.getAttribute("datetime") ?? time.getAttribute("pubdate") ?? "";
  return isoDay(instant) === undefined ? undefined : instant;
}

/**
 * The publication declarations with, first, the first one in the year and month the article's
 * address states ("/2014/05/slug"), when the first declaration states another month while a
 * later one states that one: a CMS template's fixed date ("2009-09-02" in every page's
 * `article:published_time`) is not the article's; an address's month alone decides nothing.
 */
export function withAddressMonthFirst(
  url: string | undefined,
  declared: readonly (string | undefined)[],
): (string | undefined)[] {
  const month = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//u.exec(url ?? "");
  const days = declared.map((value) => declaredDay(value));
  const firstDay = days.find((d) => d !== undefined);
  if (month === null || firstDay === undefined) return [...declared];
  const inMonth = (day: string | undefined) => day?.startsWith(`${month[1]}-${month[2]}`) === true;
  const monthIndex = (year: string, mm: string) => Number(year) * 12 + Number(mm);
  // A day's clock on the month's edge ("2014-05-31T23:00-04:00" under "/2014/06/") is no other month.
  const far =
    Math.abs(monthIndex(firstDay.slice(0, 4), firstDay.slice(5, 7)) - monthIndex(month[1] ?? "", month[2] ?? "")) > 1;
  const agreeing = days.findIndex(inMonth);
  if (!far || agreeing === -1) return [...declared];
  return [declared[agreeing], ...declared.filter((_, i) => i !== agreeing)];
}

/** An e-mail address, whole: a CMS account's login, no one's name. */
const EMAIL_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/** A label that says the value beside it is the writer's name ("Written by", as SEO plugins set it, and its translations). */
const WRITTEN_BY_LABEL =
  /^(?:written\s+by|author|verfasst\s+von|geschrieben\s+von|autor(?:in)?|écrit\s+par|auteur|escrito\s+por|scritto\s+da|autore|geschreven\s+door)$/iu;

/**
 * The author a Twitter card declares as a labelled fact: `twitter:labelN` "Written by" with its
 * `twitter:dataN` (an SEO plugin's pair, beside "Est. reading time"), where a page whose
 * `author` meta holds an account's e-mail address names the writer.
 */
export function twitterCardAuthor(document: Document): string | undefined {
  for (const label of document.querySelectorAll('meta[name^="twitter:label"]')) {
    const n = /^twitter:label(\d+)$/u.exec(label.getAttribute("name") ?? "")?.[1];
    if (n === undefined || !WRITTEN_BY_LABEL.test((label.getAttribute("content") ?? "").trim())) continue;
    return text(document.querySelector(`meta[name="twitter:data${n}"]`)?.getAttribute("content"));
  }
  return undefined;
}

/** Reads the declared metadata of a parsed page. */
export function pageMeta(document: Document): PageMeta {
  const meta = (selector: string) => text(document.querySelector(selector)?.getAttribute("content"));
  const nodes = jsonLdNodes(document);
  const article = nodes.find(isArticle) ?? {};
  const publisher = resolved(article.publisher, nodes);
  const micro = microdataArticle(document);
  const parselyPage =
    meta('meta[name="parsely-page"]') ??
    text(document.querySelector('meta[name="parsely-page"]')?.getAttribute("value"));
  const documentTitle = text(document.querySelector("title")?.textContent);
  const sites = [meta('meta[property="og:site_name"]'), text(publisher?.name)];
  // Read once: a body a CMS wrote as HTML is parsed to get its text.
  const articleBody = typeof article.articleBody === "string" ? declaredText(article.articleBody).trim() : "";
  const ogTitle = withoutSiteName(meta('meta[property="og:title"]'), sites);
  const twitterTitle = withoutSiteName(meta('meta[name="twitter:title"]'), sites);
  const hAtom = hAtomTitle(document);
  const titles = [text(article.headline), ogTitle, twitterTitle, micro.headline, hAtom, documentTitle].filter(
    (t): t is string => t !== undefined,
  );
  // The description as JSON-LD and Open Graph declare it, then as <meta name="description"> does.
  const declaredDescription = [text(article.description), meta('meta[property="og:description"]')];
  const metaDescription = meta('meta[name="description"]');
  // An author given as a profile URL is not a byline; the next declaration may name them.
  const bylines = [
    ...new Set(
      [
        text(people(article.author)),
        text(people(article.creator)),
        // Matched in any case ("Author"), as pages write it.
        meta('meta[name="author" i]'),
        meta('meta[property="article:author"]'),
        meta('meta[property="author"]'),
        micro.author,
        meta('meta[name="authors"]'),
        meta('meta[name="article_author"]'),
        // The same under the camel-case name some CMSs give it ("articleAuthor").
        meta('meta[name="articleAuthor" i]'),
        meta('meta[name="parsely-author"]'),
        parselyPageField(parselyPage, "author"),
        twitterCardAuthor(document),
        // Dublin Core's creator ("dc.creator", "DC.Creator"), last: older and library-style pages.
        meta('meta[name="dc.creator" i]'),
        meta('meta[name="dcterms.creator" i]'),
        // Nor is an e-mail address: the author's account, which a later declaration may name.
      ].filter((v): v is string => v !== undefined && !/^https?:\/\//.test(v) && !EMAIL_ADDRESS.test(v)),
    ),
  ];
  const url = first(
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined),
    httpUrl(meta('meta[property="og:url"]')),
    httpUrl(text(article.url)),
  );
  // Every declaration of the publication moment, in the order they are trusted.
  const publishedDeclared = withAddressMonthFirst(url, [
    text(article.datePublished),
    meta('meta[property="article:published_time"]'),
    // The same declaration as some CMSs spell it, under the og: prefix.
    meta('meta[property="og:article:published_time"]'),
    micro.datePublished,
    hAtomPublished(document),
    // Names of `<meta>` are matched in any case ("publishDate", "DC.Date.Issued"), as pages write them.
    meta('meta[name="date" i]'),
    meta('meta[name="pubdate" i]'),
    meta('meta[name="publishdate" i]'),
    meta('meta[name="DC.date.issued" i]'),
    // The same declaration under the other names publishers and their analytics give it.
    ...OTHER_PUBLISHED_METAS.map(meta),
    parselyPageDate(parselyPage),
    soleTimePubdate(document),
  ]);
  const publishedStamp = publishedDeclared.find((value) => declaredDay(value) !== undefined);
  const fields: { [K in keyof PageMeta]: PageMeta[K] | undefined } = {
    title: first(text(article.headline), ogTitle, twitterTitle, micro.headline, hAtom),
    titles: titles.length > 0 ? [...new Set(titles)] : undefined,
    documentTitle,
    publisherMeta: first(meta('meta[name="DC.publisher"]'), meta('meta[name="publisher"]'), micro.publisher),
    description: first(...declaredDescription, metaDescription),
    // The same with Twitter's, each once: a subtitle may be declared in any of them.
    descriptions: ((all) => (all.length > 0 ? [...new Set(all)] : undefined))(
      [
        ...declaredDescription,
        meta('meta[name="twitter:description"]'),
        meta('meta[property="twitter:description"]'),
        metaDescription,
      ].filter((d): d is string => d !== undefined),
    ),
    standfirst: first(meta('meta[name="dek"]'), meta('meta[name="standfirst"]'), meta('meta[name="subtitle"]')),
    byline: bylines[0],
    bylines: bylines.length > 0 ? bylines : undefined,
    published: publishedDay(document, publishedDeclared, publishedStamp),
    publishedStamp,
    outlet: first(text(publisher?.name), meta('meta[property="og:site_name"]')),
    siteName: meta('meta[property="og:site_name"]'),
    url,
    articleBody: articleBody === "" ? undefined : articleBody,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
