/**
 * A math formula as a page's plain-text extraction leaves it: the rendered formula's pieces one
 * per line (each variable, operator and symbol of the MathML: "A", "H", "=", "⟺"), then the
 * formula's TeX source, which a wiki keeps beside the rendering for copying and screen readers
 * ("{\displaystyle A=A^{\mathsf {H}}}"). The source is markup, not prose, and the pieces above
 * it are the same formula spelled out sign by sign: neither reads as text, and a reader's copy
 * of the page shows the formula instead. Both are removed as markup ("embed"), so the sentence
 * around the formula stays whole in the body, and the TeX line marks which pieces are the
 * formula's: without it, a lone symbol line is left alone.
 */
import type { Report } from "./report.ts";
import type { SourceLine } from "./lines.ts";

/** The TeX source a wiki writes for a formula: one braced group opening with a style command. */
const TEX_SOURCE = /^\{\\(?:display|text|script|scriptscript)style\b.*\}$/u;

/** Longest piece of a rendered formula on its own line ("Hermitian" set as text inside it). */
const MAX_PIECE_CHARS = 12;

/** A rendered formula's piece: a symbol, a variable, a number or a short word, with no space. */
const isPiece = (text: string): boolean => text !== "" && text.length <= MAX_PIECE_CHARS && !/\s/u.test(text);

/** Whether a line is a formula's TeX source. */
export const isTexSource = (text: string): boolean => TEX_SOURCE.test(text);

/**
 * The lines without each formula's TeX source and the rendered pieces directly above it; each
 * removed line is reported as markup.
 */
export function stripFormulas(lines: readonly SourceLine[], report: Report): readonly SourceLine[] {
  if (!lines.some((line) => isTexSource(line.text))) return lines;
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (!isTexSource(line.text)) return;
    drop.add(i);
    for (let k = i - 1; k >= 0; k--) {
      const above = lines[k];
      if (above === undefined || drop.has(k) || isTexSource(above.text) || !isPiece(above.text)) break;
      drop.add(k);
    }
  });
  for (const i of [...drop].sort((a, b) => a - b)) {
    const line = lines[i];
    if (line !== undefined) report.removed.push({ line: line.n, text: line.raw, reason: "embed" });
  }
  return lines.filter((_, i) => !drop.has(i));
}

/** Longest piece of a formula rendered without a TeX source beside it: a symbol, a variable, a number. */
const MAX_BARE_PIECE_CHARS = 3;

/** Fewest pieces in a row that make a formula spelled out one per line. */
const MIN_FORMULA_PIECES = 5;

/** A formula's relation or operator, which a row of page numbers or an index of letters never holds. */
const MATH_SIGN = /^[=≠<>≤≥≈≡±∓+−×÷∑∏∫∂√∞∈∉⊂⊆∪∩→⟺⇔^]$/u;

/**
 * The lines with each formula a page rendered without its TeX source (MathJax, MathML), whose
 * pieces a plain-text extraction sets one per line ("a", "≠", "0"), joined back into one line
 * ("a ≠ 0"), so the sentence the formula stands in reads whole and the formula stays in it as the
 * page shows it. Five pieces or more in a row, each a few characters with no space, one of them at
 * least a relation or an operator: a pager's numbers or an index of letters has none.
 */
export function joinFormulaPieces(lines: readonly SourceLine[]): readonly SourceLine[] {
  const out: SourceLine[] = [];
  let run: SourceLine[] = [];
  const close = (next: SourceLine | undefined) => {
    const first = run[0];
    if (first !== undefined && run.length >= MIN_FORMULA_PIECES && run.some((line) => MATH_SIGN.test(line.text))) {
      const text = run.map((line) => line.text).join(" ");
      const above = out.at(-1);
      // Set inside a sentence: the line above stops mid-sentence and the line below goes on with it.
      if (above !== undefined && inSentence(above, next)) {
        out[out.length - 1] = { ...above, raw: `${above.raw} ${text}`, text: `${above.text} ${text}` };
      } else out.push({ n: first.n, raw: text, text });
    } else out.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (line.text !== "" && line.text.length <= MAX_BARE_PIECE_CHARS && !/\s/u.test(line.text)) run.push(line);
    else {
      close(line);
      out.push(line);
    }
  }
  close(undefined);
  return out;
}

/** A formula between `above` and `next` stands inside a sentence: the one stops mid-sentence, the other goes on in small letters or with a comma. */
const inSentence = (above: SourceLine, next: SourceLine | undefined): boolean =>
  above.text !== "" &&
  !/[.!?:;。！？]["”’)]*$/u.test(above.text) &&
  next !== undefined &&
  /^[\p{Ll},;.]/u.test(next.text);
