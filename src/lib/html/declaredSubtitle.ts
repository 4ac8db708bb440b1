/**
 * A subtitle the page both declares and sets as the first line of its article: a declared
 * description (JSON-LD, Open Graph, Twitter or `<meta name="description">`) that is exactly the
 * body's first paragraph and is written as a headline is, one phrase without a sentence's
 * closing mark ("How the patrols outgrew the border"). A lede the page copied into its metadata
 * is a sentence and ends as one, so it stays body; a subtitle is the standfirst, and is lifted
 * out of the body so it is not there twice.
 */
import { squash } from "#lib/text/squash.ts";

/** A subtitle is a phrase of a few words; more is a paragraph. */
const SUBTITLE_WORDS = { min: 3, max: 30 };

/** What ends a sentence or a clause: a full stop, "!", "?", "…", a colon or semicolon, a comma, also before closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;,。！？][\s"'”’)\]]*$/u;

/** True when `text` reads as a subtitle: a few words, no sentence's closing mark. */
export function readsAsSubtitle(text: string): boolean {
  const words = squash(text)
    .split(" ")
    .filter((w) => w !== "").length;
  return words >= SUBTITLE_WORDS.min && words <= SUBTITLE_WORDS.max && !SENTENCE_END.test(text.trim());
}

/** The declared description that is the body's first paragraph (`firstParagraph`, squashed, lower-cased) and reads as a subtitle. */
export function declaredSubtitle(
  descriptions: readonly string[],
  firstParagraph: string | undefined,
): string | undefined {
  if (firstParagraph === undefined) return undefined;
  return descriptions.find((d) => squash(d).toLowerCase() === firstParagraph && readsAsSubtitle(d));
}
