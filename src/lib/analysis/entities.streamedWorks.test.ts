import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

describe("a streamed work's title", () => {
  it("is no entity wherever the article writes it; the service it streams on is a body", () => {
    const names = found(
      "Ingrid Sails East is a dark comedy about a stalker. Ingrid Sails East is currently streaming on Vellflix and available to rent elsewhere.",
    );
    expect(names).not.toContain("Ingrid Sails East");
    expect(names).toContain("Vellflix");
  });
});
