import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";
import { companyWordCue, unmetBodyCue } from "./unmetBodyCues.ts";

const bodies = (sentence: string) =>
  findNames(sentence)
    .filter((n) => n.kind === "organisation")
    .map((n) => n.text);

describe("unmetBodyCue", () => {
  it("reads a body's noun right before the name", () => {
    expect(unmetBodyCue("A report by the farm-rights organisation ", " found gaps.")).toBe(true);
    expect(unmetBodyCue("She directs the think tank ", " in Lusaka.")).toBe(true);
  });

  it("reads a body's noun heading the appositive after the name", () => {
    expect(unmetBodyCue("A survey from ", ", a payroll software vendor, found it.")).toBe(true);
    expect(unmetBodyCue("It hit the office of ", ", an armed group outlawed in 2002.")).toBe(true);
  });

  it("reads no body where the noun is not the appositive's head or a person's noun comes first", () => {
    expect(unmetBodyCue("", ", a member of the group, spoke.")).toBe(false);
    expect(unmetBodyCue("The group's founder ", " spoke.")).toBe(false);
    expect(unmetBodyCue("They drove to ", " on Friday.")).toBe(false);
  });
});

describe("findNames: a name no lexicon knows, named as a body", () => {
  it("is an organisation's", () => {
    expect(bodies("A 2023 survey from Quillora, a payroll software vendor, found most firms agree.")).toContain(
      "Quillora",
    );
    expect(bodies("The farm-rights organisation Seedkeepers Trustline filed a complaint.")).toContain(
      "Seedkeepers Trustline",
    );
  });

  it("is none without such a noun", () => {
    expect(bodies("A 2023 survey from Quillora found most firms agree.")).toEqual([]);
  });
});

describe("companyWordCue", () => {
  it("reads a company's people or shares after one word", () => {
    expect(companyWordCue(" executive called the plan late.")).toBe(true);
    expect(companyWordCue(" CEO Dana Ruiz spoke.")).toBe(true);
    expect(companyWordCue("’s shareholders voted.")).toBe(true);
    expect(companyWordCue(" shares fell 4%.")).toBe(true);
  });

  it("reads no verb and no people's group", () => {
    expect(companyWordCue(" shares the view of her party.")).toBe(false);
    expect(companyWordCue(" leaders met on Friday.")).toBe(false);
  });
});

describe("findNames: one word no lexicon knows, with a company's people after it", () => {
  it("is an organisation's", () => {
    expect(bodies("Analysts say a Quillora executive resigned.")).toEqual(["Quillora"]);
    expect(bodies("On Monday, Quillora shares fell 4%.")).toEqual(["Quillora"]);
  });

  it("is none before a people's leaders", () => {
    expect(bodies("On Monday, Varuvi leaders met in the hall.")).toEqual([]);
  });
});
