import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { sourcingProfile } from "./sourcing.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

/** Each attribution as "kind: label". */
function sources(body: string): string[] {
  const blocks = articleSentences(body);
  const { mentions, found } = findEntities(blocks, matcher);
  const quotes = findQuotes("t", blocks, mentions, matcher);
  return sourcingProfile("t", blocks, mentions, quotes, matcher, [], found).attributions.map(
    (a) => `${a.kind}: ${a.label}`,
  );
}

describe("according to a person named after a role in lower case", () => {
  it("counts the person", () => {
    expect(sources("But according to journalist Ann Miller, a second vote is still needed.")).toEqual([
      "named: Ann Miller",
    ]);
  });

  it("counts no one a document belongs to", () => {
    expect(sources("According to the report, Ann Miller left the firm in May.")).toEqual([]);
  });
});

describe("a list of names as one subject", () => {
  it("counts every person in it, with or without a comma before “and”", () => {
    expect(sources("Tom Baxter, Ann Miller and Jim Porter expressed their concerns about the plan.")).toEqual([
      "named: Tom Baxter",
      "named: Ann Miller",
      "named: Jim Porter",
    ]);
    expect(sources("Tom Baxter, Ann Miller, and Jim Porter said the plan was dead.")).toEqual([
      "named: Tom Baxter",
      "named: Ann Miller",
      "named: Jim Porter",
    ]);
  });
});

describe("a weekday alone, or 'elsewhere', between a subject and its verb", () => {
  it("counts the subject, as 'on Thursday' does", () => {
    expect(sources("Governor Ann Miller Thursday called for calm after the storm.")).toEqual(["named: Ann Miller"]);
    expect(sources("Tom Baxter elsewhere argues that the tax is unfair.")).toEqual(["named: Tom Baxter"]);
  });

  it("counts no one where the weekday ends a deed", () => {
    expect(sources("Ann Miller Thursday left the city for good.")).toEqual([]);
  });
});

describe("speaking to or with someone, or for others", () => {
  it("is speech on the record", () => {
    expect(sources("Ann Miller spoke to reporters after the vote.")).toEqual(["named: Ann Miller"]);
    expect(sources("Tom Baxter spoke with the paper in June.")).toEqual(["named: Tom Baxter"]);
    expect(sources("Jim Porter spoke on behalf of the family.")).toEqual(["named: Jim Porter"]);
  });

  it("is not a speech's place or topic", () => {
    expect(sources("Ann Miller spoke at the rally on Sunday.")).toEqual([]);
    expect(sources("Tom Baxter rarely spoke of his years in the navy.")).toEqual([]);
    expect(sources("Ann Miller spoke with Fire Chief Tom Baxter outside City Hall.")).not.toContain(
      "named: Ann Miller",
    );
    expect(sources("Jim Porter met the crew. He spoke with us in his office.")).toEqual([]);
    expect(sources("Ann Miller spoke to KXAN in June.")).toEqual([]);
    expect(sources("Tom Baxter spoke with the Fire Chief outside City Hall.")).toEqual([]);
  });
});

describe("a statement made by its noun", () => {
  it("counts the maker", () => {
    expect(sources("Tom Baxter made the argument that the tax was unfair.")).toEqual(["named: Tom Baxter"]);
    expect(sources("By June, Ann Miller had made this point all but explicit.")).toEqual(["named: Ann Miller"]);
    expect(sources("Jim Porter made the surprise announcement in a short video.")).toEqual(["named: Jim Porter"]);
  });

  it("counts no habit nor thing made", () => {
    expect(sources("Tom Baxter made a point of visiting every ward.")).toEqual([]);
    expect(sources("Ann Miller made the cake herself.")).toEqual([]);
  });
});

describe("verbs of pleading, terms, scolding and accusing in the forms the lists lacked", () => {
  it("counts the subject", () => {
    expect(sources("In the last chapter Tom Baxter implores his readers to vote.")).toEqual(["named: Tom Baxter"]);
    expect(sources("At one point Ann Miller stipulates that the rule is fair.")).toEqual(["named: Ann Miller"]);
    expect(sources("Ann Miller left the label in June, accusing its owners of hiding the accounts.")).toEqual([
      "named: Ann Miller",
    ]);
  });
});

describe("a view taken up, a thing noticed or related", () => {
  it("counts the subject", () => {
    expect(sources("Jim Porter shared that sentiment on Wednesday.")).toEqual(["named: Jim Porter"]);
    expect(sources("A hospital employee noticed on Thursday that some boxes were missing.")).toEqual([
      "anonymous: A hospital employee",
    ]);
    expect(sources("Ann Miller related that the men had left at dawn.")).toEqual(["named: Ann Miller"]);
  });

  it("counts no thing shared or seen", () => {
    expect(sources("Jim Porter shared the office with two others.")).toEqual([]);
    expect(sources("A hospital employee noticed the smoke first.")).toEqual([]);
  });
});

describe("'the' and a title given earlier in lower case, or a past holder's title", () => {
  it("is the one person named so", () => {
    expect(sources("The plan came from architect Tom Baxter. Later, the architect suggested the city pay.")).toEqual([
      "named: Tom Baxter",
    ]);
    expect(
      sources("Former Mayor Tom Baxter opened the session. The former mayor argued that the budget was too small."),
    ).toEqual(["named: Tom Baxter"]);
  });

  it("is no one where the noun may be an unnamed source's, or two people hold the title", () => {
    expect(sources("The plan came from lawyer Tom Baxter. Later, the lawyer suggested the city pay.")).not.toContain(
      "named: Tom Baxter",
    );
    expect(
      sources(
        "Former Mayor Tom Baxter and former Mayor Ann Miller opened the session. The former mayor argued that the budget was too small.",
      ),
    ).toEqual([]);
  });
});

describe("questions raised, an attempt to reassure", () => {
  it("counts the group", () => {
    expect(sources("The researchers also raise questions about the sunken oil.")).toEqual(["anonymous: researchers"]);
    expect(sources("School officials have tried to assure parents that no names will be released.")).toEqual([
      "anonymous: School officials",
    ]);
  });

  it("counts no deed tried nor thing raised", () => {
    expect(sources("School officials have tried to reach the parents.")).toEqual([]);
    expect(sources("The researchers also raise funds for the lab.")).toEqual([]);
  });
});

describe("a verb's form right after an article", () => {
  it("is a noun, no speech: “have a say”", () => {
    expect(sources("Too many people want to have a say in every decision.")).toEqual([]);
  });
});

describe("a participle after “without”", () => {
  it("denies the act, as a negation does", () => {
    expect(sources("Collectors who hide coins often die without revealing where they are.")).toEqual([]);
  });
});

describe("an inverted tag with the body's name before the role", () => {
  it("counts the person the role is written before", () => {
    expect(sources("The depot handles 40 buses a day, said Transit Authority spokesman Tom Baxter.")).toEqual([
      "named: Tom Baxter",
    ]);
  });
});

describe("a person and one unnamed person as joint subjects", () => {
  it("counts both", () => {
    expect(sources("Tom Baxter and a retired navy officer told reporters the ship had sunk.")).toEqual([
      "named: Tom Baxter",
      "anonymous: a retired navy officer",
    ]);
  });
});

describe("“they” inside a paragraph that opens on a subject of its own", () => {
  it("is not the group an earlier paragraph spoke of", () => {
    expect(
      sources(
        "In the 1900s, astronomers believed they saw canals on the planet.\n\nRobot probes began observing the planet in the 1960s. They revealed a barren world.",
      ),
    ).toEqual(["anonymous: astronomers"]);
  });

  it("still is, where “they” opens the paragraph", () => {
    expect(sources("Astronomers said the probe was lost.\n\nThey added that a new one would fly in May.")).toEqual([
      "anonymous: Astronomers",
      "anonymous: Astronomers",
    ]);
  });
});

describe("a rep, a group that talks", () => {
  it("counts the trade's short form of “representative”", () => {
    expect(sources("The singer's rep told a tabloid that the story was false.")).toEqual([
      "anonymous: The singer's rep",
    ]);
  });

  it("counts a group that talks, not talks as a noun", () => {
    expect(sources("Funeral directors talk openly about how tired they are.")).toEqual([
      "anonymous: Funeral directors",
    ]);
    expect(sources("The trade talks ended on Monday.")).toEqual([]);
  });
});

describe("an outlet that writes what it quotes", () => {
  it("is the outlet, not a person", () => {
    expect(
      sources('Rival parties voted no, warning that "the deal will fail," Al Jazeera writes.').filter((s) =>
        s.startsWith("named"),
      ),
    ).toEqual([]);
    expect(sources('AP writes that the cuts "go too far."').filter((s) => s.startsWith("named"))).toEqual([]);
  });

  it("keeps a person who speaks to the outlet", () => {
    expect(sources('"We are leaving," Ana Ruiz told the AP.')).toContain("named: Ana Ruiz");
  });
});

describe("a given name and a full name that share a surname", () => {
  it("counts both people when they speak", () => {
    expect(sources("Parents Maria and Tom Baxter said the school had failed their son.")).toEqual([
      "named: Tom Baxter",
      "named: Maria Baxter",
    ]);
  });

  it("counts no one more beside a body", () => {
    expect(sources("Acme and Tom Baxter said the deal was off.")).not.toContain("named: Acme Baxter");
  });
});

describe("police officers by their common name", () => {
  it("counts them as a group", () => {
    expect(sources("The cops told him the road was closed.")).toEqual(["anonymous: cops"]);
    expect(sources("Cops said the driver had fled.")).toEqual(["anonymous: Cops"]);
  });
});

describe("a quotation's speaker that the article writes only as a thing, after 'the'", () => {
  it("is no person, even where the pronoun's sentence does not write it", () => {
    const found = sources(
      'Sen. Ana Ruiz, outside the Capitol on Monday, told reporters, "We should act now."\n\nShe continued, "Six months ago, we passed a bill. Then the House acted."',
    );
    expect(found).not.toContain("named: Capitol");
    expect(found).toContain("named: Ana Ruiz");
  });
});

describe("'the pair' or 'the couple' as a source", () => {
  it("is both people the article last named together", () => {
    const found = sources(
      "Ana Ruiz and Tom Baxter sat down with a talk-show host.\n\nBut the pair insisted they never left the family.",
    );
    expect(found).toEqual(["named: Ana Ruiz", "named: Tom Baxter"]);
  });

  it("is no one after an unnamed pair, or where the pair does nothing said", () => {
    expect(
      sources(
        "Ana Ruiz and Tom Baxter left.\n\nPolice later stopped a couple in a red car. The couple said they were lost.",
      ),
    ).toEqual([]);
    expect(sources("Ana Ruiz and Tom Baxter left.\n\nThe couple moved to Ohio in May.")).toEqual([]);
  });
});

describe("'he' after an unnamed person brought in as an owner", () => {
  it("is no one named before", () => {
    expect(
      sources("Reporter Tom Heath read the court papers. In an FBI agent's sworn statement, he describes the arrest."),
    ).toEqual([]);
  });

  it("is still the person named before after a thing's owner", () => {
    expect(sources("Tom Baxter read the papers. In a company's filing, he describes the deal.")).toEqual([
      "named: Tom Baxter",
    ]);
  });
});
