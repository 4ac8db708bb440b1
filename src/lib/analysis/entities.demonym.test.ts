import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const foundNames = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

describe("a country's demonym before a common noun", () => {
  it("is no body's name", () => {
    expect(foundNames("Soon after, Ana Ruiz negotiated with the British company that held the rights.")).not.toContain(
      "British",
    );
  });

  it("leaves a body's name that opens on a demonym alone", () => {
    expect(foundNames("Ana Ruiz joined the British Museum in 2004.")).toContain("British Museum");
  });
});
