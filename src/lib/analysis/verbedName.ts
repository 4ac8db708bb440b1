/**
 * A firm's name written as a verb: "she needed to Google the words", "you can Photoshop a picture",
 * "he would Venmo them the rent". After a modal or an infinitive's "to" that a verb of needing,
 * wanting or trying governs, and before the object's determiner or pronoun, the word fills a
 * verb's slot, whatever its capital says: the text does not name the firm there. Not after "to"
 * alone ("moved to Google the next year", "sold it to Google the same day": a firm as a
 * destination), which is why the "to" must follow such a verb. Pure.
 */

/** A modal, or "to" after a verb that takes an infinitive, right before the word. */
const VERB_SLOT_BEFORE =
  /(?<![\p{L}])(?:would|could|should|can|will|might|must|may|(?:need|needs|needed|want|wants|wanted|try|tries|tried|have|has|had|forgot|decided|learned|learnt)\s+to)\s+$/iu;
/** The verb's object right after the word: a determiner or an object pronoun. */
const OBJECT_AFTER = /^\s+(?:the|a|an|it|them|him|her|his|their|your|my|our|its|this|that|these|those)(?![\p{L}])/u;

/** Whether the one-word name at `start`–`end` of `text` (one sentence) stands in a verb's slot, as above. */
export function usedAsVerb(text: string, start: number, end: number): boolean {
  if (/\s/u.test(text.slice(start, end).trim())) return false;
  return VERB_SLOT_BEFORE.test(text.slice(0, start)) && OBJECT_AFTER.test(text.slice(end));
}
