import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { plainSpellings } from "./speakers.ts";
import { loadRegister } from "./test-support/corpus.ts";

// Shapes of the newspaper library's saved pages (stop 57, issue 15), as synthetic sentences with invented people.
const matcher = buildEntityMatcher(loadRegister());

function speakersOf(text: string): [string, string][] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("a wire dateline before the subject", () => {
  it("is where the story was filed, never the speaker", () => {
    const text =
      "HARBORTON, Maine (AP) -- The father of the Portland harbor arsonist came to the city decades ago and has made a series of videos, even once describing himself as its “true mayor of the docks.”";
    expect(speakersOf(text)).toEqual([["true mayor of the docks.", "unattributed"]]);
  });

  it("leaves the subject after it to speak", () => {
    const text =
      "LISBON (Reuters) -- Ana Ruiz returned to the city on Monday, describing herself as “the last honest broker in town.”";
    expect(speakersOf(text)).toEqual([["the last honest broker in town.", "Ana Ruiz"]]);
  });
});

describe("a name inside an “of” phrase of the subject", () => {
  it("does not make the described person someone the name modifies", () => {
    const text =
      "The father of the Portland harbor arsonist has made a series of videos, even once describing himself as its “true mayor of the docks.”";
    expect(speakersOf(text)).toEqual([["true mayor of the docks.", "unattributed"]]);
  });

  it("gives a person's kin, named by whose kin they are, to no one", () => {
    const text = "The mother of Tom Vale said the storm was “the worst of the rain in many, many years.”";
    expect(speakersOf(text)).toEqual([["the worst of the rain in many, many years.", "unattributed"]]);
  });

  it("still reads a name that opens the description as whose role it is", () => {
    const text = "“The worst of the rain is behind us now,” says CNN meteorologist";
    expect(speakersOf(text)).toEqual([["The worst of the rain is behind us now", "CNN meteorologist"]]);
  });

  it("reads the role as the speaker when the sentence's full stop closes it", () => {
    for (const tag of ["said CNN meteorologist.", "says CNN meteorologist."]) {
      const text = `“The worst of the rain is behind us now,” ${tag}`;
      expect(speakersOf(text), tag).toEqual([["The worst of the rain is behind us now", "CNN meteorologist"]]);
    }
    // With its determiner the description is given as written (speakers.ts modifiedHead).
    const text = "“The worst of the rain is behind us now,” said a CNN meteorologist.";
    expect(speakersOf(text)).toEqual([["The worst of the rain is behind us now", "a CNN meteorologist"]]);
  });
});

describe("a pronoun after a quotation in straight marks that opened a sentence before", () => {
  it("does not take a name inside the quotation for the speaker", () => {
    const text = [
      "Karl Brandt met with reporters and called the attack by his son, Tomas Brandt, “the act of a coward.”",
      'In a video posted after the fire, Brandt said: "I don\'t know what caused him to do it."',
      '"It is not the business of a person. But he (Tomas) has hurt those people, and I am so saddened," he added.',
    ].join("\n\n");
    expect(speakersOf(text).at(-1)).toEqual([
      "It is not the business of a person. But he (Tomas) has hurt those people, and I am so saddened",
      "Brandt",
    ]);
  });
});

describe("a party's member by a definite description", () => {
  it("is no name: “the Texas Democrat” is someone the text named, not said here who", () => {
    expect(speakersOf("“We will not back down from this fight for our members,” the Texas Democrat said.")).toEqual([
      ["We will not back down from this fight for our members", "unattributed"],
    ]);
    expect(speakersOf("“We will not back down from this fight for our members,” said the Texas Democrat.")).toEqual([
      ["We will not back down from this fight for our members", "unattributed"],
    ]);
  });

  it("does not give a short quotation to “the Ohio Republican” as a name", () => {
    const text =
      "Brandt once had “a brief and pointless chat” with Rep. Ed Vance, the chairman of the budget committee, the Ohio Republican said in a statement.";
    expect(speakersOf(text).map(([, speaker]) => speaker)).not.toContain("Ohio Republican");
  });

  it("keeps the name the description is set beside", () => {
    expect(
      speakersOf("Ed Vance, the Ohio Republican, said the plan was “a waste of time and money for everyone.”"),
    ).toEqual([["a waste of time and money for everyone.", "Ed Vance"]]);
  });
});

describe("a surname written without its accent", () => {
  it("spells an umlaut as “e” and as the bare vowel, other accents dropped", () => {
    expect(plainSpellings("Müller")).toEqual(["Mueller", "Muller"]);
    expect(plainSpellings("López")).toEqual(["Lopez"]);
    expect(plainSpellings("Brandt")).toEqual([]);
  });

  it("completes to the full name the article gives with the accent, and goes on speaking", () => {
    const text =
      "But in April, Jürgen Schäfer, the head of the council, quashed that hope. Schafer criticized the choice of speakers. “This is a decision that will be seen as a rather open provocation,” Schaefer said in scathing remarks. “Not only that, but it further alienates the group from the bishops, as well.”";
    expect(speakersOf(text)).toEqual([
      ["This is a decision that will be seen as a rather open provocation", "Jürgen Schäfer"],
      ["Not only that, but it further alienates the group from the bishops, as well.", "Jürgen Schäfer"],
    ]);
  });

  it("completes to no one when two people the article names share the plain spelling", () => {
    const text =
      "Jürgen Schäfer and Tom Schafer met on Monday. “We have agreed on nothing at all so far this week,” Schafer said.";
    expect(speakersOf(text)).toEqual([["We have agreed on nothing at all so far this week", "Schafer"]]);
  });
});
