import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { addressesByName, findQuotes } from "./quotes.ts";
import { capitalisedNames } from "./speakers.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

function speakersOf(...paragraphs: string[]): [string, string][] {
  const blocks = articleSentences(paragraphs.join("\n\n"));
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("a body's office before a person's name", () => {
  it("reads the person, not the body, in the run of capitals", () => {
    expect(capitalisedNames("House Minority Leader Tom Baxter spoke.").map((n) => n.name)).toEqual(["Tom Baxter"]);
    expect(capitalisedNames("Water Board Chairman Tom Baxter spoke.").map((n) => n.name)).toEqual(["Tom Baxter"]);
    expect(capitalisedNames("the Justice Department spoke.").map((n) => n.name)).toEqual(["Justice Department"]);
  });

  it("lets “he” stand for the office's holder", () => {
    expect(
      speakersOf(
        "Senate Majority Leader Tom Baxter said the bill was sound.",
        "“We have to be honest with people,” he told the Riverside Courier.",
      ),
    ).toEqual([["We have to be honest with people", "Tom Baxter"]]);
  });
});

describe("a name ending on “s” owns with the mark alone", () => {
  it("reads “Jobs' vision” as the owner, no second subject", () => {
    expect(
      speakersOf(
        "Ray Burns stepped down on Monday.",
        "Tom Baxter said Burns' vision saved the firm.",
        "He said that Burns will go on giving “his rare insight and advice,” and more.",
      ),
    ).toEqual([["his rare insight and advice", "Tom Baxter"]]);
  });
});

describe("a body's name with a plural's mark inside it", () => {
  it("is no owner standing between “he” and the unnamed speaker before", () => {
    expect(
      speakersOf(
        "But a spokesperson for the Harbour and River Pilots’ Association said its members had cut the fees.",
        "“We have worked with the unions for years to understand the trade,” he said.",
      ),
    ).toEqual([
      [
        "We have worked with the unions for years to understand the trade",
        "a spokesperson for the Harbour and River Pilots’ Association",
      ],
    ]);
  });
});

describe("a phrase of occasion set off after the subject", () => {
  it("passes over it to the name before", () => {
    const words = "Steady hands kept the firm afloat.";
    expect(speakersOf(`Tom Baxter, in a statement issued on behalf of the Acme board, said: “${words}”`)).toEqual([
      [words, "Tom Baxter"],
    ]);
  });
});

describe("a participle after a second clause joined by “and”", () => {
  it("is that clause's subject speaking, not the first's", () => {
    const words = "We heard you. Thank you.";
    expect(
      speakersOf(`Now and then, Tom Baxter would get loud, and Ann Miller would cut him off, saying, “${words}”`),
    ).toEqual([[words, "Ann Miller"]]);
  });
});

describe("words that call someone by name", () => {
  it("are never that person's", () => {
    expect(addressesByName("We heard you, Tom. Thank you.", "Tom Baxter")).toBe(true);
    expect(addressesByName("Baxter, listen to me.", "Tom Baxter")).toBe(true);
    expect(addressesByName("Nobody works harder than Tom.", "Tom Baxter")).toBe(false);
    expect(speakersOf("Tom Baxter grew loud. “We heard you, Tom. Thank you,” he said.")).toEqual([
      ["We heard you, Tom. Thank you", "unattributed"],
    ]);
  });
});

describe("a name in the words that run into a quotation", () => {
  it("is whom they speak of, so no one is sure to be “he”", () => {
    expect(
      speakersOf(
        "Ray Burns addressed the staff. Tom Baxter yelled at Burns.",
        "What Burns was doing was “completely absurd,” he said.",
      ),
    ).toEqual([["completely absurd", "unattributed"]]);
  });
});

describe("a pronoun going on from a named speaker's quotation", () => {
  it("passes over a gender only the given name suggests", () => {
    expect(
      speakersOf(
        "Ohio lost a seat, though Barack Obama won it.",
        "“It does make it tougher,” said analyst Kim Porter. “It tilts the map to the South.”",
        "“It is not dramatic,” he added.",
      ).at(-1),
    ).toEqual(["It is not dramatic", "Kim Porter"]);
  });
});
