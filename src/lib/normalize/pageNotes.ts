/**
 * Notes a page prints about the article rather than the article's telling — a publication or
 * correction stamp, the article's age, a file-photo note, a call to the reader ("Sign up for
 * our newsletter", "Join us on March 20 … Register here."), a date or clock stamp alone
 * ("Wednesday, April 16, 2025", "4:12 p.m. ET"), a box's label ("Podcast: …", "More from …") — left as paragraphs of their own.
 * What such a sentence is, is decided once, in dates/furniture.ts (the timeline asks the same of
 * a dated sentence); ingest is stricter and takes a paragraph out only when every sentence in it
 * is such a note, so a paragraph with one sentence of reporting stays whole.
 */
import {
  AUTHOR_CONTACT,
  AUTHOR_CONTACT_PURPOSE,
  GRAPHIC_POINTER_OPENING,
  PAGE_LABEL,
  PAGE_STAMP,
  READER_CALL,
  isDateStamp,
} from "#lib/dates/furniture.ts";
import { splitSentences } from "#lib/text/segment.ts";
import { wordCount } from "./lines.ts";
import type { RemovalReason } from "./types.ts";
import { TERMINAL } from "./units.ts";
import { isCommentNotice } from "./uiText.ts";
import { VOCABULARY_ON } from "./vocabulary.ts";

/** A box's label is a few words; a longer line opening on one is the article's. */
const MAX_LABEL_WORDS = 14;

/** Notes are short; a long paragraph is the article's own, whatever it opens with. */
const MAX_NOTE_WORDS = 40;

/**
 * A wire's pointer to its graphic as a paragraph of its own, the link's word closing it: "(Graphic:
 * Global assets in 2019 - here)". The link leaves nothing of the graphic in the text; a sentence
 * in parentheses does not end on a dash and "here".
 */
const GRAPHIC_POINTER = new RegExp(
  `^${GRAPHIC_POINTER_OPENING.source}[^()]{1,120}?\\s[-–—]\\s*(?:click\\s+)?here\\s*\\)$`,
  "iu",
);

/**
 * The page's licence for its text, opening the paragraph: "Text is available under the Creative
 * Commons Attribution-ShareAlike License; additional terms may apply.", "Content is licensed
 * under CC BY-SA 4.0", "This work is licensed under a Creative Commons Attribution 4.0
 * International License." A wiki's or a blog's footer prints it with the site's terms and
 * trademark after it, all the page's notice; the licence named (Creative Commons, CC BY, GNU
 * FDL) is what tells it from a sentence that reports on some licence.
 */
const LICENCE_NOTICE =
  /^(?:(?:all\s+)?(?:text|content|this\s+(?:work|article|page|post|site))\s+is\s+(?:available|licen[sc]ed|published|released|distributed)\s+under\s+(?:the\s+|a\s+)?(?:terms\s+of\s+the\s+)?(?:creative\s+commons|cc[\s-]by|cc0|gnu\s+free\s+documentation|gfdl)\b)/iu;

/** A licence notice with the site's terms and trademark after it runs longer than a note. */
const MAX_LICENCE_WORDS = 60;

/** Why a body paragraph is a note of the page's, or undefined when it holds any telling. */
export function pageNoteReason(text: string): RemovalReason | undefined {
  if (VOCABULARY_ON && LICENCE_NOTICE.test(text) && wordCount(text) <= MAX_LICENCE_WORDS) return "notice";
  if (!VOCABULARY_ON || wordCount(text) > MAX_NOTE_WORDS) return undefined;
  if (isCommentNotice(text)) return "notice";
  // A box's label without a sentence in it: "Live updates: Mexico's judicial election, June 1, 2025".
  // What follows the label is a title (capitalised, or a date) or nothing: "More from the
  // interview" is the article's own subheading.
  const label = wordCount(text) <= MAX_LABEL_WORDS && !TERMINAL.test(text) ? PAGE_LABEL.exec(text) : null;
  if (label?.index === 0 && !/^\s*\p{Ll}/u.test(text.slice(label[0].length))) return "navigation";
  if (GRAPHIC_POINTER.test(text)) return "notice";
  // A date or clock stamp on its own line: a live blog's entry time, a page's clock.
  if (isDateStamp(text)) return "page-clock";
  const sentences = splitSentences(text);
  if (sentences.length === 0) return undefined;
  const calls = sentences.filter((s) => READER_CALL.test(s.text)).length;
  const stamps = sentences.filter(
    (s) => PAGE_STAMP.test(s.text) || AUTHOR_CONTACT.test(s.text) || AUTHOR_CONTACT_PURPOSE.test(s.text),
  ).length;
  if (calls + stamps < sentences.length) return undefined;
  return calls > 0 ? "promo" : "notice";
}
