/** The author's bio after the article: only a byline name opening a newsroom role, beat or start date. */
import { describe, expect, it } from "vitest";
import { bylineNames, isBylineBio } from "./authorBio.ts";

describe("isBylineBio", () => {
  it.each([
    "Ana Ruiz is a reporter covering security in Mexico City.",
    "Ana Ruiz covers security and justice from Mexico City.",
    "Ana Ruiz joined the paper in 2019 and covers security and justice from Mexico City.",
  ])("takes %j after a byline by Ana Ruiz", (text) => {
    expect(isBylineBio(text, "Ana Ruiz")).toBe(true);
  });

  it.each([
    "Ana Ruiz joined the protest in 2019, she said.",
    "Luis Paz joined the paper in 2019 and covers security.",
    "The senator joined the paper's board in 2019.",
  ])("leaves %j", (text) => {
    expect(isBylineBio(text, "Ana Ruiz")).toBe(false);
  });
});

describe("bylineNames", () => {
  it("reads each person of a byline, with or without 'By' and whatever joins them", () => {
    expect(bylineNames("By Ana Castillo and Tom Reyes")).toEqual(["Ana Castillo", "Tom Reyes"]);
    expect(bylineNames("Jane Doe, John Roe & Ann Lee")).toEqual(["Jane Doe", "John Roe", "Ann Lee"]);
    expect(bylineNames("Jane Doe | John Roe")).toEqual(["Jane Doe", "John Roe"]);
    expect(bylineNames("Ana Ruiz und Tom Becker")).toEqual(["Ana Ruiz", "Tom Becker"]);
    expect(bylineNames("Staff reports")).toEqual([]);
  });
});
