/** The byline a credit line opening the body states, read when the header credits no one by name. */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { toLines } from "./lines.ts";
import { openingCredit } from "./openingCredit.ts";
import { buildUnits } from "./units.ts";

const unitsOf = (text: string) => classifyUnits(buildUnits(toLines(text)).units);
const LEDE =
  "Staying in a lighthouse keeper's cottage may sound bleak, but the rooms above the harbour have been rebuilt with care.";

describe("openingCredit", () => {
  it("reads the writer's credit set over the first paragraph, past a tag row", () => {
    const units = unitsOf(`HARBOURS HOTELS COAST\n\nby Mara Ellison Quist\n\n${LEDE}`);
    expect(openingCredit(units, 0)).toBe("Mara Ellison Quist");
  });

  it("reads no credit set after the first paragraph: a picture's or a graphic's", () => {
    const units = unitsOf(`${LEDE}\n\nby Mara Ellison Quist\n\nThe cottage sleeps four.`);
    expect(openingCredit(units, 0)).toBeUndefined();
  });

  it("reads no house account's credit and no outlet's", () => {
    expect(openingCredit(unitsOf(`by Staff\n\n${LEDE}`), 0)).toBeUndefined();
    expect(openingCredit(unitsOf(`By Mara Quist, Reuters\n\n${LEDE}`), 0)).toBeUndefined();
  });
});
