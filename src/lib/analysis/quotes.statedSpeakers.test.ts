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

describe("a name owned by a body, with a clause after it, as the subject after 'says'", () => {
  it("gives the words to the named person, not the owner", () => {
    expect(
      speakers(
        "“We had ambitious goals,” says Globex's former mission manager Gerhard Ostlund, who has been with the mission for thirty years.",
      ),
    ).toEqual([["named", "Gerhard Ostlund"]]);
  });

  it("names no one when the owner's person is left unnamed", () => {
    expect(
      speakers(
        "“We had ambitious goals,” says Globex's former mission manager, who has been with the mission for years.",
      ),
    ).not.toContainEqual(["named", "Globex"]);
  });
});

describe("a split quotation whose first half an unnamed person said, described with a name", () => {
  it("joins the halves across “a person close to the Murdochs said”", () => {
    expect(
      speakers(
        "“Rupert is in the clouds; he did not see how bad it was,” a person close to the Vantors said. “If the money had not been so good, then maybe they would have asked questions.”",
      ),
    ).toEqual([
      ["anonymous", "a person"],
      ["anonymous", "a person"],
    ]);
  });

  it("keeps them apart when someone named does something between", () => {
    expect(
      speakers(
        "“Rupert is in the clouds; he did not see how bad it was,” a person close to the Vantors said, and Dana Ruiz agreed. “If the money had not been so good, then maybe they would have asked questions.”",
      )[1],
    ).toEqual(["unattributed", "unattributed"]);
  });
});

describe("one unnamed person by trade as the whole subject", () => {
  it("reads “predicts one host” as that unnamed person, and the quotation's second half too", () => {
    expect(
      speakers(
        "“By the spring there will be a bloodbath at the network,” predicts one host. “The evening lineup could be gone.”",
      ),
    ).toEqual([
      ["anonymous", "one host"],
      ["anonymous", "one host"],
    ]);
  });

  it("names no person for a thing in the subject's place", () => {
    expect(
      speakers("“By the spring there will be a bloodbath at the network,” predicts one report."),
    ).not.toContainEqual(["anonymous", "one report"]);
  });
});

describe("a definite description repeating how one unnamed person was introduced", () => {
  it("reads “the former adviser said” after “one former adviser said” as that unnamed person", () => {
    expect(
      speakers(
        "One former adviser said he was sure the remarks were meant to calm the crowd.\n\n“He is not going to pick a fight in that moment,” the former adviser said.",
      ),
    ).toEqual([["anonymous", "the former adviser"]]);
  });

  it("leaves it unattributed when a named person was given the same words", () => {
    expect(
      speakers(
        "One former adviser said he was sure the remarks were meant to calm the crowd. Former adviser Lena Voss disagreed.\n\n“He is not going to pick a fight in that moment,” the former adviser said.",
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a clause 'according to' opens and a colon ends, before a quotation", () => {
  it("gives the words to the source 'according to' names", () => {
    expect(
      speakers(
        "According to a former producer, Vance entered fake names into the log when visitors came: “If you got ahold of his ledger, you would not know who visited him.”",
      ),
    ).toEqual([["anonymous", "a former producer"]]);
  });

  it("gives them to the clause's own speaker when it has a verb of speech", () => {
    expect(
      speakers(
        "According to a former producer, Tovin Arlo told the staff: “If you got ahold of his ledger, you would not know who visited him.”",
      ),
    ).toEqual([["named", "Tovin Arlo"]]);
  });
});

describe("one unnamed person by trade, then their name in apposition", () => {
  it("is the named person", () => {
    expect(speakers("“We are reviewing the whole case,” said a spokeswoman, Dana Whitcomb.")).toEqual([
      ["named", "Dana Whitcomb"],
    ]);
    expect(speakers("“By the spring there will be a bloodbath at the network,” said one host, Dana Whitcomb.")).toEqual(
      [["named", "Dana Whitcomb"]],
    );
  });
});

describe("a role after a degree's letters, set off after the speaker's name", () => {
  it("is the name's description", () => {
    expect(
      speakers(
        "“Nobody has ever explored the hill, which is a mystery,” Robin Askeland, PhD student in Classical Archaeology at the University of Lund and leader of the fieldwork, said in a statement.",
      ),
    ).toEqual([["named", "Robin Askeland"]]);
  });

  it("is no description when it is a second subject", () => {
    expect(
      speakers("“Nobody has ever explored the hill, which is a mystery,” Robin Askeland, MIT and Dana Whitcomb said."),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a split quotation with a participle's clause after its attribution", () => {
  it("joins the halves across “said X, referring to …,”", () => {
    expect(
      speakers(
        "“If you are open to that kind of hole,” said one bank security officer, referring to a basic type of hack that often is used to steal consumer data, “then you are going to fall to it. It does not matter who does it.”",
      ),
    ).toEqual([
      ["anonymous", "one bank security officer"],
      ["anonymous", "one bank security officer"],
    ]);
  });

  it("keeps them apart when the clause has someone named doing something", () => {
    expect(
      speakers(
        "“If you are open to that kind of hole,” said Dana Whitcomb, noting that Lena Voss agreed with the board on the point, “then you are going to fall to it. It does not matter who does it.”",
      )[1],
    ).toEqual(["unattributed", "unattributed"]);
  });
});

describe("a heading that captions a quotation with its speaker's name", () => {
  const gallery = (heading: string, words: string) =>
    `The new wing shows objects families kept for generations.\n\n##### ${heading}\n\n“${words}”\n\nThe objects go on show next month.`;

  it("gives a first-person quotation under “Donated by <name>, <place>” to that person", () => {
    expect(
      speakers(
        gallery(
          "Donated by Hester Marwick, Dunmore, Pa.",
          "My grandmother kept this lamp in her kitchen until the day she died, and I could not sell it.",
        ),
      ),
    ).toEqual([["named", "Hester Marwick"]]);
  });

  it("gives one under a heading of only the name and a place to that person", () => {
    expect(
      speakers(
        gallery("Mark Odell, Richmond, Va.", "It was in my family since 1912 and we kept it on top of the piano."),
      ),
    ).toEqual([["named", "Mark Odell"]]);
  });

  it("gives no speaker to words that do not speak as one person", () => {
    expect(
      speakers(
        gallery(
          "Donated by Hester Marwick, Dunmore, Pa.",
          "The lamp was made in Ohio in 1904 and sold in a shop on Main Street.",
        ),
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });

  it("gives no speaker under a heading naming who made the page", () => {
    expect(
      speakers(
        gallery(
          "Photographs by Hester Marwick",
          "My grandmother kept this lamp in her kitchen until the day she died.",
        ),
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });

  it("keeps the quotation's own attribution over the heading's name", () => {
    expect(
      speakers(
        gallery(
          "Donated by Hester Marwick, Dunmore, Pa.",
          "My grandmother kept this lamp in her kitchen until the day she died,” said Tobin Rusk, her neighbour. “I helped carry it.",
        ),
      ).map(([kind, name]) => `${kind}:${name}`),
    ).not.toContain("named:Hester Marwick");
  });
});

describe("a post in a body set off before a name shows a person", () => {
  it("lets “she” reach the one person named after “the director of IT,”", () => {
    expect(
      speakers(
        "When I asked Globex’s director of IT, Dorota Venn, about the searches, she said, “I can’t remember all the searches I’ve done.”",
      ),
    ).toEqual([["named", "Dorota Venn"]]);
  });

  it("still gives no one when a second person is named before the pronoun", () => {
    expect(
      speakers(
        "When Quill Ambers asked Globex’s director of IT, Dorota Venn, about the searches, she said, “I can’t remember all the searches I’ve done.”",
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("“went on to <verb of speech>” introduces a quotation as the verb does", () => {
  it("gives words after “X went on to assert Y “…”” to X", () => {
    expect(
      speakers(
        "Dario Venn praised him. Venn went on to assert Marlow “would have been an outstanding member of the cabinet in several roles,” without saying which.",
      ),
    ).toEqual([["named", "Dario Venn"]]);
  });

  it("gives none after “went on to win”, a deed", () => {
    expect(
      speakers(
        "Lena Ortiz went on to win the primary, and the slogan “one county, one future for every family who lives here” stayed on her signs.",
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("one sentence of what the speaker is, between two of their quotations, keeps the speaker", () => {
  const paragraph = (between: string) =>
    `The request worried the staff. “There is major concern amongst my members,” said Bram Oduya, president of the union chapter at the plant. ${between} “I have received lots of calls and messages expressing shock and dismay.”`;

  it("gives the words after “He is also …” to the speaker quoted before it", () => {
    expect(speakers(paragraph("He is also a longtime plant employee, but was speaking for the union."))).toEqual([
      ["named", "Bram Oduya"],
      ["named", "Bram Oduya"],
    ]);
  });

  it.each([
    "He was interrupted by a man in the front row.",
    "He turned to a union steward.",
    "He was handed a letter from the board.",
    "He is a friend of Martin Hale.",
  ])("gives no speaker after “%s”, where the words may be someone else's", (between) => {
    expect(speakers(paragraph(between))[1]).toEqual(["unattributed", "unattributed"]);
  });
});

describe("a pronoun after a quotation of several sentences looks back from where it opened", () => {
  it("reaches the one person named before a four-sentence quotation", () => {
    expect(
      speakers(
        'Tomas Brevik wrote the score in a month. "You know, people are singing in the street. That was a challenge. There is nothing cynical here. We cannot be ironic about it," he says.',
      ),
    ).toEqual([["named", "Tomas Brevik"]]);
  });

  it("still finds two candidates there", () => {
    expect(
      speakers(
        'Tomas Brevik and Ivo Lund wrote the score. "You know, people are singing in the street. That was a challenge. There is nothing cynical here. We cannot be ironic about it," he says.',
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a pronoun whose last sentence opened with the same pronoun speaking", () => {
  it("is the named person that sentence's quotation was given to", () => {
    expect(
      speakers(
        'Mara Quill spoke for an hour. She said her husband was a steady leader and compared him to the father of "a toddler that bumps his head."\n\n"They look up at you to see whether it hurts," she said.',
      ),
    ).toEqual([
      ["named", "Mara Quill"],
      ["named", "Mara Quill"],
    ]);
  });

  it("is no one when that sentence names someone else", () => {
    expect(
      speakers(
        'Mara Quill spoke for an hour. She said Ivo Lund was like "a toddler that bumps his head."\n\n"They look up at you to see whether it hurts," she said.',
      ),
    ).toEqual([
      ["named", "Mara Quill"],
      ["unattributed", "unattributed"],
    ]);
  });
});

describe("a bare group after the verb that ends the quotation (issue 15, fixture pages)", () => {
  it("gives the quotation to the group, as the group before the verb does", () => {
    expect(speakers("“The pumps were never serviced,” said inspectors.")).toEqual([["anonymous", "inspectors"]]);
    expect(speakers("“The pumps were never serviced,” said the inspectors.")).toEqual([
      ["anonymous", "the inspectors"],
    ]);
  });

  it("leaves a body's word and a joined subject alone", () => {
    expect(speakers("“We go again on Sunday,” said the team.")).not.toEqual([["anonymous", "the team"]]);
    expect(speakers("“The pumps were never serviced,” said inspectors, and Dana Voss agreed.")).not.toEqual([
      ["anonymous", "inspectors"],
    ]);
  });
});

describe("a full name opening the clause after a phrase set off before it (issue 15, fixture pages)", () => {
  it("reads the name as a person whom a later “he” can be", () => {
    expect(speakers("In March, Peter Vollan took over the bakery.\n\n“It is a very stubborn dough,” he says.")).toEqual(
      [["named", "Peter Vollan"]],
    );
  });

  it("lets a kinsman named inside the opening phrase give way to the clause's subject", () => {
    expect(
      speakers(
        "After the death of his quiet and patient uncle Tobias Rein in March, Peter Vollan took over the bakery. Although he bakes one rye, he agrees that it is hard work.\n\n“It is a very stubborn dough,” he says.",
      ),
    ).toEqual([["named", "Peter Vollan"]]);
  });

  it("still gives no one when two people are named plainly", () => {
    expect(
      speakers(
        "In March, Peter Vollan and Tobias Rein took over the bakery.\n\n“It is a very stubborn dough,” he says.",
      ),
    ).toEqual([["unattributed", "unattributed"]]);
  });
});
