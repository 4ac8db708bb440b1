/**
 * Input screening and line preparation. Scraped files arrive with BOMs, CRLF or CR line
 * endings, trailing spaces and lines holding only no-break spaces; everything downstream works
 * on clean lines, while `raw` keeps each line exactly as it stood for the report.
 */
import { stripUnsafeChars } from "#lib/text/unsafeChars.ts";
import type { NormalizeError } from "./types.ts";

/** Larger inputs are refused: no single article is this long, and heuristics are linear anyway. */
export const MAX_INPUT_CHARS = 5_000_000;

/**
 * A saved HTML page may be this long: besides its article it carries scripts, styles, inline
 * fonts and images, and a news page of several megabytes is ordinary. Larger is refused.
 */
export const MAX_HTML_CHARS = 20_000_000;

export interface SourceLine {
  /** 1-based line number after line endings are normalized. */
  n: number;
  /** The line exactly as it stood (minus the line ending and a leading BOM). */
  raw: string;
  /** Trimmed, with runs of spaces and tabs collapsed to one space; "" for blank lines. */
  text: string;
}

/**
 * The soft hyphen (U+00AD), a hint where a browser may break a word, invisible otherwise: left
 * in a text, it splits the word for every search and name match ("Vladi\u00ADmir").
 */
export const SOFT_HYPHEN = /\u00AD/g;
// Whitespace JS's trim() leaves alone but which scraped pages use as invisible filler, and the soft hyphen.
// An alternation, not a class: a class holding U+200D reads as a joined emoji sequence.
const INVISIBLE = new RegExp(String.raw`\u200B|\u200C|\u200D|\u2060|\uFEFF|${SOFT_HYPHEN.source}`, "g");
// C0/C1 control characters other than tab, line feed, form feed and carriage return.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole job
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** Refuses inputs that are not plausibly one article of text (`maxChars`: the longest accepted). */
export function screenInput(raw: unknown, maxChars = MAX_INPUT_CHARS): NormalizeError | undefined {
  if (typeof raw !== "string") return { code: "binary", message: "input is not a string" };
  if (raw.length > maxChars) {
    return {
      code: "too-large",
      message: `input has ${raw.length} characters, more than the ${maxChars} an article may have; split the file or check it is the right one`,
    };
  }
  const nul = raw.indexOf("\u0000");
  const controls = raw.match(CONTROL)?.length ?? 0;
  const replacement = raw.match(/\uFFFD/g)?.length ?? 0;
  if (nul !== -1 || controls > raw.length / 100 || replacement > raw.length / 100) {
    return {
      code: "binary",
      message: "input contains NUL bytes, control characters or undecodable bytes: it is not a UTF-8 text file",
      ...(nul !== -1 ? { line: raw.slice(0, nul).split(/\r\n|\r|\n/).length } : {}),
    };
  }
  if (raw.replace(INVISIBLE, "").trim() === "")
    return { code: "empty", message: "input has no text (empty or whitespace only)" };
  return undefined;
}

/** Splits into lines with BOM removed and CRLF/CR turned into LF, and cleans each line's whitespace. */
export function toLines(raw: string): SourceLine[] {
  const text = raw.replace(/^\uFEFF/, "");
  return text.split(/\r\n|\r|\n/).map((line, i) => ({
    n: i + 1,
    raw: line,
    text: cleanText(line),
  }));
}

/** Whitespace-only normalization of one line: words and punctuation are never touched. */
export function cleanText(line: string): string {
  // Controls become spaces (a scraped tab-like control still separates words); what is left
  // unsafe, the text-direction overrides, is removed.
  return stripUnsafeChars(line.replace(INVISIBLE, "").replace(CONTROL, " "))
    .replace(/[ \t]+/g, " ")
    .trim();
}

/**
 * Counts words the way the heuristics need: whitespace-separated tokens (none in an absent text),
 * as `text.trim().split(/\s+/).length` would, except in scripts written without spaces. Chinese
 * and Japanese set a whole sentence without one, so a run of their characters counts one word per
 * two characters (a word of those languages is one to three of them, most often two): a
 * paragraph of such prose is as long in words as its English translation, not one "word" that
 * reads as a menu label. Their full-width punctuation separates words and is none. Counted as
 * runs of characters, without the trimmed copy and the array: ingest asks it of every line, many
 * times over.
 */
export function wordCount(text: string | null | undefined): number {
  if (!text) return 0;
  let words = 0;
  let inWord = false;
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Below U+3001 nothing is of the unspaced scripts: the common case stays one comparison.
    const wide = code >= 0x3001;
    if (wide && isUnspacedLetter(code)) {
      run += 1;
      inWord = false;
      continue;
    }
    if (run > 0) words += Math.ceil(run / 2);
    run = 0;
    const space = isSpace(code) || (wide && isWidePunctuation(code));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words + Math.ceil(run / 2);
}

/**
 * A Han ideograph, hiragana or katakana (and the iteration marks 々 〆 〇): letters of scripts
 * written without spaces between words.
 */
function isUnspacedLetter(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3005 && code <= 0x3007) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff && code !== 0x30fb) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** CJK and full-width punctuation (、。「」《》，：！？): between words of those scripts, never a word. */
function isWidePunctuation(code: number): boolean {
  return (
    (code >= 0x3001 && code <= 0x3004) ||
    (code >= 0x3008 && code <= 0x303f) ||
    code === 0x30fb ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65)
  );
}

/** Whether a UTF-16 code unit is one that `\s` (and `trim`) counts as white space. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
