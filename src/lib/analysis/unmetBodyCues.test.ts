import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";
import { unmetBodyCue } from "./unmetBodyCues.ts";

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
