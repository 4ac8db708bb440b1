/**
 * Characters no published text may hold: C0 and C1 control characters (tab, line feed and
 * carriage return excepted) and the Unicode bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), and what XML forbids outright: unpaired surrogates and the
 * noncharacters U+FFFE and U+FFFF. Controls make feeds ill-formed XML and land as raw bytes in
 * HTML; a right-to-left override makes a headline read differently from what it says. Right-
 * and left-to-right marks (U+200E, U+200F) stay: they only nudge punctuation in mixed text.
 * One definition for the schemas (which refuse them), the normalizer and the Markdown
 * pipeline (which remove them).
 */

// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole job
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\p{Cs}/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "gu");

/** The first unsafe character of `text`, with its 0-based index, or undefined. */
export function findUnsafeChar(text: string): { readonly index: number; readonly char: string } | undefined {
  const match = UNSAFE.exec(text);
  return match ? { index: match.index, char: match[0] } : undefined;
}

/** "U+0001 (a control character)" or "U+202E (a text-direction override)". */
export function describeUnsafeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const kind =
    code <= 0x9f
      ? "a control character"
      : code <= 0x2069
        ? "a text-direction override"
        : code >= 0xfffe
          ? "a noncharacter"
          : "an unpaired surrogate";
  return `${hex} (${kind})`;
}

/** `text` without any unsafe character. */
export function stripUnsafeChars(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, "") : text;
}
