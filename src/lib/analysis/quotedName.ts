/**
 * A name that fills a pair of double quotation marks by itself ("“Harbor Quest Run,” the studio's
 * first phone game", "a ride called “Captain Orla”"): the marks set the words off as a title or a
 * nickname, which is how a text writes a work, a game or a character, not how it names a person it
 * tells of. A quoted sentence that holds the name among other words is no such quotation
 * (“Dorian Pike called me”), and a closing comma or full stop inside the marks is typography
 * (American style puts it there). An article between the opening mark and the name is part of the
 * title (“The Assassination of Dorian Pike”): no person's name takes one. Pure.
 */

/** An opening double quotation mark right before the name, straight or curly, perhaps with a title's article. */
const OPENS = /["“„](?:The |A |An )?$/u;
/** A closing double quotation mark right after the name, perhaps after a comma, full stop, "?" or "!". */
const CLOSES = /^[,.!?]?["”]/u;

/** Whether the name at `start`–`end` of `text` (one sentence) fills a pair of double quotation marks by itself. */
export function fillsQuotation(text: string, start: number, end: number): boolean {
  return OPENS.test(text.slice(0, start)) && CLOSES.test(text.slice(end));
}
