/**
 * Saved HTML page → article. Mozilla Readability (on a linkedom DOM) finds the article body;
 * the page's declared metadata (pageMeta) gives title, byline, date, outlet and URL; the body
 * is converted to markdown and the whole goes through the normalizer's markdown route, so the
 * same mdast path and the same rules serve text, markdown and HTML. Pure: no file system.
 */
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parsePage as parseDocument } from "./parsePage.ts";
import { removeHeadingControls } from "./headingControls.ts";
import { settleHeadingKickers } from "./headingKicker.ts";
import { stringify as toYaml } from "yaml";
import { normalize } from "#lib/normalize/index.ts";
import { withSafetyNet } from "#lib/normalize/safetyNet.ts";
import { MAX_HTML_CHARS, screenInput } from "#lib/normalize/lines.ts";
import { sha256Hex } from "#lib/normalize/digest.ts";
import { urlDate } from "#lib/normalize/frontmatterInput.ts";
import { AUTHOR_SEPARATOR } from "#lib/normalize/authorBio.ts";
import type { NormalizeOptions, NormalizeResult } from "#lib/normalize/types.ts";
import { scoreBody, words } from "#lib/eval/shingles.ts";
import { classedPublishedDay, pageMeta } from "./pageMeta.ts";
import {
  headingTexts,
  scriptWrittenDate,
  creditedEmployer,
  creditedOutlet,
  creditedUnderHeadline,
  markedAuthor,
  minorHeadline,
  partHeadline,
  printedAuthors,
  printedUnderHeadline,
  shownByline,
  shownDate,
  shownHeadline,
  shownSource,
  shownStandfirst,
  standfirstOverByline,
  siteName,
  titleSitePart,
} from "./pageShown.ts";
import { htmlToMarkdown } from "./toMarkdown.ts";
import { captionKey, pageCaptions, removeRepeatedLinkTitles } from "./markedNonBody.ts";
import { removePageChrome, type ChromePass } from "./pageChrome.ts";
import { asFields, chromeRemovals, extractorDrops, gapsInArticle, pageBlocks, placedOnPage } from "./pageRemovals.ts";
import { sourceLines } from "./sourceLines.ts";
import { keepMarkedArticleBody } from "./microdata.ts";
import { keepDatelines } from "./datelineLede.ts";
import { unwrapEmbeddedPosts } from "./embeddedPosts.ts";
import { unwrapLayoutTables } from "./layoutTables.ts";
import { isCompanyName, isSyndicatedPublisher, knownOutlet, outletOfUrl } from "#lib/normalize/outlets.ts";
import { datelineDay, isDeskPost, isNewsroomCredit } from "#lib/normalize/patterns.ts";
import { isPersonName } from "#lib/normalize/personName.ts";
import { reportedBy } from "#lib/normalize/reportedBy.ts";
import { declaredAuthor, lettersOf, readsAsNames } from "./declaredAuthor.ts";
import { isSlug, printedAsWord, printedVariant, spelledName } from "./spelledName.ts";
import { printedForm } from "./printedForm.ts";
import { hostedOriginal, hostPrintedName, siteLabel } from "./hostPrintedName.ts";
import { noticePublication, shownSiteName } from "./shownSiteName.ts";
import { shownSpelling } from "./shownSpelling.ts";
import { shownTitleHead } from "./titleHead.ts";
import { shownDayOfInstant } from "./localDay.ts";
import { rewordedHeadline } from "./rewordedHeadline.ts";
import { soleHeadline } from "./soleHeadline.ts";
import { declaredSubtitle } from "./declaredSubtitle.ts";
import { crossCheck } from "./declaredBody.ts";
import { addedOtherStories, lostHeadlineStory, removeOtherStories } from "./headlineStory.ts";
import { headingPlaces, placesOnBoth, restoreHeadings } from "./betweenHeadings.ts";
import { gatherSections, holdsAllOf, sectionGroups } from "./articleSections.ts";
import { labelledFacts, shownCardCreator, soleAuthorLink, soleMarkedByline } from "./markedCredits.ts";
import { squash as squashSpace } from "#lib/text/squash.ts";
import { visibleText } from "./visibleText.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { boldCredit } from "./boldCredit.ts";

/** Below this share of the declared JSON-LD articleBody held by the extraction, the articleBody is used instead. */
const ARTICLE_BODY_RECALL = 0.8;

/**
 * Readability's "is there an article" test, relaxed from its defaults (140 characters, score
 * 20) so that a short brief of three or four paragraphs counts; navigation never has paragraphs.
 */
const READERABLE = { minContentLength: 100, minScore: 10 };

const refuse = (code: "no-body" | "no-title", message: string): NormalizeResult => ({
  ok: false,
  error: { code, message },
});

const squash = (s: string) => squashSpace(s).toLowerCase();

/** Case and outer spaces do not make two names differ ("UPROXX" and "Uproxx "). */
const fold = (s: string) => s.trim().toLowerCase();

/**
 * True when the page shows `text` after the headline and before the body's first paragraph (all
 * squashed): where a standfirst stands. The same words in a promotion box elsewhere on the
 * page are not the article's standfirst.
 */
function shownBetween(
  shownText: string,
  headlineText: string,
  standfirst: string,
  firstParagraphText: string | undefined,
): boolean {
  // Pages and their metadata differ in quotation marks ("Parry's" declared, "Parry’s" shown).
  const quotes = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const [shown, headline, text] = [shownText, headlineText, standfirst].map(quotes) as [string, string, string];
  const firstParagraph = firstParagraphText === undefined ? undefined : quotes(firstParagraphText);
  const top = shown.indexOf(headline);
  const at = top === -1 ? -1 : shown.indexOf(text, top + headline.length);
  const body = firstParagraph === undefined || top === -1 ? -1 : shown.indexOf(firstParagraph, top);
  return at !== -1 && (body === -1 || at < body);
}

/** The page as a DOM, without the controls set in its headings (`removeHeadingControls`): every parse reads the same headline. */
function parsePage(html: string): Document {
  const document = parseDocument(html);
  removeHeadingControls(document);
  return document;
}

/** Plain text as HTML paragraphs, one per non-blank line, with markup characters escaped. */
function paragraphsHtml(text: string): string {
  const escape = (line: string) => line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => `<p>${escape(line)}</p>`)
    .join("\n");
}

/** Running prose has sentences this long; navigation labels and link rows do not. */
const PROSE_SENTENCE_WORDS = 8;

/**
 * True when extracted article HTML reads as an article: at least three sentences of eight or
 * more words (or forty characters), in text that is mostly not link text (a page of
 * navigation is all links).
 */
function readsAsProse(html: string): boolean {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const text = document.body.textContent;
  const linkText = [...document.querySelectorAll("a")].map((a) => a.textContent).join(" ");
  if (words(text).length === 0 || words(linkText).length > words(text).length / 2) return false;
  // Blocks' texts run together without spaces ("…month.Officials…"), so any sentence mark ends one.
  const sentences = text.split(/(?<=[.!?。！？]["”’)]*)/u).filter((s) => /[.!?。！？]["”’)]*$/u.test(s.trim()));
  // Scripts written without spaces (Chinese, Japanese) count by characters.
  const long = (s: string) => words(s).length >= PROSE_SENTENCE_WORDS || s.replace(/\s/g, "").length >= 40;
  return sentences.filter(long).length >= 3;
}

/**
 * Squashed text of each paragraph of extracted article HTML, leaving out a `<figure>`'s own
 * paragraphs (its caption and credit) and the page's captions: they are not body.
 */
function paragraphsOf(html: string, captions: ReadonlySet<string>): string[] {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return [...document.querySelectorAll("p")]
    .filter((p) => p.closest("figure") === null && !captions.has(captionKey(p.textContent)))
    .map((p) => squash(p.textContent));
}

/**
 * True when the page's paragraph of text `key` (squashed) is set apart from the article's
 * paragraphs: all of it in bold or italics, or a class the next paragraph lacks (a standfirst's
 * own style). A lede looks like the paragraphs after it.
 */
function setApart(document: Document, key: string): boolean {
  const all = [...document.querySelectorAll("p")];
  const at = all.findIndex((p) => squash(p.textContent) === key);
  const p = all[at];
  if (p === undefined) return false;
  const [only] = p.children;
  if (
    p.children.length === 1 &&
    only !== undefined &&
    /^(?:STRONG|B|EM|I)$/i.test(only.tagName) &&
    squash(only.textContent) === key
  )
    return true;
  const next = all.slice(at + 1).find((q) => squash(q.textContent) !== "");
  return next !== undefined && (p.getAttribute("class") ?? "") !== (next.getAttribute("class") ?? "");
}

/** Fewest letters of an address's label read as the site's name (a shorter one, "ap", spells words by chance). */
const SITE_LABEL_MIN = 4;

/**
 * The site's own name, or a newsroom or genre in the author's place ("Editorial"), names no one;
 * so do a desk's post alone ("Online News Editor") and the site's name run into an account's
 * login ("newsam" on a site named "NEWS.am").
 */
function namesNoAuthor(name: string, sites: readonly (string | undefined)[]): boolean {
  return (
    isNewsroomCredit(name) ||
    isDeskPost(name) ||
    sites.some(
      (site) =>
        site !== undefined &&
        (fold(name) === fold(site) ||
          // The name the site's opens with, whole ("Harbor Post" of "Harbor Post Online", "TMZ" of
          // "TMZ.com"; not "Harbor" of "harborpostonline", the address's label).
          new RegExp(String.raw`^${escapeRegExp(fold(name))}(?![\p{L}\d])`, "u").test(fold(site)) ||
          (lettersOf(name) !== "" && lettersOf(name) === lettersOf(site))),
    )
  );
}

/**
 * The author a page declares: the first of its declarations (pageMeta's `bylines`) that names
 * someone, skipping the site's own name and a company's ("UPROXX Media", declared where a
 * person's name goes while a later declaration names the writer); the byline the page prints
 * when one of its declarations names that same person, though an earlier one names another.
 */
function declaredWriter(
  declared: readonly string[],
  printed: string | undefined,
  sites: readonly (string | undefined)[],
  shown: string,
): string | undefined {
  const authors = declared
    .flatMap((author) => declaredAuthor(author, sites) ?? [])
    .filter((author) => shownOrNamed(author, shown) && !shownAsEditorOnly(author, shown));
  const printedName = printed === undefined ? undefined : fold(declaredAuthor(printed, sites) ?? printed);
  const confirmed = authors.find((author) => fold(author) === printedName);
  const first =
    confirmed ?? authors.find((author) => !namesNoAuthor(author, sites) && !isCompanyName(author)) ?? authors[0];
  return first === undefined ? undefined : (fullerDeclaration(first, authors, shown) ?? first);
}

/**
 * A later declaration that names every author of `first` and more ("Ana Ruiz, Tom Becker" in
 * `<meta name="author">` where JSON-LD has only "Ana Ruiz"), each added author printed on the
 * page (their surname in the visible text `shown`, lower-cased): one field kept only the lead
 * author, the other the whole credit.
 */
function fullerDeclaration(first: string, authors: readonly string[], shown: string): string | undefined {
  const namesOf = (author: string) => author.split(AUTHOR_SEPARATOR).filter((n) => n.trim() !== "");
  const held = new Set(namesOf(first).map(fold));
  return authors.find((author) => {
    const names = namesOf(author);
    const added = names.filter((n) => !held.has(fold(n)));
    return (
      added.length > 0 &&
      names.length === held.size + added.length &&
      added.every((n) => {
        // The surname's last run of letters: the page may spell its apostrophe otherwise ("O’Hara").
        const surname = /\p{L}+(?=[^\p{L}]*$)/u.exec(n)?.[0]?.toLowerCase();
        return surname !== undefined && isPersonName(n) && shown.includes(surname);
      })
    );
  });
}

/**
 * The byline: the declared author unless it is only the site's own name or a newsroom's or a
 * genre's ("Editorial"); the byline line the
 * page prints under the headline when nothing else is declared, or when it names the several
 * declared authors in the page's own words ("Benjamin Fischer und Marcus Theurer"), or lists
 * people among whom the one declared author stands. Readability's own
 * guess is not used: it picks up names from comment threads and related-story boxes.
 */
function chooseByline(
  declared: string | undefined,
  printed: string | undefined,
  sites: readonly (string | undefined)[],
  creditedOnPage: (name: string) => boolean = () => false,
): string | undefined {
  const isSite = (name: string) => namesNoAuthor(name, sites);
  // Unless the page prints the site's name as its author's credit under the headline ("LinkNaija
  // October 06, 2018"): a reader takes that as the credit, as "By Reuters" on a Reuters page.
  const named = (name: string) =>
    !isSite(name) || (!isNewsroomCredit(name) && !isDeskPost(name) && creditedOnPage(name));
  const author = declared !== undefined && declared !== "" && named(declared) ? declared : undefined;
  if (printed === undefined || isSite(printed)) return author;
  if (author === undefined) return printed;
  // A wire's or an outlet's name declared in the author's place ("AP") over the writer's name the
  // page prints ("By Jane Roe"): the declaration credits the source, the line the person. Not
  // where the page prints the wire as its credit under the headline ("AFP 30 avril 2015"): a
  // person's name further down is then a related story's.
  if (knownOutlet(author) !== undefined && isPersonName(printed) && !creditedOnPage(author)) return printed;
  // Several declared authors joined by a comma: the printed line joins them in the page's words.
  const names = author.split(AUTHOR_SEPARATOR).filter((n) => n !== "");
  if (names.length >= 2 && names.every((n) => printed.includes(n))) return printed;
  // A printed list of people that holds the one declared author ("By Ana Ruiz, Tom Becker, Eva
  // Lund" for "Ana Ruiz"): the declaration kept only the first name, the printed line is whole.
  // What the line adds after the names (a desk role, the site) is an affiliation, as in a declaration.
  // A wire agency joined to the writer by "and" ("Ana Ruiz and AP") is a co-author's credit:
  // the story is partly the agency's, which the line says and the declaration left out. After
  // a comma ("Ana Ruiz, Reuters") it is the writer's employer, an affiliation.
  const line = declaredAuthor(printed, sites) ?? "";
  const listed = line.split(AUTHOR_SEPARATOR).filter((n) => n !== "");
  const holdsAuthor = listed.some((n) => fold(n) === fold(author));
  const joinedAgency = (n: string) =>
    knownOutlet(n) !== undefined &&
    new RegExp(String.raw`(?:&|\b(?:and|und|y|et))\s+${escapeRegExp(n)}$`, "u").test(line);
  const credits = (n: string) => !isSite(n) && (isPersonName(n) || joinedAgency(n));
  return listed.length >= 2 && holdsAuthor && listed.every(credits) ? line : author;
}

/**
 * A declared author the page prints somewhere (some name's last word, its surname, in the
 * visible text `shown`, lower-cased) is taken as the page's credit; one it prints nowhere is
 * taken only when every name in it is written as a person's name ("Julián Herrera"), not as a
 * CMS's record of one ("Ana (María Luisa) Ruiz", an account's label).
 */
function shownOrNamed(author: string, shown: string): boolean {
  const names = author.split(AUTHOR_SEPARATOR).filter((n) => n.trim() !== "");
  const printed = names.some((name) => {
    const surname = /[\p{L}'’-]+(?=[^\p{L}]*$)/u.exec(name)?.[0]?.toLowerCase();
    return surname !== undefined && shown.includes(surname);
  });
  return printed || names.every((name) => isPersonName(name));
}

/** An editor's label just before a name: "Edited by", "Editor:", "责任编辑：" (the editor in charge). */
const EDITOR_LABEL = /(?:edited\s+by|editor\s*[:：|︱]|责任编辑\s*[:：|︱]?|编辑\s*[:：|︱])\s*$/u;

/**
 * True when the page (`shown`, lower-cased) prints the declared author only under an editor's
 * label ("责任编辑：Jane Roe", "Edited by Jane Roe"): a CMS that fills the author field with
 * the desk editor who published the piece does not name its writer.
 */
function shownAsEditorOnly(author: string, shown: string): boolean {
  const name = fold(author);
  const at: number[] = [];
  for (let i = shown.indexOf(name); name !== "" && i >= 0; i = shown.indexOf(name, i + name.length)) at.push(i);
  return at.length > 0 && at.every((i) => EDITOR_LABEL.test(shown.slice(Math.max(0, i - 20), i)));
}

/** The passes that point the extractor at the article's own markup, run just before it reads `doc`. */
function readyForExtractor(doc: Document): void {
  // The article text the page marks in microdata is where the extractor looks.
  keepMarkedArticleBody(doc);
  unwrapEmbeddedPosts(doc);
  // A lede's dateline element is the paragraph's words, never the extractor's byline guess.
  keepDatelines(doc);
}

/** `skipChrome` leaves page-chrome passes out, for the ablation script (scripts/ablateHtml.ts) only. */
export function normalizeHtml(
  html: string,
  opts: NormalizeOptions,
  skipChrome: ReadonlySet<ChromePass> = new Set(),
): NormalizeResult {
  // Readability walks the DOM on assumptions a browser's parser keeps and broken markup may not.
  return withSafetyNet("HTML reader", () => readHtml(html, opts, skipChrome));
}

function readHtml(html: string, opts: NormalizeOptions, skipChrome: ReadonlySet<ChromePass>): NormalizeResult {
  const screened = screenInput(html, MAX_HTML_CHARS);
  if (screened !== undefined) return { ok: false, error: screened };
  const doc = parsePage(html);
  // Where each element stands in the file, placed before anything is removed from the page.
  const lineOf = sourceLines(doc, html);
  const declared = pageMeta(doc);
  // Readability's own test for "is there an article here"; a page that declares its article
  // text in JSON-LD is one even when its markup hides the text from that test. The test only
  // counts <p>-like blocks, so a page that fails it still has an article when what Readability
  // extracts reads as prose (checked below).
  const readerable = isProbablyReaderable(doc, READERABLE) || declared.articleBody !== undefined;
  const shownAsPrinted = visibleText(doc);
  // Lower-cased, for "does the page show X".
  const shown = shownAsPrinted.toLowerCase();
  // What the page shows under its headline, read before Readability changes the document.
  // A heading equal to a declared title; else the h1 the declared titles reword; else the page's
  // one headline-length h1 on the declared title's subject.
  // A kicker in its own element in the h1: out of the headline, or joined to it as the title declares.
  settleHeadingKickers(doc, declared.titles ?? []);
  const h1s = [...doc.querySelectorAll("h1")].map((h) => h.textContent);
  const headline =
    shownHeadline(headingTexts(doc), declared.titles ?? []) ??
    rewordedHeadline(h1s, declared.titles ?? []) ??
    soleHeadline(h1s, declared.titles ?? []) ??
    minorHeadline(doc, declared.titles ?? []) ??
    partHeadline(headingTexts(doc), declared.titles ?? [], [titleSitePart(declared.documentTitle), declared.siteName]);
  // With no headline in a heading and no title declared, the `<title>`'s head the page shows.
  const titleHead =
    headline === undefined && declared.title === undefined ? shownTitleHead(declared.documentTitle, doc) : undefined;
  const shownPublished = headline === undefined ? undefined : shownDate(doc, headline);
  // Its publication-date elements, only asked when neither the metadata nor the header dates it.
  const classedPublished =
    declared.published === undefined && shownPublished === undefined ? classedPublishedDay(doc) : undefined;
  // Else the stamp a script under the headline writes into the page as it loads.
  const scriptedPublished =
    declared.published === undefined &&
    shownPublished === undefined &&
    classedPublished === undefined &&
    headline !== undefined
      ? scriptWrittenDate(doc, headline)
      : undefined;
  // A byline line the page prints, or the several authors it declares as it prints them together.
  const printedByline =
    headline === undefined
      ? undefined
      : (shownByline(doc, headline) ??
        printedAuthors(doc, headline, declared.byline?.split(", ") ?? []) ??
        markedAuthor(doc, headline));
  const credited = headline === undefined ? undefined : shownSource(doc, headline);
  const creditedOnPage = headline === undefined ? () => false : creditedUnderHeadline(doc, headline);
  const employerOf = headline === undefined ? () => undefined : creditedEmployer(doc, headline);
  // A standfirst the page marks under its headline; else one it sets between headline and byline.
  const shownDek =
    headline === undefined
      ? undefined
      : (shownStandfirst(doc, headline) ??
        (printedByline === undefined ? undefined : standfirstOverByline(doc, headline, printedByline)));
  // The page's own name among its declarations, told by its address (the declared site name
  // first, then the other declarations); else the declared site name, unless that is a slug.
  // A wire agency declared as the publisher of a story its host carries is the byline's agency.
  // A company declared as the publisher ("Harbour Media Group", "Agora SA") owns titles and is
  // none of them: the site's declared name, else no declared publisher. Unless the page also
  // names its site so (og:site_name, the `<title>`'s site part): "Kulu Media" is a site's name.
  const companyPublisher =
    declared.outlet !== undefined &&
    isCompanyName(declared.outlet) &&
    ![declared.siteName, titleSitePart(declared.documentTitle)].some(
      (name) => name !== undefined && fold(name) === fold(declared.outlet ?? ""),
    );
  const publisher =
    isSyndicatedPublisher(declared.outlet, declared.siteName, declared.url) || companyPublisher
      ? declared.siteName !== undefined && !isCompanyName(declared.siteName)
        ? declared.siteName
        : undefined
      : declared.outlet;
  const siteDeclared = siteName(
    publisher,
    declared.documentTitle,
    declared.publisherMeta,
    headline ?? declared.title,
    declared.url,
  );
  // The outlet the credit under the headline names and the page's copyright signs alike: two
  // statements the reader sees agree on who publishes the page, over a declared site name the
  // page never prints ("Hosted", the name of the feed that serves an agency's own pages). A host
  // that runs an agency's story under the agency's notice prints its own name (logo, footer).
  const creditOutlet = headline === undefined ? undefined : creditedOutlet(doc, headline);
  const siteShown = [siteDeclared, publisher].some((name) => name !== undefined && printedAsWord(name, shownAsPrinted));
  const signedCredit =
    creditOutlet !== undefined && !siteShown && knownOutlet(noticePublication(doc) ?? "") === creditOutlet
      ? creditOutlet
      : undefined;
  // A portal's copy of another site's article (its canonical address there, its og:url here).
  const hosted = hostedOriginal(
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? undefined,
    shownAsPrinted,
  );
  const named =
    credited ??
    signedCredit ??
    hosted ??
    spelledName(
      [siteDeclared, publisher, declared.siteName, declared.publisherMeta, declared.documentTitle, declared.byline],
      declared.url,
    ) ??
    // A name in small letters is the address's slug, unless the page prints it as a word.
    (siteDeclared !== undefined && isSlug(siteDeclared) && !printedAsWord(siteDeclared, shownAsPrinted)
      ? undefined
      : siteDeclared) ??
    shownSiteName(doc, declared.url) ??
    hostPrintedName(shownAsPrinted, declared.url, { alone: 2 });
  // Written as the page prints it: of the spellings it declares for that name, the one its text
  // prints most (a brand's capitals are its own, "WIRED" as much as "USA TODAY").
  const siteDeclarations = [
    publisher,
    declared.siteName,
    declared.publisherMeta,
    siteDeclared,
    titleSitePart(declared.documentTitle),
  ];
  // Then the form of it, with or without a closing "News" or "Magazine", the page prints most.
  const variant = named === undefined ? undefined : printedVariant(named, siteDeclarations, shownAsPrinted);
  // Its form with a kind word comes from what the page declares as its name (og:site_name, the
  // publisher); the `<title>`'s site part only when it declares none, as a title may name a
  // division ("… - Harbor News" on a page whose site name is "Harbor").
  const declaredNames = [publisher, declared.siteName, declared.publisherMeta].filter((n) => n !== undefined);
  const formNames = declaredNames.length > 0 ? declaredNames : [titleSitePart(declared.documentTitle)];
  // A copyright or trademark sign set after the name ("Harbor Post©") is no part of it.
  const outlet =
    variant === undefined
      ? undefined
      : printedForm(variant, formNames, shownAsPrinted).replace(/(?<=\S)\s*[©®™]+$/u, "");
  // The captions the page marks or declares, read before extraction changes the document.
  const captions = pageCaptions(doc);
  removeRepeatedLinkTitles(doc);
  // A page laid out in a table is read as the blocks it lays out, by the chrome passes and the extractor alike.
  unwrapLayoutTables(doc);
  // Where each heading stands on the page as served, before the chrome passes take anything.
  const servedHeadings = headingPlaces(doc);
  // What the page itself marks or shapes as not the article goes before the extractor reads it.
  const chrome = chromeRemovals(removePageChrome(doc, skipChrome, declared.byline !== undefined), lineOf);
  const blocks = pageBlocks(doc, lineOf, captions);
  const headings = placesOnBoth(servedHeadings, headingPlaces(doc));
  readyForExtractor(doc);
  // Readability mutates the document it reads, so metadata was read first; where its byline
  // guess stands is checked on a second parse of the page.
  let article = new Readability(doc).parse();
  const pristine = parsePage(html);
  settleHeadingKickers(pristine, declared.titles ?? []);
  // An extraction that lost the story the headline opens took another story the page appends
  // for the article, and one that holds it and the stories after it took them in: read again
  // without the blocks the other headlines head.
  if (
    headline !== undefined &&
    (lostHeadlineStory(pristine, headline, article?.textContent ?? "") ||
      addedOtherStories(pristine, headline, article?.textContent ?? ""))
  ) {
    const again = parsePage(html);
    settleHeadingKickers(again, declared.titles ?? []);
    if (removeOtherStories(again, headline) > 0) {
      removeRepeatedLinkTitles(again);
      unwrapLayoutTables(again);
      removePageChrome(again, skipChrome, declared.byline !== undefined);
      readyForExtractor(again);
      const retry = new Readability(again).parse();
      if (retry !== null && !lostHeadlineStory(pristine, headline, retry.textContent ?? "")) article = retry;
    }
  }
  // An article set in several blocks of one kind, of which the extraction kept some: read again
  // with the blocks gathered, and keep that reading when it holds all the first did and more.
  const extractionText = article?.textContent ?? "";
  const gathered = article !== null && sectionGroups(pristine, extractionText).length > 0 ? parsePage(html) : undefined;
  if (article !== null && gathered !== undefined && gatherSections(gathered, extractionText)) {
    removeRepeatedLinkTitles(gathered);
    unwrapLayoutTables(gathered);
    removePageChrome(gathered, skipChrome, declared.byline !== undefined);
    readyForExtractor(gathered);
    const retry = new Readability(gathered).parse();
    if (retry !== null && holdsAllOf(retry.content ?? "", article.content ?? "")) article = retry;
  }
  // Subheadings the extractor left out from between two paragraphs it kept go back in.
  if (article !== null) {
    const { html: withHeadings, restored } = restoreHeadings(article.content ?? "", headings);
    if (restored.length > 0)
      article = {
        ...article,
        content: withHeadings,
        textContent: parseHTML(`<html><body>${withHeadings}</body></html>`).document.body.textContent,
      };
  }
  const guessedBylineShown =
    article?.byline !== undefined &&
    article.byline !== null &&
    headline !== undefined &&
    printedUnderHeadline(pristine, headline, article.byline.replace(/^(?:by|par|por|von)\s+/i, "").trim());
  if (!readerable && !readsAsProse(article?.content ?? ""))
    return refuse(
      "no-body",
      "no article found in this HTML page (no block of article text, only navigation or short fragments); save the article page itself, or paste its text into a .txt file",
    );
  const extractedText = article?.textContent ?? "";
  // The cross-check: how much of the page's own declared article text the extraction holds.
  // When it holds little (the text is hidden from the markup, e.g. rendered by script), the
  // declared articleBody, when it is also the longer text, is the article and becomes the body.
  const coverage =
    declared.articleBody === undefined ? undefined : scoreBody(extractedText, declared.articleBody).recall;
  const useDeclared =
    coverage !== undefined &&
    coverage < ARTICLE_BODY_RECALL &&
    words(declared.articleBody ?? "").length > words(extractedText).length;
  // Else the declaration vouches for the extraction paragraph by paragraph.
  const checked = useDeclared ? undefined : crossCheck(article?.content ?? "", declared.articleBody);
  const bodyHtml = checked?.html ?? paragraphsHtml(declared.articleBody ?? "");
  const title = headline ?? declared.title ?? titleHead ?? article?.title?.trim();
  if (title === undefined || title === "")
    return refuse(
      "no-title",
      "the HTML page declares no title (no JSON-LD headline, og:title or <title>); save the complete page, including its <head>",
    );
  // The declared description is the standfirst only when the page shows it and it is not the
  // lede or inside another paragraph of the body (a summary written for search engines is not a dek).
  const description = declared.description !== undefined ? squash(declared.description) : undefined;
  // A body paragraph that is exactly the description is the standfirst, lifted out of the body,
  // when the page sets it apart from the paragraphs after it; else it is the lede the page
  // copied into its metadata, and stays body.
  const paragraphs = paragraphsOf(bodyHtml, captions);
  // A standfirst the page declares by name or marks under its headline comes first.
  const dek =
    declared.standfirst ??
    shownDek ??
    (description !== undefined &&
    ((paragraphs[0] === description && setApart(pristine, description)) ||
      // The body begins at its first paragraph with words: one with none (a picture alone) stands
      // anywhere, and so does a drop cap's letter set as a paragraph of its own ("T" / "urkey, …").
      (!paragraphs.some((p) => p.includes(description)) &&
        shownBetween(
          shown,
          squash(title),
          description,
          paragraphs.find((p) => /\p{L}{2}/u.test(p)),
        )))
      ? declared.description
      : undefined) ??
    // A declared description the body opens on, written as a subtitle, not as a lede's sentence.
    declaredSubtitle(
      declared.descriptions ?? [],
      paragraphs.find((p) => p !== ""),
    );
  const bodyMarkdown = htmlToMarkdown(bodyHtml, dek !== undefined ? [title, dek] : [title], captions).trim();
  if (bodyMarkdown === "")
    return refuse(
      "no-body",
      "no article body could be extracted from this HTML page; check that it is an article page",
    );
  const front: Record<string, string> = { title };
  if (dek !== undefined) front.dek = dek;
  // Readability's byline guess counts only when the page prints it under the headline.
  const guessed = article?.byline?.replace(/^(?:by|par|por|von)\s+/i, "").trim();
  // The site's names, and its address's label ("harborpost" of harborpost.com): an author
  // spelled as that label ("Harbor Post", "harborpost") is the site's account, no one's byline.
  const label = siteLabel(declared.url);
  const sites = [
    outlet,
    variant,
    declared.outlet,
    declared.publisherMeta,
    declared.siteName,
    label !== undefined && label.length >= SITE_LABEL_MIN ? label : undefined,
  ];
  const declaredByline = declaredWriter(declared.bylines ?? [], printedByline, sites, shown);
  const byline =
    chooseByline(declaredByline, printedByline, sites, creditedOnPage) ??
    (guessed !== undefined &&
    guessed !== "" &&
    headline !== undefined &&
    guessedBylineShown &&
    readsAsNames(guessed) &&
    !shownAsEditorOnly(guessed, shown)
      ? chooseByline(guessed, undefined, sites)
      : undefined);
  // Else the facts a page lists under labels ("Author" / a name), else the one author its author links name.
  const labelled = labelledFacts(pristine);
  const linked = soleAuthorLink(pristine, title);
  // Last, the one credit its markup marks as the byline, or the author its Twitter card declares
  // by name and the page prints, or the writers a bold line opening the text names. None of these when it is the site's own name or a newsroom's
  // ("By: Editorial Staff"), as a declared or printed one is not.
  const someone = (name: string | undefined): string | undefined =>
    name !== undefined && !namesNoAuthor(name, sites) ? name : undefined;
  const credit =
    byline ??
    someone(labelled.author) ??
    someone(linked) ??
    someone(soleMarkedByline(pristine)) ??
    someone(shownCardCreator(pristine, shownAsPrinted)) ??
    someone(headline === undefined ? undefined : boldCredit(pristine, headline));
  if (credit !== undefined) front.byline = shownSpelling(credit, shownAsPrinted);
  // Syndicated copy: the publication the page credits the article to, over the host (eval/README).
  const reported = reportedBy({
    byline: credit,
    employer: credit === undefined ? undefined : employerOf(credit),
    paragraphs: bodyMarkdown.split(/\n{2,}/u),
  });
  // The host's own credit ("By Reuters" on Reuters's site, "HarbourPost.com" under the byline on
  // harbourpost.com) keeps the host's spelling of its name.
  const ownCredit =
    reported !== undefined &&
    ([knownOutlet(outlet ?? ""), outletOfUrl(declared.url)].includes(reported) ||
      spelledName([reported], declared.url) !== undefined);
  const publication = reported !== undefined && !ownCredit ? reported : outlet;
  // Else the day its publication-date element shows, else the day in the article's own URL
  // ("/2015/03/18/"), which the site fixed when it published: a fact of the address, read only
  // when the page neither declares nor shows a day, since a stated day wins over it (the path
  // may carry the server's day or the draft's; on one dev page it is a day after the stated one).
  // A page that sets its headline in no heading prints its date under the headline's text.
  const shownUnderTitle = headline === undefined ? shownDate(pristine, title) : undefined;
  // Last, the day the lede's dateline states ("Feb. 23, 2015 -- Officials said …"). First of all,
  // the day printed under the headline, when it is the declared UTC instant's day in some zone.
  const published =
    shownDayOfInstant(declared.publishedStamp, shownPublished) ??
    declared.published ??
    shownPublished ??
    classedPublished ??
    scriptedPublished ??
    labelled.published ??
    shownUnderTitle ??
    urlDate(declared.url) ??
    datelineDay(bodyMarkdown.split(/\n{2,}/u)[0] ?? "");
  if (published !== undefined) front.published = published;
  const markdown = `---\n${toYaml(front, { lineWidth: 0 })}---\n\n${bodyMarkdown}\n`;

  const meta = {
    ...(publication !== undefined ? { outlet: publication } : {}),
    ...(declared.url !== undefined ? { url: declared.url } : {}),
    ...opts.meta,
  };
  const result = normalize(markdown, { ...opts, meta, sourceSha256: opts.sourceSha256 ?? sha256Hex(html) });
  if (result.ok) {
    // What left the page, in file order, with the lines of the page: the extractor's and the
    // conversion's drops, the chrome passes' removals and the markdown route's own entries.
    const lifted = { title, ...(dek !== undefined ? { dek } : {}) };
    const extracted = useDeclared ? (declared.articleBody ?? "") : extractedText;
    const dropped = extractorDrops(blocks, extracted, lifted);
    const frontLines =
      markdown.indexOf("\n---\n") === -1 ? 0 : markdown.slice(0, markdown.indexOf("\n---\n")).split("\n").length + 1;
    const { placed, unplaced } = placedOnPage(result.report.removed, frontLines, blocks);
    const fromPage = asFields([...chrome, ...dropped], front).sort((a, b) => a.line - b.line);
    result.report.removed = [...fromPage, ...placed].sort((a, b) => a.line - b.line);
    if (unplaced.length > 0) result.report.removed.push(...unplaced);
    const gaps = gapsInArticle(blocks, fromPage, extracted);
    if (gaps.length > 0)
      result.report.warnings.push(
        `the article extractor left out ${gaps.length} block(s) of prose between paragraphs it kept (line ${gaps.join(", ")} of the page; reason "not-extracted" in the report): if one is a paragraph of the article, add it to the article by hand, or save the article's text as a .txt file and ingest that instead`,
      );
  }
  if (result.ok && checked !== undefined && checked.dropped.length + checked.recovered.length > 0)
    result.report.warnings.push(
      `checked against the page's declared JSON-LD articleBody: ${checked.dropped.length} extracted paragraph(s) it lacks were left out${checked.dropped.length > 0 ? ` (first: "${checked.dropped[0]?.slice(0, 60) ?? ""}…")` : ""}, ${checked.recovered.length} of its paragraph(s) the extractor missed were added; check the article`,
    );
  if (result.ok && useDeclared)
    result.report.warnings.push(
      `Readability's extraction held only ${Math.round(coverage * 100)}% of the page's declared JSON-LD articleBody, so that articleBody was used as the body; check the article`,
    );
  return result;
}
