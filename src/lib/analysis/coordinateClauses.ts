/**
 * A sentence's coordinate clauses: two facts joined in one sentence by a semicolon or by "while"
 * ("The administration has transferred a strip of land to the military while authorizing troops
 * to detain immigrants").
 *
 * Why: like a relative clause (`relativeClauses.ts`), each such clause reports a fact of its own,
 * and compared whole the sentence is a weak match for either, since the other fact's words count
 * against it. Claims compare each clause on its own. A part is set apart only when `stands` says
 * it reports a fact (enough content words), so "emphasizing cooperation while rejecting foreign
 * intervention" stays whole.
 *
 * Measured on dev and left out (eval/README.md, "Claims"): a comma before "and" or "but" as a
 * joint (a clause lost a word the whole sentence shared with its partner, one gold pair lost), and
 * an opening clause of time or contrast ("While Trump acknowledged …, he did not comment …") set
 * apart (one gold pair lost, none gained).
 */

/** Where two clauses meet: a semicolon, or "while" / "whereas" (after a comma or not). */
const JOINT = /\s*;\s+|,?\s+(?:while|whereas)\s+/giu;

/**
 * The clauses a sentence reports, in order, split where two clauses meet; the sentence whole
 * when it has one. A joint splits only when the parts on both sides `stand`; a part too thin to
 * report a fact stays with its neighbour.
 */
export function splitCoordinates(sentence: string, stands: (clause: string) => boolean = () => true): string[] {
  const text = sentence.trim();
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(JOINT)) {
    const before = text.slice(start, m.index);
    const after = text.slice(m.index + m[0].length);
    if (!stands(before) || !stands(after)) continue;
    parts.push(before);
    start = m.index + m[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
