/**
 * Interview transcripts (issue 16): a page that sets out an interview as questions and answers,
 * each paragraph opened by "Q:" or "A:", gives every sentence of an answer to the one person its
 * introduction names. The answers are that person's words, as a quotation's are, though no
 * quotation mark holds them, so the sourcing profile counts them as that person's.
 *
 * The introduction is the prose before the first question. With no person named there, or more
 * than one ("Ana Ruiz spoke with Tom Reyes"), the answers stay unattributed: a guessed speaker is
 * a wrong count where a missed one is only a miss. So they do when no answer speaks in the first
 * person singular: a page of questions a body answers ("Q: Who can apply? A: Anyone over 18.")
 * may name someone in its introduction who answers nothing. Only answers labelled "A:" count; a paragraph
 * after an answer without its label may be the interviewer's own line ("Ok, now for a little
 * fun."), and a label that is the speaker's name ("REYES: …") is another shape, read by speakerLabels.ts.
 */
import type { Block } from "#lib/text/sentences.ts";

/** A paragraph that opens with a question's or an answer's label. */
const QUESTION = /^\s*Q\s*:\s/u;
const ANSWER = /^\s*A\s*:\s/u;
/** A speaker's own "I": an interviewee says it somewhere, a body's answers page seldom does. */
export const FIRST_PERSON = /(?<!\p{L})(?:I|I’m|I'm|I’ve|I've|I’d|I'd|me|my|myself)(?!\p{L})/u;
/** The fewest questions, and answers, that make a transcript: one "A:" line alone may be a list's label. */
const LEAST = 2;

export interface Transcript {
  /** The one person the introduction names, as written there in full. */
  readonly interviewee: string;
  /** The anchors of every sentence of every answer. */
  readonly answers: readonly string[];
}

/** True when `short` is `long` or a part of it by whole words ("Gaspard" of "Junior Gaspard"). */
function partOf(short: string, long: string): boolean {
  const words = new Set(long.split(/\s+/u));
  return short.split(/\s+/u).every((word) => words.has(word));
}

/**
 * The transcript `blocks` set out, or undefined when they are no transcript or its introduction
 * names no one person. `peopleIn(block)` gives the names of people a paragraph of the
 * introduction holds, as the caller reads them.
 */
export function interviewTranscript(
  blocks: readonly Block[],
  peopleIn: (block: Block) => readonly string[],
): Transcript | undefined {
  // A question may be set as a heading (a bold "Q: …" line); an answer is prose.
  const first = blocks.findIndex((b) => QUESTION.test(b.text));
  const answers = blocks.filter((b) => b.kind !== "heading" && ANSWER.test(b.text));
  if (first < 0 || answers.length < LEAST || blocks.filter((b) => QUESTION.test(b.text)).length < LEAST)
    return undefined;
  // The transcript opens with its first question: an answer before it is no answer to anyone asked here.
  if (answers.some((b) => blocks.indexOf(b) < first)) return undefined;
  if (!answers.some((b) => FIRST_PERSON.test(b.text.replace(ANSWER, "")))) return undefined;
  const names: string[] = [];
  for (const block of blocks.slice(0, first).filter((b) => b.kind !== "heading"))
    for (const name of peopleIn(block)) {
      if (names.some((known) => partOf(name, known))) continue;
      names.splice(0, names.length, ...names.filter((known) => !partOf(known, name)), name);
    }
  const [interviewee] = names;
  if (names.length !== 1 || interviewee === undefined) return undefined;
  return { interviewee, answers: answers.flatMap((b) => b.sentences.map((s) => s.anchor)) };
}
