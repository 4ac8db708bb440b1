import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { ownedPerson } from "./ownedPerson.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

function speakersOf(...paragraphs: string[]) {
  const blocks = articleSentences(paragraphs.join("\n\n"));
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

const WORDS = "“Budgets are tight, and teams are choosing between one tool and another this year.”";

describe("ownedPerson", () => {
  it("reads the name after a body's possessive, one word or more", () => {
    expect(ownedPerson("Brightwell’s Okafor")).toEqual({ name: "Okafor", start: 13 });
    expect(ownedPerson("the Brightwell Group's analyst Dana Okafor")?.name).toBe("Dana Okafor");
  });

  it("reads nothing else", () => {
    expect(ownedPerson("Dana Okafor")).toBeUndefined();
    expect(ownedPerson("Brightwell’s latest report")).toBeUndefined();
  });
});

describe("“according to <body>’s <name>”", () => {
  it("gives the words to the person the article named in full, not to the body", () => {
    expect(
      speakersOf(
        "Dana Okafor, principal analyst at the research firm Brightwell, looked at the numbers.",
        `According to Brightwell’s Okafor, ${WORDS}`,
      ),
    ).toEqual([[WORDS.slice(1, -1), "Dana Okafor"]]);
  });

  it("leaves them unattributed when the surname is all the article gives", () => {
    expect(speakersOf(`According to Brightwell’s Okafor, ${WORDS}`)).toEqual([[WORDS.slice(1, -1), "unattributed"]]);
  });
});
