/** One voice (soleVoice.ts): untagged first-person quotations of an article that quotes one person only. Made-up text. */
import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { soleVoiceQuotes } from "./soleVoice.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

/** Each quotation's first words and its speaker, after the one-voice pass. */
function speakers(body: string): [string, string][] {
  const blocks = articleSentences(body);
  return soleVoiceQuotes(findQuotes("t", blocks, findMentions(blocks, matcher), matcher), blocks).map((q) => [
    q.text.split(" ").slice(0, 3).join(" "),
    q.speaker.kind === "named" ? q.speaker.name : q.speaker.kind,
  ]);
}

const OPENING = `Odile Varga has spent a decade repairing church organs across the valley.

“It is slow work, and most days nobody hears it but me,” Varga said.

“The pipes remember every winter they have been through,” she said.

“Some of these instruments are older than the villages around them,” Varga added.`;

describe("soleVoiceQuotes", () => {
  it("gives the one quoted person an untagged first-person quotation after a sentence about her", () => {
    const body = `${OPENING}\n\nShe pauses and looks at the loft. “I still get nervous before I play one for the first time, even after all these years of doing it.”`;
    expect(speakers(body).at(-1)).toEqual(["I still get", "Odile Varga"]);
  });

  it("also a paragraph that is the quotation alone, after a question set as a heading", () => {
    const body = `${OPENING}\n\n## Does she ever tire of it?\n\n“Never, though my knees would say otherwise after a long week on the scaffolding.”`;
    expect(speakers(body).at(-1)).toEqual(["Never, though my", "Odile Varga"]);
  });

  it("leaves it alone when someone else is quoted in the article", () => {
    const body = `${OPENING}\n\n“She is the best we have had,” said the parish priest, Tomas Reni.\n\nShe pauses and looks at the loft. “I still get nervous before I play one for the first time, even after all these years of doing it.”`;
    expect(speakers(body).at(-1)?.[1]).toBe("unattributed");
  });

  it("leaves it alone when the sentence before names or describes someone else, or leads in with a colon", () => {
    const words = "“I still get nervous before I play one for the first time, even after all these years of doing it.”";
    for (const before of [
      "Her apprentice, Mirek Hollan, watches from the nave.",
      "A local resident watches from the nave.",
      "The note pinned to the door read:",
    ])
      expect(speakers(`${OPENING}\n\n${before} ${words}`).at(-1)?.[1]).toBe("unattributed");
  });

  it("leaves a quotation with no first person alone, and one with words after it in its sentence", () => {
    expect(
      speakers(
        `${OPENING}\n\nShe pauses. “Every organ in this valley will need new bellows within twenty years or so.”`,
      ).at(-1)?.[1],
    ).toBe("unattributed");
    expect(
      speakers(
        `${OPENING}\n\nShe pauses. “I still get nervous before I play one for the first time,” reads a card in her toolbox.`,
      ).at(-1)?.[1],
    ).not.toBe("Odile Varga");
  });

  it("gives a quotation resumed after a sentence about the speaker of the one right before to that speaker", () => {
    const body = `Ambre Tolland sells lanterns on the quay and others sell fish.

“Trade has been slow since the ferry stopped,” said Tolland, who opened the stall in 2019. She also repairs nets in winter. “I think the summer will bring the visitors back, if the weather holds for once.”`;
    expect(speakers(body).at(-1)).toEqual(["I think the", "Ambre Tolland"]);
  });

  it("does not resume across a sentence that names someone else, nor from a quotation further back", () => {
    const resumed = "“I think the summer will bring the visitors back, if the weather holds for once.”";
    const opening = "“Trade has been slow since the ferry stopped,” said Ambre Tolland.";
    expect(speakers(`${opening} Her neighbour Ivo Brandt sells fish. ${resumed}`).at(-1)?.[1]).toBe("unattributed");
    expect(
      speakers(`${opening} She opened in 2019. Winters are long. The quay is quiet. Boats are few. ${resumed}`).at(
        -1,
      )?.[1],
    ).toBe("unattributed");
  });
});
