import { describe, expect, it } from "vitest";
import { adverbialClauseLast } from "./adverbialClause.ts";

describe("adverbialClauseLast", () => {
  it("finds a clause of time or cause with its own subject and finite verb running on to the words", () => {
    expect(adverbialClauseLast("the crew for failing to act when inspectors pointed out ")).toBe(true);
    expect(adverbialClauseLast("the plan after the harbour master called it ")).toBe(true);
    expect(adverbialClauseLast("the levy because the old council described it as ")).toBe(true);
  });

  it("finds none without a subject, after a comma, in a reported clause, or in a concession", () => {
    expect(adverbialClauseLast("it when asked about the levy ")).toBe(false);
    expect(adverbialClauseLast("after the vote, calling the plan ")).toBe(false);
    expect(adverbialClauseLast("that when the levee failed it was ")).toBe(false);
    expect(adverbialClauseLast("although the painting was ")).toBe(false);
    expect(adverbialClauseLast("the port was ")).toBe(false);
  });
});
