import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => `${f.kind}:${f.name}`);

describe("a one-word name with a plural verb", () => {
  it("is a body, though compromise knows the word as a given name", () => {
    expect(found("The keeper flew to London. Chelsea have this morning paid the fee.")).toContain(
      "organisation:Chelsea",
    );
  });

  it("is the person the article named so before, and nothing with a singular verb", () => {
    expect(found("Chelsea Vane spoke first. Chelsea have paid the fee.")).toEqual(["person:Chelsea Vane"]);
    expect(found("The keeper flew to London. Chelsea has this morning paid the fee.")).not.toContain(
      "organisation:Chelsea",
    );
  });
});
