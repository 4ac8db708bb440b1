/**
 * Speakers the text states that the grammar used to leave unattributed (issue 15, dev saved
 * pages): each rule on invented sentences, with a near shape that must stay unattributed.
 */
import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes, type Quote } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

function quotesOf(body: string): Quote[] {
  const blocks = articleSentences(body);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher);
}

const speakers = (body: string) => quotesOf(body).map((q) => [q.speaker.kind, q.speaker.name]);

describe("a day's possessive names no one", () => {
  it("lets 'she' reach the one person named before past “Wednesday’s”", () => {
    expect(
      speakers(
        "Mara Quillon called that a modest step. Wednesday’s increase should be “read as a sign of the confidence we have in the recovery,” she said.",
      ),
    ).toEqual([["named", "Mara Quillon"]]);
  });

  it("still stops at a person's possessive there", () => {
    expect(
      speakers(
        "Mara Quillon called that a modest step. Dorn’s increase should be “read as a sign of the confidence we have in the recovery,” she said.",
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a name before a noun of a person by trade only says whose they are", () => {
  it("lets the pronoun reach the one person named past “Globex campaign chairman”", () => {
    expect(
      speakers(
        "Globex campaign chairman Tovin Arlo wrote a column on Thursday, calling the board out for what he said was a “lazy answer to a very real plot against the firm.”",
      ),
    ).toEqual([["named", "Tovin Arlo"]]);
    expect(
      speakers(
        "Pella Ruskin, a former Globex makeup artist, told me she grew wary. “They would come down after a meeting and the makeup was gone,” she recalled.",
      ),
    ).toEqual([["named", "Pella Ruskin"]]);
  });

  it("keeps two people named plainly as two candidates", () => {
    expect(
      speakers(
        "Pella Ruskin met Dana Globe at the studio. “They would come down after a meeting and the makeup was gone,” she recalled.",
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a sentence of only a name, 'told' and whom they told, after a quotation its mark ended", () => {
  it("gives the quotation and its second half to the one who told", () => {
    expect(
      speakers(
        "“I asked him that question. What do you think of the plan?” Tovin Arlo told the paper. “He said — I was surprised — he said it would never work.”",
      ),
    ).toEqual([
      ["named", "Tovin Arlo"],
      ["named", "Tovin Arlo"],
    ]);
  });

  it("is no attribution when the sentence tells more than who spoke", () => {
    expect(
      speakers("“Why are you still standing in the hallway at this hour?” Tovin Arlo told them to leave the building."),
    ).toEqual([["unattributed", "unattributed"]]);
    expect(
      speakers("“Why are you still standing in the hallway at this hour?” Tovin Arlo told the paper that it was late."),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});
