import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { endsAsName } from "./nameEnding.ts";
import { mainSubject } from "./participleClause.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

// Shapes of a blind batch of news pages (stop 73) that gave wrong speakers; made-up sentences.
const matcher = buildEntityMatcher(loadRegister());

function speakersOf(text: string): [string, string][] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("a participle after a progressive main verb", () => {
  it("ends the main clause's subject at its auxiliary", () => {
    expect(mainSubject("Norland is urging Ardia and Belmont to talk over their border")).toBe("Norland");
    expect(mainSubject("The governor has been asking Ana Ruiz to stay")).toBe("The governor");
  });

  it("gives the words to no object named after the verb", () => {
    const found = speakersOf(
      "Norland is urging Ardia and Belmont to talk to one another over their tensions, saying “nobody wins” from a war.",
    );
    expect(found.map(([, name]) => name)).not.toContain("Ardia");
    expect(found.map(([, name]) => name)).not.toContain("Belmont");
  });
});

describe("a pronoun past someone only a given name's usual gender rules out", () => {
  it("gives “he” to no one further back than the one who just spoke", () => {
    const text = [
      "The campaign had a difficult summer.",
      "State Sen. Lindsey Munro was among the officials who brokered a peace between Bryce and Gov. Dale Fenwick, whose feud threatened the effort. Munro told The Associated Press he was worried about the shift.",
      "“It has become much more competitive,” he said.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([["It has become much more competitive", "unattributed"]]);
  });
});

describe("a description cut from its sentence is no name", () => {
  it("reads a name ending on a person's trade as a description", () => {
    expect(endsAsName("Municipal’s economist")).toBe(false);
    expect(endsAsName("the council's spokeswoman")).toBe(false);
    expect(endsAsName("Jeremiah Mbelu")).toBe(true);
    expect(endsAsName("Whitlow’s office")).toBe(true);
    expect(endsAsName("Xinhua news agency")).toBe(true);
  });

  it("leaves words of 'the economist replies' unattributed rather than named by the description", () => {
    const text = [
      "The Municipal’s economist Jeremiah Mbelu reveals that the council agreed to install 155 poles.",
      "“Each pole cost four million,” says Jeremiah who works in the planning office.",
      "Asked why the Municipal spent so much, the economist replies, “Yes, it is expensive to install solar lights in the streets.”",
    ].join("\n\n");
    const names = speakersOf(text).map(([, name]) => name);
    expect(names).not.toContain("Municipal’s economist");
  });
});

describe("a verb of speech with its subject after it (inverted order)", () => {
  it("gives the words to no word before the verb", () => {
    const names = [
      "Die Schule kauft neue Geräte, sagt Rektorin Ida Brenner. Die Technik sei kein Selbstzweck, betont sie: „Technik muss den Unterricht besser machen.“",
      "Die Motoren stammen aus den 80er-Jahren, sagte Vogt: „Bei dieser Hitze laufen sie nicht lange, sagen die Fahrer.“",
      "Und, so ergänzt Mitschüler Jonas Feld: „Man kann die Sprache wechseln, das hilft mir sehr.“",
    ].flatMap((text) => speakersOf(text).map(([, name]) => name));
    for (const word of ["Selbstzweck", "Jahren", "Und"]) expect(names).not.toContain(word);
  });

  it("still reads the subject before a verb followed by a listener or a day", () => {
    expect(speakersOf("Ana Ruiz, the mayor, told Reuters: “We will rebuild the bridge before winter comes.”")).toEqual([
      ["We will rebuild the bridge before winter comes.", "Ana Ruiz"],
    ]);
    expect(speakersOf("Ana Ruiz said Tuesday: “We will rebuild the bridge before winter comes.”")).toEqual([
      ["We will rebuild the bridge before winter comes.", "Ana Ruiz"],
    ]);
  });
});

describe("a name after a verb with no colon before the words", () => {
  it("reads it as the verb's object or the source, not the verb's subject", () => {
    expect(speakersOf("Like calling Ruiz, “just another blogger” on the team.")).not.toContainEqual([
      "just another blogger",
      "unattributed",
    ]);
    expect(speakersOf("According to Acme’s Ana Ruiz, “we are in a cash-constrained market right now.”")).toEqual([
      ["we are in a cash-constrained market right now.", "Ana Ruiz"],
    ]);
  });
});

describe("a time phrase after the verb of speech", () => {
  it("is no speaker", () => {
    const found = speakersOf(
      "Doch der Minister Karl Ostend sieht das Land skeptisch und erklärte Anfang März: „Wir zählen nicht mehr auf diese Vermittler.“",
    );
    expect(found.map(([, name]) => name)).not.toContain("Anfang März");
  });
});

describe("a passage cited in parentheses after a quotation", () => {
  it("names no speaker: a book's short name and its numbers cite a text", () => {
    const found = speakersOf(
      "The sermon returned to his words: “The sea gives back what it takes, and we wait for it” (Jb 12, 4); “Light the lamps early, for the night is long” (Pr 3:7).",
    );
    const names = found.map(([, name]) => name);
    expect(names).not.toContain("Jb");
    expect(names).not.toContain("Pr");
  });

  it("still reads a name and a role there", () => {
    const found = speakersOf("“We reopen the pier on Monday.” (Dana Wolfe, harbor master)");
    expect(found.map(([, name]) => name)).toEqual(["Dana Wolfe"]);
  });
});
