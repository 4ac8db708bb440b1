/**
 * Turns set out under a speaker's label in capitals (issue 16): a broadcast transcript or a
 * roundtable writes each turn as a paragraph opened by its speaker's name in capitals and a colon
 * ("REYES: …", "ANA REYES: …"). The words after the label are that person's, as a quotation's are,
 * though no quotation mark holds them, so the sourcing profile counts the turn's first sentence for
 * them — the sentence the label itself attributes (the gold counts each turn once, so).
 *
 * A label in capitals is also a dateline ("WASHINGTON: …") or a kicker ("UPDATE: …"), so it counts
 * only as a person the article names in its prose: the label's words are a person's name the
 * caller read there, or the label is that name in full ("ANA REYES" over "Reyes said"). Fewer
 * than two turns make no transcript. The interviewer or presenter also speaks under a label, but
 * asks and narrates rather than answers: a speaker who asks a question in any turn, or names
 * another labelled speaker in one, is that, and counts for no one (a guessed speaker is a wrong
 * count where a missed one is only a miss). Pure.
 */
import type { Block } from "#lib/text/sentences.ts";
import { foldedWords } from "#lib/text/fold.ts";

/** A paragraph's opening label: one to four words in capitals, then a colon and the turn's words. */
const LABEL = /^\s*(\p{Lu}[\p{Lu}’'.-]+(?:\s+\p{Lu}[\p{Lu}’'.-]+){0,3})\s*:\s+(?=\S)/u;
/** The fewest labelled turns that make a transcript: one capitalised label alone may be a dateline. */
const LEAST = 2;

export interface LabelledTurn {
  /** The person's name, as the article's prose writes it in full, or the label in title case. */
  readonly speaker: string;
  /** The anchor of the turn's first sentence. */
  readonly anchor: string;
}

const titleCase = (label: string) =>
  label
    .toLowerCase()
    .replace(/(^|[\s’'-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/**
 * The person `label` stands for among `people` (names the prose gives people): the one name whose
 * words the label's all are, ending on the same word ("SIEBEN" or "JON SIEBEN" for "Jon Sieben"), or the label itself in full
 * when every such name is a part of it ("MARCO BELLINI" over "Bellini"); undefined when none is, or
 * two differ.
 */
function personOf(label: string, people: readonly string[]): string | undefined {
  const words = foldedWords(label);
  const within = (part: readonly string[], whole: readonly string[]) => part.every((w) => whole.includes(w));
  // The label ends on the name's last word, its surname: "NEW" is no word of "New York".
  const full = [
    ...new Set(people.filter((name) => within(words, foldedWords(name)) && foldedWords(name).at(-1) === words.at(-1))),
  ];
  if (full.length === 1) return full[0];
  if (full.length > 1) return undefined;
  // A surname alone in the prose ("Bellini told Oduya"), its last word the label's.
  const parts = people.filter((name) => {
    const folded = foldedWords(name);
    return folded.length > 0 && within(folded, words) && folded.at(-1) === words.at(-1);
  });
  return parts.length > 0 && words.length > 1 ? titleCase(label) : undefined;
}

/**
 * The turns `blocks` set out under speakers' labels, each given to its speaker, or none.
 * `people` are the names of people the article's prose gives, as the caller reads them.
 */
export function labelledTurns(blocks: readonly Block[], people: readonly string[]): LabelledTurn[] {
  const turns = blocks.flatMap((block) => {
    const label = block.kind === "heading" ? undefined : LABEL.exec(block.text)?.[1];
    return label === undefined ? [] : [{ block, label, words: block.text.slice(block.text.indexOf(":") + 1) }];
  });
  if (turns.length < LEAST) return [];
  const labels = new Set(turns.map((t) => t.label));
  // Names a turn's words give another labelled speaker by: their label's words, in the prose's case.
  const namesOther = (words: string, label: string) =>
    [...labels].some(
      (other) =>
        other !== label &&
        foldedWords(other).some(
          (w) => w.length > 2 && new RegExp(`(?<!\\p{L})${titleCase(w)}(?!\\p{L})`, "u").test(words),
        ),
    );
  const presenters = new Set(
    turns.filter((t) => /\?/u.test(t.words) || namesOther(t.words, t.label)).map((t) => t.label),
  );
  return turns.flatMap((turn) => {
    const speaker = presenters.has(turn.label) ? undefined : personOf(turn.label, people);
    const first = turn.block.sentences[0];
    return speaker === undefined || first === undefined ? [] : [{ speaker, anchor: first.anchor }];
  });
}
