/**
 * A byline's "by" left on the headline's line: a page that sets "by" as text after its headline
 * element and the author's name as a link in the next one gives, as plain text, "U.S. Stocks
 * Rise to Records by" over "Jane Doe". The headline is the line without its last word, and the
 * name under it is the byline, so the pair is read back as "U.S. Stocks Rise to Records" and
 * "By Jane Doe". Only a lower-case "by" closing a line of several words counts (a sentence never
 * ends on "by"), and only over a line shaped like a name.
 */
import type { RawUnit } from "./units.ts";

/** Three words or more, then " by" at the very end. */
const ENDS_ON_BY = /^(?<head>\S+(?:\s+\S+){2,}?)\s+by$/u;

/** One to four capitalised words (particles allowed), no sentence punctuation: a person's name. */
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|del|van|von|der|la|le|bin|al)\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** `units` with a "… by" line over a name line read as a headline over "By <name>". */
export function splitTrailingBy(units: readonly RawUnit[]): RawUnit[] {
  return units.map((unit, i) => {
    const head = ENDS_ON_BY.exec(unit.text)?.groups?.["head"];
    const next = units[i + 1];
    if (head !== undefined && next !== undefined && unit.furniture === undefined && NAME_LINE.test(next.text))
      return { ...unit, text: head };
    const above = units[i - 1];
    if (
      above !== undefined &&
      above.furniture === undefined &&
      ENDS_ON_BY.test(above.text) &&
      NAME_LINE.test(unit.text)
    )
      return { ...unit, text: `By ${unit.text}` };
    return unit;
  });
}
