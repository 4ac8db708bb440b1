import { describe, expect, it } from "vitest";
import type { Entity } from "#schemas/entity.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import {
  buildEntityMatcher,
  clippedBody,
  findEntities,
  findMentions,
  initialismInPhrase,
  mentionCounts,
  namesCountry,
  sameBodyAs,
  tokenize,
} from "./entities.ts";
import { articleFor, loadCorpus, loadRegister } from "./test-support/corpus.ts";

const register = loadRegister();
const matcher = buildEntityMatcher(register);
const corpus = loadCorpus();
const ids = (text: string) => findMentions(articleSentences(text), matcher).map((m) => m.entityId);
/** The register entities `findEntities` links in a text, names the register lacks left out. */
const registerLinks = (text: string) =>
  findEntities(articleSentences(text), matcher)
    .mentions.map((m) => m.entityId)
    .filter((id) => matcher.entities.has(id));

describe("entity register", () => {
  it("has the people, organisations and places the articles name", () => {
    const byId = new Map(register.map((e) => [e.id, e]));
    for (const id of [
      "claudia-sheinbaum",
      "andres-manuel-lopez-obrador",
      "donald-trump",
      "joe-biden",
      "john-ratcliffe",
      "gregory-m-guillot",
      "carlos-perez-ricart",
      "ronald-johnson",
      "marco-rubio",
      "kenneth-roth",
      "juan-ramon-de-la-fuente",
      "omar-garcia-harfuch",
      "ricardo-trevilla",
      "mike-waltz",
      "pete-hegseth",
      "joe-kent",
      "cia",
      "us-northern-command",
      "human-rights-watch",
      "tren-de-aragua",
      "morena",
      "ice",
      "seventh-special-forces-group",
      "national-counterterrorism-center",
      "wall-street-journal",
      "small-wars-journal",
      "wsav",
      "cide",
      "fox-news",
      "princeton-university",
      "us-coast-guard",
      "sedena",
      "mexican-navy",
      "russian-embassy-mexico-city",
      "mexican-congress",
      "mexico",
      "united-states",
      "mexico-city",
      "russia",
      "atlanta",
      "caribbean",
      "venezuela",
      "yemen",
      "somalia",
      "afghanistan",
      "iraq",
      "syria",
      "pacific",
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get("ronald-johnson")?.aliases).toContain("Ron Johnson");
    expect(byId.get("cia")?.aliases).toEqual(expect.arrayContaining(["C.I.A.", "CIA"]));
  });

  it("every person and organisation in every real article is known", () => {
    for (const article of corpus) {
      const found = new Set(findMentions(articleSentences(article.body), matcher).map((m) => m.entityId));
      expect(found.size, article.slug).toBeGreaterThan(5);
    }
  });
});

describe("tokenize", () => {
  it("keeps initialisms whole and folds accents", () => {
    expect(tokenize("C.I.A. and U.S.-Mexico López’s").map((t) => t.key)).toEqual([
      "cia",
      "and",
      "us",
      "mexico",
      "lopez",
      "s",
    ]);
  });
});

describe("findMentions", () => {
  it("matches C.I.A. = CIA = Central Intelligence Agency, and U.S. Northern Command longest first", () => {
    expect(ids("The C.I.A. and the CIA and the Central Intelligence Agency met U.S. Northern Command.")).toEqual([
      "cia",
      "cia",
      "cia",
      "us-northern-command",
    ]);
  });

  it("ignores case for names but not for all-capital aliases", () => {
    expect(ids("Let us skate on ice with claudia sheinbaum.")).toEqual(["claudia-sheinbaum"]);
    // (An acronym of a body links where the article holds a word of its field: "immigration".)
    expect(ids("ICE agents and US immigration officials.")).toEqual(["ice", "united-states"]);
  });

  it("folds accents and handles possessives", () => {
    expect(ids("Andres Manuel Lopez Obrador spoke. Sheinbaum’s plan and López Obrador’s legacy.")).toEqual([
      "andres-manuel-lopez-obrador",
      "andres-manuel-lopez-obrador",
    ]);
    expect(ids("Claudia Sheinbaum spoke. Sheinbaum’s plan.")).toEqual(["claudia-sheinbaum", "claudia-sheinbaum"]);
  });

  it("counts surnames only after a full mention in the same article", () => {
    expect(ids("Rubio arrived. Then Marco Rubio spoke. Rubio left.")).toEqual(["marco-rubio", "marco-rubio"]);
    expect(ids("Guillot said so.")).toEqual([]);
    expect(ids("Juan Ramón de la Fuente spoke, and de la Fuente left.")).toEqual([
      "juan-ramon-de-la-fuente",
      "juan-ramon-de-la-fuente",
    ]);
  });

  it("links a generic body name of the register only to its own country's body", () => {
    // The register's Pentagon is the U.S. Department of Defense; Mexico's Congress is the register's Congress.
    expect(
      ids("Russia's Department of Defense denied it. U.S. officials said the Department of Defense agreed."),
    ).toEqual(["russia", "united-states", "pentagon"]);
    expect(ids("The Mexican Congress voted, and Mexico's Congress adjourned.")).toEqual([
      "mexican-congress",
      "mexican-congress",
    ]);
    expect(ids("Congress voted on Monday.")).toEqual([]);
    // "Defense Department" is the "Department of Defense" in the other word order.
    expect(ids("U.S. officials met on Monday. The Defense Department said so.")).toEqual(["united-states", "pentagon"]);
    expect(ids("Russia's Defense Department denied it.")).toEqual(["russia"]);
  });

  it("does not link a registered surname that a relative in the article shares", () => {
    expect(ids("Eric Trump said so. Trump said it again.")).toEqual([]);
    // A preposition opening the sentence is no given name: "Under Biden" is Joe Biden.
    expect(ids("Under Biden, cooperation grew. With Trump, it did not.")).toEqual(["joe-biden", "donald-trump"]);
    expect(ids("Donald J. Trump said so. Trump said it again.")).toEqual(["donald-trump", "donald-trump"]);
  });

  it("does not link a registered surname that opens another name", () => {
    // A company, a building or a street named after someone is not that person.
    expect(ids("Ambassador Ronald Johnson spoke. Johnson & Johnson said profits rose.")).toEqual(["ronald-johnson"]);
    expect(ids("Ambassador Ronald Johnson spoke. Shares of Johnson Controls fell.")).toEqual(["ronald-johnson"]);
    expect(ids("Marco Rubio spoke. Rubio Street was closed on Monday.")).toEqual(["marco-rubio"]);
    // A title, an office's field or a day after the surname keeps the person.
    expect(ids("Marco Rubio spoke. Rubio Tuesday said the talks failed.")).toEqual(["marco-rubio", "marco-rubio"]);
    expect(ids("Marco Rubio spoke. Later, Rubio said the talks failed.")).toEqual(["marco-rubio", "marco-rubio"]);
  });

  it("takes no month for the outlet a paper is published in, but keeps a journal", () => {
    const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);
    expect(found("New figures would be published in March.")).toEqual([]);
    expect(found("The study was published in Quarterly Ferns.")).toEqual(["Quarterly Ferns"]);
  });

  it("does not link a registered full name that runs on into another person's longer name", () => {
    // A banker abroad whose name opens on the register's, and his surname alone after it.
    expect(registerLinks("The banker Marco Rubio Gómez said rates would rise. Rubio said so again.")).toEqual([]);
    // The register person's own longer form is an alias; a day or a title after the name keeps the person.
    expect(registerLinks("President Claudia Sheinbaum Pardo spoke. Sheinbaum said so.")).toEqual([
      "claudia-sheinbaum",
      "claudia-sheinbaum",
    ]);
    expect(registerLinks("Secretary of State Marco Rubio Tuesday said the talks failed.")).toEqual(["marco-rubio"]);
  });

  it("does not take the country of the sentence before for a generic body after someone the sentence names", () => {
    // Trump's Congress, or the Speaker's, is not Mexico's because the sentence before named Mexico.
    expect(ids("Sheinbaum met Mexico's business leaders. Trump said Congress would approve the tariffs.")).toEqual([
      "mexico",
      "donald-trump",
    ]);
    expect(ids("Mexico's economy slowed. Speaker Mike Johnson said Congress would act.")).toEqual(["mexico"]);
    // With no one named before it, the sentence before still says whose Congress it is.
    expect(ids("Mexico's economy slowed. In response, Congress passed a budget.")).toEqual([
      "mexico",
      "mexican-congress",
    ]);
    // A sentence before that names a person speaking of the country does not say it: Trump's Congress is not Mexico's.
    expect(ids("President Donald Trump said Mexico was not doing enough.\n\nCongress has not voted.")).toEqual([
      "donald-trump",
      "mexico",
    ]);
    // Unless the dateline is that country's.
    expect(ids("MEXICO CITY — Ana Ruiz said Mexico would not yield.\n\nCongress approved the reform.")).toEqual([
      "mexico-city",
      "mexico",
      "mexican-congress",
    ]);
  });

  it("reads the country a generic body belongs to from any country the text names", () => {
    // Peru and Peruvian are not in the register: the context still says whose Congress and coast guard these are.
    expect(ids("The Mexican Congress passed a law.\n\nIn Peru, Congress removed the president.")).toEqual([
      "mexican-congress",
    ]);
    expect(ids("U.S. officials met in Lima.\n\nThe Peruvian Coast Guard seized a boat.")).toEqual(["united-states"]);
    // A capital stands for its country's government.
    expect(ids("The U.S. Department of Defense said.\n\nIn Bogotá, the Department of Defense denied it.")).toEqual([
      "pentagon",
    ]);
  });

  it("does not read a generic body's country from a country a preposition only takes", () => {
    // "the border with Mexico", "lived in Mexico": where or what the sentence speaks of, not whose Congress comes next.
    expect(ids("The wall along the border with Mexico is unfinished. Congress has refused to pay for it.")).toEqual([
      "mexico",
    ]);
    expect(ids("The writer lived in Mexico for a decade. Congress, she argues, should act on guns.")).toEqual([
      "mexico",
    ]);
    expect(ids("Tariffs on Mexico passed Congress on Friday.")).toEqual(["mexico"]);
    // Then the dateline says whose body it is.
    const dated = "MEXICO CITY — Officials met on Monday.\n\nTrucks wait at the border with the U.S. for days.";
    expect(ids(`${dated}\n\nCongress will vote in May.`)).toEqual(["mexico-city", "united-states", "mexican-congress"]);
    // Negative: a possessive, a demonym, a body's people after the name or an opening "In Mexico," still say whose.
    expect(ids("Rains flooded roads across Mexico's north. Congress approved aid.")).toEqual([
      "mexico",
      "mexican-congress",
    ]);
    expect(ids("Boats sank in Mexican waters. The Defense Ministry said two died.")).toEqual(["sedena"]);
    expect(ids("The strike was approved by Mexican officials. Congress approved aid.")).toEqual(["mexican-congress"]);
    expect(ids("In Mexico City, the Senate met. Congress will meet in May.")).toEqual([
      "mexico-city",
      "mexican-congress",
    ]);
    expect(ids("In Mexico, elections were held on Sunday. Congress will meet in May.")).toEqual([
      "mexico",
      "mexican-congress",
    ]);
  });

  it("does not link a generic body's name that closes another body's name", () => {
    const dated = "MEXICO CITY — Mexico's Congress debated the bill.";
    expect(ids(`${dated} The Continental Congress met in 1774, a historian said.`)).toEqual([
      "mexico-city",
      "mexican-congress",
    ]);
    expect(ids(`${dated} The African National Congress won in 1994.`)).toEqual(["mexico-city", "mexican-congress"]);
    expect(ids("MEXICO CITY — Officials spoke. The Regional Defense Ministry forum met.")).toEqual(["mexico-city"]);
    // Negative: the bare name after a sentence's first word, and after the dateline, is still Mexico's.
    expect(ids("MEXICO CITY — Officials spoke. Yesterday Congress voted.")).toEqual([
      "mexico-city",
      "mexican-congress",
    ]);
    expect(ids("MEXICO CITY — Congress voted.")).toEqual(["mexico-city", "mexican-congress"]);
  });

  it("links a proper name filed with its country, the country left out, only once named in full or placed", () => {
    // Israel's and India's armies have a Northern Command too.
    expect(ids("The IDF's Northern Command said rockets were fired overnight.")).toEqual([]);
    expect(ids("Israeli jets struck at dawn. Northern Command said three launchers were destroyed.")).toEqual([]);
    // Negative: after the full name, or where the text says it is the United States', it is the register's.
    expect(ids("U.S. Northern Command flew the flights. Northern Command said they were legal.")).toEqual([
      "us-northern-command",
      "us-northern-command",
    ]);
    expect(ids("U.S. officials confirmed the flights. Northern Command said they were legal.")).toEqual([
      "united-states",
      "us-northern-command",
    ]);
    // An initialism is its own name in any text.
    expect(ids("Russia expelled two diplomats. The CIA declined to comment.")).toEqual(["russia", "cia"]);
  });

  it("reads a generic body's country from the nearest sentence that names one, else the dateline", () => {
    // The sentence before names both countries: whose Congress this is, the text does not say.
    expect(ids("U.S. officials met Mexican envoys on Monday.\n\nCongress has not voted.")).toEqual(["united-states"]);
    // The article reports from Mexico City; the U.S. named three sentences earlier is not whose Congress it is.
    expect(
      ids(
        "MEXICO CITY — Senators met U.S. officials on Monday.\n\nThey spoke for hours.\n\nCongress will vote in May.",
      ),
    ).toEqual(["mexico-city", "united-states", "mexican-congress"]);
    expect(ids("WASHINGTON — Senators met on Monday.\n\nThey spoke for hours.\n\nCongress will vote in May.")).toEqual(
      [],
    );
  });

  it("does not link a country's body in a longer place's name", () => {
    expect(ids("New Mexico's government declared an emergency.")).toEqual([]);
    expect(ids("The government of Mexico City said the subway would reopen.")).toEqual([]);
    const { mentions } = findEntities(
      articleSentences("The government of Mexico City said the subway would reopen."),
      matcher,
    );
    expect(mentions.map((m) => `${m.text}=${m.entityId}`)).toEqual(["Mexico City=mexico-city"]);
  });

  it("does not link an alias the text places in another city, town or region", () => {
    expect(ids("The Russian Embassy in Washington did not comment.")).toEqual([]);
    expect(ids("In Caracas, the Russian Embassy said it would respond.")).toEqual([]);
    expect(ids("In Mexico City, the Russian Embassy said it would respond.")).toEqual([
      "mexico-city",
      "russian-embassy-mexico-city",
    ]);
    expect(ids("The Russian Embassy in Mexico City said so. The Russian Embassy said it again.")).toEqual([
      "russian-embassy-mexico-city",
      "russian-embassy-mexico-city",
    ]);
    // Nothing places it: every capital has a Russian embassy, and "Russian" says whose, not where.
    expect(ids("The Russian Embassy said the diplomats would leave.")).toEqual([]);
    expect(ids("MEXICO CITY — The Russian Embassy said the diplomats would leave.")).toEqual([
      "mexico-city",
      "russian-embassy-mexico-city",
    ]);
    expect(ids("The firm is based in Princeton, New Jersey. He lives in Princeton, N.J., now.")).toEqual([]);
    expect(ids("She studied at Princeton.")).toEqual(["princeton-university"]);
    // A body named after its town goes by the town's name; after "in" or "near", or before "-based", that name is the town.
    expect(ids("He grew up in Princeton and later moved near Princeton.")).toEqual([]);
    expect(ids("A Princeton-based startup hired her.")).toEqual([]);
    expect(ids("She took a post in Princeton’s economics department.")).toEqual(["princeton-university"]);
    expect(ids("Rain is forecast across the Pacific Northwest. Boats crossed the Pacific.")).toEqual(["pacific"]);
    // A sea's or a region's name running on into another name is part of it; a country's still names it.
    expect(ids("The Pacific Fleet sent two ships. Pacific Gas and Electric restored power.")).toEqual([]);
    expect(ids("The U.S. Navy sent two ships across the Pacific.")).toEqual(["united-states", "pacific"]);
  });

  it("does not take a sea's name used as an adjective for the sea", () => {
    // The register's Pacific is also "Pacific Ocean": before a noun, "Pacific" is the adjective.
    expect(ids("Pacific halibut sold for less. Boats crossed the Pacific and the Pacific is calm.")).toEqual([
      "pacific",
      "pacific",
    ]);
    expect(ids("Some Caribbean officials spoke. Warships sailed to the Caribbean.")).toEqual(["caribbean"]);
    // A country's name before a noun still names it ("U.S. officials"), as the gold counts it.
    expect(ids("Mexico officials spoke.")).toEqual(["mexico"]);
  });

  it("does not link a register person whom the text gives an office their role does not hold", () => {
    expect(ids("Sen. Ron Johnson (R-Wis.) said the hearing would resume.")).toEqual([]);
    // The office in lower case before the name, a lawmaker's label or an apposition after it.
    expect(ids("Republican senator Ron Johnson said the hearing would resume.")).toEqual([]);
    expect(ids("Ron Johnson (R-Wis.) said the hearing would resume.")).toEqual([]);
    expect(ids("Ron Johnson, a Republican senator from Wisconsin, said so.")).toEqual([]);
    expect(ids("Ron Johnson, the U.S. ambassador to Mexico, said so.")).toEqual([
      "ronald-johnson",
      "united-states",
      "mexico",
    ]);
    expect(ids("Mayor Joe Kent said the budget passed. Kent said it again.")).toEqual([]);
    expect(ids("Former Sen. Marco Rubio spoke. Director Joe Kent spoke.")).toEqual(["marco-rubio", "joe-kent"]);
  });

  it("handles middle initials, bracketed editorial insertions and aliases", () => {
    expect(ids("Gen. Gregory M. Guillot and Director [John] Ratcliffe and Ambassador Ron Johnson.")).toEqual([
      "gregory-m-guillot",
      "john-ratcliffe",
      "ronald-johnson",
    ]);
  });

  it("finds every mention in a long text over a large register", () => {
    const big: Entity[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      name: `Name${i} Person${i}`,
      kind: "person",
      aliases: [],
      description: "x",
    }));
    const m = buildEntityMatcher([...register, ...big]);
    const text = "Claudia Sheinbaum met Name1999 Person1999. ".repeat(2000);
    // Speed is the benchmark's to measure, not a test's; this holds the result at scale.
    const hits = m.find(text);
    expect(hits).toHaveLength(4000);
  });

  it("finds the key people in the real articles", () => {
    const counts = (prefix: string) =>
      new Map(
        mentionCounts(findMentions(articleSentences(articleFor(corpus, prefix).body), matcher)).map((c) => [
          c.entityId,
          c.count,
        ]),
      );
    const a002 = counts("002");
    expect(a002.get("marco-rubio")).toBeGreaterThanOrEqual(3);
    expect(a002.get("claudia-sheinbaum")).toBeGreaterThanOrEqual(4);
    for (const id of [
      "kenneth-roth",
      "juan-ramon-de-la-fuente",
      "omar-garcia-harfuch",
      "tren-de-aragua",
      "wsav",
      "morena",
    ]) {
      expect(a002.has(id), id).toBe(true);
    }
    const a001 = counts("001");
    for (const id of [
      "gregory-m-guillot",
      "carlos-perez-ricart",
      "ronald-johnson",
      "john-ratcliffe",
      "us-northern-command",
      "cide",
    ]) {
      expect(a001.has(id), id).toBe(true);
    }
    const a004 = counts("004");
    for (const id of ["ricardo-trevilla", "pete-hegseth", "mike-waltz", "fox-news", "john-ratcliffe"]) {
      expect(a004.has(id), id).toBe(true);
    }
    expect(counts("000").get("andres-manuel-lopez-obrador")).toBe(2);
  });
});

describe("findEntities on the real articles", () => {
  it("keeps every register mention and adds only names the register lacks", () => {
    for (const article of corpus) {
      const blocks = articleSentences(article.body);
      const { mentions, found } = findEntities(blocks, matcher);
      const foundIds = new Set(found.map((entity) => entity.id));
      for (const mention of mentions) {
        expect(matcher.entities.has(mention.entityId) || foundIds.has(mention.entityId), mention.entityId).toBe(true);
      }
      for (const entity of found) expect(matcher.entities.has(entity.id), entity.id).toBe(false);
    }
  });

  it("does not take a place word inside an organisation's name for the place, nor the names in a byline or credit", () => {
    const blocks = articleSentences(
      "By Jill Serjeant\n\nShe was an associate director of the Asia Pacific Media Network at a university.\n\nHeba Habib contributed to this report.",
    );
    const { mentions, found } = findEntities(blocks, matcher);
    expect(mentions.map((m) => m.entityId)).not.toContain("pacific");
    expect(found.map((e) => e.name)).toEqual(["Asia Pacific Media Network"]);
    const written = findEntities(articleSentences("Written by Jill Serjeant\n\nThe storm hit the coast."), matcher);
    expect(written.found).toEqual([]);
  });

  it("finds a person known by one name after a team's star ('Brazil star Veyrao')", () => {
    const found = findEntities(articleSentences("Brazil star Veyrao was among the fans."), matcher).found;
    expect(found.map((e) => e.name)).toContain("Veyrao");
  });

  it("finds no name in a credit's field ('Tested by: …'), but keeps a name the telling writes after 'by'", () => {
    const field = "The kit packs small.\n\nTested by: Jane Roe Price: £20 More info: www.example.com";
    expect(findEntities(articleSentences(field), matcher).found.map((e) => e.name)).not.toContain("Jane Roe");
    const prose = "The guide was written by Jane Roe for beginners.";
    expect(findEntities(articleSentences(prose), matcher).found.map((e) => e.name)).toContain("Jane Roe");
  });

  it("finds no names in a credit line that ends on its verb", () => {
    const blocks = articleSentences(
      "Officials met.\n\nThe Laredo Morning Times contributed.\n\nJane Roe and John Doe contributed reporting.",
    );
    expect(findEntities(blocks, matcher).found.map((e) => e.name)).toEqual([]);
  });

  it("does not take a region or a city that opens an organisation's name for the place", () => {
    const linked = (text: string) => findEntities(articleSentences(text), matcher).mentions.map((m) => m.entityId);
    expect(linked("The Caribbean Community called for calm.")).toEqual(["caribbean-community"]);
    expect(linked("Florida International University hosted the talk.")).toEqual(["florida-international-university"]);
    // A country's body still names the country.
    expect(linked("Mexico City Police Department officers arrived.")).toContain("mexico-city");
  });

  it("reads a president's possessive administration as the body named by the surname", () => {
    const text = "Officials of Donald Trump’s administration met. The Trump administration said nothing.";
    const { found, mentions } = findEntities(articleSentences(text), matcher);
    expect(found.map((e) => e.id)).toEqual(["trump-administration"]);
    expect(mentions.map((m) => m.entityId)).toEqual(["donald-trump", "trump-administration", "trump-administration"]);
    // Where editors filed the body, the possessive form is a mention of their entity.
    const filed = buildEntityMatcher([
      ...register,
      { id: "trump-administration", name: "Trump administration", kind: "organisation", aliases: [], description: "x" },
    ]);
    const linked = findEntities(articleSentences(text), filed);
    expect(linked.found).toEqual([]);
    expect(linked.mentions.map((m) => m.entityId)).toEqual([
      "donald-trump",
      "trump-administration",
      "trump-administration",
    ]);
  });

  it("reads an initialism in brackets after a person's full name as that person", () => {
    const text = "Critics answered Harold J. Penwick (HJP) at once. Later HJP’s allies left, and HJP resigned.";
    const { found, mentions } = findEntities(articleSentences(text), matcher);
    expect(found.map((e) => [e.name, e.kind])).toEqual([["Harold J. Penwick", "person"]]);
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ["Harold J. Penwick", "harold-j-penwick"],
      ["HJP", "harold-j-penwick"],
      ["HJP", "harold-j-penwick"],
      ["HJP", "harold-j-penwick"],
    ]);
  });

  it("reads a clipped first word of a body named before as that body, not a word a lexicon knows as a firm", () => {
    const text = "The Federated Harbor Board raised fees. Later the Fed raised them again.";
    const { found, mentions } = findEntities(articleSentences(text), matcher);
    expect(found.map((e) => e.name)).toEqual(["Federated Harbor Board"]);
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ["Federated Harbor Board", "federated-harbor-board"],
      ["Fed", "federated-harbor-board"],
    ]);
    const twoBodies = new Map([
      ["a", { name: "Federated Harbor Board", kind: "organisation" as const }],
      ["b", { name: "Federal Canal Office", kind: "organisation" as const }],
    ]);
    expect(clippedBody("Fed", twoBodies)).toBeUndefined();
    const office = new Map([["d", { name: "Congressional Budget Office", kind: "organisation" as const }]]);
    expect(clippedBody("Congress", office)).toBeUndefined();
    expect(
      clippedBody("Intel", new Map([["c", { name: "Intelligence Committee", kind: "organisation" as const }]])),
    ).toBeUndefined();
  });

  it("takes no initialism inside a common noun phrase for a body, but one a body's people or a determiner go with", () => {
    const phrase = (text: string, initialism: string) => {
      const start = text.indexOf(initialism);
      return initialismInPhrase(text, { start, end: start + initialism.length, text: initialism });
    };
    expect(phrase("Here are the eight QVR games worth buying.", "QVR")).toBe(true);
    expect(phrase("It runs a programmatic XTB exchange.", "XTB")).toBe(true);
    expect(phrase("They shelved their QCC plans.", "QCC")).toBe(false);
    expect(phrase("A senior DQS official said so.", "DQS")).toBe(false);
    expect(phrase("A veteran JQL scientist said so.", "JQL")).toBe(false);
    expect(findEntities(articleSentences("Here are the eight QVR games worth buying."), matcher).found).toEqual([]);
  });

  it("reads a named body's board of directors as that body", () => {
    const text = "The Free Quill Foundation (FQF) met. Ana Roe left the FQF Board of Directors in May.";
    const { found, mentions } = findEntities(articleSentences(text), matcher);
    expect(found.map((e) => e.name)).toEqual(["Free Quill Foundation", "Ana Roe"]);
    // The acronym where the text defines it, then the body its board belongs to.
    expect(mentions.filter((m) => m.text === "FQF").map((m) => m.entityId)).toEqual([
      "free-quill-foundation",
      "free-quill-foundation",
    ]);
  });

  it("reads an undefined initialism as the one body whose written name it spells", () => {
    const text =
      "Quillo is being investigated by the North Dakota State Water Commission. According to Reuters, the NDSWC’s questions include fees.";
    const { found, mentions } = findEntities(articleSentences(text), matcher);
    expect(found.map((e) => e.name)).toContain("North Dakota State Water Commission");
    expect(found.map((e) => e.name)).not.toContain("NDSWC");
    expect(mentions.find((m) => m.text === "NDSWC")?.entityId).toBe("north-dakota-state-water-commission");
  });

  it("leaves out the strings editors list as not entities", () => {
    const blocks = articleSentences("Officials from the Trump administration met Lucia Ortega.");
    const ids = (notEntities: Set<string>) => findEntities(blocks, matcher, { notEntities }).found.map((e) => e.id);
    expect(ids(new Set())).toEqual(["trump-administration", "lucia-ortega"]);
    expect(ids(new Set(["trump administration"]))).toEqual(["lucia-ortega"]);
  });
});

describe("findEntities and initialisms used as common nouns", () => {
  const foundNames = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("drops an initialism the article counts as a thing in every sentence, and a name headed by it, not its maker", () => {
    const text =
      "The console has an 8-core CPU running at 2.3Ghz.\n\nHeavy CPU load slows it. It has an upgraded AMD Polaris GPU with 6 teraflops.";
    // "AMD Polaris GPU" is a thing; the well-known company that makes it is named (`knownMaker`).
    expect(foundNames(text)).toEqual(["AMD"]);
    expect(foundNames(text.replace("AMD", "Blorvak"))).toEqual([]);
  });

  it("keeps an initialism the article uses as a name", () => {
    expect(foundNames("A GRU agent fled.\n\nThe GRU said nothing.")).toEqual(["GRU"]);
  });
});

describe("findEntities and shorter forms of a found name", () => {
  const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("links a founder's surname to the firm named after its founder, not a place to a longer body", () => {
    expect(found("Walt Disney Co. raised prices.\n\nDisney said demand held.")).toEqual(["Walt Disney Co"]);
    expect(found("Sierra Nevada Corp. won the contract.\n\nIt builds planes in Nevada.")).toEqual([
      "Sierra Nevada Corp",
      "Nevada",
    ]);
  });

  it("links the leading part of one person's longer name to that person", () => {
    expect(found("Chief Executive Carrie Lam Cheng Yuet-ngor spoke.\n\nCarrie Lam should listen.")).toEqual([
      "Carrie Lam Cheng Yuet-ngor",
    ]);
  });

  it("then links the shorter form's surname to that person", () => {
    const text = "Chief Executive Carrie Lam Cheng Yuet-ngor spoke.\n\nCarrie Lam should listen. Lam nodded.";
    const { mentions } = findEntities(articleSentences(text), matcher);
    expect(mentions.filter((m) => m.text === "Lam").map((m) => m.entityId)).toEqual(["carrie-lam-cheng-yuet-ngor"]);
  });

  it("does not link it when two people's names begin with it", () => {
    expect(
      found("Lotfi Azzouz Ben Ali said so. Lotfi Azzouz Karim said no.\n\n“No,” said Lotfi Azzouz.").sort(),
    ).toContain("Lotfi Azzouz");
  });
});

describe("findEntities and a surname after a title", () => {
  const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("makes a person of a lone surname after a personal title", () => {
    expect(found("The order that President Obama plans to sign was read.")).toEqual(["Obama"]);
  });

  it("does not make a new person of a registered person's surname, nor of a surname with no title", () => {
    expect(found("The order that President Sheinbaum plans to sign was read.")).toEqual([]);
    expect(found("The order Obama plans to sign was read.")).toEqual([]);
  });
  it("makes a person of a lone given name after a kin noun ('his wife Grace')", () => {
    expect(found("Robert Mugabe, his wife Grace and two aides are held.")).toEqual(["Robert Mugabe", "Grace"]);
  });

  it("not a given name with no kin noun before it, nor a word no reading knows as a given name", () => {
    expect(found("Robert Mugabe and Grace are held.")).toEqual(["Robert Mugabe"]);
    const kinds = findEntities(articleSentences("Robert Mugabe and his wife Maplewood are held."), matcher).found;
    expect(kinds.map((f) => `${f.name} (${f.kind})`)).not.toContain("Maplewood (person)");
  });
});

describe("findEntities and page furniture", () => {
  it("takes no mention from a promo or an author's bio the body kept", () => {
    const text = [
      "Mexico's Senate approved the rules on Monday.",
      "Sign up for Border Brief, our newsletter on U.S.-Mexico security, starting June 10.",
      "Ana Ruiz joined the paper in 2019 and covers security and justice from Mexico City.",
    ].join("\n\n");
    const { mentions, found } = findEntities(articleSentences(text), matcher);
    expect(mentions.map((m) => m.text)).toEqual(["Mexico", "Senate"]);
    expect(found.map((f) => f.name)).not.toContain("Ana Ruiz");
  });
});

describe("findEntities and names of things named after a person", () => {
  it("does not link the person in a building's name", () => {
    const { mentions } = findEntities(articleSentences("Trump Tower was evacuated on Monday."), matcher);
    expect(mentions.map((m) => m.entityId)).toEqual(["trump-tower"]);
  });
});

describe("findEntities and outlets cited as sources", () => {
  const found = (text: string) =>
    findEntities(articleSentences(text), matcher).found.map((f) => `${f.name} (${f.kind})`);

  it("makes an organisation of an outlet the text cites", () => {
    expect(found("“We will act,” the minister told Reuters on Monday.")).toEqual(["Reuters (organisation)"]);
  });

  it("does not make one of a person told something, nor of a dateline's wire credit", () => {
    expect(found("“We will act,” the minister told Smith on Monday.")).toEqual([]);
    expect(found("OAXACA (Reuters) — The minister spoke on Monday.")).not.toContain("Reuters (organisation)");
    // A wire's dateline may give the day, with or without the place before it.
    expect(found("Aug. 12 (UPI) -- The minister spoke on Monday.")).toEqual([]);
    expect(found("LIMA, Peru, Sept. 3 (Reuters) - The minister spoke.")).not.toContain("Reuters (organisation)");
    // The town in capitals with its state in ordinary case: the bracket is the station that filed it.
    expect(found("DAYTON, Ohio (WKEF) -- A bakery closed its doors on Monday.")).not.toContain("WKEF (organisation)");
    expect(found("SALEM, New Hampshire (WXYQ) — A bakery closed.")).not.toContain("WXYQ (organisation)");
    // The agency in brackets after a day inside a sentence is cited there.
    expect(found("The ruling came on Aug. 12 (AP) -- and the minister spoke.")).toContain("AP (organisation)");
  });
});

describe("findEntities and an acronym the article defines", () => {
  const found = (text: string) =>
    findEntities(articleSentences(text), matcher).found.map((f) => `${f.name} (${f.kind})`);

  it("reads the defined body's name whole and each use of its acronym as that body", () => {
    expect(found("The Ohio State Attorney General (OSAG) opened an inquiry. The OSAG’s letter came Monday.")).toEqual([
      "Ohio State Attorney General (organisation)",
    ]);
    expect(found("The Harlow Water Commission (HWC) met. Later the HWC voted.")).toEqual([
      "Harlow Water Commission (organisation)",
    ]);
  });

  it("leaves a person's, a place's or a register entity's name with its acronym as it was", () => {
    expect(found("Mayor Ana Ruiz Ortega (ARO) spoke. ARO left.")).toContain("Ana Ruiz Ortega (person)");
    expect(found("The United Arab Emirates (UAE) said so.")).not.toContainEqual(
      expect.stringContaining("Emirates (organisation)"),
    );
    expect(found("The Central Intelligence Agency (CIA) declined. The CIA said so.")).toEqual([]);
  });
});

describe("findMentions and a register alias that opens a longer name", () => {
  it("does not link the body in another name that a capitalised word continues", () => {
    expect(ids("The actress Morena Baccarin spoke at the festival.")).toEqual([]);
    expect(ids("He compared the leak to the Pentagon Papers in a speech.")).toEqual([]);
    // A short sentence ending on its full stop is prose, however many capitalised words its name has.
    expect(ids("The Morena Valley Water District cut supplies.")).toEqual([]);
  });
  it("links it before a title, a day, its own longer alias and in a headline", () => {
    expect(ids("Pentagon Press Secretary Kingsley Wilson declined to comment.")).toEqual(["pentagon"]);
    expect(ids("Lawmakers from the Morena Party voted for the bill.")).toEqual(["morena"]);
    expect(ids("The Pentagon Thursday denied the report.")).toEqual(["pentagon"]);
    expect(ids("Morena Wins Senate Vote on Security Reform")).toEqual(["morena"]);
  });
});

describe("findMentions and a country's body in a state of the same name", () => {
  it("does not link the country's government after 'state of'", () => {
    expect(ids("Police blamed the state of Mexico's government for the delay.")).not.toContain("government-of-mexico");
    expect(ids("Police blamed the State of Mexico's government for the delay.")).not.toContain("government-of-mexico");
    expect(ids("Police blamed Mexico's government for the delay.")).toContain("government-of-mexico");
  });
});

describe("findEntities and a listing's lines", () => {
  it("finds no name on a line the timeline reads as a listing, and keeps a chronology's line", () => {
    const names = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);
    expect(names("Upcoming events\nApril 22: Town hall on trade, Laredo College\nMay 6: Chamber breakfast")).toEqual(
      [],
    );
    expect(names("Key dates\nJune 1: Laredo College students voted for the plan")).toContain("Laredo College");
  });
});

describe("findEntities and bodies named by the sentence's grammar", () => {
  const found = (text: string) =>
    findEntities(articleSentences(text), matcher).found.map((f) => `${f.name} (${f.kind})`);

  it("makes an organisation of a name that acts as a body, or a team before a player's position", () => {
    expect(found("After the launch, Apple plans to release a smaller laptop.")).toEqual(["Apple (organisation)"]);
    expect(found("The league suspended Browns pass rusher Myles Garrett.").sort()).toEqual([
      "Browns (organisation)",
      "Myles Garrett (person)",
    ]);
  });

  it("does not make one of the surname of a person the article named", () => {
    const text = "Cam Heyward spoke on Monday.\n\nLater, Heyward said the team had lost.";
    const { mentions, found: names } = findEntities(articleSentences(text), matcher);
    expect(names.map((f) => f.name)).toEqual(["Cam Heyward"]);
    expect(mentions.map((m) => m.entityId)).toEqual(["cam-heyward", "cam-heyward"]);
  });

  it("does not make one of the last word of a longer name the article gave, whatever its kind", () => {
    const later = "Later, Marsh said the ranch would stay.";
    expect(found(`SALT FLAT, Texas — Ruth Marsh has farmed the same land for decades.\n\n${later}`)).not.toContain(
      "Marsh (organisation)",
    );
    expect(found(`SALT FLAT, Texas — The ranch has stood for decades.\n\n${later}`)).toContain("Marsh (organisation)");
  });
});

describe("findEntities and a short paragraph in capitals", () => {
  const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("reads no person or body from a subhead in capitals, and still a dateline's place", () => {
    expect(found("NISSAN SENTRA\n\nThe redesigned compact car sells well.")).toEqual([]);
    expect(found("BAAR, SWITZERLAND\n\nOfficials met on Monday.")).toContain("Switzerland");
  });

  it("reads names from a sentence in capitals and lower case", () => {
    expect(found("There also is a redesigned compact Sentra from Nissan Motor Co.")).toContain("Nissan Motor Co");
  });
});

describe("findEntities and a dateline in capitals", () => {
  const found = (text: string) => findEntities(articleSentences(text), matcher).found;

  it("names the dateline's place as the text spells it, one entity with its later mentions", () => {
    const entities = found("SAN DIEGO — Officials met on Monday.\n\nIn San Diego, the port reopened.");
    expect(entities.map((e) => e.name)).toEqual(["San Diego"]);
    expect(found("WASHINGTON — Officials met on Monday.").map((e) => e.name)).toEqual(["Washington"]);
  });
});

describe("findEntities and a surname of several words", () => {
  it("links the closing words of a full name to that person, not to a new one", () => {
    const { found, mentions } = findEntities(
      articleSentences(
        "Prosecutors said Rafael Salas Quintanilla was flown north.\n\nThe court heard that Salas Quintanilla ran the route, said Salas Quintanilla's lawyer.",
      ),
      matcher,
    );
    expect(found.map((f) => f.name)).toEqual(["Rafael Salas Quintanilla"]);
    expect(mentions.map((m) => m.text)).toEqual(["Rafael Salas Quintanilla", "Salas Quintanilla", "Salas Quintanilla"]);
  });
});

describe("findEntities and a paper named again by its last word", () => {
  const entities = (text: string) => {
    const { mentions, found } = findEntities(articleSentences(text), matcher);
    const names = new Map<string, string>(found.map((f) => [f.id, f.name]));
    return {
      found: found.map((f) => f.name),
      linked: mentions.map((m) => `${m.text}=${names.get(m.entityId) ?? m.entityId}`),
    };
  };

  it("links 'the Times' to the one '… Times' named before, and makes no 'Times' of its own", () => {
    const { found, linked } = entities(
      "The Sacramento Times reported the raid first. The Times said three agents took part.",
    );
    expect(found).toEqual(["Sacramento Times"]);
    expect(linked).toContain("The Times=Sacramento Times");
  });

  it("names no paper when none was named in full before", () => {
    expect(entities("Officials spoke on Monday. The Journal said three agents took part.").found).toEqual([]);
  });
});

describe("findEntities and a register person whose name others share", () => {
  const linked = (text: string) =>
    findEntities(articleSentences(text), matcher).mentions.map((m) => `${m.text}=${m.entityId}`);

  it("links the name only where the article writes a title or role of theirs with it", () => {
    expect(linked("Ron Johnson said the tariffs would hurt Wisconsin farmers.")).not.toContain(
      "Ron Johnson=ronald-johnson",
    );
    expect(linked("Ronald Johnson, the ambassador, met officials. Johnson said little.")).toEqual([
      "Ronald Johnson=ronald-johnson",
      "Johnson=ronald-johnson",
    ]);
  });

  it("not when the title is inside someone else's quotation", () => {
    expect(linked("“The ambassador is away,” Ron Johnson said.")).not.toContain("Ron Johnson=ronald-johnson");
  });
});

describe("findMentions and a currency", () => {
  it("reads a country's code glued to a currency sign as money, not a mention of the country", () => {
    expect(ids("The cargo was worth about US$30 million, the ministry said.")).toEqual([]);
    expect(ids("Officials in the US said the cargo was worth $30 million.")).toEqual(["united-states"]);
  });

  it("reads a country's name closing an amount written with a sign as the amount's money", () => {
    expect(ids("The lamp fetched £12,000 (about $15,000 U.S.) at auction.")).toEqual([]);
    expect(ids("The lamp fetched $15,000 U.S., the auction house said.")).toEqual([]);
    expect(ids("The lamp fetched €9 million USA dollars.")).toEqual([]);
    // Going on to a noun, the country qualifies that noun: it is named.
    expect(ids("The fund sent $3 million U.S. aid to the harbor.")).toEqual(["united-states"]);
    expect(ids("The lamp was sold in the U.S. for $15,000.")).toEqual(["united-states"]);
  });
});

describe("no register link by a guess", () => {
  const linked = registerLinks;

  it("does not link an acronym the article spells out as another name, anywhere in the article", () => {
    expect(ids("The Culinary Institute of America (CIA) trains chefs.\n\nThe CIA campus grew.")).toEqual([]);
    expect(linked("The Intercontinental Exchange (ICE) said trading rose.\n\nICE shares fell.")).toEqual([]);
    expect(linked("Cars with an internal combustion engine (ICE) still sell.")).toEqual([]);
  });

  it("does not link an acronym that is also a word where nothing in the article is the body's", () => {
    expect(linked("Cotton futures on ICE rose 2%.\n\nTraders in New York sold sugar and cocoa.")).toEqual([]);
    expect(linked("ICE agents detained two immigrants on Monday.")).toEqual(["ice"]);
    expect(linked("Immigration and Customs Enforcement opened a camp.\n\nICE said it was full.")).toEqual([
      "ice",
      "ice",
    ]);
  });

  it("links an acronym that is no word wherever it stands: it names nothing else", () => {
    expect(linked("Drones operated by the CIA flew over the border towns.")).toEqual(["cia"]);
  });

  it("does not link a capital standing for its country where it names the city itself", () => {
    expect(linked("He reached Lisbon via Moscow and Paris.")).toEqual([]);
    expect(linked("A Moscow-based lender cut rates. A Moscow-born pianist played.")).toEqual([]);
    expect(linked("He moved from Moscow to Berlin. Orders came from Moscow.")).toEqual(["russia"]);
    expect(linked("Moscow said the talks would go on. Moscow-backed fighters held the town.")).toEqual([
      "russia",
      "russia",
    ]);
  });

  it("does not link a region closing a longer name the article writes, at a sentence's start either", () => {
    expect(linked("Royal Caribbean said bookings rose.\n\nShares of Royal Caribbean climbed.")).toEqual([]);
    expect(linked("Many Florida voters agreed.\n\nHe won votes across Florida.")).toEqual(["florida", "florida"]);
    expect(linked("Union Pacific said freight fell.\n\nStorms hit the Caribbean.")).toEqual(["caribbean"]);
  });

  it("does not link a country closing a firm's name, but keeps it closing the country's body", () => {
    expect(linked("Coca-Cola FEMSA de México posted a profit.")).toEqual([]);
    expect(linked("Shares of ICE Futures U.S. rose.")).toEqual([]);
    expect(linked("The Bank of Mexico held rates.")).toEqual(["mexico"]);
    expect(linked("The Mexican Embassy in the U.S. issued a statement.")).toEqual(["united-states"]);
  });

  it("keeps an acronym spelled out as the register's own name", () => {
    expect(ids("Agents of U.S. Immigration and Customs Enforcement (ICE) arrived.\n\nICE said more.")).toEqual([
      "united-states",
      "ice",
      "ice",
      "ice",
    ]);
  });

  it("does not link an alias in capitals that a line set in capitals may use as a word", () => {
    expect(linked("A sign read: HELP US WIN THE WAR.")).toEqual([]);
    expect(linked("US officials said.")).toEqual(["united-states"]);
  });

  it("does not link a surname that 'Mr.' and 'Mrs.' give to two people", () => {
    expect(linked("Donald Trump spoke.\n\nMr. Trump said.\n\nMrs. Trump said.")).toEqual(["donald-trump"]);
    expect(linked("Donald Trump spoke.\n\nMr. Trump said.")).toEqual(["donald-trump", "donald-trump"]);
  });

  it("does not link a register person the article gives another occupation, anywhere in the article", () => {
    expect(linked("Joe Kent, a high school coach in Ohio, said the game was close.\n\nJoe Kent said more.")).toEqual(
      [],
    );
    expect(linked("Joe Kent, the director of the National Counterterrorism Center, said so.")).toEqual([
      "joe-kent",
      "national-counterterrorism-center",
    ]);
  });
});

describe("findEntities for names the register lacks", () => {
  const found = (text: string) =>
    findEntities(articleSentences(text), matcher).found.map((f) => `${f.name} (${f.kind})`);
  const mentionsOf = (text: string) => {
    const { mentions, found: names } = findEntities(articleSentences(text), matcher);
    return mentions.map((m) => `${m.text}→${names.find((f) => f.id === m.entityId)?.name ?? m.entityId}`);
  };

  it("reads the author's name in an embedded post's signature, and nothing else of the line", () => {
    expect(found("The slogan drew jokes online.\n\n> — Robert Maguire (@RobertMaguire_) November 18, 2019")).toEqual([
      "Robert Maguire (person)",
    ]);
  });

  it("links one person's varied name, and the surname after a generational suffix, to one entity", () => {
    expect(
      mentionsOf(
        "Patrick Carlineo Jr. pleaded guilty.\n\nPat Carlineo is passionate, his lawyer said.\n\nPatrick W. Carlineo made the call. Carlineo was arrested.",
      ),
    ).toEqual([
      "Patrick Carlineo Jr→Patrick Carlineo Jr",
      "Pat Carlineo→Patrick Carlineo Jr",
      "Patrick W. Carlineo→Patrick Carlineo Jr",
      "Carlineo→Patrick Carlineo Jr",
    ]);
  });

  it("links a company named again without its legal suffix to the company", () => {
    expect(
      mentionsOf("Tarvel Dynamics Corporation won a contract.\n\nAnalysts said Tarvel Dynamics and others would bid."),
    ).toEqual([
      "Tarvel Dynamics Corporation→Tarvel Dynamics Corporation",
      "Tarvel Dynamics→Tarvel Dynamics Corporation",
    ]);
  });

  it("makes a person of a given name it does not know before a surname the article gave a person", () => {
    expect(found("Donald Trump spoke.\n\nMelania Trump said so.")).toEqual(["Melania Trump (person)"]);
    expect(found("Donald Trump spoke.\n\nBoth Trump and his aides agreed.")).toEqual([]);
  });

  it("keeps two people apart whose given names differ", () => {
    expect(found("Eric Lund spoke first.\n\nMaria Lund spoke next.")).toEqual([
      "Eric Lund (person)",
      "Maria Lund (person)",
    ]);
  });
});

describe("no register link for a modifier after the name, a town of the same name or a product", () => {
  const linked = registerLinks;

  it("reads a generic body's country from 'of' or 'in' right after it", () => {
    expect(linked("MEXICO CITY (AP) — Officials met.\n\nThe Congress of Peru passed a law.")).toEqual(["mexico-city"]);
    expect(linked("MEXICO CITY (AP) — Officials met.\n\nCongress in Lima passed a law.")).toEqual(["mexico-city"]);
    expect(linked("WASHINGTON (AP) — The Coast Guard of Honduras said.")).toEqual([]);
    expect(linked("Officials met.\n\nThe Congress of Mexico passed a law.")).toEqual(["mexican-congress"]);
  });

  it("does not link an alias placed in a state as a town's name, but keeps it in a list", () => {
    expect(linked("Students from Moscow, Idaho, protested.")).toEqual([]);
    expect(linked("Sanctions on Moscow, Beijing and Tehran grew.")).toEqual(["russia"]);
  });

  it("does not link a maker's name that stands for its product", () => {
    expect(linked("He drove a Hyundai to the border.\n\nThe Hyundai sedan was found.")).toEqual([]);
    expect(linked("A Hyundai spokesman said the plant would open.")).toEqual(["hyundai"]);
  });
});
describe("no register link for a common word, a work's title, a town or another name the alias opens, and a title no given name", () => {
  const linked = registerLinks;

  it.each([
    // A one-word name in lower case is a word of the language.
    ["The player held a trump card.", []],
    ["Marco Rubio spoke.\n\nThe boy had rubio hair.", ["marco-rubio"]],
    ["Una mujer morena caminaba por la calle.", []],
    // A quoted title names a work; a quoted sentence still names the person.
    ["“The Trump Show,” a new play, opened on Friday.", []],
    ["“Trump is wrong,” she said.", ["donald-trump"]],
    // A country's name with a U.S. state after it is a town of that state.
    ["He lived in Mexico, Missouri, for years.", []],
    ["He lived in Mexico, Mo., for years.", []],
    ["Trade with Mexico, Texas and Canada grew.", ["mexico"]],
    ["Tijuana, Mexico, is a border city.", ["mexico"]],
    // A capital standing for its country opens the capital's own names.
    ["The Moscow Times reported the arrests.", []],
    ["Sanctions on Moscow grew.", ["russia"]],
    // An office's field continues a body's name only with a title, or alone.
    ["The Pentagon Federal Credit Union said members would get refunds.", []],
    ["Pentagon Press Secretary Sean Parnell said so.", ["pentagon"]],
    // A surname alone with a place after its comma is the place.
    ["Joe Kent spoke.\n\nPolice in Kent, England, said the road was closed.", ["joe-kent"]],
    ["Joe Kent spoke.\n\nKent, the director, said more.", ["joe-kent", "joe-kent"]],
    // A title's words before a surname are no given name of another person of that name.
    [
      "Marco Rubio spoke.\n\nSecretary of State Rubio said so.\n\nRubio left.",
      ["marco-rubio", "marco-rubio", "marco-rubio"],
    ],
    // Nor is an ordinary word before it ("Both Trump and …"); a given name still is ("Eric Trump").
    [
      "Donald Trump spoke.\n\nBoth Trump and his aides agreed.\n\nTrump left.",
      ["donald-trump", "donald-trump", "donald-trump"],
    ],
    [
      "Donald Trump spoke.\n\nYesterday Trump said so.\n\nTrump left.",
      ["donald-trump", "donald-trump", "donald-trump"],
    ],
    ["Donald Trump spoke.\n\nEric Trump said so.\n\nTrump left.", ["donald-trump"]],
    // A titled alias is shared too when the other person of that name bears the title.
    ["Economy Secretary Laura Rubio spoke.\n\nSecretary Rubio said they would not accept quotas.", []],
    ["Marco Rubio spoke.\n\nEconomy Secretary Laura Rubio spoke.\n\nSecretary Rubio said so.", ["marco-rubio"]],
    // Not when the namesake bears no such title: "President Trump" is still Donald Trump beside Eric Trump.
    ["Eric Trump spoke.\n\nPresident Trump said so.", ["donald-trump"]],
  ])("%s → %j", (text, expected) => expect(linked(text)).toEqual(expected));
});

describe("namesCountry", () => {
  it("is true for a country's name, initialism or capital alone, not for a person or a body", () => {
    expect(["China", "UK", "the U.S.", "Beijing", "Mexico"].map(namesCountry)).toEqual([true, true, true, true, true]);
    expect(["Ellie Hall", "James Hall", "Chinese government", "Liu Xiaming", "china"].map(namesCountry)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("no register link for a place's name inside another name", () => {
  it.each([
    // A country's name opening a firm's or a paper's name is part of it; opening its state's body or a title it names the country.
    ["Richardson, via USA Today, said the team would stay.", []],
    ["U.S. Steel was sold to a Japanese rival.", []],
    ["The U.S. Army and U.S. President Donald Trump spoke.", ["united-states", "united-states", "donald-trump"]],
    ["The U.S. Justice Department sued.", ["united-states"]],
    // A body named after its seat, after a room in it: the building, not the body.
    ["The spy was held in a cell beneath the Pentagon.", []],
    ["Officials at the Pentagon said the cell was closed.", ["pentagon"]],
    ["Agents of U.S. Customs and Border Protection made arrests.", ["united-states"]],
    ["Officials met in the U.S. Monday.", ["united-states"]],
    // A city's name scored in a game is its team's; the city itself stays linked.
    ["Atlanta beat Miami 5-3 on Saturday night.", []],
    ["In the NFL, Seattle lost to Atlanta 24-21.", []],
    ["Fans in Atlanta cheered the 5-3 win.", ["atlanta"]],
    // A region or a city closing a body's name is part of it, unless the body is the place's own government.
    ["She teaches physics at the University of Florida.", []],
    ["Fares fell at Royal Caribbean after the storm.", []],
    // A sentence's first word opens the longer name when it reads as no ordinary word.
    ["Union Pacific said freight volumes fell.", []],
    ["Many Caribbean nations sent aid to Florida.", ["florida"]],
    ["He flew from Mexico City to Atlanta.", ["mexico-city", "atlanta"]],
    // A firm's name opening the sentence that a country closes after "de" is the firm's; a government's still names it.
    ["Walmart de México said sales rose.", []],
    ["Walmart de México said sales rose in Mexico.", ["mexico"]],
    ["Gobierno de México said the talks would resume.", ["mexico"]],
    // A royal title with no name after it closes a ship's name: the region is no mention.
    ["Passengers aboard the Caribbean Princess were told to stay in their cabins.", []],
    ["The Caribbean Princess sailed on. Storms hit the Caribbean.", ["caribbean"]],
    // A body as a reporter's beat is no mention of it; an outlet as the reporter's employer is.
    ["He told VOA Pentagon correspondent Carla Babb that the raid was over.", []],
    ["Fox News correspondent Rich Edson said the Pentagon had not confirmed it.", ["fox-news", "pentagon"]],
    // A place after the honorific "Miss" is a pageant's title.
    ["Former Miss Mexico Andrea Meza spoke in Atlanta.", ["atlanta"]],
    ["Andrea Meza flew home to Mexico.", ["mexico"]],
  ])("%s → %j", (text, expected) => expect(registerLinks(text)).toEqual(expected));

  it("finds no place in a pageant's title nor in a firm's name opening the sentence, and keeps the person", () => {
    const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);
    expect(found("Former Miss Mexico Andrea Meza spoke on Monday.")).toEqual(["Andrea Meza"]);
    expect(found("Walmart de México said sales rose.")).toEqual([]);
  });

  it("keeps the outlet's name before a reporter's beat, without the beat", () => {
    const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);
    expect(found("He told NBC News Pentagon correspondent Courtney Kube that the raid was over.")).toEqual([
      "NBC News",
      "Courtney Kube",
    ]);
  });
});

describe("findEntities and market codes", () => {
  const names = (text: string) =>
    findEntities(articleSentences(text), matcher).found.map((f) => `${f.name} (${f.kind})`);

  it("reads no code as a name, and no name a code follows as an entity", () => {
    expect(
      names(
        "On Wall Street, the Dow Jones Industrial Average .DJI fell 0.36% and Brent LCOc1 was at $60.\n\nThe Dow Jones Industrial Average hit a record.",
      ),
    ).toEqual(["Wall Street (place)"]);
    expect(names("Three-month aluminum on the London Metal Exchange CMAL3 lost 0.06%.")).toEqual([
      "London Metal Exchange (organisation)",
    ]);
    expect(names("Shares of Acme rose 3% (NYSE: ACME) after the report.")).toEqual(["Acme (organisation)"]);
  });

  it("reads a model code that a capitalised word goes on from as a model's, its maker a name", () => {
    expect(names("TOYOTA RAV4 PRIME\n\nThe hybrid gets 40 miles on a charge, according to Toyota.")).toEqual([
      "Toyota (organisation)",
    ]);
    expect(names("Brent LCOc1 fell 2% on Monday.\n\nThe grade is priced by Brent traders.")).toEqual([]);
  });
});

describe("findEntities and a product line's name", () => {
  const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("makes no body of a product line's name before a device noun", () => {
    expect(found("She bought the Nintendo Switch pro controller.")).toEqual([]);
    expect(found("The FaceTime camera is still capped at 720p.")).toEqual([]);
  });

  it("keeps a maker's plain name before a device, and a body's name before another noun", () => {
    expect(found("She bought a Samsung phone.")).toEqual(["Samsung"]);
    expect(found("A Blorvak Industries spokesman declined to comment.")).toEqual(["Blorvak Industries"]);
  });

  it("makes no body of a product named after a company the article names alone", () => {
    expect(found("Shares of Apple rose after the update added Apple CarPlay support.")).toEqual(["Apple"]);
  });

  it("names the well-known company whose product the text names, though never the company alone", () => {
    expect(found("This year the Motorola Razr made a comeback.")).toEqual(["Motorola"]);
    expect(found("The Toyota Prius is still a bestseller.")).toEqual(["Toyota"]);
  });

  it("keeps a venue named for a company, a division, a body's name, and no device", () => {
    expect(found("They played at Nissan Stadium on Sunday.")).toEqual(["Nissan Stadium"]);
    expect(found("Sony Interactive Entertainment said so.")).toEqual(["Sony Interactive Entertainment"]);
    expect(found("The Walmart Foundation gave money.")).toEqual(["Walmart Foundation"]);
    expect(found("She bought the Nintendo Switch pro controller.")).toEqual([]);
  });

  it("keeps a body's or a branch's name; a brand-shaped product's name is no body even without the company alone", () => {
    // "CarPlay": a brand-shaped word after the maker's name names its product, never a body (names.ts `brandNamed`).
    expect(found("The update added Apple CarPlay support, the company said.")).toEqual([]);
    expect(found("Shares of Amazon rose after Amazon Web Services grew.")).toEqual(["Amazon", "Amazon Web Services"]);
    expect(found("Shares of Walmart rose after Walmart Canada reported sales.")).toEqual(["Walmart", "Walmart Canada"]);
  });
});

describe("findEntities and a state's abbreviation after its town", () => {
  const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("makes no body of a state's abbreviation after a town and a comma", () => {
    expect(found("BUFFALO, N.Y. — Hours before the game, Zach Parise spoke.")).toEqual(["Zach Parise"]);
    expect(found("He lives in Buffalo, N.Y., with his wife.")).toEqual([]);
  });

  it("keeps an initialism after a comma that is no state's ('In Boston, FBI agents met')", () => {
    expect(found("In Boston, FBI agents met.")).toContain("FBI");
  });
});

describe("findEntities and a person's surname read as a place", () => {
  const mentions = (text: string) => {
    const { mentions: all, found } = findEntities(articleSentences(text), matcher);
    const names = new Map(found.map((f) => [f.id, `${f.name} (${f.kind})`]));
    return all.map((m) => names.get(m.entityId) ?? m.entityId);
  };

  it("links the surname speaking to the person named before ('“…,” York said' after 'Kate York')", () => {
    expect(mentions("Kate York came to the project. “It’s a different muscle,” York said.")).toEqual([
      "Kate York (person)",
      "Kate York (person)",
    ]);
  });

  it("keeps the place where the word is not a speech verb's subject", () => {
    expect(mentions("Kate York spoke. She flew to York on Monday.")).toEqual(["Kate York (person)", "York (place)"]);
  });
});

describe("findEntities and a numbered list of links", () => {
  const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);
  const list = [
    "1\\) Harlan Voss – The Long Road (DVD)\\",
    "<http://shop.example/a1>\\",
    "2\\) Brindle Gaming – Word Race\\",
    "<http://shop.example/a2>\\",
    "3\\) Tamsin Rowe Collection 1-4 (Blu-Ray)",
  ].join("\n");

  it("reads no names in the items of a list whose items each go on with a link: the titles of what is sold", () => {
    expect(found(`Our picks for the sale at Zelvo are below.\n\n${list}`)).toEqual([]);
  });

  it("keeps the names of a numbered list without links, and of one item with a link", () => {
    const plain = list.replace(/<http:\/\/shop\.example\/a\d>\\/gu, "Read more.");
    expect(found(plain)).toContain("Harlan Voss");
    const one = list.replace("<http://shop.example/a2>\\", "Read more.");
    expect(found(one)).toContain("Harlan Voss");
  });
});

describe("findEntities and a name only ever used as a tool", () => {
  const foundNames = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("drops a name whose every mention is the object of a verb of using", () => {
    expect(foundNames("I measured the page using Firefox's TraceLog dumping.\n\nIt took an hour.")).not.toContain(
      "TraceLog",
    );
  });

  it("keeps it where another mention shows it acting", () => {
    const text = "I measured the page using TraceLog for an hour.\n\nLast year TraceLog hired ten engineers.";
    expect(foundNames(text)).toContain("TraceLog");
  });
});

describe("findEntities and a code's terms shaped as firms' names", () => {
  const foundNames = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

  it("drops a word shaped as a firm's name that the article only writes as a term", () => {
    const text =
      "A job that fails for good ends in a HardStop state.\n\nOwners can mark a job with a SoftStop state.\n\nEach job ends as one of Done, HardStop or SoftStop.";
    const names = foundNames(text);
    expect(names).not.toContain("HardStop");
    expect(names).not.toContain("SoftStop");
  });

  it("keeps one the article also shows acting", () => {
    const text = "The TrailPeak staff tried it.\n\nLast year TrailPeak hired ten engineers.";
    expect(foundNames(text)).toContain("TrailPeak");
  });
});

describe("sameBodyAs", () => {
  const org = (name: string) => ({ name, kind: "organisation" as const });
  const found = new Map([
    ["energy-department", org("Energy Department")],
    ["department-of-veterans-affairs", org("Department of Veterans Affairs")],
  ]);
  it("names a department again with its head and field swapped, or by its field alone", () => {
    expect(sameBodyAs("department of energy", found)).toBe("energy-department");
    expect(sameBodyAs("veterans affairs department", found)).toBe("department-of-veterans-affairs");
    expect(sameBodyAs("energy", found)).toBe("energy-department");
  });
  it("names a party by its members, and its members by the party", () => {
    const parties = new Map([
      ["democratic-party", org("Democratic Party")],
      ["republicans", org("Republicans")],
    ]);
    expect(sameBodyAs("democrats", parties)).toBe("democratic-party");
    expect(sameBodyAs("republican party", parties)).toBe("republicans");
    expect(sameBodyAs("tories", parties)).toBeUndefined();
    expect(sameBodyAs("republicans", new Map([["gop", org("GOP")]]))).toBe("gop");
  });
  it("names no other body, and neither of two it could be", () => {
    expect(sameBodyAs("department of justice", found)).toBeUndefined();
    expect(sameBodyAs("energy institute", found)).toBeUndefined();
    expect(sameBodyAs("energy", new Map(found).set("ministry-of-energy", org("Ministry of Energy")))).toBeUndefined();
    expect(
      sameBodyAs("energy", new Map([["energy-department", { name: "Energy Department", kind: "person" as const }]])),
    ).toBeUndefined();
  });
});
