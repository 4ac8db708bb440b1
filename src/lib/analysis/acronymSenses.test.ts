import { describe, expect, it } from "vitest";
import {
  acronymDefinitions,
  acronymIsWord,
  definedPeople,
  otherSenses,
  spelledBodies,
  sameStem,
  unsupportedAcronyms,
} from "./acronymSenses.ts";

const known = new Map([
  ["cia", new Set(["central intelligence agency", "cia"])],
  ["ice", new Set(["immigration and customs enforcement", "ice"])],
]);
const senses = (...sentences: string[]) => [...otherSenses(sentences, known)];

describe("otherSenses", () => {
  it("finds an acronym the text spells out as another name, before or after it", () => {
    expect(senses("The Culinary Institute of America (CIA) trains chefs.")).toEqual(["cia"]);
    expect(senses("Cars with an internal combustion engine (ICE) still sell.")).toEqual(["ice"]);
    expect(senses("Shares rose on ICE (Intercontinental Commodities Exchange) today.")).toEqual(["ice"]);
    expect(senses("The Intercontinental Exchange (ICE) reported earnings.")).toEqual(["ice"]);
  });

  it("keeps an acronym spelled out as the register's own name", () => {
    expect(senses("Agents of U.S. Immigration and Customs Enforcement (ICE) arrived.")).toEqual([]);
    expect(senses("The Central Intelligence Agency (CIA) declined to comment.")).toEqual([]);
  });

  it("says nothing where no run of words spells the acronym", () => {
    expect(senses("The agency (CIA) declined to comment.", "ICE agents (about 40) arrived.")).toEqual([]);
  });
});

describe("acronymDefinitions", () => {
  const defined = (text: string) => acronymDefinitions(text).map((d) => `${d.name} = ${d.acronym}`);

  it("reads the name right before an acronym in brackets, whatever its other initials", () => {
    expect(defined("The Ohio State Board of Pharmacy (OBP) said so.")).toEqual(["Ohio State Board of Pharmacy = obp"]);
    expect(defined("The Harlow Water Commission (H.W.C.) met.")).toEqual(["Harlow Water Commission = hwc"]);
  });

  it("reads a body's shortening by a later letter of a word, most letters still opening words", () => {
    expect(defined("Scholars at the University of Vermont (UVM) agreed.")).toEqual(["University of Vermont = uvm"]);
    expect(defined("Scholars at the University of Nebraska (UNL) agreed.")).toEqual([]);
    expect(defined("Shares of Marlow Pictures (MRLW) fell.")).toEqual([]);
  });

  it("reads no definition from a name of another first letter, a single word or a bracket of another kind", () => {
    expect(defined("President Ana Ruiz (AR) said so.")).toEqual([]);
    expect(defined("The Water Board and the Harbour Commission (WHO) met.")).toEqual([]);
    expect(defined("Shares of Acme (ACM) fell.")).toEqual([]);
    expect(defined("The Harlow Water Commission (about 40 staff) met.")).toEqual([]);
  });

  it("reads 'ABC (Name)' the other way round, and small words' initials when the others do not spell it", () => {
    expect(defined("They are the backbone of DOE (Department of Energy) and its labs.")).toEqual([
      "Department of Energy = doe",
    ]);
    expect(defined("The Department of Harbors (DOH) met.")).toEqual(["Department of Harbors = doh"]);
    // Not a bracket of other words, nor one name that spells other letters.
    expect(defined("The QPA (which few trust) met.")).toEqual([]);
    expect(defined("The QPA (Harlow Water Commission) met.")).toEqual([]);
  });
});

describe("unsupportedAcronyms", () => {
  const domains = new Map([
    [
      "ice",
      {
        forms: new Set(["immigration and customs enforcement"]),
        words: new Set(["immigration", "customs", "enforcement"]),
      },
    ],
  ]);
  const unsupported = (...sentences: string[]) => [...unsupportedAcronyms(sentences, domains)];

  it("finds an acronym whose article holds neither the body's name nor a word of its field", () => {
    expect(unsupported("Cotton futures on ICE rose.", "Traders sold cocoa and sugar to customers.")).toEqual(["ice"]);
  });

  it("keeps an acronym the article backs with the body's name or a word of its field", () => {
    expect(unsupported("ICE said 40 people were held.", "Immigration and Customs Enforcement runs the camp.")).toEqual(
      [],
    );
    expect(unsupported("ICE agents detained two immigrants.")).toEqual([]);
    expect(unsupported("ICE stepped up enforcement in the city.")).toEqual([]);
  });

  it("says nothing of an acronym the article never writes", () => {
    expect(unsupported("Cotton futures rose.")).toEqual([]);
  });
});

describe("sameStem", () => {
  it.each([
    ["immigration", "immigration", true],
    ["immigrants", "immigration", true],
    ["enforced", "enforcement", true],
    ["rights", "rights", true],
    ["right", "rights", true],
    ["customers", "customs", false],
    ["counter", "counterterrorism", false],
    ["immune", "immigration", false],
  ])("%s of %s → %s", (word, nameWord, expected) => expect(sameStem(word, nameWord)).toBe(expected));
});

describe("acronymIsWord", () => {
  it("tells an acronym that is a word of the language from one that is a known name or no word", () => {
    expect(["ice", "aim", "act"].map(acronymIsWord)).toEqual([true, true, true]);
    expect(["cia", "fbi", "nato", "semar"].map(acronymIsWord)).toEqual([false, false, false, false]);
  });
});

describe("definedPeople", () => {
  it("gives a person's full name the initialism bracketed after it, not a body's", () => {
    expect(definedPeople("Critics answered Harold J. Penwick (HJP) at once.").map((d) => [d.name, d.acronym])).toEqual([
      ["Harold J. Penwick", "hjp"],
    ]);
    expect(definedPeople("The Federal Harbor Commission (FHC) met.")).toEqual([]);
    expect(definedPeople("Harold J. Penwick (HQ) spoke.")).toEqual([]);
  });
});

describe("spelledBodies", () => {
  it("finds the one written body's name an undefined initialism spells, not a sparse or a doubtful fit", () => {
    const sentences = ["They met the New York State Attorney General on Monday.", "The NYAG asked questions."];
    const { byAcronym, at } = spelledBodies(sentences, new Set(["nyag"]));
    expect(byAcronym.get("nyag")).toBe("New York State Attorney General");
    expect(at.get(0)?.map((d) => d.name)).toEqual(["New York State Attorney General"]);
    // Two letters cannot be spelled by four words; two bodies that fit are neither.
    expect(spelledBodies(["The Arizona Public Service Board met."], new Set(["ap"])).byAcronym.size).toBe(0);
    expect(spelledBodies(["The South Dakota Office met."], new Set(["so"])).byAcronym.size).toBe(0);
    expect(spelledBodies(["South Dakota’s Department of Labor met."], new Set(["sd"])).byAcronym.size).toBe(0);
    expect(spelledBodies(["The National Canal Harbor Safety Office met."], new Set(["hso"])).byAcronym.size).toBe(0);
    const two = ["The Harbor Office met.", "The Hill Office met."];
    expect(spelledBodies(two, new Set(["ho"])).byAcronym.size).toBe(0);
  });

  it("spells no name the run goes on past with a small word: the longer name is the body's", () => {
    const sentences = ["Researchers at the Brindle Institute for BI said so.", "BI budgets will grow."];
    expect(spelledBodies(sentences, new Set(["bi"])).byAcronym.size).toBe(0);
    expect(spelledBodies(["The Brindle Institute said so."], new Set(["bi"])).byAcronym.get("bi")).toBe(
      "Brindle Institute",
    );
  });
});
