/**
 * A performer named where a review credits a role: in brackets right after the character's name
 * ("Elio (Timothée Chalamet)", "Bobby (a splendid, warm Willem Dafoe)", "Katherine (the
 * astounding Florence Pugh)"), or as the one who stars as a part ("The outstanding Claes Bang
 * stars as Christian"). A film's or a series' cast list writes actors' names that no lexicon
 * knows; the slot says the name is a person's: a body plays no part and is no character's
 * actor. Pure; the caller checks that the name has a person's shape (two to four capitalised
 * words).
 */

/** An opening bracket, then perhaps an article and a few adjectives ("the astounding", "a splendid, warm"). */
const BRACKET_BEFORE = /\(\s*(?:(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*,?\s+){0,3})?$/u;
/** The bracket closing right after the name. */
const BRACKET_AFTER = /^\s*\)/u;
/** Only a space between the character's name and the bracket. */
const RIGHT_BEFORE = /^\s*$/u;
/** "… stars as", "… co-stars as", "… starred as": the performer of a part. */
const STARS_AS_AFTER = /^\s+(?:co-?)?star(?:s|red)?\s+as\s/u;

/** A name read before the one being typed: where it ends and its kind, if known. */
export interface PreviousName {
  readonly end: number;
  readonly kind: string | undefined;
}

/**
 * Whether the name at `start`–`end` of `text` fills a bracket right after another name
 * (`previous`: a person's, or one of unknown kind such as a character's "Elio"; never a body's or
 * a place's), as a cast credit does.
 */
export function creditedInBrackets(
  text: string,
  start: number,
  end: number,
  previous: PreviousName | undefined,
): boolean {
  if (previous === undefined || (previous.kind !== undefined && previous.kind !== "person") || previous.end > start)
    return false;
  const before = text.slice(previous.end, start);
  const open = before.indexOf("(");
  return (
    open >= 0 &&
    RIGHT_BEFORE.test(before.slice(0, open)) &&
    BRACKET_BEFORE.test(before.slice(open)) &&
    BRACKET_AFTER.test(text.slice(end))
  );
}

/** Whether the words right after a name say it stars as a part ("… stars as Christian"). */
export function starsAs(after: string): boolean {
  return STARS_AS_AFTER.test(after);
}
