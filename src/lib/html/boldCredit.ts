/**
 * The writers a paragraph at the head of the article's text credits in bold ("<p><strong>Ana
 * Ruiz/Tom Vale</strong></p>"), after the headline and a line or two of standfirst, before the
 * first paragraph of prose: some papers print their reporters' names there, not in a byline box,
 * while their metadata credits only the paper. Read only where nothing else gives a byline; every
 * part must be a person's name, so a bold lead-in or a subheading names no one.
 */
import { isPersonName } from "#lib/normalize/personName.ts";
import { lettersKey, squash } from "#lib/text/squash.ts";

/** How many paragraphs past the headline the credit may stand: a standfirst's lines at most. */
const MAX_PARAGRAPHS = 4;
/** A paragraph of more words than this is the article's prose: no credit follows it. */
const PROSE_WORDS = 25;
/** What joins the names of several writers: "Ana Ruiz/Tom Vale", "Ana Ruiz and Tom Vale". */
const NAME_JOINS = /\s*(?:\/|,|&|\band\b|\bund\b)\s*/u;

/** True when every word of `p` is set in bold (`<strong>`, `<b>`). */
function allBold(p: Element): boolean {
  const bold = [...p.querySelectorAll("strong, b")];
  // A bold run inside another is the same words.
  const outer = bold.filter((el) => !bold.some((other) => other !== el && other.contains(el)));
  const text = outer.map((el) => el.textContent).join("");
  return squash(text) !== "" && lettersKey(text) === lettersKey(p.textContent);
}

/** The names the bold credit opening the text gives, joined with commas; undefined when none does. */
export function boldCredit(document: Document, headline: string): string | undefined {
  const key = lettersKey(headline);
  const all = [...document.querySelectorAll("body *")];
  const start = all.findIndex(
    (el) => /^H[1-3]$/iu.test(el.tagName) && key !== "" && lettersKey(el.textContent) === key,
  );
  if (start === -1) return undefined;
  let seen = 0;
  for (const p of all.slice(start + 1)) {
    if (p.tagName.toUpperCase() !== "P" || p.closest("figure, figcaption") !== null) continue;
    const text = squash(p.textContent);
    if (text === "") continue;
    if (++seen > MAX_PARAGRAPHS || text.split(" ").length > PROSE_WORDS) return undefined;
    if (!allBold(p)) continue;
    const names = text.split(NAME_JOINS).filter((n) => n !== "");
    if (names.length > 0 && names.every((n) => isPersonName(n))) return names.join(", ");
  }
  return undefined;
}
