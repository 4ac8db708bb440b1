/**
 * Where quotations open and close in a block of text, in every common style: “…” and "…"
 * (English), ‘…’ and '…' (British, or a headline's quotation — only when the marks are not
 * apostrophes), «…» (Spanish, French), „…“ and „…” (German, Polish). Quotations inside a
 * quotation stay inside it; the outer span is what is returned.
 *
 * A span that opens but never closes runs off the end of its block: the caller decides whether
 * the next paragraph continues it (the convention for quotations over several paragraphs).
 */

export interface Span {
  /** Index of the opening mark. */
  readonly open: number;
  /** Index of the closing mark, or the block's length when the quotation runs off its end. */
  readonly close: number;
  /** True when the closing mark was found in this block. */
  readonly closed: boolean;
}

/** Closing marks each opening mark accepts. */
const CLOSERS: Readonly<Record<string, string>> = {
  "“": "”",
  "«": "»",
  "„": "“”",
  "‘": "’",
  "'": "'",
  '"': '"',
};

const LETTER = /[\p{L}\p{N}]/u;

/** True when the character before an opening mark allows a quotation to start there. */
function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || /[\s([{—–\-/*_:]/u.test(prev);
}

/** Whether `text[i]` opens a quotation (at top level). */
function isOpening(text: string, i: number): boolean {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  switch (ch) {
    case "“":
    case "«":
    case "„":
      return true;
    case '"':
      // A mark alone on its line (a bold `**"**` before the paragraph) opens too; so does one right after
      // a comma before a capital, the space left out ("She writes,"Today I am …"): a closing mark has a space after it.
      return (
        (opensAfter(prev) || (prev === "," && next !== undefined && /\p{Lu}/u.test(next))) &&
        next !== undefined &&
        (!/\s/u.test(next) || (prev === "\n" && next === "\n"))
      );
    case "‘":
    case "'":
      // ‘ opens only before a word and after a space: ’ is also the apostrophe, so ‘ is the signal.
      // A straight ' opens the same way ("his 'biggest frustration'"); "Mexico's" has a letter before it.
      return opensAfter(prev) && next !== undefined && LETTER.test(next);
    default:
      return false;
  }
}

/** Whether `text[i]` closes a quotation opened with `opener`. */
function isClosing(text: string, i: number, opener: string): boolean {
  const ch = text[i] ?? "";
  if (!(CLOSERS[opener] ?? "").includes(ch)) return false;
  if (opener === "‘" || opener === "'") {
    // An apostrophe ("don’t", "Mexico’s") has a letter on both sides; a closing ’ does not.
    const next = text[i + 1];
    return next === undefined || !LETTER.test(next);
  }
  if (opener === "„" && ch === "“") return true;
  return true;
}

/** The straight and curly double marks that stand in for each other when one text mixes them. */
const MIXED: Readonly<Record<string, string>> = { "“": '"', '"': "”" };

/**
 * Index of the first mark of the other style (see MIXED) from `from` that closes a quotation
 * opened with `opener`, or -1: a straight " after a word and before a space, punctuation or the
 * end closes a curly “, and a curly ” closes a straight ". Only when no mark of the quotation's
 * own style closes it, so a straight quotation inside a curly one still nests.
 */
function mixedClose(text: string, from: number, opener: string): number {
  const mark = MIXED[opener];
  if (mark === undefined) return -1;
  for (let j = from; j < text.length; j += 1) {
    if (text[j] !== mark) continue;
    const prev = text[j - 1] ?? " ";
    const next = text[j + 1];
    if (!/\s/u.test(prev) && (next === undefined || !LETTER.test(next))) return j;
  }
  return -1;
}

/** Whether a quotation of the other style than `opener`'s opens in `text[from..to)` (a nested one). */
function opensOtherStyle(text: string, from: number, to: number, opener: string): boolean {
  const other = opener === "“" ? '"' : opener === '"' ? "“" : undefined;
  if (other === undefined) return false;
  for (let k = from; k < to; k += 1) if (text[k] === other && isOpening(text, k)) return true;
  return false;
}

/** Top-level quotation spans of a block, in order. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isOpening(text, i)) {
      i += 1;
      continue;
    }
    const opener = text[i] as string;
    const open = i;
    let depth = 1;
    let j = i + 1;
    let close = -1;
    for (; j < text.length; j += 1) {
      // The same opener nests (“a “b” c”) for marks that differ from their closers.
      if (opener !== '"' && opener !== "'" && opener !== "„" && text[j] === opener) {
        if (opener !== "‘" || isOpening(text, j)) depth += 1;
        continue;
      }
      if (isClosing(text, j, opener)) {
        depth -= 1;
        if (depth === 0) {
          close = j;
          break;
        }
      }
    }
    // A mark of the other style closing the quotation ("…” or “…"), when no mark of its own does, or
    // before the one that does with no quotation of that style opened between: in “A," says Roe. "B”
    // the straight mark after "A," closes the first quotation, and "B” is a second one.
    const early = mixedClose(text, i + 1, opener);
    if (close < 0 || (early >= 0 && early < close && !opensOtherStyle(text, i + 1, early, opener))) close = early;
    if (close < 0) {
      // A ‘ that never closes was an apostrophe or a stray mark, not an unfinished quotation.
      if (opener === "‘" || opener === "'") {
        i += 1;
        continue;
      }
      spans.push({ open, close: text.length, closed: false });
      break;
    }
    spans.push({ open, close, closed: true });
    i = close + 1;
  }
  return spans;
}

/** ‘…’ and '…' quotations inside a quotation, without their marks. */
export function innerQuotes(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])[‘']([^‘']*?)[’'](?![\p{L}\p{N}])/gu)) {
    const inner = match[1]?.trim();
    if (inner) out.push(inner);
  }
  return out;
}

/** True when a block starts with an opening quotation mark: it continues a quotation left open. */
export function opensWithQuote(text: string): boolean {
  const first = text.trimStart();
  return first !== "" && isOpening(first, 0) && first[0] !== "‘" && first[0] !== "'";
}

/** The text with quoted words blanked (offsets kept): a pronoun's antecedent is never inside a quotation. */
export function withoutQuotations(text: string): string {
  let out = text;
  for (const span of quoteSpans(text)) {
    out = out.slice(0, span.open) + " ".repeat(span.close - span.open) + out.slice(span.close);
  }
  return out;
}
