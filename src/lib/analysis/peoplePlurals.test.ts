import { describe, expect, it } from "vitest";
import { PEOPLE_PLURALS } from "./peoplePlurals.ts";

describe("peoplePlurals", () => {
  it("holds people by role, trade, rank or tie that no agent ending marks", () => {
    for (const word of ["pilots", "surgeons", "veterans", "youths", "clerics", "athletes", "diplomats"])
      expect(PEOPLE_PLURALS, word).toContain(word);
  });

  it("holds people by the view they hold", () => {
    for (const word of ["hawks", "doves", "cynics", "moderates"]) expect(PEOPLE_PLURALS, word).toContain(word);
  });

  it("leaves out words read by their ending, teams, companies, spirits and the lexicon's misformed plurals", () => {
    for (const word of [
      "employers",
      "brokers",
      "ancestors",
      "hosts",
      "champions",
      "patriots",
      "affiliates",
      "ghosts",
      "gods",
      "chairmans",
    ])
      expect(PEOPLE_PLURALS, word).not.toContain(word);
  });
});
