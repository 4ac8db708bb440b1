/**
 * A group described by what it says, where the sentence is about that kind of people, not a
 * report of their words: the writer's own generalisation ("there are people who say, write and do
 * hateful things"; "The last people arguing words don’t matter should be conservatives"). The
 * group's verb of saying is in its defining clause, and the sentence then either makes it one of
 * several deeds over one object (saying, writing and doing things) or judges the kind with
 * "should", "must" or "ought to be". Such a group is no source. Read on the words right after
 * the group's noun. Pure.
 */
import { alternation, REPORTING_VERBS, SPEECH_VERBS, STATEMENT_VERBS } from "#lib/text/attribution.ts";

/** A defining clause whose verbs, listed, end in "do" over one object: " who say, write and do hateful things". */
const SAY_AND_DO = /^\s+(?:who|that)\s+(?:\p{Ll}+,\s+)*\p{Ll}+,?\s+(?:and|or)\s+(?:do|does|did)\s+\p{L}/u;

/**
 * A defining clause (" who say …", " arguing …", no comma before it) and then, with no comma,
 * semicolon or quotation between, the sentence's verb judging the kind: " arguing words don’t
 * matter should be …", " who say the plan failed must not be …" (group 1: the clause's words after its verb).
 */
const KIND_JUDGED =
  /^\s+(?:(?:who|that)\s+\p{Ll}+|\p{Ll}{2,}ing)\s([^,;:“”"]*?)\s(?:should|must|ought\s+to)\s+(?:not\s+)?be(?!\p{L})/u;

/** A verb of saying inside the clause: the judgement is then what the group says (" who live nearby said the bridge should be …"). */
const SAYING_WITHIN = new RegExp(
  `(?<!\\p{L})(?:${alternation([...SPEECH_VERBS, ...REPORTING_VERBS, ...STATEMENT_VERBS])})(?!\\p{L})`,
  "u",
);

/** True when `after` (a sentence from just past a group's noun) describes a kind of people (SAY_AND_DO, KIND_JUDGED). */
export function describesAKind(after: string): boolean {
  const judged = KIND_JUDGED.exec(after);
  return SAY_AND_DO.test(after) || (judged !== null && !SAYING_WITHIN.test(judged[1] ?? ""));
}
