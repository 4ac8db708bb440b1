/**
 * Whether words of a sentence lie inside what someone reports: the clause a verb of speech opens
 * with "that" ("Ruiz said that the raids were ordered by Brandt", "Ruiz can be heard saying that
 * …"). A name there is part of what was said, not who said it, so a passive's agent in it ("were
 * ordered by Brandt") is no one the words after it can be given to: in "Ruiz said that the raids
 * were ordered by Brandt “because he dislikes me”" the words run on in Ruiz's clause. Pure.
 */
import { alternation, SPEECH_PARTICIPLES, SPEECH_VERBS } from "#lib/text/attribution.ts";

/**
 * A verb of speech, up to a few words after it (an adverb, whom it was told to), then "that",
 * then the reported clause up to the end of the text with no sentence or clause break and no
 * quotation mark: the end of the text lies inside the reported clause.
 */
const REPORTED_THAT = new RegExp(
  `(?<!\\p{L})(?:${alternation([...SPEECH_VERBS, ...SPEECH_PARTICIPLES])})(?:\\s+[^\\s,;:.!?“”"«»]+){0,3}?\\s+that\\s[^;:.!?“”"«»—–]*$`,
  "u",
);

/** True when the end of `text` (a sentence up to some point) lies inside a clause a verb of speech reports with "that". */
export function endsInReportedClause(text: string): boolean {
  return REPORTED_THAT.test(text);
}

/** A form of "be" (and an adverb) ending a text: the verb right after it is a passive ("were ordered"). */
const PASSIVE_AUXILIARY = /(?<!\p{L})(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * True when the verb right after `text` is in the passive: its subject received the act ("the
 * raids were ordered by Brandt"), so it is no one who spoke.
 */
export function passiveBefore(text: string): boolean {
  return PASSIVE_AUXILIARY.test(text);
}

/**
 * The subject of a passive verb of perceiving that ends a clause, right before a participle of
 * speech: "…, Ruiz can be heard saying", "Ruiz was seen telling": the one heard speaks. The
 * subject runs from the clause's start (or the last comma) to the auxiliary.
 */
const PERCEIVED_SPEAKING =
  /(?:^|[,;:—–]\s*)([^,;:—–]{1,80}?)\s+(?:(?:can|could|may|might|will|would)\s+be|is|are|was|were|(?:has|have|had)\s+been)\s+(?:\p{Ll}+ly\s+)?(?:heard|seen|caught|filmed|recorded|overheard)\s*$/du;

/** Where the subject of a passive verb of perceiving ending `text` lies ("Ruiz can be heard "), or undefined. */
export function perceivedSubject(text: string): { text: string; at: number } | undefined {
  const match = PERCEIVED_SPEAKING.exec(text);
  const span = match?.indices?.[1];
  return match?.[1] === undefined || span === undefined ? undefined : { text: match[1], at: span[0] };
}

/**
 * An impersonal passive of belief or report opening a "that" clause, right before the clause's
 * subject: "It is widely believed that ", "…, but is thought that ". What the subject then thinks
 * or says is what unnamed others believe of them, no statement of theirs: the sentence names no
 * source (eval/README.md: impersonal wording is none).
 */
const IMPERSONAL_THAT =
  /(?<!\p{L})(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:believed|thought|assumed|presumed|understood|rumou?red|suspected|said|reported|alleged)\s+that\s+$/u;

/** True when `before` (a sentence up to a name) ends in an impersonal "is believed that " (IMPERSONAL_THAT). */
export function impersonalThatBefore(before: string): boolean {
  return IMPERSONAL_THAT.test(before);
}
