/**
 * The tokens of an element's `class` and `id`, the words a page's markup names the element by
 * ("c-byline", "site-title", "story-dateline"). One reader for every pass that tells an element
 * by what its theme calls it, so each asks the same words.
 */
export const markTokens = (el: Element): string[] =>
  `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`
    .trim()
    .split(/\s+/u)
    .filter((token) => token !== "");

/** Whether a token of the element's `class` or `id` matches `mark`. */
export const isMarked = (el: Element, mark: RegExp): boolean => markTokens(el).some((token) => mark.test(token));
