import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
/** Each name the register lacks, with the words of its mentions. */
const found = (text: string) => {
  const { mentions, found: names } = findEntities(articleSentences(text), matcher);
  return names.map((f) => [f.name, mentions.filter((m) => m.entityId === f.id).map((m) => m.text)]);
};

describe("a company whose name opens on another company's one-word name", () => {
  it("is a body of its own when the article writes it with a ticker, and the one word is its short name", () => {
    expect(
      found(
        "Investors like Nintendo Arcturus (NTDA 0.34%) this year.\n\nThe chief of Nintendo Arcturus, Dana Pereira, expects growth.\n\nWorking in Nintendo's favor, its platform leads.",
      ),
    ).toEqual([
      ["Nintendo Arcturus", ["Nintendo Arcturus", "Nintendo Arcturus", "Nintendo"]],
      ["Dana Pereira", ["Dana Pereira"]],
    ]);
  });

  it("is still the company's product without such a mark", () => {
    expect(
      found("Investors like Nintendo Arcturus this year.\n\nWorking in Nintendo's favor, its platform leads."),
    ).toEqual([["Nintendo", ["Nintendo", "Nintendo"]]]);
  });
});

describe("a credit alone on its line", () => {
  it("names no one the article tells of", () => {
    expect(found("Dana Pereira starred in the film.\n\nJo Marlowe/Reelside\n\nPereira said so.")).toEqual([
      ["Dana Pereira", ["Dana Pereira", "Pereira"]],
    ]);
  });
});
