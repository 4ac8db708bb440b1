/**
 * A sentence's non-restrictive relative clauses (", who answered lawmakers' questions …,",
 * ", which killed nine people,"), set apart from the rest of it.
 *
 * Why: such a clause reports a second fact about the word before it ("Bradley, who answered
 * lawmakers' questions during closed-door briefings on Thursday, knew that the initial strike
 * left two survivors" tells of the briefing and of what Bradley knew). Compared whole, the
 * sentence is a weak match for each fact, since the other fact's words count against it; claims
 * compare the clause and the rest of the sentence each on its own. Only a clause the commas
 * mark off is one: "the strike that killed nine" restricts its noun and stays where it is.
 */

import { STOP_WORDS } from "#lib/text/stopWords.ts";

/**
 * ", who|which|whose|whom …" up to the next comma (taken with it: "Bradley, who …, knew" leaves
 * "Bradley knew"), semicolon or dash, or the sentence's end.
 */
const RELATIVE = /,\s+((?:who|which|whose|whom)\b[^,;—–]*?)\s*(?:,(?=\s)|(?=[;—–]|[.!?]?["”’]?\s*$))/gu;

export interface RelativeSplit {
  /** The sentence without its relative clauses. */
  readonly main: string;
  /**
   * Each relative clause after the words it is about, its antecedent ("Bradley who answered
   * lawmakers' questions …"): "who answered" alone does not say who did.
   */
  readonly relatives: readonly string[];
}

/**
 * A sentence's non-restrictive relative clauses and the sentence without them; none when it has
 * none. `stands` says which clauses are set apart (one too short to report a fact of its own,
 * "which have opened", stays in the sentence); by default every one.
 */
export function splitRelatives(sentence: string, stands: (clause: string) => boolean = () => true): RelativeSplit {
  const relatives: string[] = [];
  const main = sentence.replace(RELATIVE, (match, clause: string, offset: number) => {
    const about = `${antecedent(sentence.slice(0, offset))} ${clause}`.trim();
    if (!stands(about)) return match;
    relatives.push(about);
    return "";
  });
  return { main: relatives.length === 0 ? sentence : main, relatives };
}

/** Most words an antecedent is read back over ("the initial missile strike": three). */
const MAX_ANTECEDENT = 4;

/**
 * The noun phrase a text ends on, the antecedent of a relative clause after it: its last words
 * back to a function word ("pressure from the Trump administration": Trump administration), at
 * most `MAX_ANTECEDENT`; a name keeps its words ("Chairman Dan Caine").
 */
function antecedent(before: string): string {
  const words = before.trimEnd().split(/\s+/u);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < MAX_ANTECEDENT; k--) {
    const word = words[k] ?? "";
    if (/[,;:—–()]/u.test(word) && out.length > 0) break;
    if (STOP_WORDS.has(word.toLowerCase()) || !/\p{L}/u.test(word)) break;
    out.unshift(word);
  }
  return out.join(" ");
}
