import { describe, expect, it } from "vitest";
import { sameName, sameRegisterName, scoreEntities } from "./entityScore.ts";

describe("sameName", () => {
  it("agrees on keys, tails and initials", () => {
    expect(sameName("Caro Quintero", "Rafael Caro Quintero")).toBe(true);
    expect(sameName("FBI", "Federal Bureau of Investigation")).toBe(true);
    expect(sameName("Congress", "Colombia's Congress")).toBe(true);
  });
  it("agrees on a company's name with and without its legal form", () => {
    expect(sameName("Harbor Games Systems", "Harbor Games Systems, Inc.")).toBe(true);
    expect(sameName("Acme", "Acme Corp.")).toBe(true);
    expect(sameName("Acme Holdings", "Acme")).toBe(false);
  });
});

describe("sameRegisterName", () => {
  it("does not let a one-word register form stand for a longer capitalised name", () => {
    expect(sameRegisterName("Congress", "Colombia's Congress")).toBe(false);
    expect(sameRegisterName("Trump", "Eric Trump")).toBe(false);
    expect(sameRegisterName("Mexico", "New Mexico")).toBe(false);
    expect(sameRegisterName("Trump", "Trump Group")).toBe(false);
  });
  it("does not let a register body's form stand for the place or owner its name closes on", () => {
    expect(sameRegisterName("Congress of Mexico", "Mexico")).toBe(false);
    expect(sameRegisterName("Russian Embassy in Mexico City", "Mexico City")).toBe(false);
    // Negative: a longer form whose tail is the body's own name still names it.
    expect(sameRegisterName("U.S. Coast Guard", "Coast Guard")).toBe(true);
    expect(sameRegisterName("Mexican Congress", "Congress")).toBe(true);
  });
  it("accepts equal keys, longer forms and a lower-case modifier", () => {
    expect(sameRegisterName("Congress", "Congress")).toBe(true);
    expect(sameRegisterName("Justice Department", "U.S. Justice Department")).toBe(true);
    expect(sameRegisterName("Pacific", "eastern Pacific")).toBe(true);
    expect(sameRegisterName("CIA", "Central Intelligence Agency")).toBe(true);
  });
});

describe("scoreEntities", () => {
  it("counts a register link by a generic alias to another country's body as wrong", () => {
    const gold = { people: [], organisations: ["Colombia's Congress"], places: ["Colombia"] };
    const linked = [
      { kind: "organisation" as const, forms: ["Mexican Congress", "Congress"], registerId: "mexican-congress" },
    ];
    const found = [{ kind: "organisation" as const, forms: ["Congress"] }];
    expect(scoreEntities(gold, linked).wrongLinks).toBe(1);
    expect(scoreEntities(gold, found).recognised).toBe(1);
  });
});

describe("scoreEntities with register marks", () => {
  const ambassador = {
    kind: "person" as const,
    forms: ["Ronald Johnson", "Ron Johnson"],
    registerId: "ronald-johnson",
  };
  const namesake = { kind: "person" as const, forms: ["Ron Johnson"] };
  it("counts a namesake the register claims as a wrong link, not a recognised name", () => {
    const gold = { people: [{ name: "Ron Johnson", register: null }], organisations: [], places: [] };
    const score = scoreEntities(gold, [ambassador]);
    expect(score).toMatchObject({ recognised: 0, correct: 0, wrongLinks: 1, missed: ["Ron Johnson"] });
    expect(scoreEntities(gold, [namesake])).toMatchObject({ recognised: 1, correct: 1, wrongLinks: 0 });
  });
  it("accepts only the register entity the gold names", () => {
    const gold = { people: [{ name: "Ron Johnson", register: "ronald-johnson" }], organisations: [], places: [] };
    expect(scoreEntities(gold, [ambassador])).toMatchObject({ recognised: 1, wrongLinks: 0 });
    expect(scoreEntities(gold, [{ ...ambassador, registerId: "other" }])).toMatchObject({
      recognised: 0,
      wrongLinks: 1,
    });
  });
});
