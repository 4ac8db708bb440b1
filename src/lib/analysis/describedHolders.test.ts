import { describe, expect, it } from "vitest";
import { describedHolder, officeDescriptions, officesBefore } from "./describedHolders.ts";
import { capitalisedNames } from "./speakers.ts";

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

  it("finds the one person named with a description's office words, before or after it", () => {
    const holder = (text: string, description: string) => describedHolder(text, description, capitalisedNames);
    const after = "Nordland’s ambassador to Chile warned. Later, Nordland’s ambassador to Chile Ana Sorvik spoke.";
    expect(holder(after, "Nordland’s ambassador to Chile")).toBe("Ana Sorvik");
    const before = "Ana Sorvik, Nordland’s ambassador to Chile, arrived. Then Nordland’s ambassador to Chile warned.";
    expect(holder(before, "Nordland’s ambassador to Chile")).toBe("Ana Sorvik");
    expect(
      holder(
        "Austria's interior minister said so. Interior Minister Karl Wendt agreed.",
        "Austria's interior minister",
      ),
    ).toBe("Karl Wendt");
    // Another place's ambassador, two holders, a lone office word, or no name: nobody.
    expect(holder("Ambassador to Peru Ivo Lenz spoke.", "Nordland’s ambassador to Chile")).toBeUndefined();
    expect(
      holder("Ambassador to Chile Ana Sorvik and ambassador to Chile Ivo Lenz met.", "Nordland’s ambassador to Chile"),
    ).toBeUndefined();
    expect(holder("Prime Minister Erik Dahl spoke.", "Nordland’s minister")).toBeUndefined();
    expect(holder("Nordland’s ambassador to Chile warned.", "Nordland’s ambassador to Chile")).toBeUndefined();
  });
});
