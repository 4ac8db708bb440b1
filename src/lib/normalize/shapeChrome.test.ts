import { describe, expect, it } from "vitest";
import { classifyUnit, type Unit } from "./classify.ts";
import { toLines } from "./lines.ts";
import { articleEnd, isLabelShaped } from "./shapeChrome.ts";
import { buildUnits } from "./units.ts";

const units = (text: string): Unit[] => buildUnits(toLines(text)).units.map(classifyUnit);

describe("isLabelShaped", () => {
  it("takes short bare lines: menu labels and other stories' headlines", () => {
    expect(isLabelShaped("Privacy Policy")).toBe(true);
    expect(isLabelShaped("Farmers Count Losses After Late Frost")).toBe(true);
  });
  it("leaves sentences, questions, and a sentence with a credit glued after it", () => {
    expect(isLabelShaped("Three people were detained.")).toBe(false);
    expect(isLabelShaped("Who will pay for the new road?")).toBe(false);
    expect(isLabelShaped("Officials declined to comment. — Agencies")).toBe(false);
    expect(
      isLabelShaped(
        "The bank is expected to cut rates again when its board meets later this month, but members warned that",
      ),
    ).toBe(false);
  });
});

describe("articleEnd", () => {
  it("is the last unit that is not label-shaped", () => {
    const u = units("Headline\n\nThe road reopened on Monday.\n\nAbout Us\nContact");
    expect(articleEnd(u, 1)).toBe(1);
  });
  it("cuts nothing after a line that introduces what follows with a colon", () => {
    const u = units("Headline\n\nThe two sides agreed on the following:\n\nJoint Patrols\nShared Radar Data");
    expect(articleEnd(u, 1)).toBeUndefined();
  });
});
