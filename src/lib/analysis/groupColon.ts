/**
 * The group of unnamed people that says the words a colon introduces: "Party officials put it
 * bluntly:", "Officials in the city council said:". The text's own attribution, kept as it is
 * written, as "“…,” said researchers" gives the words to "researchers". Strict, as a wrong speaker
 * is worse than none: the group (groupSubject) must be the whole subject of a verb of speech, or
 * of "put it", that is the clause's last verb, with at most a manner word ("bluntly", "more simply")
 * between it and the colon. A subject that goes on past the group and where it is from ("Officials
 * who met Ruiz", "Officials, like the mayor,"), a clause before it, or any other verb gives nothing;
 * a pronoun is no group. The caller checks that the sentence names no person. The subject as
 * written, or undefined.
 */
import { SPEECH_VERBS } from "#lib/text/attribution.ts";
import { groupSubject } from "./attributionGrammar.ts";

/** Finite verbs of speech only: "Officials saying:" or "Officials say:" at a headline's pace are kept; "to say:" is not a subject's. */
const FINITE = SPEECH_VERBS.filter((v) => /(?:ed|s|told|wrote|said|say)$/u.test(v));
/**
 * The verb of speech (or "put it") that ends the clause, a manner word or two after it, and the
 * colon: " said:", " put it bluntly:", " put it more simply:", " told reporters:" is not one (whom
 * the words were told to is kept out: the rule reads only a subject and its verb).
 */
const SPEAKS_BEFORE_COLON = new RegExp(
  `\\s+(?:(?:${FINITE.join("|")})(?:\\s+\\p{Ll}+ly)?|put\\s+it(?:\\s+(?:more\\s+|most\\s+|quite\\s+|very\\s+)?\\p{Ll}+ly|\\s+simply|\\s+this\\s+way)?)\\s*:\\s*$`,
  "u",
);
/** A sentence's opening conjunction, which is no part of its subject. */
const OPENER = /^\s*(?:But|And|Yet|So)\s+/u;
/** The only words a subject's group may go on with: where its people are from or work ("in the city council", "at the plant"). */
const WHERE_TAIL = /^(?:\s+(?:in|at|from|of|for|on)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})?$/u;
/**
 * Words that would make the tail a clause or a second subject, not a place; and an owner's "’s",
 * as "in Ana Ruiz’s office" speaks for the person it names, who may be the one whose words they are.
 */
const NOT_A_PLACE =
  /(?<!\p{L})(?:and|or|who|which|that|whom|whose|when|while|as|if|because|he|she|they|it|we|I)(?!\p{L})|\p{L}[’']s(?!\p{L})/u;

export function groupBeforeColon(sentence: string): string | undefined {
  const verb = SPEAKS_BEFORE_COLON.exec(sentence);
  if (!verb) return undefined;
  const subject = sentence.slice(0, verb.index).replace(OPENER, "").trim();
  if (/[,;:–—()“”"«»]/u.test(subject)) return undefined;
  const group = groupSubject(`${subject} said.`);
  if (group === undefined) return undefined;
  // The group opens the subject (after an article or a count at most), and only a place may follow it.
  const at = subject.indexOf(group);
  if (
    at < 0 ||
    !/^(?:(?:the|The|Some|some|Many|many|Several|several|Two|Three|Four|Five|\d+)\s+)?$/u.test(subject.slice(0, at))
  )
    return undefined;
  const tail = subject.slice(at + group.length);
  if (!WHERE_TAIL.test(tail) || NOT_A_PLACE.test(tail)) return undefined;
  return subject.replace(/\s+/gu, " ");
}
