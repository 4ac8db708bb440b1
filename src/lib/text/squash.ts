/**
 * A text's words with every run of white space as one space and none at either end: how text
 * read out of a page's elements is compared and measured (HTML keeps the source's line breaks
 * and indentation in `textContent`). An absent text is the empty string.
 */
export const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();

/**
 * A text's letters and digits only, in small letters: the key two texts are matched by when they
 * may differ in spacing, punctuation and case (a headline and the heading that shows it).
 */
export const lettersKey = (s: string | null | undefined): string =>
  squash(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
