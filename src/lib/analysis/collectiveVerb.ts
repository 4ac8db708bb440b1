/**
 * A one-word name as the subject of a plural verb: "Chelsea have paid the fee", "which Chelsea
 * hope to announce". In British usage a team or a firm takes the plural ("Arsenal are"); one
 * person never does ("Chelsea has"), so the name is a body's, whatever given name it shares.
 * Not where the verb is a bare infinitive after another verb or a modal ("let Chelsea have it",
 * "did Chelsea have"), a subjunctive ("if Chelsea were"), a determiner's plural noun ("the
 * Joy-Cons are"), nor the last of a list ("Ann and Chelsea have"), whose plural is the list's. Pure.
 */

/** Plural present verbs a body's collective subject takes, perhaps after an adverb ("have this morning paid"). */
const PLURAL_VERB_AFTER =
  /^\s+(?:(?:also|still|now|already|reportedly|today)\s+)?(?:have|are|hope|want|need|plan|say|believe|expect|insist|remain)\b/u;
/** A word that makes the verb after the name a bare infinitive or the name an object: a modal, an auxiliary, a causative. */
const INFINITIVE_BEFORE =
  /(?<!\p{L})(?:let|lets|make|makes|made|help|helps|helped|watch|see|saw|hear|heard|have|has|had|do|does|did|should|would|could|will|shall|may|might|must|can|cannot|to)\s+$/iu;
/** A determiner before the name: a common noun's phrase ("the Joy-Cons are"), not a body's name alone. */
const DETERMINER_BEFORE = /(?<!\p{L})(?:the|a|an|these|those|this|that|its|their|his|her|our|my|your)\s+$/iu;
/** A list's joint before the name: its plural verb is the list's. */
const LISTED_BEFORE = /(?:,|(?<!\p{L})(?:and|or|nor|with))\s+$/iu;

/** Whether the one-word name at `start`–`end` of `text` (one sentence) is the subject of a plural verb, as above. */
export function collectiveSubject(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (/\s/u.test(name.trim())) return false;
  const before = text.slice(0, start);
  return (
    PLURAL_VERB_AFTER.test(text.slice(end)) &&
    !INFINITIVE_BEFORE.test(before) &&
    !LISTED_BEFORE.test(before) &&
    !DETERMINER_BEFORE.test(before)
  );
}
