/**
 * Which way a sentence looks in time, for resolving a weekday or a bare month in it
 * (content/relativeDates.ts): the last such day on or before publication, or the next one when
 * the sentence speaks of the future.
 */

/** Words of the future: "will", "next", "scheduled", "is expected to", "are due", "adjourned" … */
const FUTURE =
  /\b(?:will|next|upcoming|scheduled|is set to|are set to|plans? to|(?:is|are|be)\s+(?:\p{L}+ly\s+)?(?:expected|due)|adjourned|postponed|deferred)\b/iu;

/** True when the sentence looks ahead: a weekday or month in it is the next one, not the last. */
export function looksAhead(sentence: string): boolean {
  return FUTURE.test(sentence);
}

/** A common irregular verb in the past tense ("rose", "fell", "said"). */
export const IRREGULAR_PAST =
  /\b(?:was|were|had|did|didn|wasn|weren|hadn|said|went|came|took|made|met|sent|began|left|saw|told|gave|found|got|won|lost|fell|rose|held|led|brought|thought|spoke|wrote|ran|became|kept|paid|struck|fled|knew|flew|drove|chose|sought|fought|caught|bought|stood|sat|felt|heard|meant|spent|built|broke|froze|shot|hid|beat|swore|sold|taught|threw|wore|woke)\b/u;

/** A verb in the past tense: a regular "-ed" form (not "need", "hundred", "indeed") or a common irregular one. */
export const PAST = new RegExp(
  `\\b(?!(?:need|speed|seed|proceed|exceed|succeed|indeed|hundred|breed|feed|bleed|embed|shed)\\b)\\p{Ll}{2,}ed\\b|${IRREGULAR_PAST.source}`,
  "u",
);

/** "would" looks ahead only from before a date ("said the report would be published in June"); after one it
 * may tell a past ("In June, police would find …"). */
const WOULD = /\bwould\b/iu;

/**
 * True when the future words govern the date at [start, end) rather than the whole sentence: a
 * future word before the date ("will take effect in July") does, unless a verb in the past stands
 * right before the date and dates it ("said in March", "approved in March"; not "adjourned until July", which looks ahead); a future word after
 * the date does unless a verb in the past stands between them ("In March, Mexico said it will
 * deploy …": March dates the saying).
 */
export function looksAheadAt(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const [, auxiliary = "", verbBefore = ""] = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u.exec(before) ?? [];
  const told =
    new RegExp(`^(?:${PAST.source})$`, "u").test(verbBefore) &&
    !FUTURE.test(verbBefore) &&
    !/^(?:be|been|being|have|has|will|would)$/iu.test(auxiliary);
  if (told) return false;
  if (FUTURE.test(before) || WOULD.test(before)) return true;
  const after = sentence.slice(end);
  const next = FUTURE.exec(after);
  return next !== null && !PAST.test(after.slice(0, next.index));
}
