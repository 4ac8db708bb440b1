/**
 * "Sellers are still asking for prices they got last spring", "landlords ask $2,000 a month": to
 * ask a price, a rent or a sum is to set it, not to say anything, so the askers are no source of
 * what the sentence reports. Read on the words right after a subject. Pure.
 */

/**
 * A form of "ask" after up to two words (an auxiliary, "still"), then "for" or nothing, up to
 * two determiners or modifiers ("their", "higher", "about"), then a price, a rent, a fee or an
 * amount of money.
 */
const ASKS_A_PRICE =
  /^\s+(?:\p{Ll}+\s+){0,2}?(?:ask|asks|asked|asking)\s+(?:for\s+)?(?:(?:the|a|their|his|her|its|higher|lower|top|full|same|record|about|around|nearly|almost)\s+){0,2}(?:prices?|rents?|fees?|sums?|[$€£]\s?\d|\d[\d,.]*\s+(?:dollars|euros|pounds))(?!\p{L})/u;

/** True when `after` (a sentence from just past its subject) has the subject ask a price (ASKS_A_PRICE). */
export function asksAPrice(after: string): boolean {
  return ASKS_A_PRICE.test(after);
}
