import { describe, expect, it } from "vitest";
import { mainSubject, participleSubject } from "./participleClause.ts";

describe("mainSubject", () => {
  it("reads the words before the main clause's verb", () => {
    expect(mainSubject("Rubio praised Sheinbaum, ")).toBe("Rubio");
    expect(mainSubject("During the call, he asked about it, ")).toBe("During the call, he");
  });

  it("ends the subject at an irregular past form too", () => {
    expect(mainSubject("She rang Tom Vale and ")).toBe("She");
    expect(mainSubject("Ana Ruiz stood up, ")).toBe("Ana Ruiz");
  });
});

describe("participleSubject", () => {
  it("continues the main clause when no clause opens after its verb", () => {
    expect(participleSubject("Rubio praised Sheinbaum, ")).toEqual({ kind: "main" });
    expect(participleSubject("Ortiz won that heated debate by ")).toEqual({ kind: "main" });
  });

  it("reads a relative pronoun's antecedent before it", () => {
    expect(participleSubject("Ortiz met Tom Reyes, who won support by ")).toEqual({
      kind: "inner",
      words: { text: "Ortiz met Tom Reyes", at: 0 },
      setOff: false,
    });
    expect(participleSubject("Ortiz praised the Harbor Union that tried to win by ")).toMatchObject({
      words: { text: "Ortiz praised the Harbor Union" },
    });
  });

  it("reads the subject between a clause's opener and its verb", () => {
    const clause = "Ortiz met Reyes after he won support by ";
    expect(participleSubject(clause)).toEqual({
      kind: "inner",
      words: { text: "he", at: clause.indexOf("he won") },
      setOff: false,
    });
    expect(participleSubject("Ortiz argued that the union had won by ")).toMatchObject({
      words: { text: "the union" },
    });
  });

  it("reads a reported clause with no “that” after a verb of speech", () => {
    expect(participleSubject("Ortiz said Reyes had won support by ")).toMatchObject({
      kind: "inner",
      words: { text: " Reyes" },
    });
  });

  it("says when a comma sets the participle off from the inner clause", () => {
    expect(participleSubject("Ortiz criticized the rules, which passed on Monday, ")).toMatchObject({
      kind: "inner",
      setOff: true,
    });
  });
});

describe("mainSubject past an opening phrase's reduced relative", () => {
  it("reads no verb right after the comma that closes an opening prepositional phrase", () => {
    expect(
      mainSubject("At a council meeting on the flood, held at the mayor's request, Ana Ruiz rejected the plan, "),
    ).toBe("At a council meeting on the flood, held at the mayor's request, Ana Ruiz");
    expect(mainSubject("During the summit, organised by the league, Tom Vale thanked them, ")).toBe(
      "During the summit, organised by the league, Tom Vale",
    );
    // An appositive's comma before the verb is no opening phrase: the verb is the main one.
    expect(mainSubject("Ana Ruiz, the mayor, rejected the plan, ")).toBe("Ana Ruiz, the mayor,");
  });
});

describe("mainSubject past an aside", () => {
  it("reads past a speech verb set off by commas with its subject", () => {
    expect(mainSubject("During the meeting, Ortiz says, Brandt filmed her and ")).toBe(
      "During the meeting, Ortiz says, Brandt",
    );
  });
  it("still stops at a speech verb that opens the sentence's main clause", () => {
    expect(mainSubject("Ortiz says that Brandt filmed her and ")).toBe("Ortiz");
  });
});
