import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { findEventDates } from "./absoluteDates.ts";
import nlp from "#lib/text/nlp.ts";
import {
  datelineEnd,
  dayDatelineEnd,
  hasFiniteVerb,
  isDateline,
  isFurniture,
  isFurnitureSentence,
  isGluedCaption,
  isGluedHeadline,
  isHeadlineLine,
  isListingLine,
  isPresentTenseDay,
  isProseAside,
  isOnClockLine,
  isStampDate,
  isVerblessCaption,
  isVerblessLabel,
  verbPhraseTags,
} from "./furniture.ts";

const block = (text: string) => {
  const [first] = articleSentences(text);
  if (!first) throw new Error("no block");
  return first;
};

describe("isProseAside", () => {
  it("reads a paragraph wholly in brackets as the writer's aside when it is a sentence with its verb", () => {
    expect(
      isProseAside(block("(Mayor Ruiz, it is worth recalling, promised a new bridge during the 2016 campaign.)")),
    ).toBe(true);
    expect(isProseAside(block("(The council, for its part, voted against the plan in March 2018.)"))).toBe(true);
  });

  it("leaves a credit, a short note, a caption's words and prose outside brackets alone", () => {
    expect(isProseAside(block("(AP Photo/Jane Roe, March 3, 2025)"))).toBe(false);
    expect(isProseAside(block("(Reuters)"))).toBe(false);
    expect(isProseAside(block("(Photo taken on March 3, 2025, by the city's press office.)"))).toBe(false);
    expect(isProseAside(block("Mayor Ruiz promised a new bridge (and a park) during the 2016 campaign."))).toBe(false);
  });
});

describe("isFurnitureSentence", () => {
  it("is true for a call to follow a writer or a desk on a network, or to ask them a question", () => {
    expect(isFurnitureSentence("Follow Dana Ruiz on [Twitter](http://example.com/druiz).")).toBe(true);
    expect(
      isFurnitureSentence("Please follow [Harbour Desk](http://example.com/desk) on [Twitter](http://example.com/t)."),
    ).toBe(true);
    expect(isFurnitureSentence("Ask Dana A Question >")).toBe(true);
    // Any platform ingest's follow prompts know (normalize/uiText.ts PLATFORM), not a list of its own.
    expect(isFurnitureSentence("Follow Dana Ruiz on Telegram.")).toBe(true);
    expect(isFurnitureSentence("Follow Dana Ruiz on Xbox to see her play.")).toBe(false);
    expect(
      isFurnitureSentence(
        "This service may include material from Acme Wire and QRX which is copyright and cannot be reproduced.",
      ),
    ).toBe(true);
    expect(
      isFurnitureSentence("The court ruled the song's copyright had expired, so it can be reproduced freely."),
    ).toBe(false);
    expect(isFurnitureSentence("Followers of Dana Ruiz on Twitter doubled in May.")).toBe(false);
    expect(isFurnitureSentence("Reporters asked Dana Ruiz on Monday whether she would run.")).toBe(false);
  });

  it("is true for a reference list's entry or note, and not for prose that retrieves or archives", () => {
    expect(isFurnitureSentence("Archived from the original on October 4, 2002.")).toBe(true);
    expect(isFurnitureSentence("Retrieved 1 May 2016.")).toBe(true);
    expect(isFurnitureSentence('^ Roe, Jane; John Doe (April 2, 2003). "harbour development roadmap".')).toBe(true);
    expect(isFurnitureSentence('Quist, Marta (9 April 2012). "Harbour Board Votes to Close Pier".')).toBe(true);
    expect(isFurnitureSentence("Retrieved from the river on Monday, the boat was towed to the yard.")).toBe(false);
    expect(isFurnitureSentence("Archived records from 2002 show the pier was closed twice.")).toBe(false);
    expect(isFurnitureSentence("Roe, the harbourmaster (since 2003), said the pier would close.")).toBe(false);
    expect(
      isFurnitureSentence(
        "Citation: Harbour pier to close for repairs (2021, March 3) retrieved 5 March 2021 from https://example.org/news/pier.html",
      ),
    ).toBe(true);
    expect(isFurnitureSentence("Divers retrieved 5 March 2021 from the wreck a bell cast in 1890.")).toBe(false);
  });

  it("is true for a page's mark notice, and not for a sentence that reports on a mark", () => {
    expect(isFurnitureSentence("quillo ℠ is a service mark of Jane Q. Roe.")).toBe(true);
    expect(isFurnitureSentence("Quillo® is a registered trademark of Quillo Labs Inc.")).toBe(true);
    expect(isFurnitureSentence("The court ruled on Monday that the name is a trademark of Quillo Labs.")).toBe(false);
    expect(isFurnitureSentence("The name is a trademark of Quillo Labs.")).toBe(false);
  });

  it("reads an (R) after a lawmaker's title and name as their party, elsewhere as a caption's right", () => {
    expect(isFurnitureSentence("Gov. Ana Ruiz (R) is defending the state’s new campaign.")).toBe(false);
    expect(isFurnitureSentence("Ana Ruiz (R) talks with a neighbour on Monday.")).toBe(true);
    expect(isFurnitureSentence("Sen. Ana Ruiz (L) and Sen. Tom Diaz (R) talk on Monday.")).toBe(true);
  });

  it("knows a copyright line and a wire trailer wherever they stand", () => {
    expect(
      isFurnitureSentence("© Provided by Example Media Inc The company shocked the market earlier this year."),
    ).toBe(true);
    expect(isFurnitureSentence("Reporting by Ana Castillo in Monterrey on Nov. 3; Editing by Laura Vance")).toBe(true);
    expect(isFurnitureSentence("Writing by Tom Reyes; editing by Laura Vance")).toBe(true);
    expect(isFurnitureSentence("The contents of this site are ©2024 Ledger Media Corp., a unit of Ledger Inc.")).toBe(
      true,
    );
    expect(isFurnitureSentence("The ad ran in 2019 with a © sign the agency added.")).toBe(false);
  });

  it("knows a caption's credit printed with dots for its colon", () => {
    expect(isFurnitureSentence("The mayor at City Hall last week.Credit...Jane Roe/The Ledger")).toBe(true);
    expect(isFurnitureSentence("The mayor at City Hall last week. Credit…Jane Roe for The Ledger")).toBe(true);
    expect(isFurnitureSentence("The bank gave credit... to almost everyone last week.")).toBe(false);
    expect(isFurnitureSentence("Photo courtesy of the ministry, taken Nov. 12.")).toBe(true);
    expect(isFurnitureSentence("The photo by the ministry was taken on Nov. 12.")).toBe(false);
  });

  it("knows correction and update stamps", () => {
    expect(isFurnitureSentence("Correction, March 5, 2025: An earlier version misstated the number.")).toBe(true);
    expect(isFurnitureSentence("This story was corrected on Nov. 13, 2025 to fix the name of the district.")).toBe(
      true,
    );
    expect(isFurnitureSentence("An earlier version of this article, published March 3, gave the wrong name.")).toBe(
      true,
    );
    expect(isFurnitureSentence("Originally published 2025-06-03T14:22:00Z")).toBe(true);
    expect(isFurnitureSentence("This article originally appeared on The Coastal Tribune: Co-ops sue")).toBe(true);
    // What first appeared in a year is the telling's, when it is not the page.
    expect(isFurnitureSentence("It first appeared in 2014, when Syrians gathered at the border checkpoint.")).toBe(
      false,
    );
  });

  it("knows a call to the reader", () => {
    expect(isFurnitureSentence("Join us on March 20 for a live conversation with our correspondents.")).toBe(true);
    expect(isFurnitureSentence("Sign up for our newsletter, out every Friday.")).toBe(true);
    // A membership pitch's list, whatever places it names ("news from our towns, especially Elmford").
    expect(isFurnitureSentence("Join now or renew to get: — Local news from our towns (especially Elmford)")).toBe(
      true,
    );
    expect(isFurnitureSentence("Become a member today and get our weekly letter from Marlow.")).toBe(true);
    expect(isFurnitureSentence("Joining now would hurt the team, Marlow said.")).toBe(false);
  });

  it("knows a prompt to read, listen or follow, a review stamp and a contributor's credit", () => {
    const notes = [
      "Listen to this episode, released June 2.",
      "Read the full report, published June 2, here.",
      "Follow our live coverage of the vote from June 1 here.",
      "This article was last reviewed on June 2, 2025.",
      "Jane Doe contributed reporting from Mexico City on June 2.",
      "Soldiers patrolled Culiacán on June 2, 2025, in this screenshot from a video posted on social media.",
    ];
    for (const note of notes) expect(isFurnitureSentence(note), note).toBe(true);
    const told = [
      "Officials said they would read the full report on June 2.",
      "The town contributed to the fund on June 2.",
      "In this city, the vote on June 2 drew crowds.",
      "The report was reviewed by the committee on June 2.",
    ];
    for (const sentence of told) expect(isFurnitureSentence(sentence), sentence).toBe(false);
  });

  it("knows a caption in the present tense that ends on its day", () => {
    expect(isFurnitureSentence("A soldier stands guard at a checkpoint in Culiacan on January 15, 2025.")).toBe(true);
    expect(isFurnitureSentence("Sheinbaum speaks during a news conference in Mexico City on March 3.")).toBe(true);
  });

  it("knows an embedded post's signature inside a paragraph", () => {
    expect(
      isFurnitureSentence(
        "We will not accept it pic.twitter.com/abc123 — Claudia Sheinbaum (@Claudiashein) March 3, 2025",
      ),
    ).toBe(true);
  });

  it("knows the site's own terms, a chart's source line and a picture that shows", () => {
    const notes = [
      "In addition, please read our Privacy Policy, which has also been updated and became effective May 23rd, 2018.",
      "We have updated our Terms of Service, effective June 1, 2025.",
      "Subsidence rates by borough, 2015–2024. Source: survey data",
      "This satellite image from NASA shows fires detected near Delhi on Nov. 3, 2019.",
      "She has been writing about local politics and current affairs for the Post since 2008.",
    ];
    for (const note of notes) expect(isFurnitureSentence(note), note).toBe(true);
    const told = [
      "Facebook updated its privacy policy on May 25, 2018, the company said.",
      "“We changed our privacy policy on May 25,” the company said.",
      "This picture of the economy changed in 2020, the bank said.",
      "The source: a memo dated March 3, 2025.",
      "The cartel has been fighting for the Gulf coast since 2008.",
    ];
    for (const sentence of told) expect(isFurnitureSentence(sentence), sentence).toBe(false);
  });

  it("knows a teaser label with a bar or a chevron", () => {
    expect(isFurnitureSentence("Read more | Mexico extradites 29 cartel figures (Feb. 27, 2025)")).toBe(true);
  });

  it("leaves the article's own telling alone", () => {
    expect(isFurnitureSentence("Soldiers stood guard at the checkpoint on January 15, 2025, officials said.")).toBe(
      false,
    );
    expect(isFurnitureSentence("The report was published on March 3, 2025 by the United Nations.")).toBe(false);
    expect(isFurnitureSentence("The army said it joined us in the search on Monday.")).toBe(false);
    expect(isFurnitureSentence("The Senate confirmed her on Tuesday, the agency reported.")).toBe(false);
  });
});

describe("isStampDate", () => {
  const at = (sentence: string, words: string) => isStampDate(sentence, { start: sentence.indexOf(words) });
  it("takes a copyright's year and a stamp's date, not a date the telling gives", () => {
    expect(at("©1996-2019 Ziff Davis, LLC. IGN is among the registered trademarks of IGN Inc.", "1996")).toBe(true);
    expect(at("The contents of this site are © 2019 Capitol Hill Publishing Corp.", "2019")).toBe(true);
    expect(at("Updated: March 3, 2025", "March 3")).toBe(true);
    expect(at("The law took effect in 2019, officials said.", "2019")).toBe(false);
  });

  it("takes a year after a copyright sign and its holder, and a label in lower case with its colon", () => {
    expect(at("The talks go on. © Autonomous Nonprofit Organization “TV-Novosti”, 2005–2019.", "2005")).toBe(true);
    expect(at("updated: Nov 20 2019, 15:24pm ist", "Nov 20")).toBe(true);
    expect(at("Copyright lawsuits were filed in 2019.", "2019")).toBe(false);
    expect(at("The page was updated on Nov 20 2019.", "Nov 20")).toBe(false);
    // A video's or a show's own stamp, not the broadcast a telling reports.
    expect(at("Originally aired on Nov. 17, 2019.", "Nov. 17")).toBe(true);
    expect(at("First broadcast: 17 November 2019", "17 November")).toBe(true);
    expect(at("The episode originally aired on Nov. 17, 2019.", "Nov. 17")).toBe(false);
    expect(at("Originally aired on NBC on Nov. 17, 2019, it drew 9 million viewers.", "Nov. 17")).toBe(false);
  });

  it("takes a stamp's label in lower case that opens the sentence or follows a full stop", () => {
    expect(at("Officials said the talks would go on. posted on April 21, 2015, at 11:29 a.m.", "April")).toBe(true);
    expect(at("posted April 21, 2015", "April")).toBe(true);
    expect(at("The video was posted on April 21, 2015, by the police.", "April")).toBe(false);
    // A blog's stamp with its poster: "Posted by admin on …".
    expect(at("Officials said the talks would go on. Posted by admin on April 21, 2015", "April")).toBe(true);
    expect(at("The video was posted by the police on April 21, 2015.", "April")).toBe(false);
  });

  it("takes a day with its clock time after a lower-case 'on' opening the sentence, or after ', updated'", () => {
    const stamp = "Officials said the talks would go on. on March 3, 2016 at 4:28 PM, updated March 5, 2016 at 1:59 PM";
    expect(at(stamp, "March 3")).toBe(true);
    expect(at(stamp, "March 5")).toBe(true);
    // Prose opens on a capital and tells a change with its verb; a day without a clock time is no stamp.
    expect(at("On March 3, 2016 at 4:28 PM, the alarm sounded.", "March 3")).toBe(false);
    expect(at("The rules, updated March 5, 2016, took effect.", "March 5")).toBe(false);
  });
});

describe("isPresentTenseDay", () => {
  const at = (sentence: string, words: string, iso: string, published = "2025-02-05") =>
    isPresentTenseDay(sentence, { start: sentence.indexOf(words) }, { iso, precision: "day" }, published);
  it("takes a past day a sentence tells in the present, as a caption describes its picture", () => {
    expect(at("A drone flies over the Rio Grande near the bridge on Feb. 3.", "Feb. 3", "2025-02-03")).toBe(true);
    expect(
      at(
        "Teachers hold a rally at the Statehouse in Indianapolis, Tuesday, Feb. 4, 2025, calling for pay.",
        "Tuesday",
        "2025-02-04",
      ),
    ).toBe(true);
  });

  it("leaves a day named as a possessive, which places its noun's happening, but not a caption's plain day", () => {
    const day = (sentence: string, words: string) => {
      const start = sentence.indexOf(words);
      return isPresentTenseDay(
        sentence,
        { start, end: start + words.length },
        { iso: "2025-02-04", precision: "day" },
        "2025-02-05",
      );
    };
    expect(day("Her role at Tuesday morning’s hearing is of concern to the White House.", "Tuesday morning")).toBe(
      false,
    );
    expect(day("Her role at Tuesday’s hearing is of concern to the White House.", "Tuesday’s")).toBe(false);
    expect(day("Teachers hold a rally at the Statehouse on Tuesday, calling for pay.", "on Tuesday")).toBe(true);
  });

  it("leaves the past tense, a schedule, a state since a day, a chronology's item and a day to come", () => {
    expect(at("A drone flew over the Rio Grande on Feb. 3.", "Feb. 3", "2025-02-03")).toBe(false);
    expect(at("The march on Feb. 3, 2025 drew 10,000 people.", "Feb. 3", "2025-02-03")).toBe(false);
    expect(at("The show opens to the public on Feb. 5.", "Feb. 5", "2025-02-05")).toBe(false);
    expect(at("The law, in force since Jan. 1, 2025, bans the sale.", "Jan. 1", "2025-01-01")).toBe(false);
    expect(at("Mr Obama lands in Kenya later on Feb. 5 for his first visit.", "on Feb. 5", "2025-02-05")).toBe(false);
    expect(at("Feb. 3, 2025: Voters elect 881 judges", "Feb. 3", "2025-02-03")).toBe(false);
    expect(at("The summit opens on March 3, 2025.", "March 3", "2025-03-03")).toBe(false);
    expect(at("“GET OUT and VOTE on Feb. 3 for your Governor!”", "Feb. 3", "2025-02-03")).toBe(false);
    // Without a publication date nothing says the day is past.
    expect(
      isPresentTenseDay(
        "A drone flies over the river on Feb. 3.",
        { start: 30 },
        { iso: "2025-02-03", precision: "day" },
        undefined,
      ),
    ).toBe(false);
  });
});

describe("isDateline and a time zone in lower case", () => {
  it("reads a stamp with its zone in lower case as a stamp, not a telling", () => {
    const line = "Nov 20 2019, 11:06am ist";
    expect(isDateline(line, [{ start: 0, end: 11 }])).toBe(true);
  });
});

describe("isFurniture and a credit in square brackets", () => {
  it("takes a caption ending on '[File: Reuters]' for the page's, whatever its tense", () => {
    const caption = "Roughly 13,000 US troops remain in Afghanistan, 18 years after the invasion [File: Reuters]";
    expect(isFurniture(block(caption))).toBe(true);
    expect(isFurniture(block("Troops remain in Afghanistan [a file the ministry kept] since 2001."))).toBe(false);
  });
});

describe("isFurnitureSentence and a graphic's note", () => {
  it("takes a bracketed note on a graphic for the page's, not the telling's", () => {
    expect(isFurnitureSentence("(Graphic: Global assets in 2019 - here)")).toBe(true);
    expect(isFurnitureSentence("The graphic showed assets in 2019.")).toBe(false);
  });
});

describe("dayDatelineEnd", () => {
  it("finds a dateline of the day alone, with its year and a dash", () => {
    for (const lead of ["Feb. 23, 2015 -- ", "Monday, March 3, 2025 — ", "3 March 2025 (Reuters) - "])
      expect(dayDatelineEnd(`${lead}Peanut allergies have been on the rise.`)).toBe(lead.length);
  });

  it("finds none where the day opens a clause or has no year", () => {
    expect(dayDatelineEnd("March 3, 2025 was the day the army moved in.")).toBe(0);
    expect(dayDatelineEnd("March 3 — the army moved in.")).toBe(0);
    expect(dayDatelineEnd("On March 3, 2025 — a Monday — the army moved in.")).toBe(0);
  });
});

describe("datelineEnd", () => {
  it("finds a wire dateline with or without its date and outlet", () => {
    const cases = [
      "MEXICO CITY, Jan 5 (Reuters) - ",
      "WASHINGTON, March 3, 2025 (AP) — ",
      "MONTERREY, Mexico — ",
      "Mexico City, March 3 (EFE).- ",
      "Culiacán, Sinaloa, Jan. 5, 2025 — ",
    ];
    for (const lead of cases)
      expect(datelineEnd(`${lead}The army said on Tuesday it killed 12 gunmen.`)).toBe(lead.length);
  });

  it("finds none in an ordinary sentence", () => {
    expect(datelineEnd("The army said on Jan. 5 it killed 12 gunmen.")).toBe(0);
    expect(datelineEnd("Mexico's president, Claudia Sheinbaum, said on Monday - again - that she disagreed.")).toBe(0);
    expect(datelineEnd("US officials said on Monday that talks would resume.")).toBe(0);
    expect(datelineEnd("On Monday, March 3 - a day after the vote - the army moved in.")).toBe(0);
  });
});

describe("isStampDate after a byline's name", () => {
  const at = (sentence: string, words: string) => isStampDate(sentence, { start: sentence.indexOf(words) });
  it("takes the date a byline's name sets it after, opening the sentence or glued after one", () => {
    expect(at("Officials said the talks would go on. by Ilse Brandvold December 23, 2016 at 7:18am", "December")).toBe(
      true,
    );
    expect(at("By Ilse Brandvold | May 3, 2025", "May 3")).toBe(true);
  });
  it('takes no deadline after "By", no date after an agent\'s "by" inside the telling', () => {
    expect(at("By March 3, 2025, the pier will reopen.", "March 3")).toBe(false);
    expect(at("By Monday, May 5, 2025, the pier had reopened.", "Monday")).toBe(false);
    expect(at("The bill was signed by Governor Ilse Brandvold on May 3, 2025.", "May 3")).toBe(false);
    expect(at("The bill was signed by Ilse Brandvold May 3, 2025.", "May 3")).toBe(false);
  });
});

describe("isFurnitureSentence and the page's notes on the article", () => {
  it("takes a newsletter's call, a previous version's correction and a series note", () => {
    expect(isFurnitureSentence("Join our newsletter: every Friday from March 7, 2025.")).toBe(true);
    expect(
      isFurnitureSentence("A previous version of this story misstated the date of the vote, which was March 3."),
    ).toBe(true);
    expect(isFurnitureSentence("This story is part of our series on the harbour, which began in January 2024.")).toBe(
      true,
    );
  });
  it("keeps a telling of joining, of a version and of a part", () => {
    expect(isFurnitureSentence("Join the union, the strikers urged on March 3, 2025.")).toBe(false);
    expect(isFurnitureSentence("A previous version of the bill failed in March 2024.")).toBe(false);
    expect(isFurnitureSentence("The pier is part of a port the board bought in January 2024.")).toBe(false);
  });
});

describe("isFurniture and a picture's participle", () => {
  it("takes a caption whose participle after the name says when the picture was taken", () => {
    expect(
      isFurniture(block("Brandvold, photographed in her office March 3, 2019, holds the harbour's first ledger.")),
    ).toBe(true);
    expect(isFurniture(block("The pier, pictured on May 5, 2021, after the storm."))).toBe(true);
  });
  it("keeps a telling that was photographed, without the participle set off after a name", () => {
    expect(isFurniture(block("Brandvold photographed the pier on March 3, 2019, before it collapsed."))).toBe(false);
    expect(
      isFurniture(block("The pier was photographed by inspectors on March 3, 2019, and closed a week later.")),
    ).toBe(false);
  });
});

describe("isFurniture", () => {
  it("takes a line of an issue's contents for furniture, not prose that lists with semicolons or trails off", () => {
    expect(isFurniture(block("Distributions: A look at Debian's 2015 DPL candidates; Debian, Fedora, ..."))).toBe(true);
    expect(
      isFurniture(block("Security: Toward secure package downloads; New vulnerabilities in drupal, mozilla …")),
    ).toBe(true);
    expect(isFurniture(block("In 2015 the board met twice; in March it voted to close the plant."))).toBe(false);
    expect(isFurniture(block("The mayor said in 2015: we will see; nothing is decided..."))).toBe(false);
  });

  it("takes a short paragraph that sells tickets for a promotion", () => {
    expect(isFurniture(block("The event will take place on Thursday, March 20, at 7 p.m. Tickets are free."))).toBe(
      true,
    );
  });

  it("takes a caption with its credit, a writer's bio and an issue's promotion for furniture", () => {
    const furniture = [
      "Surveillance video released by police shows a truck backing into a pharmacy on Jan. 9. (Tucson Police Department)",
      "A cyclist rides next to a blocked plant in La Paz, Bolivia, November 19, 2019. © Reuters / David Mercado",
      "Daniel Ortega covers crime and justice in central Mexico. Before that, he spent six years at a newspaper, which he left in 2022.",
      "Marisol Quintero has covered the Tijuana region for Frontera Notebook since 2019.",
      "Motor Cycle Monthly December 2019 – #162 – OUT NOW!",
    ];
    for (const text of furniture) expect(isFurniture(block(text)), text).toBe(true);
    const told = [
      "Police said the truck backed into the pharmacy on Jan. 9. It was later found abandoned.",
      "The governor covers the cost of the program, which began in 2022.",
      "Lopez, who covered crime for the paper since 2019, was killed on Monday.",
    ];
    for (const text of told) expect(isFurniture(block(text)), text).toBe(false);
  });

  it("takes a caption told in the simple present with its day for furniture", () => {
    const captions = [
      "A pedestrian walks through snow showers along a main street in Pittsburgh on November 26.",
      "A fallen tree is removed from a car in Odessa, Texas, on November 25.",
      "Travelers make their way to their cars on November 26 after arriving at the airport.",
      "A plow truck heads up a highway in Albuquerque, New Mexico, on Sunday, November 24.",
    ];
    for (const caption of captions) expect(isFurniture(block(caption)), caption).toBe(true);
  });

  it("takes a wire caption's dateline, a weekday and a full date after a place, whatever its verbs", () => {
    const captions = [
      "Teachers wearing red have carry signs as they hold rally at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019, calling for higher pay.",
      "A cyclist rides past a blocked plant in La Paz, Bolivia, Tuesday, November 19, 2019.",
      "Envoy Kurt Volker testifies before the House Intelligence Committee on Tuesday, Nov. 19, 2019 in Washington, D.C.",
    ];
    for (const caption of captions) expect(isFurniture(block(caption)), caption).toBe(true);
    const told = [
      "The attack on Tuesday, Sept. 11, 2001, killed nearly 3,000 people.",
      "Teachers rallied at the Statehouse in Indianapolis on Tuesday, Nov. 19, 2019, calling for higher pay, and the governor met them a day later.",
      "Officials in Indianapolis, Tuesday, Nov. 19, 2019, said one thing. Two days later they said another.",
    ];
    for (const sentence of told) expect(isFurniture(block(sentence)), sentence).toBe(false);
  });

  it("leaves a sentence in the past, a schedule or a present that runs on past its day", () => {
    const told = [
      "Travelers made their way to their cars on November 26 after a long delay at the airport.",
      "The trial begins on Monday, November 24, in New York.",
      "The president lands in Kenya later on Friday for his first visit since taking office.",
      "Those left out include the big winner at the Producers Guild Awards on Saturday, as well as two dramas.",
      "The governor says the roads reopen on Sunday.",
      "Both men are due in court on March 14.",
      // A schedule's participle opens the day's clause: when the thing is set to happen, not a picture's day.
      "The host has twelve guests on this winter's show, kicking off on January 5.",
      // The tagger reads "rose" as a noun and "yield" as the head; an infinitive heads no caption.
      "Benchmark 10-year notes last rose 7/32 in price to yield 1.786%, down from 1.808% late on Monday.",
    ];
    for (const sentence of told) expect(isFurniture(block(sentence)), sentence).toBe(false);
  });

  it("takes a listed item with its date in brackets at its end, and no sentence before them", () => {
    expect(isFurniture(block("Episode 12: How Mexico elects its judges (June 1, 2025)"))).toBe(true);
    expect(isFurniture(block("Mexico extradites 29 cartel figures (Feb. 27, 2025, 3 min read)"))).toBe(true);
    expect(isFurniture(block("The court's ruling (June 2, 2025) ended the case."))).toBe(false);
    expect(isFurniture(block("The senators voted on May 28 (a Wednesday)"))).toBe(false);
  });

  it("takes navigation, listing and print labels with their dates", () => {
    const labels = [
      "Archive: March 2024",
      "Filed under: Mexico, June 2025",
      "More coverage of Mexico's elections from June 2025",
      "Mexico votes: live coverage of the June 1 election",
      "Event: Border security summit, June 12, 2025, San Diego",
      "Date: June 12, 2025",
      "A version of this article appeared in print on June 4, 2025, Section A, Page 6.",
    ];
    for (const text of labels) expect(isFurniture(block(text)), text).toBe(true);
    const told = [
      "The live coverage of the June 1 vote drew record audiences, the network said.",
      "Events moved quickly after the June 2 vote, officials said.",
      "When the vote came on June 2, the opposition walked out.",
      "Episode after episode of violence followed in March 2024.",
    ];
    for (const text of told) expect(isFurniture(block(text)), text).toBe(false);
  });

  it("takes an author's bio, and leaves a sentence about a journalist's life to the prose", () => {
    const bios = [
      "Ana Ruiz joined the paper in 2019 and covers security and justice from Mexico City.",
      "Ana Ruiz has been with the newspaper since 2019.",
      "Jane Doe is a senior reporter based in Mexico City. She has covered Latin America since 2015.",
    ];
    for (const text of bios) expect(isFurniture(block(text)), text).toBe(true);
    const told = [
      "Javier Valdez was a journalist who was murdered on May 15, 2017.",
      "The agency joined the task force in 2019 and now covers the whole border.",
    ];
    for (const text of told) expect(isFurniture(block(text)), text).toBe(false);
  });

  it("does not take a sentence opening on 'By' and a month for a byline", () => {
    expect(isFurniture(block("By March 2025, the army had sent 300 more troops to Culiacan."))).toBe(false);
    expect(isFurniture(block("By Jane Doe, Reuters, January 3, 2025"))).toBe(true);
  });
});

describe("isVerblessLabel", () => {
  /** The paragraph's dates as the timeline passes them (a weekday counted by hand). */
  const label = (text: string, extraEnd?: number) =>
    isVerblessLabel(block(text), [...findEventDates(text), ...(extraEnd === undefined ? [] : [{ end: extraEnd }])]);

  it("takes a verbless caption ending on its day, or an unpunctuated headline, for a label", () => {
    const caption = "United Nations peacekeepers at a refugee camp in Sudan on Monday.";
    expect(label(caption, caption.indexOf("Monday") + "Monday".length)).toBe(true);
    expect(label("How the 1944 water treaty works")).toBe(true);
    // A gerund is no clause: a slogan, or a caption of what is being done.
    expect(label("Delivering videogame justice since 2008.")).toBe(true);
    const marching = "Protesters marching through Lima on Monday.";
    expect(label(marching, marching.indexOf("Monday") + "Monday".length)).toBe(true);
    expect(
      isVerblessLabel(block("- How the 1944 water treaty works"), findEventDates("How the 1944 water treaty works")),
    ).toBe(true);
  });

  it("leaves a sentence with a verb, or a verbless-looking one that goes on past its date, to the prose", () => {
    const told = "Peacekeepers arrived at a refugee camp in Sudan on Monday.";
    expect(label(told, told.indexOf("Monday") + "Monday".length)).toBe(false);
    expect(label("The march on March 9, 2025 drew 10,000 people.")).toBe(false);
    expect(label("Sheinbaum took office in October 2024")).toBe(false);
    expect(label("Serving the valley since 1884, the paper closed in 2019.")).toBe(false);
  });
});

describe("isGluedCaption", () => {
  /** Which sentences of the paragraph read as a glued caption. */
  const captions = (text: string) => {
    const paragraph = block(text);
    return paragraph.sentences.filter((s) => isGluedCaption(paragraph, s)).map((s) => s.text);
  };

  it("takes the sentence before a closing credit in brackets, and one with a wire caption's dateline", () => {
    expect(
      captions(
        "Officials said the talks would go on. A drone image shows a boat off Ensenada on Jan. 9. (Mexican Navy)",
      ),
    ).toEqual(["A drone image shows a boat off Ensenada on Jan. 9."]);
    expect(
      captions(
        "Officials said the talks would go on. Nurses hold a rally outside the clinic in Tijuana, Friday, March 7, 2025, calling for pay.",
      ),
    ).toEqual(["Nurses hold a rally outside the clinic in Tijuana, Friday, March 7, 2025, calling for pay."]);
  });

  it("leaves prose: a bracket with a verb, a credit not at the end, a paragraph of one, a date told with 'on'", () => {
    expect(
      captions("Officials said the talks would go on. The navy seized a boat on Jan. 9. (It was the third.)"),
    ).toEqual([]);
    expect(captions("The navy seized a boat on Jan. 9. (Mexican Navy) Officials said the talks would go on.")).toEqual(
      [],
    );
    expect(captions("Nurses hold a rally in Tijuana, Friday, March 7, 2025, calling for pay.")).toEqual([]);
    expect(
      captions("Officials said the talks would go on. Nurses held a rally in Tijuana on Friday, March 7, 2025."),
    ).toEqual([]);
  });
});

describe("isHeadlineLine", () => {
  const headline = (text: string) => isHeadlineLine(block(text));

  it("takes an unpunctuated line in a headline's present for a headline", () => {
    expect(headline("Troops arrive at the border on Monday")).toBe(true);
    expect(headline("Club signs keeper this morning for a record fee")).toBe(true);
  });

  it("leaves prose whose perfect holds a date between its have and its participle", () => {
    expect(headline("The club have this morning paid the record fee to the league for its new keeper")).toBe(false);
    expect(headline("Police have on Tuesday arrested two men near the port")).toBe(false);
    // A have that owns a noun is no perfect.
    expect(headline("Fans have their say on Monday")).toBe(true);
  });
});

describe("isGluedHeadline", () => {
  /** Whether the paragraph's last sentence is a headline glued after its prose. */
  const glued = (text: string) => {
    const paragraph = block(text);
    const last = paragraph.sentences.at(-1);
    return last !== undefined && isGluedHeadline(paragraph, last);
  };

  it("takes an unpunctuated last sentence in a headline's present, or with no verb, for a glued teaser", () => {
    expect(glued("Officials said the talks would go on. Navy takes over customs at all ports in January 2026")).toBe(
      true,
    );
    expect(glued("Officials said the talks would go on. Three things to know about the vote this spring")).toBe(true);
  });

  it("leaves prose: a punctuated last sentence, a past one that lost its full stop, a paragraph of one", () => {
    expect(glued("Officials said the talks would go on. The navy takes over customs in January 2026.")).toBe(false);
    expect(glued("Officials said the talks would go on. The navy took over customs in January 2026")).toBe(false);
    // One sentence alone is `isHeadlineLine`'s to read.
    expect(glued("Navy takes over customs at all ports in January 2026")).toBe(false);
    const paragraph = block("Navy takes over customs in 2026. Officials said the talks would go on.");
    const [first] = paragraph.sentences;
    expect(first !== undefined && isGluedHeadline(paragraph, first)).toBe(false);
  });
});

describe("isVerblessCaption", () => {
  /** Whether the sentence is a caption, with the relative date `words` (if any) as the timeline passes it. */
  const caption = (text: string, words?: string) => {
    const at = words === undefined ? -1 : text.indexOf(words);
    return isVerblessCaption(text, [...findEventDates(text), ...(at < 0 ? [] : [{ end: at + (words ?? "").length }])]);
  };

  it("takes a verbless sentence ending on its date for a caption, wherever it stands in a paragraph", () => {
    expect(caption("President Trump at the Economic Club of New York last week.", "last week")).toBe(true);
    expect(caption("Protesters in Hong Kong on Sunday. (Jane Doe/Reuters)", "Sunday")).toBe(true);
    expect(caption("Mourners outside the morgue in Irapuato, March 3, 2025.")).toBe(true);
    // A stamp's clock time and zone may follow its date.
    expect(caption("Data as of Nov 19, 2019 at 4:00 PM EST")).toBe(true);
    expect(caption("Prices as of Nov. 19, 2019, 4 p.m.")).toBe(true);
  });

  it("leaves a told sentence, one that goes on past its date, or one without a date to the prose", () => {
    expect(caption("Trump spoke at the Economic Club of New York last week.", "last week")).toBe(false);
    expect(caption("Protesters gathered in Hong Kong on Sunday.", "Sunday")).toBe(false);
    expect(caption("Since March 2020, a long wait for the families of the missing.")).toBe(false);
    expect(caption("A long wait for the families.")).toBe(false);
    expect(caption("Data as of Nov 19, 2019 at 4:00 PM EST show a drop.")).toBe(false);
    expect(caption("A vigil on Nov. 19, 2019 at 4 p.m. for the victims.")).toBe(false);
  });

  it("reads a common irregular past right after its subject as the verb, though the tagger reads a noun", () => {
    // compromise tags "rose" here as the flower.
    expect(caption("Revenue rose in the third quarter of 2018.")).toBe(false);
    expect(caption("Sales fell in 2018.")).toBe(false);
    // After a determiner or a possessive the word is a noun: still a caption.
    expect(caption("A rose garden in Kew, March 3, 2025.")).toBe(true);
    expect(caption("The mayor's rose bushes at City Hall, March 3, 2025.")).toBe(true);
  });
});

describe("hasFiniteVerb and verbPhraseTags", () => {
  const texts = [
    "Peacekeepers arrived at a refugee camp in Sudan on Monday.",
    "United Nations peacekeepers at a refugee camp in Sudan on Monday.",
    "Delivering videogame justice since 2008.",
    "Protesters marching through Lima on Monday.",
    "Rubio says talks with Mexico failed",
    "She will have been waiting, and they could not leave. Then he left.",
    "",
  ];

  it("reads each verb phrase's tags as compromise's .verbs().json() lists them", () => {
    for (const text of texts) {
      const listed = (nlp(text).verbs().json() as { terms: { tags: string[] }[] }[]).map((verb) =>
        verb.terms.map((term) => term.tags),
      );
      expect(verbPhraseTags(text).map((verb) => verb.map((tags) => [...tags]))).toEqual(listed);
    }
  });

  it("finds a clause's verb, not a gerund alone, and answers the same when asked again", () => {
    const asked = texts.map(hasFiniteVerb);
    expect(asked).toEqual([true, false, false, false, true, true, false]);
    expect(texts.map(hasFiniteVerb)).toEqual(asked);
  });

  it("answers as the verb phrases read whole do, where a verb chunk's word gives the answer early or not", () => {
    const more = [
      ...texts,
      "The injured workers at the plant in Monterrey on Monday.",
      "Wounded soldiers arriving at the hospital on March 3.",
      "Officials said the border crossing reopened on Tuesday.",
      "Help fix the roads, the mayor urged residents on Friday.",
      "The president, speaking in Lima, on Wednesday.",
      "Allow yourself a rest on Sunday.",
    ];
    const phrasesRead = (text: string) =>
      verbPhraseTags(text).some((verb) => verb.some((tags) => tags.has("Verb") && !tags.has("Gerund")));
    expect(more.map(hasFiniteVerb)).toEqual(more.map(phrasesRead));
    expect(more.map(hasFiniteVerb).slice(texts.length)).toEqual([false, false, true, true, false, true]);
  });
});

describe("isOnClockLine", () => {
  it("takes a date on a line of its own for a page clock", () => {
    const sentence = "Friday, March 29, 2024\nLatin America remains a playground for Russian intelligence";
    const spans = findEventDates(sentence);
    const [first] = spans;
    expect(first && isOnClockLine(sentence, first, spans)).toBe(true);
  });

  it("leaves a date inside a line of prose", () => {
    const sentence = "The army said troops arrived\non March 29, 2024, in Culiacan.";
    const spans = findEventDates(sentence);
    const [first] = spans;
    expect(first && isOnClockLine(sentence, first, spans)).toBe(false);
    const flat = "Troops arrived on March 29, 2024.";
    expect(isOnClockLine(flat, findEventDates(flat)[0] ?? { start: 0, end: 0 }, findEventDates(flat))).toBe(false);
  });
});

describe("isListingLine", () => {
  const at = (sentence: string, date: string) => {
    const start = sentence.indexOf(date);
    return isListingLine(sentence, { start, end: start + date.length });
  };

  it("takes a date that opens a line of a listing with no verb", () => {
    expect(at("Upcoming events\nApril 22: Town hall on trade, Laredo College", "April 22")).toBe(true);
    expect(at("May 6 — Chamber of commerce breakfast", "May 6")).toBe(true);
    expect(
      at("Thursday, Oct. 30 · 6 p.m. — Public forum on the water treaty, Ciudad Juárez", "Thursday, Oct. 30"),
    ).toBe(true);
  });

  it("leaves a chronology's line with a verb, and a date inside a line", () => {
    expect(at("June 1: Voters elect 881 judges in the first such election.", "June 1")).toBe(false);
    expect(at("The vote came on June 1: a first for the country", "June 1")).toBe(false);
  });
});

describe("a paragraph that opens by naming a picture", () => {
  it("is a caption without a verb of its own, and prose with one", () => {
    expect(isFurniture(block("A still from the 1961 TV film Harbour Lights, about a flood in a river town."))).toBe(
      true,
    );
    expect(isFurniture(block("An aerial view of the harbour after the 1987 storm."))).toBe(true);
    expect(isFurniture(block("A photo of the 1987 storm shows the harbour wall broken in two."))).toBe(false);
    expect(isFurniture(block("The view from the ridge changed after the 1987 storm."))).toBe(false);
  });
});

describe("isFurniture and “is seen as”", () => {
  it("reads “is seen as a …” as prose that regards someone, not a picture", () => {
    expect(
      isFurniture(block("The new chair is seen as a cautious pick, said Dana Ruiz, who has led the board since 2019.")),
    ).toBe(false);
    expect(isFurniture(block("The mayor is seen at the reopening of the harbour bridge."))).toBe(true);
  });
});
