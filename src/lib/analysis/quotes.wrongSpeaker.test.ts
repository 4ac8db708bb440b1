import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

function speakersOf(text: string): [string, string][] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("a name inside what someone reports is no speaker", () => {
  it("gives words that run on in a reported clause to its reporter, not a passive's agent", () => {
    const words = "because he has a grudge against me.";
    expect(speakersOf(`Ann Cole said that the raids were ordered by Ivo Brandt “${words}”`)).toEqual([
      [words, "Ann Cole"],
    ]);
    expect(
      speakersOf(
        `In a recording obtained by the paper, Ann Cole can be heard saying that the raids were ordered by Ivo Brandt “${words}”`,
      ),
    ).toEqual([[words, "Ann Cole"]]);
  });
});

describe("a body's name before a title and a person's name", () => {
  it("gives the words to the person, not the body", () => {
    const words = "a return to the old ways.";
    expect(speakersOf(`Dock Workers Union President Ana Ruiz warned against “${words}”`)).toEqual([
      [words, "Ana Ruiz"],
    ]);
    expect(
      speakersOf(
        `Ruritanian Federation of Harbour Employees President J. Tom Reyes Sr., who also represents port staff, warned against “${words}”`,
      ),
    ).toEqual([[words, "J. Tom Reyes Sr."]]);
  });
});

describe("a pronoun agrees with its person", () => {
  it("gives “she” to no one whose given name is a man's", () => {
    const text = [
      "Donald Reyes won the election in November.",
      "Lena Ortiz spoke at the rally.",
      "Without naming Donald Reyes, the senator tore into the developer.",
      "“They look up at you to see whether it hurts,” she said.",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).not.toContain("Donald Reyes");
  });

  it("passes over a man's possessive before “she” to the woman named before", () => {
    const text = [
      "Donald Reyes won the election in November.",
      "Janet Holloway spoke to reporters on Wednesday.",
      "Though Donald Reyes’s inauguration is a month away, she said “some of the members” had shifted their views.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([["some of the members", "Janet Holloway"]]);
  });
});

describe("a described person is no name (issue 15, quotes)", () => {
  const words = "“She listened, which is more than the last one ever did,”";
  const said = "She listened, which is more than the last one ever did";
  it("gives a lawmaker by initials, a demonym and a party member after a modifier to that unnamed person", () => {
    expect(speakersOf(`${words} said an MP who asked not to be named.`)).toEqual([[said, "an MP"]]);
    expect(speakersOf(`${words} said a Conservative MP.`)).toEqual([[said, "a Conservative MP"]]);
    expect(speakersOf(`${words} said a Cumbrian in the public gallery.`)[0]?.[1]).toMatch(/^a Cumbrian/u);
    expect(speakersOf(`${words} said a veteran Tory.`)).toEqual([[said, "a veteran Tory"]]);
  });

  it("reads “One said” and “Another called it” after a group as no name but one of the group", () => {
    const text =
      "Several backbenchers were less generous. One said the plan was “a tax cut for people who drive very large cars.” Another called it “the right policy at the wrong time, and everyone knew it.”";
    expect(speakersOf(text).map(([, name]) => name)).toEqual([
      "one of the backbenchers",
      "another of the backbenchers",
    ]);
  });

  it("gives the words of an aide to an office's holder to the aide, never the holder", () => {
    const text = [
      "The chancellor, Helen Marr, defended the freeze.",
      "A senior aide to the chancellor said the freeze would “cost less than the opposition claims, and far less than strikes.”",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).toBe("A senior aide");
    // The office's holder still speaks as "the chancellor" alone.
    const alone = [
      "The chancellor, Helen Marr, defended the freeze.",
      "“It will cost less than the opposition claims, and far less than strikes,” the chancellor said.",
    ].join("\n\n");
    expect(speakersOf(alone)[0]?.[1]).toBe("Helen Marr");
  });

  it("reads “X put it bluntly:” as X speaking, never the body that “it” could be", () => {
    const text = [
      "Fire Chief Dale Murtagh spoke on Monday.",
      "The National Weather Service issued a warning.",
      "Murtagh put it bluntly: “If you are still on the island after dark, you are on your own until morning.”",
    ].join("\n\n");
    expect(speakersOf(text)[0]?.[1]).toBe("Dale Murtagh");
    // A name alone before a colon is still a label.
    expect(
      speakersOf(`${text}\n\nMurtagh: “Stay off the roads tonight, and stay off them tomorrow as well.”`)[1]?.[1],
    ).toBe("Dale Murtagh");
  });
});

describe("words passed on are their source's, never the reader's (issue 15, quotes)", () => {
  const lead = "Mayor Ana Ruiz and union president Carl Brenner met on Monday.";
  it("gives a quotation read, quoted or remembered to its source, or to no one", () => {
    const text = [
      lead,
      "Ruiz quoted her predecessor, Tom Vale, as saying “a city that stops building is a city that starts dying.”",
      "Ruiz read from a statement by the union: “We will not be the ones who blink first in this dispute.”",
      "Ruiz recalled her father telling her: “Never make a promise you cannot keep in the same year.”",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["Tom Vale", "unattributed", "unattributed"]);
  });

  it("still gives a speaker's own words after a colon to the speaker", () => {
    expect(
      speakersOf(`${lead}\n\nRuiz, who read the report twice, said: “We will rebuild the harbour before the winter.”`),
    ).toEqual([["We will rebuild the harbour before the winter.", "Ana Ruiz"]]);
  });

  it("gives words told in a reported clause to whoever told them, not to who reported the exchange", () => {
    const text = `${lead}\n\nBrenner told Ruiz on a call that the union would accept “every clause except the one on overtime,” according to a person who was on the call.`;
    expect(speakersOf(text)).toEqual([["every clause except the one on overtime", "Carl Brenner"]]);
    const plain = `${lead}\n\nThe union will accept “every clause except the one on overtime pay,” according to a person who was on the call.`;
    expect(speakersOf(plain)[0]?.[1]).toBe("a person");
  });
});

describe("a name that only modifies a described person is not the speaker (issue 15, quotes)", () => {
  const lead = "Governor Ray Tillman is weighing a run for the Senate.";
  const words = "“He has wanted this since he was thirty, and he is not getting any younger,”";
  it("gives the words to the described ally or adviser, never to the name", () => {
    expect(speakersOf(`${lead}\n\n${words} said a longtime Tillman ally.`)[0]?.[1]).toBe("a longtime Tillman ally");
    expect(speakersOf(`${lead}\n\n${words} said one Tillman adviser in Austin.`)[0]?.[1]).toBe("one Tillman adviser");
  });
  it("still reads a name after a description, and a body's name, as names", () => {
    expect(speakersOf(`${lead}\n\n${words} said a Democrat, Ana Ruiz.`)[0]?.[1]).toBe("Ana Ruiz");
    expect(speakersOf(`${lead}\n\n${words} said Tillman.`)[0]?.[1]).toBe("Ray Tillman");
  });
});

describe("a pronoun after someone unnamed opens the sentence before (issue 15, quotes)", () => {
  it("gives “she” to no one named further back", () => {
    const text = [
      "Commissioner Ellen Sato said little until the end.",
      "One resident stood up near the end. “My kids do their homework in the library car park,” she told the panel.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([["My kids do their homework in the library car park", "unattributed"]]);
  });
  it("still gives “she” to the one woman named when no one unnamed stands between", () => {
    const text = [
      "Commissioner Ellen Sato stood up near the end.",
      "“My kids do their homework in the library car park,” she told the panel.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([["My kids do their homework in the library car park", "Ellen Sato"]]);
  });
});

describe("“one” or “another” alone after a group (issue 15, quotes)", () => {
  it("gives the words to one of the group a sentence in reach names", () => {
    const text = [
      "Several backbenchers were less generous. One said the plan was “a tax cut for people who drive very large cars.” Another called it “the right policy at the wrong time, and everyone knew it.”",
      "“We were told there would be questions. There were no questions,” one said.",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).toEqual([
      "one of the backbenchers",
      "another of the backbenchers",
      "one of the backbenchers",
    ]);
    expect(speakersOf("Democrats were less united. “She played it safe, and safe loses elections,” said one.")).toEqual(
      [["She played it safe, and safe loses elections", "one of the Democrats"]],
    );
  });
  it("gives them to no one without a group in reach, or with a person named between", () => {
    expect(
      speakersOf("Ana Ruiz spoke on Monday.\n\n“There were no questions at all, not a single one,” one said."),
    ).toEqual([["There were no questions at all, not a single one", "unattributed"]]);
    const text =
      "The company issued two statements. One said “we regret the delay and we will fix it within the week.”";
    expect(speakersOf(text)[0]?.[1]).toBe("unattributed");
  });
});

describe("a verb in a relative clause set off by commas (issue 15, quotes)", () => {
  it("gives the words the main clause's “that” reports to the main clause's subject, not the relative's", () => {
    const text =
      "Senator Laura Mills spoke on Monday.\n\nMills told an aide, who told reporters, that she was “not going to dignify that letter with a reply.”";
    expect(speakersOf(text)[0]?.[1]).toBe("Laura Mills");
  });
  it("still gives them to a subject whose relative clause comes first", () => {
    const text =
      "Senator Laura Mills spoke on Monday.\n\nAn aide, who told reporters about it, said Mills was “not going to dignify that letter with a reply.”";
    expect(speakersOf(text)[0]?.[1]).toBe("An aide");
  });
});

describe("who the grammar says spoke, over who reported it (issue 15, saved pages)", () => {
  it("gives words a speech verb opens to its subject, not to the “according to” after them", () => {
    const text =
      "Ivo Brandt ran the plant for years.\n\nWhen Ivo Brandt saw the report, he remarked to his aide Tom Vale, “That will cost us the whole season,” according to a person in the room.";
    expect(speakersOf(text)[0]?.[1]).not.toBe("a person in the room");
  });
  it("still gives a quotation nothing opens to the “according to” after it", () => {
    const text = "The plant closed.\n\n“That will cost us the whole season,” according to a person in the room.";
    expect(speakersOf(text)[0]?.[1]).toBe("a person");
  });

  it("reads “she” after an unnamed subject who told something as no one named in its object", () => {
    const text =
      "Ivo Brandt ran the show for years. A former dancer told me that her parents called the police on Ivo Brandt after the show. “I remember Brandt charming my parents out of it,” she says.";
    expect(speakersOf(text)[0]?.[1]).toBe("unattributed");
  });
  it("still reads it as a named subject who told something", () => {
    const text =
      "Ivo Brandt ran the show for years. Lena Ortiz told me that her parents called the police on Ivo Brandt after the show. “I remember my parents being furious that night,” she says.";
    expect(speakersOf(text)[0]?.[1]).toBe("Lena Ortiz");
  });

  it("gives “she” past a sentence of her own deeds to no one quoted before it", () => {
    const text =
      "“For a man in my position, it would have to be at a hotel,” Ivo Brandt said. “Do you know how to play the game?” She tried to get out of the room. “I don’t feel comfortable doing this,” she said.";
    expect(speakersOf(text).at(-1)).toEqual(["I don’t feel comfortable doing this", "unattributed"]);
  });
  it("still gives “she” past her own feeling to the one whose statement was quoted before it", () => {
    const text =
      "“It was terrifying,” Lena Ortiz said. “The first session I did was a total disaster.” But she also felt like she had no choice. “I was back at it by the next morning,” she said.";
    expect(speakersOf(text).at(-1)?.[1]).toBe("Lena Ortiz");
  });
  it("still gives “he” past a sentence of his own speech to the one quoted before it", () => {
    const text = [
      "Children growing up now “will see the country differently,” Ivo Brandt said.",
      "“There are going to be tensions that arise in every town.”",
      "Talking about how he felt after the vote, he said “every leader has strengths and weaknesses”.",
      "“One of my strengths is that I stay calm when things are hard,” he said.",
    ].join("\n\n");
    expect(speakersOf(text).at(-1)?.[1]).toBe("Ivo Brandt");
  });
  it("still gives it to the person a quoted sentence names", () => {
    const text =
      "Ivo Brandt stayed home. “The vote is ours and we will keep it,” Lena Ortiz said. She paused. “We will win the next one too,” she said.";
    expect(speakersOf(text).at(-1)?.[1]).toBe("Lena Ortiz");
  });

  it("joins no halves across a sentence of its own that tells more than who spoke", () => {
    const text =
      "“I am a patient man, and I have always been one,” Ivo Brandt said. As she left the office, she says, Brandt tried to stop her. “I was terrified of him at that moment.”";
    expect(speakersOf(text).at(-1)?.[1]).not.toBe("Ivo Brandt");
  });
  it("still joins halves around the first half's own clause", () => {
    const text = "“I am a patient man,” Ivo Brandt said. “I was never angry with anyone at the plant.”";
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["Ivo Brandt", "Ivo Brandt"]);
  });

  it("gives words after “X’s reply:” to X", () => {
    const text = "She waited for an answer. She remembers Ivo Brandt’s reply: “I am a man of many sides.”";
    expect(speakersOf(text)).toEqual([["I am a man of many sides.", "Ivo Brandt"]]);
  });
  it("gives words after an owner-less reply to no one", () => {
    const text = "She waited for an answer. She remembers the reply: “I am a man of many sides.”";
    expect(speakersOf(text)[0]?.[1]).toBe("unattributed");
  });

  it("reads the main subject past an aside that reports the sentence", () => {
    const text =
      "Lena Ortiz met Ivo Brandt in 1988.\n\nDuring their first meeting, Ortiz says, Brandt filmed her and told her: “I will keep the tape in a safe place.”";
    expect(speakersOf(text)[0]?.[1]).toBe("Ivo Brandt");
  });

  it("reads no person in a name that says whose people a plural is (“Fox employees”)", () => {
    const text =
      "Ivo Brandt said little at first. Kent Marlow founded the firm.\n\nBut the job required her to bring young Marlow employees to meetings with Ivo Brandt. “You will find me the best people,” he told her.";
    expect(speakersOf(text)[0]?.[1]).toBe("Ivo Brandt");
  });
  it("still reads a name before a verb as a person", () => {
    const text =
      "Kent Marlow founded the firm.\n\nKent Marlow wanted meetings with Ivo Brandt. “You will find me the best people,” he told her.";
    expect(speakersOf(text)[0]?.[1]).toBe("Kent Marlow");
  });

  it("continues no run of quotations into a heading", () => {
    const text =
      "The vendors call often. As one executive said, “I distrust most of them, so I may miss the real alarms.”\n\n## ‘Unless you are the target, the name of the attacker does not matter’\n\nVendors also scare executives.";
    expect(speakersOf(text).find(([words]) => words.startsWith("Unless"))?.[1] ?? "unattributed").toBe("unattributed");
  });
});

describe("a participle of speech right after a document", () => {
  const words = "arrogant young woman";
  it("gives the words to the document's named owner, not the main clause's subject", () => {
    expect(
      speakersOf(
        `After Jane Roe questioned Tom Vale at a forum, she was bombarded with threats from supporters responding to Vale’s tweet calling her an “${words}” and a plant.`,
      ),
    ).toEqual([[words, "Tom Vale"]]);
  });
  it("reads a document the subject released as the subject's", () => {
    const words = "We take these matters seriously.";
    expect(speakersOf(`Jane Roe was forced to release a statement saying, “${words}”`)).toEqual([[words, "Jane Roe"]]);
  });
  it("names no one when the document has no named owner: a short quotation is then no quote", () => {
    expect(
      speakersOf(`Jane Roe was bombarded with threats after a tweet calling her an “${words}” went viral.`),
    ).toEqual([]);
  });
});

describe("a role chosen but not yet held", () => {
  it("reads 'the president-elect' as the one person the article gave that title", () => {
    const words = "Carl was with me from the beginning, and I truly appreciated it";
    expect(
      speakersOf(
        `President-elect Tom Vale's team announced that investor Carl Roe will advise him.\n\n"${words}," the president-elect said in a statement.`,
      ),
    ).toEqual([[words, "Tom Vale"]]);
  });
  it("does not read the president-elect as 'the president'", () => {
    const words = "We will work with whoever wins the runoff";
    expect(
      speakersOf(`President-elect Tom Vale met the outgoing team on Monday.\n\n"${words}," the president said.`),
    ).toEqual([[words, "unattributed"]]);
  });
});

describe("words the article's own question supposes someone says", () => {
  it("gives no speaker to a quotation inside a yes/no question", () => {
    expect(
      speakersOf(
        'Does the studio head Mara Quill come to you and say, "Here is an idea. Try it here"? Or do you pitch it?',
      ),
    ).toEqual([["Here is an idea. Try it here", "unattributed"]]);
  });

  it("still gives the speaker of a statement before a question", () => {
    expect(speakersOf('Mara Quill came to me and said, "Here is an idea. Try it." Did I?')).toEqual([
      ["Here is an idea. Try it.", "Mara Quill"],
    ]);
  });
});

describe("a participle whose clause has two subjects (issue 15, stop 64)", () => {
  it("gives words set in a clause that two people share to neither of them", () => {
    expect(
      speakersOf(
        'Lena Ortiz met Pia Lund in 2009.\n\nShe says when she and Lund were writing the boat scene ("Can that be the name of the boat?"), it was not for any prize.',
      ),
    ).toEqual([["Can that be the name of the boat?", "unattributed"]]);
  });

  it("still reads the one subject such a clause names", () => {
    expect(
      speakersOf(
        'Lena Ortiz met Pia Lund in 2009.\n\nOrtiz says when Lund was writing the boat scene ("Can that be the name of the boat?"), it was not for any prize.',
      ),
    ).toEqual([["Can that be the name of the boat?", "Pia Lund"]]);
  });
});

describe("a definite description after one unnamed person introduced with more words (issue 15, stop 64)", () => {
  const later = "Nobody in the party expected the rain to matter this much";
  it("gives 'the lobbyist' the words of the one unnamed lobbyist introduced before, as written", () => {
    expect(
      speakersOf(`"The turnout was soft," said a Republican lobbyist in Reno.\n\n"${later}," the lobbyist added.`),
    ).toEqual([
      ["The turnout was soft", "a Republican lobbyist"],
      [later, "the lobbyist"],
    ]);
  });

  it("gives them to no one when two lobbyists were introduced", () => {
    expect(
      speakersOf(
        `"The turnout was soft," said a Republican lobbyist in Reno. A Democratic lobbyist disagreed.\n\n"${later}," the lobbyist added.`,
      )[1],
    ).toEqual([later, "unattributed"]);
  });
});

describe("an unnamed source of a named body's office (issue 15, stop 64)", () => {
  const words = "the trail could stay shut for at least three more weeks.";
  it("reads 'a ranger at the Glacier Valley Park office in Elmsford' as one unnamed source", () => {
    expect(speakersOf(`A ranger at the Glacier Valley Park office in Elmsford said "${words}"`)).toEqual([
      [words, "A ranger at the Glacier Valley Park office in Elmsford"],
    ]);
  });

  it("still reads no source from a name followed by the clause's own words", () => {
    expect(speakersOf(`A ranger at Glacier Valley Park also said "${words}"`)).not.toEqual([
      [words, "A ranger at Glacier Valley Park also"],
    ]);
  });
});

describe("an unnamed source opening the clause a verb of speech reports (issue 15, stop 64)", () => {
  const words = "Who is going to feed the cats when the owners are gone again?";
  it("gives the words to 'a nurse at the clinic' whom Ruiz reports asking", () => {
    expect(speakersOf(`Ruiz said a nurse at the clinic had asked her, "${words}"`)).toEqual([[words, "a nurse"]]);
    expect(speakersOf(`Ruiz said that a nurse at the clinic asked her, "${words}"`)).toEqual([[words, "a nurse"]]);
  });

  it("still gives none to a source a clause without a verb of speech leads into", () => {
    expect(speakersOf(`Ruiz, angry at a nurse at the clinic, later asked her, "${words}"`)).not.toEqual([
      [words, "a nurse"],
    ]);
  });
});

describe("a dash and who signs the words, on the quotation's own line (issue 15, stop 64)", () => {
  const words = "I have seen livelier hearings at a parish council meeting";
  it("gives the words to the unnamed person or the named one the dash sets after them", () => {
    expect(speakersOf(`Others were unimpressed. "${words}" — a Maine Republican.`)).toEqual([
      [words, "a Maine Republican"],
    ]);
    expect(speakersOf(`"${words}" — Ana Ruiz, a retired teacher.`)).toEqual([[words, "Ana Ruiz"]]);
  });

  it("gives none to what the dash sets after them when it is no one", () => {
    expect(speakersOf(`Others were unimpressed. "${words}" — a line from her first speech.`)).toEqual([
      [words, "unattributed"],
    ]);
    expect(speakersOf(`Others were unimpressed. "${words}" — Ana Ruiz said she wrote that.`)).not.toContainEqual([
      words,
      "Ana Ruiz",
    ]);
  });
});

describe("an office named alone is no one's name (issue 15, stop 65)", () => {
  const words = "We will keep our shelves stocked at the best prices we can find";
  it("gives the words to the holder named after the office, never to the office", () => {
    const text = `Costs will keep rising, Vice President and Chief Operating Officer of Fair Mart Dana Whitcomb said on Monday, adding that the chain would try to “${words}”.`;
    expect(speakersOf(text)[0]?.[1]).not.toMatch(/Officer|President/u);
    expect(speakersOf(text)[0]?.[1]).toMatch(/Dana Whitcomb$/u);
  });

  it("gives words a lawmaker by party and seat says to no one, never to the seat's letters", () => {
    const text = [
      "Tom Vale warned on Monday that the airline trade was close to collapse.",
      `Speaking in the chamber, the Liberal MP said: “${words}.”`,
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([[`${words}.`, "unattributed"]]);
    expect(speakersOf(`“${words},” said the Liberal MP.`)).toEqual([[words, "unattributed"]]);
  });

  it("still reads a name written with the letters after it, and a surname that is a title word", () => {
    expect(speakersOf(`“${words},” said Tom Vale MP.`)[0]?.[1]).toBe("Tom Vale MP");
    expect(speakersOf(`“${words},” said Amy Judge.`)[0]?.[1]).toBe("Amy Judge");
  });
});

describe("a name inside a relative clause after the speaker is not the speaker (issue 15, stop 65)", () => {
  const words = "The first I heard of it was late on the Tuesday evening";
  it("gives the words to no one rather than to whom the relative clause names", () => {
    // "Deputy" is a title, no name: the subject names no one, and Rhodes' office is not who speaks.
    const text = `“${words},” said Deputy, who resigned from Rhodes' office and filed to run on the Friday.`;
    expect(speakersOf(text)).toEqual([[words, "unattributed"]]);
    const owner = `“${words},” said Deputy, whose campaign Lena Ortiz ran.`;
    expect(speakersOf(owner)).toEqual([[words, "unattributed"]]);
  });

  it("still gives the words to the subject the relative clause describes", () => {
    const text = `“${words},” said Wayne Hale, who resigned from Rhodes' office and filed to run on the Friday.`;
    expect(speakersOf(text)[0]?.[1]).toBe("Wayne Hale");
  });
});

describe("a surname that is a title word, alone as the subject (issue 15, stop 65)", () => {
  const words = "I heard nothing about it until the Tuesday evening";
  const lead = "Wayne King, the senator's deputy, did not learn of the plan until late.";
  it("gives the words to the one person the article named in full with it", () => {
    expect(speakersOf(`${lead}\n\n“${words},” said King, who resigned on Friday.`)[0]?.[1]).toBe("Wayne King");
    expect(speakersOf(`${lead}\n\n“${words},” King said.`)[0]?.[1]).toBe("Wayne King");
  });

  it("gives none when the title has its article, or the article names no one with that surname", () => {
    expect(speakersOf(`${lead}\n\n“${words},” the King said.`)[0]?.[1]).not.toBe("Wayne King");
    expect(speakersOf(`“${words},” King said.`)).toEqual([[words, "unattributed"]]);
  });
});

describe("“X asked Y.” after a question, a sentence of its own (issue 15, stop 65)", () => {
  const lead = "Ana Ruiz sat down with Tom Vale on Monday.";
  it("gives the question to who asked it, not to whom it was asked", () => {
    const question = "What is it about the harbour plan that you like so much?";
    expect(speakersOf(`${lead}\n\n"${question}" Ruiz asked Vale.`)).toEqual([[question, "Ana Ruiz"]]);
    expect(speakersOf(`${lead}\n\n"${question}" Ruiz asked him.`)).toEqual([[question, "Ana Ruiz"]]);
  });

  it("gives none when the next sentence says more than who asked whom", () => {
    const question = "What is it about the harbour plan that you like so much?";
    expect(speakersOf(`${lead}\n\n"${question}" Ruiz asked Vale to explain the costs first.`)).toEqual([
      [question, "unattributed"],
    ]);
  });
});

describe("a name after “one” that only modifies the noun heading the phrase (issue 15, stop 65)", () => {
  const words = "“The whole delegation was blindsided, and nobody has forgotten it,”";
  it("gives the words to the one person described, never to the initials", () => {
    const [speaker] = speakersOf(`${words} said one NRP operative in the state.`).map(([, name]) => name);
    expect(speaker).not.toBe("NRP");
    expect(speaker).toBe("one NRP operative");
  });
});

describe("words that look like a name before the speaker's", () => {
  it("reads a capitalised compound modifier as a modifier, not the speaker", () => {
    const words = "Acme has long avoided paying for it";
    expect(
      speakersOf(`“${words},” noted Ohio-based product liability lawyer Tom Vale in an interview with the Herald.`),
    ).toEqual([[words, "Tom Vale"]]);
  });
  it("gives no speaker for words a law's name stands before", () => {
    const words = "It does not apply here because the claims rest on Acme’s own acts.";
    expect(
      speakersOf(
        `The court also found a federal law in favor of the buyer, the Consumer Safety Act of 1996, noting that “${words}”`,
      ),
    ).toEqual([[words, "unattributed"]]);
  });
});

describe("a romanised given name joined by a hyphen", () => {
  it("stays part of the speaker's name", () => {
    const words = "There is no other way.";
    expect(speakersOf(`“${words}” said opposition leader Park Min-jun.`)).toEqual([[words, "Park Min-jun"]]);
  });
});

describe("a pronoun with someone described, not named, in reach (issue 15, stop 66)", () => {
  const words = "We were promised a bridge and we got a ditch";
  it("gives the words to no one when an unnamed person of the pronoun's agreement stands between", () => {
    // The described subject after a fronted clause that names the other: either may be "she".
    const fronted = [
      "Mara Quill opened the hearing on Monday.",
      "Before thanking Mara Quill, the lawmaker tore into the contractor.",
      `“${words},” she said.`,
    ].join("\n\n");
    expect(speakersOf(fronted)).toEqual([[words, "unattributed"]]);
    // Someone unnamed in a sentence the search passes on its way back to the name.
    const passed = [
      "Mara Quill chaired the meeting.",
      `Near the back of the room, a neighbour stood up. “${words},” she told the room.`,
    ].join("\n\n");
    expect(speakersOf(passed)).toEqual([[words, "unattributed"]]);
  });

  it("still gives them to the one person named when the description is theirs or no one is described", () => {
    const apposed = [
      "Mara Quill chaired the meeting.",
      `Mara Quill, a neighbour of the site, stood up near the back. “${words},” she told the room.`,
    ].join("\n\n");
    expect(speakersOf(apposed)).toEqual([[words, "Mara Quill"]]);
    const aged = [
      "Mara Quill chaired the meeting.",
      `Quill, 43, a teacher at the school, came second. “${words},” she said.`,
    ].join("\n\n");
    expect(speakersOf(aged)).toEqual([[words, "Mara Quill"]]);
    const plain = [
      "Mara Quill opened the hearing on Monday.",
      "Before thanking the contractor, Mara Quill tore into the plan.",
      `“${words},” she said.`,
    ].join("\n\n");
    expect(speakersOf(plain)).toEqual([[words, "Mara Quill"]]);
  });
});

describe("after the verb, a name speaks only as the head of its noun phrase (speakers.ts modifiedHead)", () => {
  const words = "Nobody on the board saw the harbour vote coming";
  const said = (tag: string) => speakersOf(`“${words},” ${tag}`);
  it("gives the words to the one person described when a name only modifies the head", () => {
    expect(said("said a longtime Harwick ally.")).toEqual([[words, "a longtime Harwick ally"]]);
    expect(said("said one Brenmoor official familiar with the talks.")).toEqual([[words, "one Brenmoor official"]]);
    expect(said("said some Harwick allies.")).toEqual([[words, "some Harwick allies"]]);
    expect(said("said an Ostland Republican who asked not to be named.")).toEqual([[words, "an Ostland Republican"]]);
  });

  it("gives them to no one when a definite phrase describes a person the text may have named", () => {
    expect(said("said the Harwick ally.")).toEqual([[words, "unattributed"]]);
    expect(said("said the Ostland Republican.")).toEqual([[words, "unattributed"]]);
  });

  it("still gives them to the name that heads the phrase, titles before it", () => {
    expect(said("said Harbour Minister Dana Korr.")).toEqual([[words, "Dana Korr"]]);
    expect(said("said Dana Korr, who chairs the board.")).toEqual([[words, "Dana Korr"]]);
    expect(said("said Dana Korr in a statement.")).toEqual([[words, "Dana Korr"]]);
    expect(said("said a Brenmoor spokesman, Dana Korr.")).toEqual([[words, "Dana Korr"]]);
    expect(said("said a longtime Harwick ally, Dana Korr.")).toEqual([[words, "Dana Korr"]]);
  });
});

describe("before the verb, a name speaks only as the head of its noun phrase, as after it (modifiedHead)", () => {
  const words = "Nobody on the board saw the harbour vote coming";
  const tagged = (tag: string) => speakersOf(`Senator Ivo Harwick spoke first. “${words},” ${tag}`);
  it("gives the words to the one person described, the noun ending as an adverb does included", () => {
    expect(tagged("a Harwick ally said.")).toEqual([[words, "a Harwick ally"]]);
    expect(tagged("one longtime Harwick ally said.")).toEqual([[words, "one longtime Harwick ally"]]);
    expect(tagged("a Brenmoor official said.")).toEqual([[words, "a Brenmoor official"]]);
  });

  it("gives them to no one when a definite phrase describes a person the text may have named", () => {
    expect(tagged("the Harwick ally said.")).toEqual([[words, "unattributed"]]);
    expect(tagged("the Harwick adviser said.")).toEqual([[words, "unattributed"]]);
  });

  it("still gives them to a name that ends the phrase, and reads an adverb before the verb as one", () => {
    expect(tagged("the veteran Harwick said.")).toEqual([[words, "Ivo Harwick"]]);
    expect(tagged("Harwick quickly said.")).toEqual([[words, "Ivo Harwick"]]);
  });
});

describe("a name inside a restrictive relative clause of the subject is no speaker (describedByRelative)", () => {
  const words = "The deal collapsed on the last night of talks";
  const tagged = (tag: string) => speakersOf(`Ana Ruiz and Tomas Reed met at the harbour. “${words},” ${tag}`);
  it("gives the words to no one sure, before the verb or after it", () => {
    expect(tagged("the man who sued Tomas Reed said.")).toEqual([[words, "unattributed"]]);
    expect(tagged("said the man who sued Tomas Reed.")).toEqual([[words, "unattributed"]]);
    expect(tagged("the lawyer who represents Ruiz told reporters.")).toEqual([[words, "unattributed"]]);
  });

  it("gives them to an unnamed source that opens the phrase, as written", () => {
    expect(tagged("a woman who worked for Ana Ruiz said.")).toEqual([[words, "a woman"]]);
  });

  it("reads a name after where the described people stand (around, near, close to) the same way", () => {
    expect(tagged("the aides around Tomas Reed said.")).toEqual([[words, "the aides"]]);
    expect(tagged("the crew near Ruiz said.")).toEqual([[words, "unattributed"]]);
  });
});

describe("an adverbial clause with a subject of its own holds the words that end it (adverbialClause.ts)", () => {
  it("gives them to no one sure, not the main clause's subject", () => {
    const words = "the wall will not survive another winter storm, and everyone here knows it.";
    expect(
      speakersOf(`Tomas Reed criticized the board for failing to act when inspectors pointed out “${words}”`),
    ).toEqual([[words, "unattributed"]]);
  });

  it("leaves them to the main verb when the clause closes before them or a reported clause holds it", () => {
    const words = "the best harbour on the coast, bar none";
    expect(speakersOf(`Ilsa Marek said after the vote that the port was “${words}.”`)).toEqual([
      [`${words}.`, "Ilsa Marek"],
    ]);
    expect(speakersOf(`Ilsa Marek praised the port when the vote was over, calling it “${words}.”`)).toEqual([
      [`${words}.`, "Ilsa Marek"],
    ]);
  });
});

describe("a role the article gives no one, or only to whoever speaks", () => {
  it("gives 'the mayor' no one when the article names only someone running for mayor", () => {
    const words = "We build for the tax base, not for the neighbours.";
    expect(
      speakersOf(
        `Tom Hale, her rival for mayor, spoke first.\n\nAda Pike said the mayor had told residents last year: “${words}”`,
      ),
    ).toContainEqual([words, "unattributed"]);
  });
  it("reads 'the governor' as the one governor named, past the governor's own 'me as Governor'", () => {
    const words = "The port stays open until the inquiry reports";
    expect(
      speakersOf(
        `Governor Lena Marsh made the announcement on Friday.\n\n“London has informed me as Governor.” “${words},” the governor added.`,
      ),
    ).toContainEqual([words, "Lena Marsh"]);
  });
});

describe("a role with the names that place it", () => {
  const words = "The levee will hold through the spring";
  it("reads 'the Ohio governor' as the one governor the article gave those words", () => {
    expect(
      speakersOf(`Ohio Governor Ana Reed toured the river towns on Monday.\n\n“${words},” the Ohio governor said.`),
    ).toContainEqual([words, "Ana Reed"]);
  });
  it("never gives it to a governor of another place, nor to one of two governors", () => {
    expect(
      speakersOf(`Idaho Governor Ana Reed toured the river towns on Monday.\n\n“${words},” the Ohio governor said.`),
    ).not.toContainEqual([words, "Ana Reed"]);
    expect(
      speakersOf(
        `Ohio Governor Ana Reed and Idaho Governor Tom Hale toured the river towns.\n\n“${words},” the Ohio governor said.`,
      ),
    ).not.toContainEqual([words, "Ana Reed"]);
  });
});

describe("an adverbial clause opening the sentence", () => {
  const words = "I would rather not name them here.";
  it("never gives the main clause's words to a name inside it", () => {
    expect(speakersOf(`When Dana Ruiz asked about the letters, Tom Vale declined, saying “${words}”`)).toContainEqual([
      words,
      "Tom Vale",
    ]);
    expect(speakersOf(`After Dana Ruiz left the room, Tom Vale stood up, saying “${words}”`)).toContainEqual([
      words,
      "Tom Vale",
    ]);
    expect(
      speakersOf(`Ann Ruiz read her notes. When Ruiz asked if he could name them, he declined, saying “${words}”`),
    ).not.toContainEqual([words, "Ann Ruiz"]);
  });
  it("resolves the main clause's pronoun to the one person of its gender in reach", () => {
    expect(
      speakersOf(
        `Tom Vale spoke to Dana Ruiz for an hour. When Ruiz asked if he could name them, he declined, saying “${words}”`,
      ),
    ).toContainEqual([words, "Tom Vale"]);
  });
});

describe("a name the text gives a person as an alias", () => {
  it("gives the alias's words to the person named in full with 'aka'", () => {
    const words = "Nobody in the valley has seen a doctor for days, and the roads are closed.";
    const text = `A forum user posted a story about the valley.\n\n“${words}” Marlow wrote.\n\nThe station later spoke to Dana Reyes aka “Marlow”, who wrote the story.`;
    expect(speakersOf(text)).toContainEqual([words, "Dana Reyes"]);
  });
  it("leaves the alias as written without one", () => {
    const words = "Nobody in the valley has seen a doctor for days, and the roads are closed.";
    const text = `A forum user posted a story about the valley.\n\n“${words}” Marlow wrote.\n\nThe station later spoke to Dana Reyes, who wrote the story.`;
    expect(speakersOf(text)).toContainEqual([words, "Marlow"]);
  });
});

describe("who speaks where a second person is in reach (precision audit, stop 70)", () => {
  it("gives no speaker to words a parenthesis after them only spells out", () => {
    const words = "Only a program can get inside the SCAR cycle of another program.";
    expect(
      speakersOf(
        `Attacks are automated now, and as one engineer remarked, “${words}” (SCAR: Scan, Compare, Act, Repeat.)`,
      ),
    ).toEqual([[words, "one engineer"]]);
    // A parenthesis naming the speaker still labels the words.
    expect(speakersOf("The budget was thin. “We will not close the clinic this year.” (Ana Ruiz, director)")).toEqual([
      ["We will not close the clinic this year.", "Ana Ruiz"],
    ]);
  });

  it("gives no one the words a modal's verb of speech nearer them introduces", () => {
    const words = "Which of us? We have three Dr. Holms in this house.";
    expect(
      speakersOf(
        `Her dearest wish was that when she picked up the phone and a caller asked for Dr. Holm she could reply, “${words}”`,
      ),
    ).toEqual([[words, "unattributed"]]);
    expect(
      speakersOf("Ana Ruiz asked whether the board would approve it, and said, “We cannot wait another year.”"),
    ).toEqual([["We cannot wait another year.", "Ana Ruiz"]]);
  });

  it("does not carry a speaker across a paragraph from a silence", () => {
    const text = [
      "“You kept the letters,” Mara Voss said, watching him closely.",
      "Teodor Lind: “…”",
      "“You kept every one of them, and you never told your brother.”",
    ].join("\n\n");
    expect(speakersOf(text).at(-1)).toEqual([
      "You kept every one of them, and you never told your brother.",
      "unattributed",
    ]);
  });
});

describe("a word that orders the text's points is no speaker", () => {
  it("reads “First,” opening a clause as an adverb, and keeps a firm whose name opens on it", () => {
    const text = [
      "Tom Reyes opened the meeting on Monday.",
      "First, saying “thank you” is a habit worth keeping.",
      "Finally, adding “we are done,” the chair closed the session.",
      "First Harbor said in a statement, “We are well capitalised.”",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([
      ["thank you", "unattributed"],
      ["we are done", "unattributed"],
      ["We are well capitalised.", "First Harbor"],
    ]);
  });
});

describe("the one called is not the caller", () => {
  it("reads a firm's “Bros.” inside the sentence, so the called person is no subject", () => {
    const words = "You are going to like this actor.";
    expect(speakersOf(`I remember calling Harbor Bros. Pictures president Ana Ruiz and saying, “${words}”`)).toEqual([
      [words, "unattributed"],
    ]);
    expect(speakersOf(`Tom Vale kept calling Ana Ruiz and saying, “${words}”`)).toEqual([[words, "Tom Vale"]]);
  });

  it("reads the one rung as the object of an irregular past verb, not the subject of the verb after “and”", () => {
    expect(speakersOf("Ana Ruiz runs the shelter. She rang Tom Vale and asked, “Are you coming?”")).toEqual([
      ["Are you coming?", "Ana Ruiz"],
    ]);
  });
});

describe("a quotation left open is not the next speaker's", () => {
  it("gives no one words run on from one speaker's open quotation into another's tagged one", () => {
    const text = [
      "Ana Ruiz said the vote was “a beginning. We have a long way to go.",
      "“The people have spoken,” Tom Vale said.",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["unattributed"]);
  });

  it("keeps a quotation over two paragraphs whose lead and tag name the same speaker", () => {
    const text = ["Ana Ruiz said: “We will win. We will do it soon.", "“And nobody will stop us,” she said."].join(
      "\n\n",
    );
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["Ana Ruiz"]);
    const surname = [
      "Ana Ruiz said the vote was “a beginning. We have a long way to go.",
      "“The people have spoken,” Ruiz said.",
    ].join("\n\n");
    expect(speakersOf(surname).map(([, name]) => name)).toEqual(["Ana Ruiz"]);
  });
});

describe("a body set off after a person's role is no speaker", () => {
  it("reads a firm's legal form and a role run into a body's name as the appositive's", () => {
    const words = "We can help hospitals cut their alarms.";
    expect(speakersOf(`Tom Vale, Senior Vice President of Sales for Harbor, Inc., says: “${words}”`)).toEqual([
      [words, "Tom Vale"],
    ]);
    expect(speakersOf(`Ana Ruiz, President Harbor North America, says: “${words}”`)).toEqual([[words, "Ana Ruiz"]]);
    // A person's name after the title is a second subject, not a role's body.
    expect(speakersOf(`Asked about Ruiz, President Tom Vale said: “${words}”`)).toEqual([[words, "Tom Vale"]]);
  });
});

describe("whom the pronoun's clause acts on is not the pronoun", () => {
  it("passes over a name that is the object of the same pronoun's verb", () => {
    const text = [
      "The novelist Carl Brenner was his friend. “He was brilliant,” Brenner said.",
      "Tom Vale worked on the book for years. On May 2, he emailed Brenner about how hard it was. “It is not easy to write a chase every few pages,” he wrote.",
    ].join("\n\n");
    expect(speakersOf(text).at(-1)?.[1]).toBe("Tom Vale");
  });

  it("passes over a name that renames a preposition's object", () => {
    const text = [
      "Ana Ruiz lives in a retirement home.",
      "She gave me an email address for the painter’s mother, Rosa Diaz. “I cannot believe they lost touch,” she said.",
    ].join("\n\n");
    expect(speakersOf(text).at(-1)?.[1]).toBe("Ana Ruiz");
  });

  it("keeps a name that opens the main clause after a phrase set off before it", () => {
    const text = [
      "Tom Vale wrote a book about politics.",
      "By the end of his book, Vale has made this point plain. In one chapter, he writes, “Members know the coalition is fragile.” Later, in a passage on reform, he writes, “There is no calmer politics without a calmer party.”",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["Tom Vale", "Tom Vale"]);
  });
});

describe("someone titled in capitals is in reach of a pronoun", () => {
  it("stops at a title no one named holds, and gives it to the one who does", () => {
    const unheld = "Tom Vale met the press on Monday. Later the Minister arrived. “We are ready,” he said.";
    expect(speakersOf(unheld)).toEqual([["We are ready", "unattributed"]]);
    const held = "Mayor Ana Ruiz opened the session. The Mayor looked tired. “We are ready,” she said.";
    expect(speakersOf(held)).toEqual([["We are ready", "Ana Ruiz"]]);
  });
});

describe("a phrase of place or time set off between a subject and its verb", () => {
  it("gives the words to the subject, not to a name inside the phrase", () => {
    const words = "We should be talking about flood relief.";
    expect(speakersOf(`Harbor Sen. Ana Ruiz, outside the Statehouse on Friday, told reporters, “${words}”`)).toEqual([
      [words, "Ana Ruiz"],
    ]);
    expect(speakersOf(`Tom Vale, after the Council vote, told reporters, “${words}”`)).toEqual([[words, "Tom Vale"]]);
  });
});

describe("an absolute phrase before a participle of speech", () => {
  it("gives the words to the phrase's own subject, never the main clause's", () => {
    const words = "He never read the report.";
    expect(
      speakersOf(
        `Tom Vale was told the plan would cost him votes, with one former aide telling the Courier, “${words}”`,
      ),
    ).toEqual([[words, "one former aide"]]);
    expect(
      speakersOf(`Tom Vale was told the plan would cost him votes, with Ana Ruiz telling the Courier, “${words}”`),
    ).toEqual([[words, "Ana Ruiz"]]);
  });

  it("leaves a participle set off after the main clause to its subject", () => {
    const words = "I never read the report.";
    expect(speakersOf(`Tom Vale met with Ana Ruiz, telling her, “${words}”`)).toEqual([[words, "Tom Vale"]]);
  });
});

describe("a surname that is also a title", () => {
  it("keeps a title's word before a generational suffix as part of the name", () => {
    const words = "It is time to act.";
    expect(speakersOf(`“${words}” said Ana Maria Bishop III on the radio on Monday.`)).toEqual([
      [words, "Ana Maria Bishop III"],
    ]);
    expect(speakersOf(`“${words}” said King Rolf III on the radio.`)).toEqual([[words, "Rolf III"]]);
  });
});

describe("a Romance subject described by its noun, a name only its complement", () => {
  it("gives a dropped subject's words to no one, not to the name after “de”", () => {
    const text = [
      "“La multa es solo una parte”, afirmó la fiscal Ana Ruiz. La abogada del Municipio sostuvo que faltan pagos.",
      "Recordó que el convenio incluye un reembolso. “Con ambas sumas se cubre una parte”, señaló.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([
      ["La multa es solo una parte", "Ana Ruiz"],
      ["Con ambas sumas se cubre una parte", "unattributed"],
    ]);
  });
});

describe("a verb of speech in a clause that 'That' opens as the sentence's subject", () => {
  it("gives the words after the main verb to no one of that clause", () => {
    const text = [
      "In May, the mayor Lena Ortiz announced plans to cut traffic by a tenth.",
      "That Ortiz personally announced the targets signals a “very high-level commitment” to cleaner air, says Tom Vale, an analyst.",
    ].join("\n\n");
    expect(speakersOf(text).find(([words]) => words === "very high-level commitment")?.[1]).not.toBe("Lena Ortiz");
  });

  it("still reads a demonstrative 'That' before a noun, and a day, as before", () => {
    expect(speakersOf("That Monday, Ana Ruiz said the plan was “a disaster for the valley.”")).toEqual([
      ["a disaster for the valley.", "Ana Ruiz"],
    ]);
  });
});

describe("a pronoun past a sentence whose subject is a short form of a named person", () => {
  it("gives “he” to no one when that subject ends on a known person's surname the finder missed", () => {
    const text = [
      "Tomas Ortiz has been promoted to union chief.",
      "“Choosing him is a good choice,” Abu Anas Al Saud told the crew.",
      "But Al Saud is aware of the effect Ortiz may have on the talks.",
      "“He's the most wanted man in the valley,” he said.",
    ].join("\n\n");
    expect(speakersOf(text).find(([words]) => words.startsWith("He's"))?.[1]).not.toBe("Tomas Ortiz");
  });

  it("gives “he” to no object past a subject that is a name the finder did not take", () => {
    const text = [
      "Villagers say blasts from Tarro Mining and Construction Company have cracked their homes.",
      "Mr Bako then sold the lease to Tarro, which was allowed to operate if it built roads.",
      "“The four years have passed without any development at all,” he said.",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["unattributed"]);
  });

  it("reads no subject in an adverbial clause opening the sentence", () => {
    const text = [
      "The archive reopened on Monday.",
      "When Mr Bako arrived with the boxes, Nora Quill was already at her desk.",
      "“We have waited a very long time for these letters,” she said.",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["Nora Quill"]);
  });

  it("keeps the subject found as the person", () => {
    const text = [
      "Tomas Ortiz has been promoted to union chief.",
      "“Choosing him is a good choice,” Peter White told the crew.",
      "But White is aware of the effect Ortiz may have on the talks.",
      "“He's the most wanted man in the valley,” he said.",
    ].join("\n\n");
    expect(speakersOf(text).find(([words]) => words.startsWith("He's"))?.[1]).toBe("Peter White");
  });
});

describe("“it” past a sentence whose subject is a name no body found", () => {
  it("gives “it” to no body named further back", () => {
    const text = [
      "The African Union told the court that the agency must be allowed to work.",
      "Norland did not appear at the hearings, but, in a written submission, rejected the questions as “patently biased”.",
      "It argued that no duty exists to respect the agency, when “the legitimate security concerns of a member state are undermined by the agency in question.”",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).not.toContain("African Union");
  });
});

describe("according to a document someone obtained", () => {
  it("gives the document's words to no one, not to who obtained it", () => {
    const text = [
      "He says that he has footage of the man on his own cameras.",
      "According to a copy of the filing obtained by the Daily Ledger:",
      "“At approximately 3:18 a.m. on June 1, Defendant John Doe entered upon the property without consent to install a camera.”",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).toEqual(["unattributed"]);
  });
});

describe("a tag after the words with a verb of speech in a manner", () => {
  it("reads “snapped”, “muttered” and “exclaims” as verbs of speech", () => {
    expect(speakersOf("“Give the guy a chance, he only started,” Ana Ruiz snapped.")).toEqual([
      ["Give the guy a chance, he only started", "Ana Ruiz"],
    ]);
    expect(speakersOf("“Not again, not this week,” muttered Tom Vale.")).toEqual([
      ["Not again, not this week", "Tom Vale"],
    ]);
    expect(speakersOf("“What a view from up here,” Lena Ortiz exclaims.")).toEqual([
      ["What a view from up here", "Lena Ortiz"],
    ]);
  });
});
