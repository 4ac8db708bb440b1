import { describe, expect, it } from "vitest";
import {
  capitalisedWords,
  claimTerms,
  deedsOf,
  frameTerms,
  lemmasOf,
  lemmasOfDirect,
  nameTerms,
} from "./claimTerms.ts";

describe("claimTerms", () => {
  it("compares inflected forms and newswire synonyms as one term", () => {
    const a = "Mexico transferred 26 prisoners to the United States.";
    const b = "Authorities shipped 26 detainees wanted in the United States.";
    const ta = claimTerms(a, lemmasOf(a));
    const tb = claimTerms(b, lemmasOf(b));
    expect([...ta].filter((t) => tb.has(t))).toEqual(expect.arrayContaining(["#26", "prison", "send", "united"]));
  });

  it("shares a term between lengths of time in different units, and between jail and prison", () => {
    const a = "The charges can carry up to a year in jail.";
    const b = "The new charges carry a potential sentence of 18 months in prison.";
    const tb = claimTerms(b, lemmasOf(b));
    expect([...claimTerms(a, lemmasOf(a))].filter((t) => tb.has(t))).toEqual(
      expect.arrayContaining(["~duration", "prison", "charge"]),
    );
    expect(claimTerms("He was jailed in 2019 for a day.", new Map()).has("~duration")).toBe(true);
    expect(claimTerms("A six-month sentence was added.", new Map()).has("~duration")).toBe(false);
  });

  it("compares verbs of making something stronger as one act (reinforce, strengthen, bolster)", () => {
    const a = "Mexico agreed to deploy troops to strengthen its border.";
    const b = "Sheinbaum pledged to reinforce the border immediately.";
    const tb = claimTerms(b, lemmasOf(b));
    expect([...claimTerms(a, lemmasOf(a))].filter((t) => tb.has(t)).sort()).toEqual(["border", "streng"]);
  });

  it("compares words for what is known and passed on as one (intelligence, information, data)", () => {
    const a = "Intelligence from the flights is passed to Mexican officials.";
    const b = "Information collected is shared with Mexican authorities, and so is the data.";
    const ta = claimTerms(a, lemmasOf(a));
    const tb = claimTerms(b, lemmasOf(b));
    expect([...ta].filter((t) => tb.has(t)).sort()).toEqual(["inform", "mexica"]);
  });

  it("compares keeping something from happening as one act, and migrants with migration", () => {
    const stop = "These soldiers will stop the flow of fentanyl and illegal migrants.";
    const inCommon = (text: string) => {
      const other = claimTerms(stop, lemmasOf(stop));
      return [...claimTerms(text, lemmasOf(text))].filter((t) => other.has(t)).sort();
    };
    const curb = inCommon("The troops are a measure to curb illegal migration and the flow of fentanyl.");
    expect(curb).toEqual(["curb", "fentan", "flow", "illega", "migran", "troop"]);
    expect(inCommon("Several hundred immigrants were charged; others sought to prevent it.")).toEqual([
      "curb",
      "migran",
    ]);
  });

  it("compares an -ing word as its verb, whichever way the tagger reads it in the sentence", () => {
    const a = "Bradley will give his side of the story in a closed-door briefing to members of Congress.";
    const b = "Bradley answered questions during closed-door briefings on Thursday.";
    const tb = claimTerms(b, lemmasOf(b));
    expect([...claimTerms(a, lemmasOf(a))].filter((t) => tb.has(t)).sort()).toEqual([
      "bradle",
      "brief",
      "closed",
      "door",
    ]);
    const noun = "Officials met on Monday morning.";
    expect(claimTerms(noun, lemmasOf(noun)).has("mornin")).toBe(true);
  });

  it("drops function words and reporting verbs, keeps numbers", () => {
    const text = "He said that 10,000 troops were there.";
    expect([...claimTerms(text, lemmasOf(text))].sort()).toEqual(["#10000", "troop"]);
  });

  it("reads a large count as one term however it is written, a small count in words as none", () => {
    const count = (text: string) => [...claimTerms(text)].filter((t) => t.startsWith("#"));
    expect(count("Mexico will deploy ten thousand troops.")).toEqual(["#10000"]);
    expect(count("Mexico will deploy 10K troops.")).toEqual(expect.arrayContaining(["#10000"]));
    expect(count("Mexico will deploy 10,000 troops.")).toEqual(["#10000"]);
    expect(count("In all 1.5 million people fled.")).toEqual(expect.arrayContaining(["#1500000"]));
    expect(count("Two officials and twenty-six prisoners left.")).toEqual([]);
    expect(count("About 10,000 troops and hundreds of police were sent.")).toEqual(["#10000"]);
    expect(count("Some 1.5 million people fled.")).toEqual(["#1.5"]);
  });

  it("reads a day of a month as one term however it is written, and its day as no count", () => {
    const days = (text: string) => [...claimTerms(text)].filter((t) => t.startsWith("~day:") || t.startsWith("#"));
    expect(days("The strike on Sept. 2 left two survivors.")).toEqual(["~day:9-2"]);
    expect(days("The September 2 strike left survivors.")).toEqual(["~day:9-2"]);
    expect(days("On 2 September 2025 a boat was hit.")).toEqual(["~day:9-2", "#2025"]);
    expect(days("The Post reported on Nov. 28th.")).toEqual(["~day:11-28"]);
    // Not a day: a month with its year, a count near a month, a lowercase "may".
    expect(days("In May 2025 the boats left.")).toEqual(["#2025"]);
    expect(days("Prices rose 2 percent in March.")).toEqual(["#2"]);
    expect(days("They may 2 boats send.")).toEqual(["#2"]);
    expect(days("In March, 2 boats left.")).toEqual(["#2"]);
  });

  it("reads a clock time as the part of the day it falls in, and its hour as no count", () => {
    const a = "The mayor will talk with the port's owners at 3 p.m. ET.";
    const b = "Another call with the owners is planned for later in the afternoon.";
    const tb = claimTerms(b, lemmasOf(b));
    expect([...claimTerms(a, lemmasOf(a))].filter((t) => tb.has(t))).toEqual(
      expect.arrayContaining(["call", "aftern"]),
    );
    expect([...claimTerms(a)].some((t) => t.startsWith("#"))).toBe(false);
    const part = (text: string) =>
      [...claimTerms(text)].filter((t) => ["mornin", "aftern", "evenin", "night"].includes(t));
    expect(part("The ferry left at 9:30 a.m.")).toEqual(["mornin"]);
    expect(part("The ferry left at 12pm.")).toEqual(["aftern"]);
    expect(part("The ferry left at noon.")).toEqual(["aftern"]);
    expect(part("The ferry left at 7 PM.")).toEqual(["evenin"]);
    expect(part("The ferry left at 11 p.m.")).toEqual(["night"]);
    expect(part("The ferry left at midnight.")).toEqual(["night"]);
    // Not a time: a count before "am" the verb, or before a word that opens with m.
    expect(part("At 3 am I the only one?")).toEqual([]);
    expect(part("The ferry carried 3 miles of cable.")).toEqual([]);
  });

  it("reads a dollar amount and a share as the words for them", () => {
    const terms = (text: string) => [...claimTerms(text, lemmasOf(text))].sort();
    expect(terms("The port got $1.5 billion in aid.")).toEqual(terms("The port got 1.5 billion dollars in aid."));
    expect(terms("The port got US$1.5bn in aid.")).toEqual(terms("The port got 1.5 billion dollars in aid."));
    expect(terms("The port got $1.5 billion in aid.")).toContain("#1500000000");
    expect(terms("A $300m loan was signed.")).toEqual(terms("A 300 million dollars loan was signed."));
    expect(terms("A 25% levy was set.")).toEqual(terms("A 25 per cent levy was set."));
    expect(terms("A 25% levy was set.")).toEqual(terms("A 25 percent levy was set."));
    // A share in words before "of" is the share in digits; an ordinal ("a third transfer") is not.
    expect(terms("Half of the pilots quit.")).toEqual(terms("50% of the pilots quit."));
    expect(terms("Three-quarters of the pilots quit.")).toEqual(terms("75 percent of the pilots quit."));
    expect(terms("A third of the pilots quit.")).toEqual(terms("33 per cent of the pilots quit."));
    expect(terms("It was a third transfer.")).not.toContain("percen");
    // A part of a counted whole from 100 up is a count of its own: "two-thirds of the 300" is 200.
    expect(terms("Two-thirds of the 300 nurses struck.")).toEqual(expect.arrayContaining(["#200", "#300", "percen"]));
    // A scale letter is one only after an amount: "$20 more" keeps its word.
    expect(terms("It costs $20 monthly.")).toEqual(expect.arrayContaining(["#20", "dollar", "monthl"]));
    expect(terms("It costs $20 monthly.")).not.toContain("millio");
  });

  it("reads a British spelling as the American where six letters do not join them", () => {
    const a = "The defence ministry's labour centre honoured the harbours.";
    const b = "The defense ministry's labor center honored the harbors.";
    expect([...claimTerms(a, lemmasOf(a))]).toEqual([...claimTerms(b, lemmasOf(b))]);
  });

  it('reads a word made on "counter" by its stem, with or without a hyphen', () => {
    const terms = (s: string) => [...claimTerms(s, lemmasOf(s))];
    // Cut to six letters these were all `counte`, one term for terrorism, narcotics and spies.
    expect(terms("Counterterrorism units met counternarcotics teams and counterintelligence staff.")).toEqual(
      expect.arrayContaining(["counterterror", "counternarcot", "counterintell"]),
    );
    expect(terms("The unit studied counter-terrorism.")).toContain("counterterror");
    expect(terms("Counterterrorist squads were trained.")).toContain("counterterror");
    // The verb alone, and a word of fewer than four letters after the prefix, keep six letters.
    expect(terms("The ministry countered the claims.")).toContain("counte");
    expect(terms("The ministry countered the claims.")).not.toContain("counterterror");
  });

  it("compares acting against a foe or a harm as one act (combat, fight, dismantle, tackle, battle)", () => {
    const combat = "The ministry plans to combat the gangs.";
    const other = claimTerms(combat, lemmasOf(combat));
    const inCommon = (text: string) => [...claimTerms(text, lemmasOf(text))].filter((t) => other.has(t)).sort();
    expect(inCommon("Police are fighting the gangs.")).toEqual(["combat", "gang"]);
    expect(inCommon("The agency is dismantling gang networks.")).toEqual(["combat", "gang"]);
    expect(inCommon("Officers tackled the gangs and battled smugglers.")).toEqual(["combat", "gang"]);
    expect(inCommon("Officers combined the gangs' files.")).toEqual(["gang"]);
  });

  it("reads an acronym written with dots as the one without", () => {
    const dotted = "The C.I.A. shares what the flights collect with U.S. officials.";
    const plain = "The CIA shares what the flights collect.";
    const tb = claimTerms(plain, lemmasOf(plain));
    expect([...claimTerms(dotted, lemmasOf(dotted))].filter((t) => tb.has(t))).toContain("cia");
    expect(nameTerms(dotted, lemmasOf(dotted)).has("cia")).toBe(true);
  });
});

describe("nameTerms", () => {
  it("reads a sentence's first word as a name only when the article capitalises it elsewhere", () => {
    const first = "President Claudia Sheinbaum spoke about the bridge.";
    const other = "The visit of President Claudia Sheinbaum was short.";
    const capitalised = capitalisedWords([first, other]);
    expect([...nameTerms(first, new Map(), capitalised)].sort()).toEqual(["claudi", "presid", "sheinb"]);
    const plain = "Bridges were closed for repairs in Monterrey.";
    expect([...nameTerms(plain, new Map(), capitalisedWords([plain]))]).toEqual(["monter"]);
  });
});

describe("lemmasOf", () => {
  // Texts of different shapes: quotations that run over lines (compromise joins them into one
  // sentence), abbreviations, contractions, possessives, hyphens, accents, capitals, lists,
  // numbers; and the same sentences again in other company, so the table's entries are reused.
  const texts = [
    "Mexico transferred 26 prisoners to the United States.\nThe U.S. Justice Dept. said it's reviewing the cases.",
    "“We will not accept it.\nWe never have,” Sheinbaum said.\nTrump's officials didn't reply.",
    "THE CARTELS ARE DESIGNATED AS TERRORIST ORGANIZATIONS.\nDrones were flying higher and faster than before.",
    "Officials are considering a designation; the president signed an order.\nGen. Trevilla’s troops — some 10,000 — were deployed.",
    "Well-known cross-border strikes (reported by wire services) increased quickly.\nSeñor López Obrador outright denied the claims.",
    "Mexico transferred 26 prisoners to the United States.\nThey were sent on Tuesday, officials said.",
    "“We will not accept it.\nWe never have,” Sheinbaum said.\nThe surveillance flights began in 2024.",
    "Key points\n- troops deployed\n- talks paused until March 3\nMore reporting followed.",
  ];

  it("gives each text the lemmas one compromise pass over it gives", () => {
    for (const text of texts) expect(new Map(lemmasOf(text))).toEqual(new Map(lemmasOfDirect(text)));
  });

  it("reads a word's first lemma in the text, also when a sentence came from the table", () => {
    const lemmas = lemmasOf("They were sent on Tuesday, officials said.\nThe sent items arrived.");
    expect(lemmas.get("sent")).toBe("send");
    expect(lemmas.get("said")).toBe(lemmasOfDirect("officials said.").get("said"));
  });
});

describe("deedsOf: who did what", () => {
  it("pairs a name with the verb right after it, auxiliaries and adverbs aside, through the class table", () => {
    const acts = (s: string) => [...deedsOf(s, lemmasOf(s), new Set(["bradley"])).acts];
    expect(acts("The United States has significantly increased its patrols.")).toEqual(["united>increa"]);
    expect(acts("The United States intensified its patrols.")).toEqual(["united>increa"]);
    expect(acts("Bradley ordered a second strike.")).toEqual(["bradle>order"]);
    expect(acts("According to officials, Bradley ordered a second strike.")).toEqual(["bradle>order"]);
  });

  it("reads a light verb's act in its noun, and reaches past an apposition from a clause that is only the name", () => {
    const acts = (s: string) => [...deedsOf(s, lemmasOf(s), new Set(["bradley", "sheinbaum"])).acts];
    expect(acts("Bradley gave the final order for a second strike.")).toEqual(["bradle>order"]);
    expect(acts("Adm. Frank Bradley, the head of the command, gave the final order.")).toEqual(["bradle>order"]);
    expect(acts("Sheinbaum, the president, ordered a review.")).toEqual(["sheinb>order"]);
  });

  it("makes no pair of a speech verb, a clause between name and verb that is no apposition, or a name that opens a sentence unless it is one elsewhere", () => {
    const acts = (s: string) => [...deedsOf(s, lemmasOf(s), new Set(["sheinbaum"])).acts];
    expect(acts("Sheinbaum announced a review.")).toEqual([]);
    expect(acts("Sheinbaum, who spoke on Monday, ordered a review.")).toEqual([]);
    expect(acts("In Mexico, the troops, deployed at dawn, ordered a review.")).toEqual([]);
    expect(acts("Sheinbaum gave a statement on the review.")).toEqual([]);
    expect(acts("Reporters ordered a review.")).toEqual([]);
    expect(acts("Sheinbaum ordered a review.")).toEqual(["sheinb>order"]);
  });
});

describe("deedsOf: what was done to what", () => {
  const things = (s: string) => [...deedsOf(s, lemmasOf(s)).things];
  it("pairs a verb of the class table with the head of its object, or of its subject in the passive", () => {
    expect(things("Trump has paused tariffs on Mexico.")).toEqual(["pause~tariff"]);
    expect(things("The mayor paused harbour fees on the port.")).toEqual(["pause~fee"]);
    expect(things("U.S. tariffs on Mexico have been temporarily suspended for one month.")).toEqual(["pause~tariff"]);
    expect(things("Trump agreed to pause the implementation of tariffs.")).toEqual(["pause~implem", "pause~tariff"]);
    // Whom an act is done with, a noun or a verb of the table: the name right after "with".
    expect(things("Before a scheduled call with Prime Minister Ines Varga, the mayor left.")).toEqual(["call~varga"]);
    expect(things("The mayor is expected to discuss the levy with Ines Varga at noon.")).toContain("call~varga");
    // No partner when "with" is not followed by a name, or comes too late.
    expect(things("The mayor will discuss the levy with harbour officials.")).toEqual(["call~levy"]);
    expect(things("The mayor will discuss the new harbour levy and the fees with Ines Varga.")).toEqual([]);
    // An irregular past tense is a verb too.
    expect(things("Mexico sent 26 prisoners to the United States.")).toEqual(["send~prison"]);
    expect(things("Around 30 inmates were sent north.")).toEqual(["send~prison"]);
    // Deploying troops is sending them, though "deploy" is no term of the send class.
    expect(things("Mexico deployed 10,000 troops to the border.")).toEqual(["send~troop"]);
    expect(things("Mexico agreed to deploy 10,000 soldiers.")).toEqual(["send~troop"]);
    expect(things("Mexico sent 10,000 soldiers to the border.")).toEqual(["send~troop"]);
    // The object's head stops before a preposition: the act is done to the gangs, not "within".
    expect(things("The ministry plans to combat gangs within the province.")).toEqual(["combat~gang"]);
  });

  it("makes none of a verb outside the class table, a noun of the table, or a verb without an object", () => {
    expect(things("The mayor praised harbour fees.")).toEqual([]);
    expect(things("The pause on tariffs ended.")).toEqual([]);
    expect(things("The deployment of troops ended.")).toEqual([]);
    expect(things("Smuggling increased as night patrols thinned.")).toEqual([]);
    expect(things("Smuggling intensified despite night patrols.")).toEqual([]);
  });
});

describe("deedsOf", () => {
  it("reads every fact of a sentence of several, in both passes", () => {
    const capitalised = new Set(["bradley", "sheinbaum"]);
    const deeds = (s: string) => {
      const { acts, things } = deedsOf(s, lemmasOf(s), capitalised);
      return [[...acts], [...things]];
    };
    expect(deeds("Bradley ordered a second strike, and Trump agreed to pause the implementation of tariffs.")).toEqual([
      ["bradle>order", "trump>agree"],
      ["pause~implem", "pause~tariff"],
    ]);
    expect(
      deeds("The United States has significantly increased its patrols; tariffs on Mexico have been suspended."),
    ).toEqual([["united>increa"], ["increa~patrol", "pause~tariff"]]);
    expect(deeds("Sheinbaum ordered a review as patrols thinned.")).toEqual([["sheinb>order"], []]);
  });
});

describe("frameTerms", () => {
  it("reads the opening clause of contrast up to its first comma, less what the rest repeats", () => {
    expect([...frameTerms("Despite the temporary pause on tariffs, levies on imports remain in effect.")]).toEqual([
      "tempor",
      "pause",
      "tariff",
    ]);
    expect([...frameTerms("While the pause holds, the pause on tariffs is reviewed.")]).toEqual(["hold"]);
  });

  it("is empty for a sentence that opens with its own report", () => {
    expect(frameTerms("Levies on imports remain in effect, despite the pause.").size).toBe(0);
  });
});
