import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes, titleOnly } from "./quotes.ts";
import { withoutLeadingRole } from "./speakers.ts";
import { loadRegister } from "./test-support/corpus.ts";

// Kinds of wrong speaker read off the precision audits of stop 58 (issue 15), as made-up sentences.
const matcher = buildEntityMatcher(loadRegister());

function speakersOf(...paragraphs: string[]): [string, string][] {
  const blocks = articleSentences(paragraphs.join("\n\n"));
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("the wrong one of two people", () => {
  it("reads the name right after the verb as its subject, not one in a clause after 'as'", () => {
    const quotes = speakersOf(
      "Tomas Reyes and Pia Lund packed the van.",
      "“Mind the box!” said Reyes as Lund lifted the crate.",
    );
    expect(quotes).toEqual([["Mind the box!", "Tomas Reyes"]]);
  });

  it("never gives a pronoun's words to whom its verb addresses", () => {
    const quotes = speakersOf(
      "Into the flat strides the wife, to confront her husband. She congratulates her husband and Joe on their happiness.",
      "“Would it be all right if I show the children the bed?” she politely asks Joe, in the best scene.",
    );
    expect(quotes).toEqual([["Would it be all right if I show the children the bed?", "unattributed"]]);
  });

  it("still reads a pronoun back to the one who addresses someone else", () => {
    const quotes = speakersOf("Mara Ellis visited the office.", "“Can I sit here?” she asks Joe Brandt, smiling.");
    expect(quotes).toEqual([["Can I sit here?", "Mara Ellis"]]);
  });

  it("gives no one named before the words of someone called by a name in quotation marks", () => {
    const quotes = speakersOf(
      "Kai Morrow said the plan had failed.",
      "“I was arrested for nothing,” Morrow told me.",
      "“Ziggy” chimed in: “They never listen,” he said of the union.",
    );
    expect(quotes).toEqual([
      ["I was arrested for nothing", "Kai Morrow"],
      ["They never listen", "unattributed"],
    ]);
  });
});

describe("a title, a label or a pronoun read as a speaker", () => {
  it("gives a title capitalised word by word to no one", () => {
    expect(speakersOf("Film Review: ‘The Long Night’")).toEqual([]);
    expect(speakersOf("It sits on the button whose tooltip says “Open File”.")).toEqual([]);
    expect(speakersOf("Ana Ruiz chanted “Red for Ed” in the hallway.")).toEqual([["Red for Ed", "Ana Ruiz"]]);
    expect(titleOnly("The Art of War")).toBe(true);
    expect(titleOnly("MRL Browser")).toBe(true);
    expect(titleOnly("We Won.")).toBe(false);
    expect(titleOnly("QUIET CAR")).toBe(false);
    expect(titleOnly("the worst is over")).toBe(false);
  });

  it("gives words said by 'you' or 'I' to no name in the clause before", () => {
    const quotes = speakersOf(
      "When you were developing Starfall and you were saying, “We want the captain to be a woman,” did anyone object?",
    );
    expect(quotes).toEqual([["We want the captain to be a woman", "unattributed"]]);
  });
});

describe("a role written before a speaker's name", () => {
  it("is no part of the name", () => {
    expect(withoutLeadingRole("Sociologist Ana Ruiz")).toBe("Ana Ruiz");
    expect(withoutLeadingRole("Health Policy Consultant Tom Vale")).toBe("Tom Vale");
    expect(withoutLeadingRole("VP Lena Ortiz")).toBe("Lena Ortiz");
    expect(withoutLeadingRole("Bishop Tutu")).toBe("Bishop Tutu");
    expect(withoutLeadingRole("Mary Cook Smith")).toBe("Mary Cook Smith");
  });

  it("is left out of the speaker the quotation is given to", () => {
    expect(speakersOf("Poet Philip Larkin described all plots as “a beginning, a muddle, and an end.”")).toEqual([
      ["a beginning, a muddle, and an end.", "Philip Larkin"],
    ]);
  });
});
