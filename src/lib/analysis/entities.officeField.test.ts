import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

describe("a run from a title into another title", () => {
  it("is a person's office, no body: 'Deputy News Director'", () => {
    const names = found(
      "According to Tomas Renk, Deputy News Director at Brightwater Media, the station was told late.",
    );
    expect(names).toContain("Tomas Renk");
    expect(names).toContain("Brightwater Media");
    expect(names).not.toContain("Deputy News");
  });

  it("keeps a body's name that no title follows", () => {
    expect(found("Tomas Renk told Brightwater News on Monday that the station was told late.")).toContain(
      "Brightwater News",
    );
  });
});
