/**
 * The byline a credit line opening the body states: "by Jane Roe" on a line of its own after the
 * header's furniture (a tag row, a date) and before the first paragraph. A page whose header
 * credits only its house account ("by Site Contributor", a newsroom credit that names no one)
 * may print the writer's name there, over the text. A credit line further down, inside the text,
 * is a picture's or a graphic's and is not read here.
 */
import { isProse, type Unit } from "./classify.ts";
import { isNewsroomCredit } from "./patterns.ts";
import { isPersonName } from "./personName.ts";

/** How many units past the header a credit may stand before the text: a tag row and a date at most. */
const MAX_UNITS_BEFORE_TEXT = 4;

/** The person the one-line credit between `from` and the first paragraph names; undefined when none does. */
export function openingCredit(units: readonly Unit[], from: number): string | undefined {
  for (const unit of units.slice(from, from + MAX_UNITS_BEFORE_TEXT)) {
    const credit = unit.lines.length === 1 ? unit.byline : undefined;
    if (credit !== undefined) {
      const name = credit.byline;
      if (credit.outlet === undefined && isPersonName(name) && !isNewsroomCredit(name)) return name;
      continue;
    }
    if (isProse(unit)) return undefined;
  }
  return undefined;
}
