/**
 * A lede's dateline the page sets in an element of its own inside the first paragraph
 * (`<p><span class="dateline">CAIRO —</span> Gunmen opened fire …</p>`) is the paragraph's
 * opening words. Readability takes any short element whose class names a "dateline" for the
 * byline when it has found none before it, and cuts it out of the article; once the page's own
 * byline line is gone as chrome, the lede would lose its place name. Set back into the
 * paragraph as plain text, the dateline stays where the reporter put it. A dateline element
 * that is a block of its own, with no prose after it in a paragraph, is left as it is.
 */
import { isMarked } from "./markTokens.ts";

/** A class or id token that names an element the dateline: "dateline", "story-dateline", "dateline__place". */
const DATELINE_MARK = /(?:^|[-_])dateline(?:$|[-_])/iu;

/** The text after `el` inside `paragraph`, in document order. */
function textAfter(el: Element, paragraph: Element): string {
  let text = "";
  for (let node: Element | null = el; node !== null && node !== paragraph; node = node.parentElement)
    for (let n = node.nextSibling; n !== null; n = n.nextSibling) text += n.textContent ?? "";
  return text;
}

/** Replaces, in place, each dateline element that opens a paragraph's prose by its text. */
export function keepDatelines(document: Document): void {
  for (const el of [...document.querySelectorAll("p [class], p [id]")]) {
    const paragraph = el.closest("p");
    if (paragraph === null || !isMarked(el, DATELINE_MARK) || textAfter(el, paragraph).trim() === "") continue;
    el.replaceWith(document.createTextNode(el.textContent));
  }
}
