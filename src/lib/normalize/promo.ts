/**
 * Promotional sentences inside body paragraphs: "(Related: …)" asides, "Head over to X.news
 * to read …", "Watch the video below …", "This video is from the … channel on …". Only the
 * promo sentence is cut; the rest of the paragraph stays word for word. Patterns are specific
 * calls to action, so reporting ("officials watched the video") is never matched.
 */

import { splitSentences } from "#lib/text/segment.ts";
import { PLATFORM } from "./uiText.ts";
import { VOCABULARY_ON } from "./vocabulary.ts";

export interface Span {
  start: number;
  end: number;
}

/** A call to sign up or subscribe: "Sign up for the free daily newsletter.", "Subscribe to our podcast." */
const SIGN_UP_CALL = /^(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\b/i;

const PROMO_SENTENCES: readonly RegExp[] = [
  /^(?:head|go|hop|navigate)\s+(?:over\s+)?to\s+\S+\s+(?:to|for)\b/i,
  /^(?:visit|check\s+out)\s+\S+\.(?:news|com|org|net|tv|io|co)\b.*\b(?:for|to\s+(?:read|learn|watch|see|find))\b/i,
  /^(?:watch|see|listen\s+to)\s+the\s+(?:video|clip|podcast|interview|report)s?\s+(?:below|above|here)\b/i,
  /^this\s+(?:video|clip|podcast|episode)\s+is\s+from\s+the\s+.+\s+(?:channel|show|podcast)\s+on\s+\S+/i,
  /^(?:click|tap)\s+here\b/i,
  SIGN_UP_CALL,
  new RegExp(`^follow\\s+(?:us|\\S+)\\s+on\\s+${PLATFORM}\\b`, "i"),
  /^(?:read|see)\s+(?:more|the\s+full\s+(?:story|article))\s+(?:at|on)\s+\S+/i,
  /^(?:support|donate\s+to)\s+(?:our|independent)\s+journalism\b/i,
  // A call for readers' own work: "Submit it here!", "Submit yours today.", "Contact the editors
  // through our House Tour Submission Form." (a form is where it goes, not a source).
  /^submit\s+(?:it|them|yours|your\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:here|now|today|to\s+us)\b/iu,
  // "Submit your letter to the editor via this form."
  /^submit\s+your\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,4}\s+(?:via|through|using|with|on)\s+(?:this|our|the)\s+(?:online\s+)?form\b/iu,
  // A pointer to a section by its title-cased name: "Read more Letters to the Editor."
  /^[Rr]ead\s+more\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:to|the|of|and|on|in|for|from|\p{Lu}[\p{L}'’-]*)){1,6}\s*[.!]?$/u,
  /^(?:contact|email|write\s+to)\s+(?:the|our)\s+editors\b.*\bsubmission\s+form\b/iu,
  // A pointer to another story set inline as its own sentence: "Read more: Mexico pledges…".
  /^(?:read\s+(?:more|also|next)|see\s+also|also\s+read|related(?:\s+(?:story|article))?)\s*:\s*\S/i,
];

/** Parenthetical or bracketed asides that point to other stories: "(Related: …)", "[Related: …]", "(Read more: …)". */
const PROMO_ASIDE = /[([](?:related|read\s+(?:more|also|next)|see\s+also|also\s+read|watch|listen|more)\s*:/gi;

/** Spans of `text` that are promotional, in order; each span is a whole sentence or aside. */
export function promoSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!VOCABULARY_ON) return spans;
  for (const match of text.matchAll(PROMO_ASIDE)) {
    // The aside ends at its matching parenthesis or bracket; the headline inside may contain its own.
    const [open, close] = match[0].startsWith("[") ? ["[", "]"] : ["(", ")"];
    let depth = 0;
    for (let i = match.index; i < text.length; i++) {
      if (text[i] === open) depth++;
      else if (text[i] === close && --depth === 0) {
        if (!spans.some((s) => s.start <= match.index && match.index < s.end))
          spans.push({ start: match.index, end: i + 1 });
        break;
      }
    }
  }
  // The site's one sentence segmenter: promo sentences are cut on exactly the boundaries the
  // analysis later anchors.
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    if (spans.some((s) => s.start < span.end && span.start < s.end)) continue;
    if (PROMO_SENTENCES.some((p) => p.test(sentence))) spans.push({ start: span.start, end: span.end });
  }
  spans.sort((a, b) => a.start - b.start);
  return withLeadInQuestions(text, spans);
}

/** The text's last sentence is a call to sign up or subscribe (what a newsletter's pitch ends on). */
export function endsInSignUpCall(text: string): boolean {
  const last = splitSentences(text).at(-1);
  return VOCABULARY_ON && last !== undefined && SIGN_UP_CALL.test(text.slice(last.start, last.end).trim());
}

/**
 * Most words of a question that leads into a promotion ("Need more space?", "Want more deals?");
 * one that asks the reader to share with the site may run longer ("Have a remodel or a DIY
 * project to share with us?", "Interested in sharing your home with Harbor Living?").
 */
const MAX_LEAD_IN_WORDS = 6;
const MAX_SHARING_LEAD_IN_WORDS = 14;
const ASKS_TO_SHARE = /\b(?:to\s+share\s+with\s+us|sharing\s+your\s+\S+\s+with)\b/iu;

/**
 * The spans with the short question set right before each promo sentence added: "Need more
 * space? Subscribe to our sister title …" — the question is the promotion's opening, and cut
 * alone the promotion would leave it behind. A quoted question is someone's words and stays.
 */
function withLeadInQuestions(text: string, spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const sentences = splitSentences(text);
  return spans.map((span) => {
    const before = sentences.findLast((s) => s.end <= span.start);
    if (before === undefined || text.slice(before.end, span.start).trim() !== "") return span;
    const question = text.slice(before.start, before.end).trim();
    const words = question.split(/\s+/u).length;
    const taken = spans.some((s) => s.start < before.end && before.start < s.end);
    const most = ASKS_TO_SHARE.test(question) ? MAX_SHARING_LEAD_IN_WORDS : MAX_LEAD_IN_WORDS;
    return !taken && words <= most && /\?$/u.test(question) && !/["“”]/u.test(question)
      ? { start: before.start, end: span.end }
      : span;
  });
}

/** `text` with the spans cut out; the whitespace at each cut closes up to one space. */
export function cutSpans(text: string, spans: readonly Span[]): string {
  let out = "";
  let last = 0;
  for (const span of [...spans, { start: text.length, end: text.length }]) {
    const piece = text.slice(last, span.start);
    out = out === "" ? piece.trimEnd() : piece.trim() === "" ? out : `${out} ${piece.trim()}`;
    last = span.end;
  }
  return out.trim();
}
