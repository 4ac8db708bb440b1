import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

describe("a kin word before a given name", () => {
  it("is a title, so 'Aunt Marian' is the Marian the article names, not a second person", () => {
    const names = found(
      "The singer Marian Tolliver gave her first concert in 1930. Her niece said Aunt Marian was very quiet.",
    );
    expect(names).toContain("Marian Tolliver");
    expect(names).not.toContain("Aunt Marian");
  });

  it("does the same after 'Uncle', where the full name comes later", () => {
    const names = found("Her niece Dora Vell said Uncle Jasper was kind. Jasper Quint had been a teacher.");
    expect(names).toContain("Jasper Quint");
    expect(names).not.toContain("Uncle Jasper");
  });
});
