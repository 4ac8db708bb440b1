/**
 * Which way a sentence looks in time, for resolving a weekday or a bare month in it
 * (content/relativeDates.ts): the last such day on or before publication, or the next one when
 * the sentence speaks of the future.
 */

/** Words of the future: "will", "next", "scheduled", "is expected to", "adjourned" … */
const FUTURE =
  /\b(?:will|next|upcoming|scheduled|is set to|are set to|plans? to|is expected to|are expected to|adjourned|postponed|deferred)\b/iu;

/** True when the sentence looks ahead: a weekday or month in it is the next one, not the last. */
export function looksAhead(sentence: string): boolean {
  return FUTURE.test(sentence);
}
