import { describe, expect, it } from "vitest";
import { adverbialClauseLast, mainClauseStart } from "./adverbialClause.ts";

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

describe("mainClauseStart", () => {
  it("finds the main clause after an adverbial clause that opens the sentence", () => {
    const clause = "When Dana Ruiz asked whether he would stay, he declined, ";
    expect(clause.slice(mainClauseStart(clause))).toBe(" he declined, ");
    const asked = "When asked about the levy, Tom Vale shrugged, ";
    expect(asked.slice(mainClauseStart(asked))).toBe(" Tom Vale shrugged, ");
    const relative = "After the vote, which was close, Ruiz ";
    expect(relative.slice(mainClauseStart(relative))).toBe(" Ruiz ");
    const apposed = "When Ruiz asked Vale, the harbour master, whether it held, he ";
    expect(apposed.slice(mainClauseStart(apposed))).toBe(" he ");
  });

  it("reads the whole clause when no adverbial clause opens it, or the verb is that clause's own", () => {
    expect(mainClauseStart("Dana Ruiz, the mayor, ")).toBe(0);
    expect(mainClauseStart("As Ruiz ")).toBe(0);
    expect(mainClauseStart("When Ruiz, the mayor, ")).toBe(0);
    expect(mainClauseStart("After the vote, Ruiz ")).toBe(0);
  });

  it("gives no main clause when no subject stands alone after a comma", () => {
    expect(mainClauseStart("When Ruiz asked, Vale, who had arrived late, ")).toBeUndefined();
  });
});
