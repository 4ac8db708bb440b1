/**
 * Sentence segmentation of one block of plain text (a paragraph, list item or heading).
 *
 * Why a hand-written segmenter: news prose about U.S.–Mexico security is full of periods that
 * do not end sentences ("U.S.-Mexico", "C.I.A. Director", "Gen. Gregory M. Guillot", "Jan. 5"),
 * and of sentences that end inside quotation marks (`… cooperation.” Next`). The rules are
 * small, deterministic and shared by the Markdown side (`sentences.ts`) and the HTML side
 * (`rehypeSentenceAnchors.ts`), so both cut the same text at the same places.
 *
 * Rules, in short: a boundary is terminal punctuation (`.` `!` `?` `…` `...`), then any closing
 * quotes/brackets, then whitespace, then a sentence start (optional opening quote/bracket and an
 * upper-case letter or digit). A period after a title (Gen., Dr., Mr.) or a single capital
 * (a middle initial) never ends a sentence; after an initialism (U.S., C.I.A.) or a month/corporate
 * abbreviation (Jan., Inc.) it ends one only when the next word is a typical sentence opener
 * ("The", "But", "He" …). An ellipsis inside an open quotation is an elision, not an ending.
 * Reference markers right after the stop ("free.[3] Next") stay with the sentence they cite.
 * Em dashes never end a sentence. Chinese and Japanese sentences end at a full-width `。`, `！`
 * or `？` and the closing marks after it, with no space or capital needed after them.
 */

/** One sentence: its trimmed text and its [start, end) offsets in the block text. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Titles before a name: the period after them never ends a sentence. */
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "lt",
  "col",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "maj",
  "cmdr",
  "sen",
  "rep",
  "gov",
  "pres",
  "prof",
  "rev",
  "st",
  "hon",
  "gens",
  "sens",
  "reps",
  "messrs",
  "no",
  "vs",
  "v",
  "fig",
  "approx",
  "ft",
  "mt",
]);

/** Abbreviations that may also end a sentence (decided by the next word). */
const SOFT_ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "jr",
  "sr",
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  // "Warner Bros. Television": a firm's "Brothers", which a name's next word follows.
  "bros",
  "etc",
  "al",
  "dept",
  "univ",
  "est",
  "ave",
  "blvd",
]);

/**
 * Words that typically open a sentence; after an ambiguous period they signal a boundary.
 * Titles ("President", "Secretary") are not here: after an initialism they introduce a name
 * ("U.S. President Donald Trump") far more often than they open a sentence.
 */
const SENTENCE_OPENERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "their",
  "our",
  "but",
  "and",
  "or",
  "so",
  "yet",
  "however",
  "meanwhile",
  "moreover",
  "still",
  "in",
  "on",
  "at",
  "as",
  "after",
  "before",
  "while",
  "when",
  "if",
  "since",
  "despite",
  "during",
  "for",
  "from",
  "there",
  "then",
  "both",
  "some",
  "many",
  "most",
  "such",
  "according",
  "one",
  "two",
  "last",
  "earlier",
  "later",
  "what",
  "why",
  "how",
  "who",
  "officials",
  "critics",
  "experts",
  "analysts",
  "mexico",
  "mexican",
]);

const OPENING = new Set(["“", "‘", '"', "'", "(", "[", "«", "¿", "¡"]);
const CLOSING = new Set(["”", "’", '"', "'", ")", "]", "»"]);
/**
 * Reference markers an encyclopedia or a paper sets right after a sentence's stop, with no space:
 * a note's number or letter in brackets ("[3]", "[12][13]", "[a]", "[note 2]") or "[citation needed]".
 * They belong to the sentence they cite, so the space after them can end it.
 */
const REFERENCE_MARKERS = /^(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+/u;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

function isUpperOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\p{N}]/u.test(ch);
}

/** The word (letters, digits and inner periods) that ends at `end` (exclusive), without the final period. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? "")) i -= 1;
  return text.slice(i, end);
}

/** The next word starting at `from` after skipping opening quotes/brackets. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENING.has(text[i] ?? "")) i += 1;
  const match = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return match ? match[0] : "";
}

/**
 * Tracks quotation depth as we scan: curly quotes are unambiguous; a straight double quote
 * opens when preceded by start/space/opening bracket and closes otherwise.
 */
function updateQuoteDepth(text: string, i: number, depth: number): number {
  const ch = text[i];
  if (ch === "“") return depth + 1;
  if (ch === "”") return Math.max(0, depth - 1);
  if (ch === '"') {
    const prev = text[i - 1];
    const opens = prev === undefined || isSpace(prev) || prev === "(" || prev === "[" || prev === "—";
    return opens ? depth + 1 : Math.max(0, depth - 1);
  }
  return depth;
}

/** Decides whether a period after `token` can end a sentence, given the `next` word. */
function periodMayEnd(token: string, next: string): boolean {
  const bare = token.replace(/\.+$/u, "");
  const lower = bare.toLowerCase();
  if (bare === "") return true;
  // Middle initial or a lone capital: "Gregory M. Guillot".
  if (/^\p{Lu}$/u.test(bare)) return false;
  if (TITLES.has(lower)) return false;
  // Initialisms with inner periods ("U.S", "C.I.A") and soft abbreviations: only before an opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare) || SOFT_ABBREVIATIONS.has(lower)) {
    return SENTENCE_OPENERS.has(next.toLowerCase()) && next !== "" && !/^\p{Lu}{2,}$/u.test(next);
  }
  return true;
}

/** The full stop, exclamation and question marks of Chinese and Japanese (`。`, `！`, `？`). */
const FULL_WIDTH_TERMINAL = new Set(["。", "！", "？"]);
/** Closing quotation marks and brackets of those scripts, besides the ones English uses. */
const FULL_WIDTH_CLOSING = new Set(["」", "』", "）", "】", "》"]);

/**
 * Where a sentence that a full-width mark ends at `at` stops: past the mark, any more such marks
 * and the closing quotes or brackets after them ("…问题。”卢宇说，“…" cuts before 卢宇), and a short
 * tag that closes on its own full stop after a closed quotation ("…。”李博灏说。"). Chinese and
 * Japanese write no space after a sentence and have no capitals, so what follows need only be
 * more text; undefined when nothing but space follows (the final push takes it).
 */
function fullWidthEnd(text: string, at: number): number | undefined {
  let j = at + 1;
  while (FULL_WIDTH_TERMINAL.has(text[j] ?? "")) j += 1;
  const closes = j;
  while (j < text.length && (CLOSING.has(text[j] ?? "") || FULL_WIDTH_CLOSING.has(text[j] ?? ""))) j += 1;
  // A short tag after a closed quotation is the quotation's sentence, as "“….” he said." is in
  // English: "…依据。”李博灏说。" is one sentence; "…问题。”卢宇说，“…" opens a new one at 卢宇.
  if (j > closes && /[”」』]/u.test(text.slice(closes, j))) {
    const tag = /^[^。！？，,“「『\s]{1,8}[。！？]/u.exec(text.slice(j));
    if (tag) j += tag[0].length;
  }
  return text.slice(j).trim() === "" ? undefined : j;
}

/**
 * Splits `text` into sentences. Offsets refer to `text` itself, so callers can map sentences
 * back onto the nodes the text came from.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let sentenceStart = 0;
  let depth = 0;

  const push = (end: number) => {
    const raw = text.slice(sentenceStart, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") {
      const start = sentenceStart + lead;
      out.push({ text: trimmed, start, end: start + trimmed.length });
    }
  };

  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? "";
    depth = updateQuoteDepth(text, i, depth);
    let terminalEnd = -1; // index just past the terminal punctuation
    let ellipsis = false;
    if (FULL_WIDTH_TERMINAL.has(ch)) {
      // Chinese and Japanese: no space and no capital follow the full stop (see fullWidthEnd).
      const end = fullWidthEnd(text, i);
      if (end !== undefined) {
        for (let q = i + 1; q < end; q += 1) depth = updateQuoteDepth(text, q, depth);
        push(end);
        sentenceStart = end;
        i = end - 1;
      }
      continue;
    }
    if (ch === "…") {
      terminalEnd = i + 1;
      ellipsis = true;
    } else if (ch === "." && text.startsWith("...", i)) {
      terminalEnd = i + 3;
      ellipsis = true;
    } else if (ch === "." || ch === "!" || ch === "?") {
      terminalEnd = i + 1;
      while (text[terminalEnd] === "!" || text[terminalEnd] === "?") terminalEnd += 1;
    }
    if (terminalEnd < 0) continue;

    // Closing quotes and brackets belong to the sentence they close.
    let j = terminalEnd;
    let closedQuote = false;
    let localDepth = depth;
    while (j < text.length && CLOSING.has(text[j] ?? "")) {
      if (text[j] === "”" || text[j] === '"') {
        closedQuote = true;
        localDepth = Math.max(0, localDepth - 1);
      }
      j += 1;
    }
    // Reference markers set right after the stop ("… free.[3] One day later") close the sentence they cite.
    const markers = REFERENCE_MARKERS.exec(text.slice(j))?.[0];
    if (markers !== undefined) j += markers.length;
    if (j < text.length && !isSpace(text[j])) {
      i = terminalEnd - 1;
      continue;
    }
    let k = j;
    while (k < text.length && isSpace(text[k])) k += 1;
    if (k >= text.length) {
      i = j - 1;
      continue; // end of text: the final push takes it
    }
    let s = k;
    while (s < text.length && OPENING.has(text[s] ?? "")) s += 1;
    const startsSentence = isUpperOrDigit(text[s]);
    let boundary = startsSentence;
    if (boundary && ellipsis && localDepth > 0 && !closedQuote) boundary = false;
    if (boundary && ch === "." && !ellipsis) {
      boundary = periodMayEnd(wordBefore(text, i), wordAfter(text, k));
    }
    if (boundary) {
      // Keep the quotation depth in step with the characters we skip.
      for (let q = i + 1; q < j; q += 1) depth = updateQuoteDepth(text, q, depth);
      push(j);
      sentenceStart = k;
      i = k - 1;
    } else {
      i = terminalEnd - 1;
    }
  }
  push(text.length);
  return out;
}
