/** A speaker described right after being named (describedSpeaker.ts). Made-up text. */
import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { describedSpeakerQuotes } from "./describedSpeaker.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

/** The last quotation's speaker after the pass. */
function lastSpeaker(body: string): string | undefined {
  const blocks = articleSentences(body);
  const speaker = describedSpeakerQuotes(findQuotes("t", blocks, findMentions(blocks, matcher), matcher), blocks).at(
    -1,
  )?.speaker;
  return speaker?.kind === "named" ? speaker.name : speaker?.kind;
}

const WORDS = "“It does not need to be like this, and we can get part of the harbour working again.”";

describe("describedSpeakerQuotes", () => {
  it("gives the quotation to the one person the sentence before names", () => {
    expect(
      lastSpeaker(
        `Odile Varga warned on Monday that the harbour trade is dying. Speaking in the council, the Liberal councillor said: ${WORDS}`,
      ),
    ).toBe("Odile Varga");
    expect(
      lastSpeaker(
        `Odile Varga warned on Monday that the harbour trade is dying.\n\nThe actress calmly insisted, ${WORDS}`,
      ),
    ).toBe("Odile Varga");
  });

  it("leaves it unattributed when the description is an unnamed source's or owned by someone", () => {
    expect(
      lastSpeaker(
        `Odile Varga warned on Monday that the harbour trade is dying. Speaking in the council, the official said: ${WORDS}`,
      ),
    ).not.toBe("Odile Varga");
    expect(
      lastSpeaker(
        `Odile Varga warned on Monday that the harbour trade is dying. Speaking in the council, the union's harbour pilot said: ${WORDS}`,
      ),
    ).toBe("unattributed");
  });

  it("leaves it unattributed when the sentence before names or describes someone else too", () => {
    for (const before of [
      "Odile Varga met Tomas Reni on Monday to talk about the harbour.",
      "Odile Varga met a local fisherman on Monday to talk about the harbour.",
    ])
      expect(lastSpeaker(`${before} Speaking in the council, the councillor said: ${WORDS}`)).toBe("unattributed");
  });
});
