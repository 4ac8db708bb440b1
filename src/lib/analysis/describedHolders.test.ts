import { describe, expect, it } from "vitest";
import { describedDeed, describedHolder, doesDeed, officeDescriptions, officesBefore } from "./describedHolders.ts";
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

  it("finds the one person named with a description a name owns, owner and words alike", () => {
    const holder = (text: string, description: string) => describedHolder(text, description, capitalisedNames);
    expect(holder("Lena Ortiz, Brightwell’s chief economist, spoke.", "Brightwell’s chief economist")).toBe(
      "Lena Ortiz",
    );
    expect(holder("Brightwell chief economist Lena Ortiz spoke.", "Brightwell’s chief economist")).toBe("Lena Ortiz");
    expect(holder("Brightwell’s chief economist, Lena Ortiz, spoke.", "Brightwell’s chief economist")).toBe(
      "Lena Ortiz",
    );
    // Another owner's economist, an apposition that does not close, or no name: nobody.
    expect(holder("Lena Ortiz, Zenco’s chief economist, spoke.", "Brightwell’s chief economist")).toBeUndefined();
    expect(
      holder("Brightwell’s chief economist, Fed Policy watchers say, is wrong.", "Brightwell’s chief economist"),
    ).toBeUndefined();
    expect(holder("Brightwell’s chief economist spoke.", "Brightwell’s chief economist")).toBeUndefined();
  });
});

describe("a description by a deed (issue 16, src28)", () => {
  it("reads the deed of a relative clause: its verb and its object's noun", () => {
    expect(describedDeed(" who has released proof-of-concept code that breaks the game.")).toEqual({
      verb: "released",
      object: "code",
    });
    expect(describedDeed(" who filed the lawsuit, said")).toEqual({ verb: "filed", object: "lawsuit" });
    expect(describedDeed(" who was arrested on Monday")).toBeUndefined();
    expect(describedDeed(" who worked at the plant for years")).toBeUndefined();
    expect(describedDeed(", who filed the lawsuit")).toBeUndefined();
  });

  it("finds the same deed after a name, not another verb or object", () => {
    const deed = { verb: "released", object: "code" };
    expect(doesDeed(" has released proof-of-concept attack code", deed)).toBe(true);
    expect(doesDeed(" quietly released the code", deed)).toBe(true);
    expect(doesDeed(" said the code was unsafe", deed)).toBe(false);
    expect(doesDeed(" released a statement about the code", deed)).toBe(false);
  });
});
