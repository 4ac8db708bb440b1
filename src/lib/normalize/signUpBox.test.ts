/**
 * The sign-up box pass: a short title and its pitch over a promo button are marked promo
 * furniture; the same lines without the button, or a headline-length title, are left alone.
 */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { toLines } from "./lines.ts";
import { markSignUpBoxes } from "./signUpBox.ts";
import { buildUnits } from "./units.ts";

const LEDE = "Officials in the state capital said on Monday that the new water rules would take effect in the spring.";
const PITCH = "Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings.";

function furnitureOf(...lines: string[]): (string | undefined)[] {
  const units = markSignUpBoxes(classifyUnits(buildUnits(toLines(lines.join("\n\n"))).units));
  return units.map((u) => u.furniture);
}

describe("markSignUpBoxes", () => {
  it.each([
    ["a title, its pitch and the button", ["Breaking News Emails", PITCH, "SUBSCRIBE"], ["promo", "promo", "promo"]],
    ["no button under the pitch", ["Breaking News Emails", PITCH, "By Ana Ruiz"], [undefined, undefined, undefined]],
    [
      "a title as long as a headline",
      ["Water rules will cut valley deliveries by a third", PITCH, "SUBSCRIBE"],
      [undefined, undefined, "promo"],
    ],
    ["a title written as a sentence", ["Emails are here.", PITCH, "SUBSCRIBE"], [undefined, undefined, "promo"]],
    [
      "a credit over the article's lede over a newsletter line: the lede speaks to no reader",
      ["Staff writer", "Customs agents said on Tuesday that they found rifle parts in a truck.", "SUBSCRIBE"],
      [undefined, undefined, "promo"],
    ],
    [
      "the same shape inside the article's text: a section heading and its paragraph",
      [LEDE, LEDE, "Breaking News Emails", PITCH, "SUBSCRIBE"],
      [undefined, undefined, undefined, undefined, "promo"],
    ],
  ])("%s", (_, lines, expected) => {
    expect(furnitureOf(...lines)).toEqual(expected);
  });
});
