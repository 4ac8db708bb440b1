/**
 * What a saved page itself marks as no article text: photo captions and credits (a
 * `<figcaption>`, a `<cite>` in a picture's figure, an element whose class or itemprop names it
 * a caption or credit), labels meant only for screen readers ("Photo" in a visually-hidden
 * span), and the captions a page declares elsewhere (an image's alt text, a `data-caption` attribute, a `"caption"` in the
 * page's JSON). A caption the extractor keeps as a paragraph or list item is then recognized
 * by its text. A caption is not body.
 */
import { wordCount } from "#lib/normalize/lines.ts";
import { squash } from "#lib/text/squash.ts";

/**
 * A class or itemprop token that marks an element as a caption or a photo credit ("caption",
 * "pb-caption", "inline-video-caption", "GalleryCaptionText", "photo-credit", "img-copyright"), not one that
 * says an element has or lacks one ("no_caption", "has-caption").
 */
const CAPTION_TOKEN =
  /(?:^|[-_]|[a-z](?=C))(?:caption|Caption|(?:photo|image|img|media)-?credit|(?:photo|image|img|media)-?copyright|attribution)/;
const NOT_CAPTION_TOKEN = /(?:no|has|with|without)[-_]?caption/i;
const marksCaption = (value: string | null): boolean =>
  (value ?? "").split(/\s+/).some((token) => CAPTION_TOKEN.test(token) && !NOT_CAPTION_TOKEN.test(token));

/** Classes that hide an element from sight and keep it for screen readers only. */
export const SCREEN_READER_ONLY =
  /(?:^|\s)(?:visually-?hidden|sr-only|screen-?reader(?:-text|-only)?|offscreen|a11y-hidden)(?:\s|$)/i;

/** Captions are short: a marked element longer than this holds more than a caption. */
const MAX_CAPTION_WORDS = 80;

/** Declared captions shorter than this many words are too generic to recognize by text ("Photo"). */
const MIN_DECLARED_WORDS = 4;

/** A caption's text for comparison: squashed, lower-cased, without a final full stop. */
export const captionKey = (s: string): string =>
  squash(s)
    .toLowerCase()
    .replace(/[.。]\s*$/u, "");

/**
 * A `<cite>` in a figure of a picture, with no quotation there: the picture's source ("Gab.ai"
 * under a screenshot). In a figure that holds a `<blockquote>`, a `<cite>` names the quotation's
 * speaker, which is the article's.
 */
function isPictureCite(el: Element): boolean {
  const figure = el.tagName.toUpperCase() === "CITE" ? el.closest("figure") : null;
  return (
    figure !== null &&
    figure.querySelector("img, picture, video") !== null &&
    figure.querySelector("blockquote") === null
  );
}

/** True when the element is marked as a caption or credit and holds no article structure. */
export function isMarkedCaption(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "BODY" || tag === "HTML" || tag === "ARTICLE" || tag === "MAIN") return false;
  const marked =
    tag === "FIGCAPTION" ||
    isPictureCite(el) ||
    marksCaption(el.getAttribute("class")) ||
    marksCaption(el.getAttribute("itemprop"));
  return (
    marked &&
    wordCount(el.textContent) <= MAX_CAPTION_WORDS &&
    el.querySelector("h1, h2, h3, h4, h5, h6, article, main") === null &&
    el.querySelectorAll("p").length <= 2
  );
}

/** The texts of the elements the page marks as captions, credits or screen-reader-only labels. */
function markedTexts(document: Document): string[] {
  return [...document.querySelectorAll("body *")]
    .filter((el) => isMarkedCaption(el) || SCREEN_READER_ONLY.test(el.getAttribute("class") ?? ""))
    .map((el) => el.textContent);
}

/** `"caption":"…"` values in the page's scripts (image records in JSON state). */
function jsonCaptions(document: Document): string[] {
  const found: string[] = [];
  for (const script of document.querySelectorAll("script")) {
    for (const match of script.textContent.matchAll(/"caption"\s*:\s*"((?:[^"\\]|\\.){1,600})"/g)) {
      try {
        found.push(JSON.parse(`"${match[1] ?? ""}"`) as string);
      } catch {
        // A value that is not a valid JSON string declares nothing.
      }
    }
  }
  return found;
}

/**
 * The page's captions, as `captionKey`s: the text of every element it marks as a caption,
 * credit or screen-reader label, and the captions it declares for its images (alt texts,
 * `data-caption` attributes, JSON `"caption"` values) of at least four words, markup removed.
 * Matched by text after extraction, so the extractor reads the page exactly as saved.
 */
export function pageCaptions(document: Document): Set<string> {
  const declared = [
    ...[...document.querySelectorAll("img[alt]")].map((img) => img.getAttribute("alt") ?? ""),
    ...[...document.querySelectorAll("[data-caption]")].map((el) => el.getAttribute("data-caption") ?? ""),
    ...jsonCaptions(document),
  ].map((t) => t.replace(/<[^>]*>/g, " "));
  return new Set(
    [
      ...declared.filter((t) => wordCount(t) >= MIN_DECLARED_WORDS),
      ...markedTexts(document).filter((t) => wordCount(t) > 0),
    ].map(captionKey),
  );
}

/**
 * Removes, from inside a link, an element whose text is the link's own `title` ("said" + a
 * span "Opens a new window" in a link titled "Opens a new window"): the tooltip repeated for
 * screen readers, which an extractor would glue into the sentence ("saidOpens a new window").
 * Only when the link shows other text before it: a link whose text is, or opens on, its title keeps it.
 */
export function removeRepeatedLinkTitles(document: Document): void {
  for (const link of document.querySelectorAll("a[title]")) {
    const title = captionKey(link.getAttribute("title") ?? "");
    if (title === "") continue;
    for (const el of link.querySelectorAll("*")) {
      if (captionKey(el.textContent) !== title || captionKey(link.textContent) === title) continue;
      // Set after the link's words, as an icon's label is: the words a link opens on are its own.
      if (captionKey(link.textContent).startsWith(title)) break;
      el.remove();
      break;
    }
  }
}
