import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
/** The found entities as "kind:name". */
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => `${f.kind}:${f.name}`);

describe("a body that acts at a sentence's opening", () => {
  it("is a name where the article writes it capitalised inside a sentence too", () => {
    expect(found("Bank shares rallied after the ruling. Quillmar said the order favoured lenders.")).toEqual([]);
    expect(
      found("Shares rose after a note from Quillmar on Monday. Quillmar said the order favoured lenders."),
    ).toEqual(["organisation:Quillmar"]);
  });

  it("is not a common noun capitalised by its place, nor a determiner's noun", () => {
    expect(found("Police said the road was closed. The crash happened at dawn.")).toEqual([]);
    expect(found("He spoke to congressional Teamsters. The Teamsters said no.")).toEqual([]);
  });

  it("is not the first word of a name written surname first, read as a body's", () => {
    expect(
      found(
        "Taiwanese President Tsai Ing-wen’s re-election was no easy feat. Critics played a role in Tsai’s win. Tsai says the island must hold firm.",
      ),
    ).not.toContain("organisation:Tsai");
  });
});
