/**
 * The last check before an article is written: a headline and a body can still be something
 * that is not an article — a server's error page ("Page not found") or a menu of section
 * labels under a site name. Publishing either would be a broken page, so the file is refused
 * with what it looks like and what to do.
 */
import type { BlockContent, DefinitionContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { wordCount } from "./lines.ts";
import type { NormalizeError } from "./types.ts";
import { TERMINAL } from "./units.ts";

/** Titles servers and CMSs give the page they show instead of an article. */
const ERROR_PAGE_TITLE =
  /^(?:(?:error\s*)?(?:400|401|403|404|410|500|502|503)(?:\s*[-:–—|]?\s*(?:error|not found|page not found|forbidden|gone|server error|service unavailable))?|(?:error\s*[-:–—]\s*)?(?:page|article|story|content)\s+not\s+found|not\s+found|access\s+denied|forbidden|(?:this\s+)?page\s+(?:is\s+)?(?:unavailable|no\s+longer\s+available)|(?:this\s+)?(?:page|article|story)\s+(?:does\s+not|doesn['’]t)\s+exist|página\s+no\s+encontrada|page\s+introuvable|seite\s+nicht\s+gefunden)[.!]?$/iu;

/** A block with a sentence in it (or a phrase long enough to be one cut short), not a label. */
function hasProse(block: BlockContent | DefinitionContent): boolean {
  if (block.type === "list") return block.children.some((item) => item.children.some(hasProse));
  if (block.type === "blockquote") return block.children.some(hasProse);
  if (block.type === "heading") return false;
  const text = toString(block).trim();
  // Characters as well as words: Chinese, Japanese and Thai write sentences without spaces.
  return TERMINAL.test(text) || /[。！？]$/u.test(text) || wordCount(text) >= 8 || text.length >= 40;
}

/** Why this headline and body are not an article, or undefined when they are one. */
export function notArticle(title: string, body: readonly BlockContent[]): NormalizeError | undefined {
  if (ERROR_PAGE_TITLE.test(title.trim()))
    return {
      code: "no-body",
      message: `the headline "${title}" is a web server's error page, not an article; save the article page itself`,
    };
  if (!body.some(hasProse))
    return {
      code: "no-body",
      message:
        "found a headline but no sentence of body text: the rest is short labels (a menu or section links?); check that the file holds the article itself",
    };
  return undefined;
}
