/**
 * The page's JSON-LD `articleBody` as a cross-check of the extracted article, a rule every page
 * that declares its article text supports, with no page's layout in it: an extracted paragraph
 * the declared text lacks is not the article (a promotion, a caption, a box the extractor kept),
 * and a declared paragraph the extraction lacks is recovered after the paragraph that precedes
 * it in the declared text. It acts only when the declaration is long, holds most of the
 * extraction's text and its last paragraph is in the extraction, and judges only paragraphs
 * before that one: a teaser `articleBody` of a paywalled page must not cut the article down.
 */
import { parseHTML } from "linkedom";
import { scoreBody, words } from "#lib/eval/shingles.ts";

/** A declared articleBody shorter than this is a summary, not the article. */
export const MIN_DECLARED_WORDS = 150;
/** Paragraphs shorter than this are judged by neither side: too few shingles to compare. */
const MIN_PARAGRAPH_WORDS = 8;
/** Share of a paragraph's shingles the other text must hold for the paragraph to be in it. */
const IN_TEXT = 0.5;
/** Below this share, a declared paragraph is missing from the extraction. */
const MISSING = 0.2;

export interface CrossChecked {
  /** The article HTML after the cross-check. */
  html: string;
  /** Text of the extracted paragraphs the declaration lacks, removed. */
  dropped: string[];
  /** Declared paragraphs the extraction lacked, added. */
  recovered: string[];
}

const held = (part: string, whole: string) => scoreBody(part, whole).precision;

/** Declared paragraphs, one per non-blank line. */
const declaredParagraphs = (articleBody: string) =>
  articleBody
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "");

export function crossCheck(articleHtml: string, articleBody: string | undefined): CrossChecked {
  const unchanged = { html: articleHtml, dropped: [], recovered: [] };
  if (articleBody === undefined || words(articleBody).length < MIN_DECLARED_WORDS) return unchanged;
  const { document } = parseHTML(`<html><body>${articleHtml}</body></html>`);
  const extracted = document.body.textContent;
  const declared = declaredParagraphs(articleBody).filter((p) => words(p).length >= MIN_PARAGRAPH_WORDS);
  // Mostly another text: the declaration cannot vouch for the extraction.
  if (held(extracted, articleBody) < IN_TEXT) return unchanged;
  const paragraphs = [...document.querySelectorAll("p")].filter(
    (p) => p.closest("figure, blockquote") === null && words(p.textContent).length >= MIN_PARAGRAPH_WORDS,
  );
  // Where the declared text ends in the extraction: a declaration cut short (a paywalled page's
  // first paragraphs) vouches for nothing after it, so only paragraphs before it are judged.
  const last = declared.at(-1) ?? "";
  const end = paragraphs.findLastIndex((p) => held(last, p.textContent) >= IN_TEXT);
  if (end === -1) return unchanged;
  const dropped: string[] = [];
  for (const p of paragraphs.slice(0, end))
    if (held(p.textContent, articleBody) < IN_TEXT) {
      dropped.push(p.textContent.trim());
      p.remove();
    }
  const recovered: string[] = [];
  let previous: Element | undefined;
  for (const paragraph of declared) {
    const match = paragraphs.find((p) => p.isConnected && held(paragraph, p.textContent) >= IN_TEXT);
    if (match !== undefined) {
      previous = match;
      continue;
    }
    // Placed only where the declared order says: after the paragraph before it.
    if (previous === undefined || held(paragraph, document.body.textContent) >= MISSING) continue;
    const added = document.createElement("p");
    added.textContent = paragraph;
    previous.after(added);
    previous = added;
    recovered.push(paragraph);
  }
  if (dropped.length === 0 && recovered.length === 0) return unchanged;
  return { html: document.body.innerHTML, dropped, recovered };
}
