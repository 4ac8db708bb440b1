import { describe, expect, it } from "vitest";
import { endsOnPersonNoun, FIGURE_NOUNS, KIN_NOUNS, PERFORMER_NOUNS, PROFESSION_NOUNS } from "./personNouns.ts";

const groups = { PERFORMER_NOUNS, FIGURE_NOUNS, PROFESSION_NOUNS, KIN_NOUNS };

describe("person-noun groups", () => {
  it("name each noun once, so a reader's view lists it once", () => {
    const all = Object.values(groups).flat();
    expect(new Set(all).size).toBe(all.length);
  });
  it.each(Object.entries(groups))(
    "%s holds lower-case single words (read as regex alternatives and tokens)",
    (_, nouns) => {
      for (const noun of nouns) expect(noun).toMatch(/^\p{Ll}+$/u);
    },
  );
  it("keep the offices an unnamed source holds out of the described-person groups", () => {
    for (const office of ["official", "spokesman", "lawyer", "senator"]) {
      expect([...PERFORMER_NOUNS, ...FIGURE_NOUNS] as string[]).not.toContain(office);
    }
  });
});

describe("endsOnPersonNoun", () => {
  it("reads a phrase's head as a person by trade, rank or tie, alone or made a noun by its words", () => {
    for (const phrase of [
      "chief economist",
      "senior analyst",
      "head coach",
      "longtime friend",
      "spokeswoman",
      "chairman",
    ])
      expect(endsOnPersonNoun(phrase), phrase).toBe(true);
  });
  it("reads a thing, a body's part or a name as no person", () => {
    for (const phrase of ["manual", "new printer", "latest report", "office", "Economist"])
      expect(endsOnPersonNoun(phrase), phrase).toBe(false);
  });
});
