import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const placesIn = (text: string) => findMentions(articleSentences(text), matcher).map((m) => [m.blockIndex, m.text]);

describe("a place's name opening a longer name the prose writes", () => {
  it("is no mention of the place in a title-cased heading either", () => {
    expect(
      placesIn("## 4) The Florida Room\n\nAna Ruiz’s film The Florida Room follows two sisters through one summer."),
    ).toEqual([]);
  });

  it("still names the place in a heading whose run the prose never writes as one name", () => {
    expect(
      placesIn("## Florida Governor Signs Budget\n\nThe governor of Florida signed the budget on Monday."),
    ).toEqual([
      [0, "Florida"],
      [1, "Florida"],
    ]);
  });
});
