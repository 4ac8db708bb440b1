/**
 * A text's words with every run of white space as one space and none at either end: how text
 * read out of a page's elements is compared and measured (HTML keeps the source's line breaks
 * and indentation in `textContent`). An absent text is the empty string.
 */
export const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();
