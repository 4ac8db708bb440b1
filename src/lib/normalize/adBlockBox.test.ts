/**
 * The ad-blocker box: the site's notices about the reader's ad blocker, the lines between them
 * and the steps under the last; a story about ad blocking, told in the third person, stays.
 */
import { describe, expect, it } from "vitest";
import { isAdBlockNotice, markAdBlockBoxes } from "./adBlockBox.ts";
import { classifyUnits } from "./classify.ts";
import { toLines } from "./lines.ts";
import { buildUnits } from "./units.ts";

function furnitureOf(...lines: string[]): (string | undefined)[] {
  return markAdBlockBoxes(classifyUnits(buildUnits(toLines(lines.join("\n\n"))).units)).map((u) => u.furniture);
}

describe("isAdBlockNotice", () => {
  it.each([
    "We noticed you're using an ad blocker.",
    "To read our full stories, please turn off your ad blocker.",
    "How Do I Whitelist Harbour Wire?",
    "Click the AdBlock button on your browser and select Don't run on pages on this domain.",
  ])("reads %j as the site's notice", (line) => {
    expect(isAdBlockNotice(line)).toBe(true);
  });

  it.each([
    "About a quarter of readers use an ad blocker, the survey found.",
    "Publishers lost money to ad blocking last year, a study said.",
    "Ad blockers strip out the scripts that sites use to track readers.",
    "“We ask readers to turn off their ad blocker,” the editor said.",
    "Our reporters asked the company why it sells an ad blocker.",
  ])("leaves the sentence %j", (line) => {
    expect(isAdBlockNotice(line)).toBe(false);
  });
});

describe("markAdBlockBoxes", () => {
  const LEDE =
    "Officials in the state capital said on Monday that the new water rules would take effect in the spring.";

  it("marks the box: its notices, the plea between them and the steps under the last", () => {
    const [lede, ...box] = furnitureOf(
      LEDE,
      "We noticed you're using an ad blocker.",
      "We get it: you like to have control of your own internet experience.",
      "But advertising revenue helps support our journalism.",
      "To read our full stories, please turn off your ad blocker.",
      "For Adblock Plus:",
      "Click the AdBlock Plus button on your browser and select Disable.",
    );
    expect(lede).toBeUndefined();
    expect(box.slice(0, 5)).toEqual(["notice", "notice", "notice", "notice", "notice"]);
    // The last step is read as a browser prompt by ./uiText.ts already; either way not the article's.
    expect(box[5]).toBeDefined();
  });

  it("leaves the article's paragraphs after a lone notice, and text far between two", () => {
    expect(
      furnitureOf(
        "We noticed you're using an ad blocker.",
        LEDE,
        "The rules cap what farms may draw from the river in a dry year.",
        "Growers said the cap would cost them a third of their crop.",
        "A hearing is set for May.",
        "To read our full stories, please turn off your ad blocker.",
        "The state will review the cap in two years.",
      ),
    ).toEqual(["notice", undefined, undefined, undefined, undefined, "notice", undefined]);
  });
});
