/**
 * Market instrument codes in a sentence: the codes wire copy sets after a stock index, a future
 * or a currency ("the Dow Jones Industrial Average .DJI", "Brent LCOc1", "gold XAU=", "copper
 * CMCU3") and a listed company's ticker label ("(NYSE: ACME)", "(Nasdaq:AAPL)"). They are
 * written in capitals like initialisms but name nothing: a reader skips them, and a name
 * finder must not read ".DJI" as an organisation nor "CMAL3" as part of "London Metal
 * Exchange". Each shape is one a word never has:
 *
 * - a dot glued to the front of a code, after a space: ".DJI", ".MIWD00000PUS";
 * - an equals sign glued to its end: "XAU=", "EUR=", "US10YT=RR";
 * - capitals and digits mixed in one word after two capitals or more, or a lower-case letter
 *   between them: "CMAL3", "LCOc1", "NKc1" (not "G20" nor "A380", which may be names);
 * - an exchange label in brackets, a name then a colon then a ticker: "(NYSE: ACME)".
 */

/** A span within a sentence. */
export interface CodeSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Each shape with what every match of it holds (`needs`): most sentences have no "=", ":",
 * digit or dot before a capital, and a shape is run only on a text that has its part (a profile
 * had the four patterns tried at every position of every sentence, 2–3% of the analysis).
 */
const CODE_SHAPES: readonly { readonly shape: RegExp; readonly needs: RegExp }[] = [
  // ".DJI", ".SPX": after a space or an opening bracket.
  { shape: /(?<=^|[\s(])\.[A-Z][A-Z0-9]{1,14}(?![\p{L}\p{N}])/gu, needs: /\.[A-Z]/u },
  // "XAU=", "EUR=", "US10YT=RR".
  { shape: /(?<![\p{L}\p{N}])[A-Z][A-Za-z0-9]{1,11}=(?:[A-Z]{1,4})?(?![\p{L}\p{N}])/gu, needs: /=/u },
  // "CMAL3", "CLc1", "LCOc1".
  { shape: /(?<![\p{L}\p{N}.])(?:[A-Z]{2,}[0-9][A-Za-z0-9]*|[A-Z]{2,}[a-z][0-9]+)(?![\p{L}\p{N}])/gu, needs: /[0-9]/u },
  // "(NYSE: ACME)", "(Nasdaq:AAPL)", "(TSX: ABC.TO)".
  { shape: /\((?:[A-Z][A-Za-z]*\s){0,2}[A-Z][A-Za-z]*:\s?[A-Z]{1,6}(?:\.[A-Z]{1,3})?\)/gu, needs: /:/u },
];

/** Code spans in `text`, in order, not overlapping. */
export function instrumentCodeSpans(text: string): CodeSpan[] {
  const spans = CODE_SHAPES.flatMap(({ shape, needs }) =>
    needs.test(text) ? [...text.matchAll(shape)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [],
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CodeSpan[] = [];
  for (const span of spans) if (!out.some((o) => span.start < o.end && span.end > o.start)) out.push(span);
  return out;
}

/** `text` with every code blanked out by spaces (offsets kept), so no name runs into one. */
export function withoutCodes(text: string): string {
  let out = text;
  for (const { start, end } of instrumentCodeSpans(text))
    out = `${out.slice(0, start)}${" ".repeat(end - start)}${out.slice(end)}`;
  return out;
}
