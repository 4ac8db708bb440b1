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
