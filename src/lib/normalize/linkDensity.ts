/**
 * Link density: a line of markdown that is nothing but links (an optional list marker, one or
 * more `[text](url)` or `![alt](src)`, and separators between them) is navigation — a menu
 * entry, a crumb trail, a footer row, a logo — never the article's prose, which is words with
 * at most a few links inside a sentence. Read by shape, so it holds for any site and language.
 */

/** A markdown link or image, possibly an image inside a link: `[![alt](src)](href)`. */
const LINK = /!?\[(?:\[[^\]]*\]\([^)]*\)|[^\]])*\]\([^)\s]*(?:\s+"[^"]*")?\)/gu;
/** What may stand between the links of a row: spaces, bullets, pipes, slashes, arrows, dashes. */
export const SEPARATORS = /^[\s|/·•›»>\-–—,]*$/u;

/** The line (after any list marker) holds only links and separators, and at least one link. */
export function isLinkOnlyLine(text: string): boolean {
  const content = text.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/u, "");
  const links = content.match(LINK);
  return links !== null && SEPARATORS.test(content.replace(LINK, ""));
}
