import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

// Shapes of the fresh saved pages of stop 56 (issue 15), as synthetic sentences with invented people.
const matcher = buildEntityMatcher(loadRegister());

function speakersOf(text: string): [string, string][] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("a cause given to someone's words", () => {
  it("gives the cause an official attributed a statement to to that official, not the statement's owner", () => {
    const text = [
      "Ann Cole fought the plan for months.",
      "The council said she had gotten “ahead of the curve,” and one official attributed Ms. Cole’s statement to “momentary confusion over the plan.”",
    ].join("\n\n");
    expect(speakersOf(text)).toContainEqual(["momentary confusion over the plan.", "one official"]);
  });

  it("still reads a statement's content as its owner's", () => {
    expect(speakersOf("Voters recalled Ann Cole’s promise that “every street will be paved by the spring.”")).toEqual([
      ["every street will be paved by the spring.", "Ann Cole"],
    ]);
  });
});

describe("speech a modal of chance governs", () => {
  const words = "‘Hey, the mayor is talking about canceling this thing; let’s see if we can scrub the numbers,’";
  it("gives words the board may say to no one, and to whoever an attribution after them names", () => {
    expect(
      speakersOf(`Once he takes office, the board may meet with Acme and say, “${words}” Ivo Brandt said.`),
    ).toEqual([[words, "Ivo Brandt"]]);
    expect(
      speakersOf(
        "Once he takes office, the board may meet with Acme and say, “We should look at these numbers again before anyone signs.”",
      ),
    ).toEqual([["We should look at these numbers again before anyone signs.", "unattributed"]]);
  });

  it("keeps speech that happened", () => {
    expect(speakersOf("Ivo Brandt met with Acme and said, “We should look at these numbers again.”")).toEqual([
      ["We should look at these numbers again.", "Ivo Brandt"],
    ]);
  });
});

describe("a quotation that recounts someone's speech", () => {
  it("does not give “She said, ‘…’” to the woman the clause before names", () => {
    const text =
      "He grew nervous when a professor told the class to write down their thoughts: “She said, ‘Say whatever you want, but be ready for what follows.’”";
    expect(speakersOf(text)[0]?.[1]).toBe("unattributed");
  });

  it("gives it to a teller of the other gender the clause names", () => {
    const text = "Tom Vale remembered the night well: “She said, ‘Go home and stay there until the morning.’”";
    expect(speakersOf(text)).toEqual([["She said, ‘Go home and stay there until the morning.’", "Tom Vale"]]);
  });
});

describe("a participle's phrase set off after the speaker's name", () => {
  it("reads the name, not whom the phrase names", () => {
    const text =
      "“It was a blessing to serve every day,” Ms. Cole, seated next to Mr. Brandt in the council chamber, told reporters.";
    expect(speakersOf(`Ann Cole resigned on Tuesday.\n\n${text}`)).toEqual([
      ["It was a blessing to serve every day", "Ann Cole"],
    ]);
  });
});

describe("“the company” beside a name that says no kind", () => {
  it("gives “the company” to no one when a name without a company's word is a subject in reach", () => {
    const text = [
      "Velantra and Brakeley Corp plan to move production to the coast.",
      "Velantra is in only the early stages of planning. “We look forward to working with the city on every phase of the program,” the company said.",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).toBe("unattributed");
  });

  it("still gives it to the one company named when nothing else could be", () => {
    const text = [
      "Brakeley Corp reported higher profits on Tuesday.",
      "“Our passengers kept coming back through the whole of the winter,” said the company.",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).toBe("Brakeley Corp");
  });
});

describe("a registered person's name that only modifies a noun", () => {
  it("is no one “she” can stand for", () => {
    const text = [
      "One student at the university said she kept her views to herself.",
      "She had seen anti-Sheinbaum protests and few Sheinbaum supporters on campus.",
      "“The hate on this campus is getting worse every single week,” she wrote in an email.",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).not.toBe("Claudia Sheinbaum");
  });

  it("still is when named plainly", () => {
    const text = [
      "Claudia Sheinbaum spoke on Monday.",
      "“The hate on this campus is getting worse every single week,” she said.",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).toBe("Claudia Sheinbaum");
  });
});

describe("a surname after a title of the other gender", () => {
  it("does not complete “Mr. Vale” to the one full name, a woman's", () => {
    const text = [
      "Mr. Vale said his daughter Ivanka Vale would be a fine choice.",
      "“She has done a fantastic job, and we have done it together,” Mr. Vale said.",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).toBe("Vale");
  });

  it("completes it when the title fits", () => {
    const text = [
      "Ivanka Vale was named on Monday.",
      "“She has done a fantastic job, and we have done it together,” Ms. Vale said.",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).toBe("Ivanka Vale");
  });
});

describe("a stated speaker in shapes the grammar missed", () => {
  it("reads a verb after “but” as its clause's subject's", () => {
    expect(
      speakersOf("Tom Vale said he would consider Ms. Ortiz but added, “I’d personally rather keep Ana where she is.”"),
    ).toEqual([["I’d personally rather keep Ana where she is.", "Tom Vale"]]);
  });

  it("passes over a verb of a relative clause, and a title's dot, in the reported clause", () => {
    expect(
      speakersOf(
        "Last December, Ann Cole said that women who had accused Mr. Vale of misconduct “should be heard, and they should be dealt with.”",
      ),
    ).toEqual([["should be heard, and they should be dealt with.", "Ann Cole"]]);
  });

  it("leaves a relative clause's verb that leads into the words with a comma as it was", () => {
    const text = [
      "Ann Cole spoke on Monday.",
      "She said Tom Vale is the calm dad who tells his injured child, “You know what, babe? It's OK.”",
      "“I feel that way about the nation and about the people in it,” she said.",
    ].join("\n\n");
    expect(speakersOf(text).at(-1)?.[1]).toBe("Ann Cole");
  });

  it("reads a subject with when it spoke before the verb", () => {
    expect(
      speakersOf("Tom Vale at the time called the aircraft “an example of the procurement process gone amok.”"),
    ).toEqual([["an example of the procurement process gone amok.", "Tom Vale"]]);
  });

  it("reads “chimed in” as a verb of speech", () => {
    expect(speakersOf("“Or being grunge in the '90s,” another student chimed in.")).toEqual([
      ["Or being grunge in the '90s", "another student"],
    ]);
  });

  it("reads “commented” as a verb of speech, the tag after the words or inverted", () => {
    expect(
      speakersOf(
        "Ana Ruiz runs the port. “We can make the harbour safe again for every family here,” Ruiz also commented.",
      ),
    ).toEqual([["We can make the harbour safe again for every family here", "Ana Ruiz"]]);
    expect(speakersOf("“The ferries will run on time from next month,” commented Tomas Reed, the operator.")).toEqual([
      ["The ferries will run on time from next month", "Tomas Reed"],
    ]);
  });

  it("reads “went on” after the words as a verb of speech, as “continued” is", () => {
    expect(
      speakersOf(
        "Nora Haddad stayed at the clinic. “The generators will fail before the weekend if nothing changes,” Haddad went on.",
      ),
    ).toEqual([["The generators will fail before the weekend if nothing changes", "Nora Haddad"]]);
    expect(speakersOf("“The list is long and getting longer every single day,” went on Nora Haddad.")).toEqual([
      ["The list is long and getting longer every single day", "Nora Haddad"],
    ]);
  });

  it("gives “he” to one unnamed student described by where he studies", () => {
    const text =
      "One student at Vale College in Durham, North Carolina, said he kept his views to himself in class. “People were so careful that nothing was ever really heard,” he said.";
    expect(speakersOf(text)).toEqual([["People were so careful that nothing was ever really heard", "one student"]]);
  });

  it("still names no one for “he” after an unnamed group", () => {
    const text =
      "Students at Vale College said they kept their views to themselves. “People were so careful that nothing was ever really heard,” he said.";
    expect(speakersOf(text)[0]?.[1]).toBe("unattributed");
  });
});
