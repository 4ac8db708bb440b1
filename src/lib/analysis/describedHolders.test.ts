import { describe, expect, it } from "vitest";
import { officeDescriptions, officesBefore } from "./describedHolders.ts";

describe("offices before names and descriptions by office", () => {
  it("reads the office words of a title before a name, capitalised or a role toward a place", () => {
    expect(officesBefore("Interim BART Police Chief ")).toEqual(["chief"]);
    expect(officesBefore("It will open, said Interior Minister ")).toEqual(["minister"]);
    expect(officesBefore("China’s ambassador to Britain ")).toEqual(["ambassador"]);
    expect(officesBefore("The talks began when ")).toEqual([]);
  });

  it("finds a description by office with no name after it, not a title before a name", () => {
    expect(officeDescriptions("A California transit chief says a man has died.").map((d) => d.office)).toEqual([
      "chief",
    ]);
    expect(
      officeDescriptions("The house will be a police station, Austria's interior minister said.").map((d) => d.office),
    ).toEqual(["minister"]);
    expect(officeDescriptions("Interim BART Police Chief Ed Alvarez told reporters.")).toEqual([]);
    expect(officeDescriptions("Austria's interior minister, Wolfgang Peschorn, said so.")).toEqual([]);
  });
});
