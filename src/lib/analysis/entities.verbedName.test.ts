import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

describe("a firm's name written as a verb", () => {
  it("names no firm in a verb's slot", () => {
    expect(found("Marta Quell admitted she had to Google the lyrics before every rehearsal.")).not.toContain("Google");
  });

  it("still names the firm as a destination after 'to'", () => {
    expect(found("Marta Quell moved to Google the following spring.")).toContain("Google");
  });
});
