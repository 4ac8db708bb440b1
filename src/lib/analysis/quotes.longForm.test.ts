/**
 * Speakers of quotations in long-form narrative (issue 15, dev saved pages: a magazine profile):
 * each rule on invented sentences, with the same shape where it must give no speaker.
 */
import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

const speakers = (body: string) => {
  const blocks = articleSentences(body);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.speaker.kind, q.speaker.name]);
};

const WORDS = "“I along with several of my colleagues continue to feel real fear dealing with this man every day,”";

describe("a person named after a role in lower case, or doing something past an adverb", () => {
  it("resolves 'he' to “Globex executive Tovin Arlo” who “also filed” complaints", () => {
    expect(speakers(`Globex executive Tovin Arlo also filed complaints. ${WORDS} he wrote.`)).toEqual([
      ["named", "Tovin Arlo"],
    ]);
    expect(speakers(`Tovin Arlo also filed complaints. ${WORDS} he wrote.`)).toEqual([["named", "Tovin Arlo"]]);
  });

  it("leaves 'he' open when two people filed them", () => {
    expect(speakers(`Tovin Arlo and Ivo Brandt also filed complaints. ${WORDS} he wrote.`)).toEqual([
      ["unattributed", "unattributed"],
    ]);
  });
});

describe("an owner, an infinitive or “former” before a name shows no person", () => {
  const alsina =
    "Pella Ruskin, a former Globex makeup artist, told me she grew wary when Globex anchors came to see her before meetings with Arlo. “They would come back down after a meeting and the makeup was gone,” she recalled.";

  it("keeps a company a person's title or a verb stood before out of the candidates for 'she'", () => {
    expect(
      speakers(
        `When I asked Globex’s director of IT, Dana Holt, about it, she declined to comment.\n\nArlo set up cameras that allowed him to monitor Globex offices. They also followed a former Globex correspondent named Rina Bell.\n\n${alsina}`,
      ).at(-1),
    ).toEqual(["named", "Pella Ruskin"]);
  });

  it("still counts a titled owner as a person who may be 'she'", () => {
    expect(
      speakers(
        `Ms. Globex’s husband stayed home that night.\n\nPella Ruskin told me she grew wary when Globex came to see her. “They would come back down after a meeting and the makeup was gone,” she recalled.`,
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a sentence of its own between two quotations", () => {
  it("does not hand the first speaker to words another subject's sentence quotes", () => {
    expect(
      speakers(
        `Tovin Arlo filed complaints. ${WORDS} he wrote. The Tandry report chronicled Brandt’s “long history of abusive, offensive and intimidating threats and attacks.”`,
      ),
    ).toEqual([
      ["named", "Tovin Arlo"],
      ["unattributed", "unattributed"],
    ]);
  });

  it("still gives the first speaker words whose subject alone stands before them", () => {
    expect(
      speakers(
        "“Already, both leaders have shown a willingness to take real political risks,” Ivo Brandt said in his speech. Council President Rina Bell “has put aside efforts to shortcut the talks and come back to the table.”",
      ),
    ).toEqual([
      ["named", "Ivo Brandt"],
      ["named", "Ivo Brandt"],
    ]);
  });

  it("still joins the halves an attribution alone separates", () => {
    expect(
      speakers(
        `Tovin Arlo filed complaints. ${WORDS} he wrote. “Nobody at the firm would listen to any of us at all.”`,
      ),
    ).toEqual([
      ["named", "Tovin Arlo"],
      ["named", "Tovin Arlo"],
    ]);
  });
});

describe("someone unnamed brought in with “a” as the teller", () => {
  it("keeps the description as the speaker of the next quotation's 'she'", () => {
    expect(
      speakers(
        "A former model told me that her parents called the police on Ivo Brandt after a party in 1969. “I remember him sweet-talking my parents out of pressing charges,” she says.",
      ),
    ).toEqual([["anonymous", "a former model"]]);
  });

  it("gives no one when the teller's listener may be 'she'", () => {
    expect(
      speakers(
        "A former model told Rina Bell that the police came after a party in 1969. “I remember him sweet-talking my parents out of pressing charges,” she says.",
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a body's clipped name", () => {
  it("names the speaker as the article named the body in full", () => {
    expect(
      speakers(
        "The U.S. Federal Reserve raised rates on Wednesday.\n\nRisks to the outlook remain “roughly balanced” between factors that could slow the economy, the Fed said.",
      ),
    ).toEqual([["named", "Federal Reserve"]]);
  });

  it("leaves a person's short name as written", () => {
    expect(
      speakers(
        "Tedford Industries cut jobs on Wednesday.\n\n“We will hire again once the orders come back in the spring,” Ted said.",
      ),
    ).toEqual([["named", "Ted"]]);
  });
});
