import { describe, expect, it } from "vitest";
import { endsInReportedClause, impersonalThatBefore, passiveBefore, perceivedSubject } from "./reportedContent.ts";

describe("endsInReportedClause", () => {
  it.each([
    "Ann Cole said that the raids were ",
    "Ann Cole can be heard saying that the raids were ",
    "Ann Cole told reporters that the raids were ",
  ])("reads the end of %j as inside what is reported", (text) => {
    expect(endsInReportedClause(text)).toBe(true);
  });

  it.each([
    "The raids were ",
    "Ann Cole said that the raids failed. The harbour was ",
    "Ann Cole said that; the harbour was ",
    "Ann Cole said “that” the harbour was ",
  ])("reads the end of %j as outside any report", (text) => {
    expect(endsInReportedClause(text)).toBe(false);
  });
});

describe("passiveBefore", () => {
  it("reads a form of “be” (and an adverb) before a verb as a passive", () => {
    expect(passiveBefore("the raids were ")).toBe(true);
    expect(passiveBefore("the raids were reportedly ")).toBe(true);
    expect(passiveBefore("Ann Cole ")).toBe(false);
    expect(passiveBefore("Ann Cole has ")).toBe(false);
  });
});

describe("perceivedSubject", () => {
  it("finds the one heard or seen, from the clause's start or the last comma", () => {
    expect(perceivedSubject("In a recording obtained by the paper, Ann Cole can be heard ")).toEqual({
      text: "Ann Cole",
      at: 38,
    });
    expect(perceivedSubject("Tom Reyes was seen ")).toEqual({ text: "Tom Reyes", at: 0 });
    expect(perceivedSubject("Tom Reyes has been recorded ")).toEqual({ text: "Tom Reyes", at: 0 });
  });

  it("finds no one where no passive of perceiving ends the text", () => {
    expect(perceivedSubject("Tom Reyes heard ")).toBeUndefined();
    expect(perceivedSubject("Tom Reyes ")).toBeUndefined();
  });
});

describe("impersonalThatBefore", () => {
  it("reads an impersonal belief or report opening the clause before a name", () => {
    expect(impersonalThatBefore("The protests arose on their own, but it is widely believed that ")).toBe(true);
    expect(impersonalThatBefore("It was reported that ")).toBe(true);
  });

  it("reads nothing into a person's own belief or a clause that does not open on the name", () => {
    expect(impersonalThatBefore("Ann Cole believed that ")).toBe(false);
    expect(impersonalThatBefore("It is believed that the mayor and ")).toBe(false);
  });
});
