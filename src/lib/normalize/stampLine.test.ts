/** A page's stamp and a lone "By" over a name are credits; a sentence that names a time stays. */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { toLines } from "./lines.ts";
import { creditLength, isBylineName, isHandleLine, isStampLine } from "./stampLine.ts";
import { buildUnits } from "./units.ts";

const unitsOf = (lines: readonly string[]) => classifyUnits(buildUnits(toLines(lines.join("\n"))).units);

describe("isStampLine", () => {
  it.each([
    "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
    "Jane Roe - Nov 19, 2019, 10:31 pm CST",
    "Harbour Wire November 18, 2019 11:03 PM",
    "Nov 18, 2019 @17:19 PM",
    "Monday November 18, 2019 7:45 am PST by Jane Roe",
    "Posted on 19 Nov 2019, 08:15",
  ])("reads %j as the page's stamp", (line) => {
    expect(isStampLine(line)).toBe(true);
  });

  it.each([
    "The vote opens Nov 19 at 6:55 AM.",
    "Polls close Nov 19, 2019 at 8:00 pm ET",
    "Police were called on Nov 18, 2019 at 11:03 PM and found the driver unhurt.",
    "Nov 19, 2019",
    "Updated guidance was issued on Nov 19",
  ])("keeps %j", (line) => {
    expect(isStampLine(line)).toBe(false);
  });
});

describe("creditLength", () => {
  it("takes a lone By and the name under it", () => {
    const units = unitsOf(["By", "Jane Roe, Harbour Wire", "The port reopened on Monday after a week of strikes."]);
    expect(creditLength(units, 0)).toBe(2);
  });

  it("takes a lone Author: and the newsroom's name under it, though no person's", () => {
    const units = unitsOf(["Author:", "The Harbour Desk", "Publish date:", "Nov 18, 2019"]);
    expect(creditLength(units, 0)).toBe(2);
  });

  it("takes a lone By alone when a sentence follows it", () => {
    const units = unitsOf(["By", "The port reopened on Monday after a week of strikes, officials said."]);
    expect(creditLength(units, 0)).toBe(1);
  });

  it("takes a stamp line and leaves a paragraph", () => {
    const units = unitsOf(["Updated Nov 19, 6:55 AM", "", "The port reopened on Monday after a week of strikes."]);
    expect(creditLength(units, 0)).toBe(1);
    expect(creditLength(units, 1)).toBe(0);
  });
});

describe("creditLength: the author's handle and name left in the body", () => {
  it.each([
    ["@BryanDeArdo", true],
    ["Natasha Turak@NatashaTurak", true],
    ["Nishant Kumar @Nishantopines", true],
    ["Email the newsroom at tips@harbourwire", false],
    ["Follow us on Twitter @harbourwire", false],
    ["The mayor replied to @harbourwire", false],
  ])("%j is a handle line: %s", (line, expected) => {
    expect(isHandleLine(line)).toBe(expected);
  });

  it("takes a name over its lone handle, and leaves a name over a sentence", () => {
    expect(creditLength(unitsOf(["Bryan DeArdo", "@BryanDeArdo", "The Steelers spent Monday at practice."]), 0)).toBe(
      2,
    );
    expect(creditLength(unitsOf(["Bryan DeArdo", "The Steelers spent Monday at practice."]), 0)).toBe(0);
  });

  it.each([
    ["Phil Helsel", "Phil Helsel", true],
    ["Malcolm Owen", "Mike Wuerthele and Malcolm Owen", true],
    ["Meg James", "Meg James, Staff Writer", true],
    ["Ana Ruiz", "Phil Helsel", false],
    ["Phil Helsel said the port would reopen.", "Phil Helsel", false],
    ["Phil Helsel", undefined, false],
  ])("%j under the byline %j is the byline's name: %s", (line, byline, expected) => {
    expect(isBylineName(line, byline)).toBe(expected);
    expect(creditLength(unitsOf([line]), 0, byline)).toBe(expected ? 1 : 0);
  });
});

describe("creditLength: a stamp's label alone in the body", () => {
  it.each(["Published:", "Publish date:", "Updated:", "Posted on", "Publication date"])("takes %j", (line) => {
    expect(creditLength(unitsOf([line, "The port reopened on Monday after a week of strikes."]), 0)).toBe(1);
  });

  it.each([
    "Published: the port's plan for the next decade.",
    "Updated rules take effect on Monday.",
    "Publication date set for the new rules",
    "Posted on the wall of the station, the notice gave the new hours.",
  ])("leaves %j", (line) => {
    expect(creditLength(unitsOf([line, "The port reopened on Monday after a week of strikes."]), 0)).toBe(0);
  });
});
