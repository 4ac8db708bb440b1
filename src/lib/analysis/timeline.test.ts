import { describe, expect, it } from "vitest";
import { articleSentences, articleText, frontBlocks } from "#lib/text/sentences.ts";
import { findEventDates } from "#lib/dates/absoluteDates.ts";
import { findArticleEvents, findEvents, sortEvents, type TimelineEvent } from "./timeline.ts";
import { articleFor, loadCorpus } from "./test-support/corpus.ts";

const corpus = loadCorpus();
const eventsOf = (prefix: string) => {
  const article = articleFor(corpus, prefix);
  return findEvents(article.slug, articleSentences(article.body));
};
const dates = (text: string) => findEventDates(text).map((f) => [f.date.iso, f.date.precision, f.date.label]);

describe("findEventDates", () => {
  it("reads full dates, month+year, mid-month, ranges and years in context", () => {
    expect(dates("On September 3, 2025, and 07 September 2025 and Sep 08, 2025.")).toEqual([
      ["2025-09-03", "day", "September 3, 2025"],
      ["2025-09-07", "day", "07 September 2025"],
      ["2025-09-08", "day", "Sep 08, 2025"],
    ]);
    expect(dates("In mid-August 2025 and in January 2021.")).toEqual([
      ["2025-08", "month", "mid-August 2025"],
      ["2021-01", "month", "January 2021"],
    ]);
    expect(dates("President López Obrador (2018-2024) acted. In 2019 and the 2019 amendment.")).toEqual([
      ["2018", "range", "2018-2024"],
      ["2019", "year", "2019"],
      ["2019", "year", "2019"],
    ]);
  });

  it("reads the year a plan sets with 'as soon as', not a horizon", () => {
    expect(dates("The mission will take a closer look as soon as 2023, and run through 2028.")).toEqual([
      ["2023", "year", "2023"],
    ]);
  });

  it("reads the year a thing happened, stressed as recent or early ('as recently as')", () => {
    expect(dates("The fault was found as recently as 2009; ships sailed there as far back as 1850s trade.")).toEqual([
      ["2009", "year", "2009"],
    ]);
    expect(dates("Such chips were sold as late as 2016.")).toEqual([["2016", "year", "2016"]]);
  });

  it("reads the earliest year something is to happen ('until at least'), not a span's end", () => {
    expect(dates("They do not expect to act until at least 2021, and the law stays in force until 2027.")).toEqual([
      ["2021", "year", "2021"],
    ]);
  });

  it("reads ordinal days, year spans in words and a year a thing is named by", () => {
    expect(dates("The attack took place on March 3rd, 2025, and the 5th of March 2025.")).toEqual([
      ["2025-03-03", "day", "March 3rd, 2025"],
      ["2025-03-05", "day", "5th of March 2025"],
    ]);
    expect(dates("Held from 2006 to 2012, paid between 2016 and 2019.")).toEqual([
      ["2006", "range", "from 2006 to 2012"],
      ["2016", "range", "between 2016 and 2019"],
    ]);
    expect(dates("A 2019 law changed Mexico’s 2024 election.")).toEqual([
      ["2019", "year", "2019"],
      ["2024", "year", "2024"],
    ]);
    expect(dates("Consider this 2014 entry, and its planned 2024 moon shot.")).toEqual([
      ["2014", "year", "2014"],
      ["2024", "year", "2024"],
    ]);
    // A span of days by its first day; a season by its year.
    expect(dates("Held March 3-5, 2024 and 3–5 March 2024, talks resumed in spring 2025.")).toEqual([
      ["2024-03-03", "day", "March 3-5, 2024"],
      ["2024-03-03", "day", "3–5 March 2024"],
      ["2025", "year", "spring 2025"],
    ]);
    // No such span: days out of order or not in the month.
    expect(dates("Held March 5-3, 2024 or March 31-33, 2024.")).toEqual([]);
    // A count after a participle is no year.
    expect(dates("An estimated 2000 people and an unexpected 1999 votes.")).toEqual([]);
  });

  it("leaves out horizons, impossible days and bare numbers", () => {
    expect(dates("Upheld through 2028, on February 30, 2025, with 2025 agents.")).toEqual([]);
  });

  it("reads an older year only where it cannot be a count", () => {
    expect(dates("More than 5,000 were recorded since 1840, and 300 a year.")).toEqual([["1840", "year", "1840"]]);
    expect(dates("Found in 1500 homes and in 1650 cases.")).toEqual([]);
  });

  it("carries a year's preposition to the years joined to it, not to a count after it", () => {
    expect(dates("Protests were held in 2019 and 2020.")).toEqual([
      ["2019", "year", "2019"],
      ["2020", "year", "2020"],
    ]);
    expect(dates("They met in 2015, 2016 and 2018.").map(([iso]) => iso)).toEqual(["2015", "2016", "2018"]);
    expect(dates("In 2019, 2000 people died.")).toEqual([["2019", "year", "2019"]]);
    expect(dates("In 2019 and 2000 homes.")).toEqual([["2019", "year", "2019"]]);
  });
});

describe("findEvents", () => {
  it("dates article 002's events, resolving 'the day after the strike'", () => {
    const events = eventsOf("002");
    const byLabel = (label: string) => events.find((e) => e.date.label === label) as TimelineEvent;
    expect(byLabel("September 3, 2025").sentence).toMatch(/sinking an alleged drug-carrying boat/u);
    const dayAfter = byLabel("The day after the strike");
    expect(dayAfter.date).toMatchObject({ iso: "2025-09-04", precision: "day" });
    expect(dayAfter.derived).toBe(true);
    expect(dayAfter.derivedFrom).toBe(byLabel("September 3, 2025").anchor);
    expect(byLabel("mid-August 2025").date).toEqual({ iso: "2025-08", precision: "month", label: "mid-August 2025" });
    expect(byLabel("2018-2024").date).toMatchObject({ iso: "2018", end: "2024", precision: "range" });
    expect(byLabel("September 4, 2025").sentence).toMatch(/Hyundai facility in Atlanta/u);
    // The dateline (publication date) is not an event.
    expect(events.some((e) => e.date.iso === "2025-09-07" || e.date.iso === "2025-09-08")).toBe(false);
  });

  it("reads 000's years and its 'later that year'", () => {
    const events = eventsOf("000");
    expect(events.map((e) => [e.date.iso, e.derived ?? false])).toEqual([
      ["2022", false],
      ["2023", false],
      ["2023", true],
    ]);
  });

  it("reads 004's years and month and ignores its byline date", () => {
    expect(eventsOf("004").map((e) => e.date.iso)).toEqual(["2019", "2021-01", "2023"]);
  });

  it("reads 'that year' against the paragraph's last dated sentence, where that sentence names one year", () => {
    const read = (text: string) =>
      findEvents("t", articleSentences(text)).map((e) => [e.date.iso, e.date.precision, e.derived ?? false]);
    expect(read("But by 1995, the office was in turmoil. In October of that year, the network hired a firm.")).toEqual([
      ["1995", "year", false],
      ["1995-10", "month", true],
    ]);
    expect(
      read("Even in 1976, the shelters were forgotten. A reporter surveying them that year described them."),
    ).toEqual([
      ["1976", "year", false],
      ["1976", "year", true],
    ]);
    // Not: a sentence of two years points back to neither, and a year told in another paragraph is not "that year".
    expect(read("The plant opened in 1990 and closed in 1995. That year, the town lost 300 jobs.")).toEqual([
      ["1990", "year", false],
      ["1995", "year", false],
    ]);
    expect(read("The mill closed in 1981.\n\nThat year, the town lost 300 jobs.")).toEqual([["1981", "year", false]]);
  });

  it("dates an opening 'Today' of a foreseen act from publication, and not in a quotation spoken another year", () => {
    const read = (text: string) =>
      findEvents("t", articleSentences(text), { published: "2016-09-30" }).map((e) => [e.date.iso, e.date.label]);
    expect(read("Today, the agency's probe will engage its thrusters for a final maneuver.")).toEqual([
      ["2016-09-30", "Today"],
    ]);
    expect(read('"Today, we will vote to repeal the law," the senator said in 2009.')).toEqual([["2009", "2009"]]);
  });

  it("lists a span of days as its first and its last day, read alike, and a lone day once", () => {
    const read = (text: string) =>
      findEvents("t", articleSentences(text), { published: "2019-10-09" }).map((e) => [e.date.iso, e.derived ?? false]);
    expect(read("The visit is expected to take place between October 11 and 13.")).toEqual([
      ["2019-10-11", true],
      ["2019-10-13", true],
    ]);
    // A span over the new year ends in the next year.
    const december = (text: string) =>
      findEvents("t", articleSentences(text), { published: "2019-12-20" }).map((e) => e.date.iso);
    expect(december("From December 23 through January 5 the shop stays open.")).toEqual(["2019-12-23", "2020-01-05"]);
    // Not: a span written with a dash, dated by its first day, or a day followed by "and" and a count.
    expect(read("The summit ran Oct. 1-3, 2019, in Chennai.")).toEqual([["2019-10-01", false]]);
    expect(read("On Oct. 3 and 19 people were hurt.")).toEqual([["2019-10-03", true]]);
  });

  it("dates a weekday beside a count of days by the count, where the two agree, never from publication", () => {
    // 2019-10-06 is a Sunday; published Wednesday 2019-11-20.
    const read = (text: string) =>
      findEvents("t", articleSentences(text), { published: "2019-11-20" }).map((e) => [e.date.iso, e.date.label]);
    expect(read("The plant closed on Oct. 6. Two days later, on Tuesday, workers returned.")).toEqual([
      ["2019-10-06", "Oct. 6"],
      ["2019-10-08", "Two days later"],
    ]);
    expect(read("The plant closed on Oct. 6. The next day, Monday, the union met.")).toEqual([
      ["2019-10-06", "Oct. 6"],
      ["2019-10-07", "The next day"],
    ]);
    // A weekday the count contradicts dates nothing; a weekday without a count is still the publication's.
    expect(read("The plant closed on Oct. 6. Two days later, on Friday, workers returned.")).toEqual([
      ["2019-10-06", "Oct. 6"],
    ]);
    expect(read("The plant closed on Oct. 6. On Tuesday, workers returned.")).toEqual([
      ["2019-10-06", "Oct. 6"],
      ["2019-11-19", "On Tuesday"],
    ]);
  });

  it("counts months from the month last told, and years from the one year told earlier in the sentence", () => {
    const read = (text: string) =>
      findEvents("t", articleSentences(text), { published: "2019-11-20" }).map((e) => [e.date.iso, e.date.label]);
    expect(read("By March 2004, the shop had moved to a loft. Five months later, it outgrew the loft.")).toEqual([
      ["2004-03", "March 2004"],
      ["2004-08", "Five months later"],
    ]);
    expect(read("In 2011 the club opened a page and a year later started a forum.")).toEqual([
      ["2011", "2011"],
      ["2012", "a year later"],
    ]);
    // Not: a count after two years, or with another date after it.
    expect(read("In 2011 and 2013 the club opened pages and a year later started a forum.")).toEqual([
      ["2011", "2011"],
      ["2013", "2013"],
    ]);
    expect(read("In 2011 the club opened a page and a year later, in 2013, started a forum.")).toEqual([
      ["2011", "2011"],
      ["2013", "2013"],
    ]);
  });

  it("reads an earlier month told in the past perfect in the year of the moment the telling stands at", () => {
    const read = (text: string) =>
      findEvents("t", articleSentences(text), { published: "2019-11-20" }).map((e) => [e.date.iso, e.date.label]);
    expect(read("In July 2004, the founder fired the managers.\n\nIn March, the adviser had become chairman.")).toEqual(
      [
        ["2004-07", "July 2004"],
        ["2004-03", "In March"],
      ],
    );
    // In the simple past, the earlier month may be the next year's: left out.
    expect(read("In July 2004, the founder fired the managers.\n\nIn March, the adviser became chairman.")).toEqual([
      ["2004-07", "July 2004"],
    ]);
  });

  it("leaves unresolvable relative dates out", () => {
    const events = findEvents(
      "t",
      articleSentences("The day after the strike, talks began. Later that year, nothing."),
    );
    expect(events).toEqual([]);
  });

  it("counts days after a happening named by its noun from the day told of it, stated or read on publication", () => {
    const told = (text: string) =>
      findEvents("t", articleSentences(text), { published: "2016-09-02" }).map((e) => [e.date.iso, e.date.label]);
    expect(
      told(
        "The union filed its lawsuit on July 6.\n\nThree days after Moreno’s suit was filed, a paper ran more accounts.",
      ),
    ).toEqual([
      ["2016-07-06", "July 6"],
      ["2016-07-09", "Three days after Moreno’s suit"],
    ]);
    expect(told("Troops made the crossing on 3 March 2020. A week after the crossing, talks began.")).toEqual([
      ["2020-03-03", "3 March 2020"],
      ["2020-03-10", "A week after the crossing"],
    ]);
    // A loose count, or a noun no dated sentence told of, fixes no day.
    expect(told("Troops crossed the border on 3 March 2020. Some days after the crossing, talks began.")).toEqual([
      ["2020-03-03", "3 March 2020"],
    ]);
    expect(
      told("The Rangers shelled the port on 3 March 2020.\n\nThe crash came a day after the Rangers left the port."),
    ).toEqual([["2020-03-03", "3 March 2020"]]);
    expect(told("Troops crossed the border on 3 March 2020. Two days after the election, talks began.")).toEqual([
      ["2020-03-03", "3 March 2020"],
    ]);
  });

  it("sorts a corpus timeline chronologically", () => {
    const all = sortEvents(corpus.flatMap((a) => findEvents(a.slug, articleSentences(a.body))));
    const isos = all.map((e) => e.date.iso);
    expect(isos).toEqual([...isos].sort());
    for (const e of all) expect(e.anchor).toMatch(/^s-[0-9a-f]{8}/u);
  });
});

describe("findArticleEvents", () => {
  it("adds a date only the standfirst states, anchored to it, and lists a shared date once", () => {
    const body = articleSentences("The inquest opened on 12 April.\n\nShe died on 12 April.");
    const front = frontBlocks("The inquest was adjourned until July, after opening on 12 April.", []);
    const found = findArticleEvents("t", front, body, { published: "2015-04-21" });
    expect(found.map((e) => [e.date.iso, e.anchor === front[0]?.sentences[0]?.anchor])).toEqual([
      ["2015-07", true],
      ["2015-04-12", false],
      ["2015-04-12", false],
    ]);
  });
});

describe("findEvents against the publication date", () => {
  const events = (markdown: string, published?: string) =>
    findEvents("t", articleSentences(markdown), { published }).map((e) => [
      e.date.iso,
      e.date.precision,
      e.derived ?? false,
      e.relativeTo ?? "",
    ]);

  it("reads a paragraph of Chinese ending on its full stop as prose, not a label", () => {
    expect(events("1985年，研究人员开展了一项研究。", "2019-12-01")).toEqual([["1985", "year", false, ""]]);
  });

  it("takes no event from a dateline of the day alone that opens the first paragraph, and keeps a chronology's", () => {
    const lede = "Feb. 23, 2015 -- Peanut allergies have been on the rise since 2009.\n\nDoctors were surprised.";
    expect(events(lede, "2015-02-23")).toEqual([["2009", "year", false, ""]]);
    const chronology = "Doctors were surprised.\n\nMarch 3, 2014 -- The first trial began.";
    expect(events(chronology, "2015-02-23")).toEqual([["2014-03-03", "day", false, ""]]);
  });

  it("resolves relative dates, marked derived, only when the article has a date", () => {
    const text = "Mexico sent 26 prisoners to the United States on Tuesday.\n\nIn 2019 it sent none.";
    expect(events(text, "2025-08-12")).toEqual([
      ["2025-08-12", "day", true, "published"],
      ["2019", "year", false, ""],
    ]);
    expect(events(text)).toEqual([["2019", "year", false, ""]]);
  });

  it("lists a sentence's day once where it names it twice, and each of its days once (synthetic)", () => {
    const text = "The club paid the fee this morning and sent the papers to the league this morning.";
    expect(events(text, "2025-08-12")).toEqual([["2025-08-12", "day", true, "published"]]);
    expect(events("The keeper flew in yesterday and signs later today.", "2025-08-12")).toEqual([
      ["2025-08-11", "day", true, "published"],
      ["2025-08-12", "day", true, "published"],
    ]);
  });

  it("places a count of years after a clause in the present beside a finer date of another happening", () => {
    const text =
      "Roughly 13,000 US troops remain, 18 years after Washington invaded in the wake of the September 11, 2001 attacks.";
    expect(events(text, "2019-11-20")).toEqual([
      ["2001-09-11", "day", false, ""],
      ["2001", "year", true, "published"],
    ]);
  });

  it("places a month of a thing named by its year in that year, and the year no more", () => {
    const text = "It came as legislators gather ahead of their 2020 session that starts in early January.";
    expect(events(text, "2019-11-19")).toEqual([["2020-01", "month", true, "published"]]);
  });

  it("leaves a quotation's relative date unresolved where the paragraph tells of another year", () => {
    // It counts from when the speaker spoke, and the text says that was not now.
    expect(events("“Last month they attacked us,” he said in a 2019 interview.", "2025-03-05")).toEqual([
      ["2019", "year", false, ""],
    ]);
    expect(events("In 2019, he told a reporter: “Last month they attacked us.”", "2025-03-05")).toEqual([
      ["2019", "year", false, ""],
    ]);
    expect(events("“Last year we lost everything,” she said.", "2025-03-05")).toEqual([
      ["2024", "year", true, "published"],
    ]);
    // The narration's own relative date still counts from the publication.
    expect(events("Soldiers arrived on Tuesday, “ready to stay,” she said.", "2025-03-05")).toEqual([
      ["2025-03-04", "day", true, "published"],
    ]);
  });

  it("leaves a relative date told inside what was said at another time unresolved", () => {
    // "next year" counts from the announcement a year ago, not from the publication.
    const text = "A year ago, NASA announced that nine companies could land cargo on the moon as early as next year.";
    expect(events(text, "2019-11-18")).toEqual([["2018", "year", true, "published"]]);
    expect(events("In 2018, the company said it would open a plant next year.", "2019-11-18")).toEqual([
      ["2018", "year", false, ""],
    ]);
    // Said this month: counting from the saying or from the publication gives the same month.
    expect(events("Earlier this month, officials said that the vote would come next month.", "2019-11-18")).toEqual([
      ["2019-11", "month", true, "published"],
      ["2019-12", "month", true, "published"],
    ]);
    // No reported clause between the dates: each counts from the publication.
    expect(events("A year ago the plant closed, and next year it reopens.", "2019-11-18")).toEqual([
      ["2018", "year", true, "published"],
      ["2020", "year", true, "published"],
    ]);
  });

  it("leaves a day counted from publication unresolved in a sentence that opens on another year", () => {
    expect(events("In 1998, the plant closed on Friday.", "2019-11-18")).toEqual([["1998", "year", false, ""]]);
    expect(events("Last year, the council voted on Monday to close it.", "2019-11-18")).toEqual([
      ["2018", "year", true, "published"],
    ]);
    // A year told later in the sentence frames nothing: the saying is this week's.
    expect(events("The company, founded in 1998, said on Friday that it would close the plant.", "2019-11-18")).toEqual(
      [
        ["1998", "year", false, ""],
        ["2019-11-15", "day", true, "published"],
      ],
    );
  });

  it("reads a month without its year in the story's year when it comes later in it, else leaves it unresolved", () => {
    const text = [
      "He had suffered months of dizziness by the time he visited his doctor in November 2016.",
      "His symptoms improved. But by December, they worsened.",
      "In June, he recovered.",
    ].join("\n\n");
    // December comes after November 2016, so the telling is still in 2016; June may be the next year's.
    expect(events(text, "2019-11-18")).toEqual([
      ["2016-11", "month", false, ""],
      ["2016-12", "month", true, ""],
    ]);
    const earlier = ["He visited his doctor in November 2016.", "In June, he recovered."].join("\n\n");
    expect(events(earlier, "2019-11-18")).toEqual([["2016-11", "month", false, ""]]);
    const thisYear = ["The plant opened in 2019.", "In March, it was closed."].join("\n\n");
    expect(events(thisYear, "2019-11-18")).toEqual([
      ["2019", "year", false, ""],
      ["2019-03", "month", true, "published"],
    ]);
  });

  it("never counts a headline's relative date (a line without closing punctuation) from the publication", () => {
    const text = [
      "Mexico sends troops to the border on Monday",
      "BREAKING NEWS: Troops arrive at the border on Monday",
      "Soldiers killed five people in Sinaloa on Tuesday.",
      // Prose that lost its full stop tells in the past, and stays.
      "The mayor said the curfew ended on Wednesday",
      "- June 1, 2025: Voters elect 881 judges",
    ].join("\n\n");
    expect(events(text, "2025-06-05")).toEqual([
      ["2025-06-03", "day", true, "published"],
      ["2025-06-04", "day", true, "published"],
      ["2025-06-01", "day", false, ""],
    ]);
  });

  it("takes no event from furniture between paragraphs, by what each line is", () => {
    const furniture = [
      "A post shared by Claudia Sheinbaum (@claudia_shein) on Mar 3, 2025 at 4:12pm PST",
      "You may also like: Mexico extradites 29 cartel figures (Feb. 27)",
      "Video: Soldiers patrol Culiacán on Monday (2:31)",
      "Ana Martínez on March 4, 2025 at 9:12 pm said:",
      "Correction appended March 4, 2025.",
      "Chart shows homicides by month since January 2024",
      "The map above shows where the attacks happened on Monday.",
      "This report was produced with support from the Ford Foundation in 2024.",
      "©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.",
      "Cartel leader extradited to Texas · 3 days ago",
      "Republished with permission from the Ledger, where it first ran on March 3, 2025.",
      "@carlos_m replied on March 4: The same thing happened in Salamanca in July 2020.",
      "Soldiers in Culiacán on March 3, 2025 (Jane Doe/The Ledger)",
      "1 of 12 Soldiers patrolled Culiacán on March 3, 2025.",
      "Breaking: Soldiers deployed on Monday",
      "UPDATE, March 4, 2025, 10 a.m.: The governor has since resigned.",
    ];
    for (const line of furniture) {
      const text = `Soldiers patrolled the city.\n\n${line}\n\nThe curfew held.`;
      expect(events(text, "2025-03-05"), line).toEqual([]);
    }
  });

  it("takes no event from a headline's passive without its 'were' or a teaser's summary line", () => {
    const teaser = (line: string) =>
      events(`Soldiers patrolled the city.\n\n${line}\n\nThe curfew held.`, "2025-06-05");
    expect(teaser("Customs agents arrested in Veracruz on Thursday")).toEqual([]);
    expect(teaser("Heat warning issued for the valley through Friday")).toEqual([]);
    // A related story's summary, longer than its headline, in the headline's present tense.
    expect(
      teaser(
        "From Mulan to the next Fast and Furious film, these are the new movies fans are most looking forward to in 2020",
      ),
    ).toEqual([]);
    // Prose that lost its full stop has its verb before the participle, and stays.
    expect(teaser("Police said two men were arrested in Culiacán on Wednesday")).toEqual([
      ["2025-06-04", "day", true, "published"],
    ]);
  });

  it("takes no event from a headline's passive future ('to be' and a participle after a verbless subject)", () => {
    const teaser = (line: string) =>
      events(`Soldiers patrolled the city.\n\n${line}\n\nThe curfew held.`, "2025-06-05");
    expect(teaser("Harbour board to be dissolved on Friday")).toEqual([]);
    expect(teaser("New port council to be seated in July, two incumbents lose their seats")).toEqual([]);
    expect(events("Soldiers patrolled the city. Harbour board to be dissolved on Friday", "2025-06-05")).toEqual([]);
    // A verb before the infinitive makes it prose.
    expect(teaser("The harbour board voted to be dissolved on Monday")).toEqual([
      ["2025-06-02", "day", true, "published"],
    ]);
  });

  it("takes no event from a question, a teaser that is one link, a slogan or a wire caption's dateline (synthetic)", () => {
    const between = (line: string) =>
      events(`Soldiers patrolled the city.\n\n${line}\n\nThe curfew held.`, "2019-11-20");
    const furniture = [
      "Who will make the Rock Hall in 2020?",
      "[Five soldiers killed in Michoacán on Monday](https://example.com/ambush)",
      "Delivering videogame justice since 2008.",
      "Teachers hold a rally in Indianapolis, Tuesday, Nov. 19, 2019, calling for higher pay.",
    ];
    for (const line of furniture) expect(between(line), line).toEqual([]);
    // The same happenings told as statements, a link inside the sentence, stay.
    expect(between("The Rock Hall named its new class [in a statement](https://example.com) on Monday.")).toEqual([
      ["2019-11-18", "day", true, "published"],
    ]);
    expect(between("Teachers held a rally in Indianapolis on Tuesday, calling for higher pay.")).toEqual([
      ["2019-11-19", "day", true, "published"],
    ]);
  });

  it("leaves a relative day unresolved where a later stamp of the page counts it otherwise (synthetic)", () => {
    const text = [
      "A man pleaded guilty, the office announced Monday.",
      "Omar asked for compassion in a letter posted on Twitter Tuesday.",
      "> — Rep. Jane Roe (@janeroe) November 19, 2019",
    ].join("\n\n");
    // Published on a Monday, the page carries a post of the Tuesday after: "Tuesday" may be either week's.
    expect(events(text, "2019-11-18")).toEqual([["2019-11-18", "day", true, "published"]]);
    expect(events(text, "2019-11-19")).toEqual([
      ["2019-11-18", "day", true, "published"],
      ["2019-11-19", "day", true, "published"],
    ]);
  });

  it("never takes a caption after its page label ('Image caption') for an event", () => {
    const text = [
      "Image caption Mr Obama spoke in Lima on Sunday",
      "Media caption Mr Obama on the summit, 20 November 2016",
      "Mr Obama spoke in Lima on Sunday.",
    ].join("\n\n");
    expect(events(text, "2016-11-22")).toEqual([["2016-11-20", "day", true, "published"]]);
  });

  it("never takes captions, bylines, page clocks or post signatures for events", () => {
    const text = [
      "By Jane Doe, Reuters, January 3, 2025",
      "Updated 3:45 PM EST, Wed February 19, 2025",
      "The seal of the Justice Department is seen on the podium in Washington, January 24, 2023. (Reuters File)",
      "Policemen stand guard at a station in Quito on December 1, 2023.",
      "— Omar H Garcia Harfuch (@OHarfuch) January 20, 2026",
      "The strike on September 3, 2025 killed 11 people.",
    ].join("\n\n");
    expect(events(text, "2025-09-04")).toEqual([["2025-09-03", "day", false, ""]]);
  });

  it("never takes credits, print notes, copyright, author notes or gallery stamps for events (synthetic)", () => {
    const text = [
      "Ana Ruiz - Mar 2, 2025 8:02 pm UTC",
      "9 March 2025 • 2:15pm",
      "March 9, 2025 -- Updated 0203 GMT (1003 HKT)",
      "Marchers fill the avenue on Sunday, March 9, 2025. Photograph: Ana Ruiz/Agency",
      "A version of this article appears in print on March 10, 2025, on Page A7.",
      "© 2025 The Daily Example. All rights reserved since January 2020.",
      "Ana is the Mexico correspondent at the Daily Example, which she joined in 2019.",
      "March 9, 2025 Marchers fill the avenue in the capital.",
      "The governor speaks during a debate in Monterrey on March 8 before the vote.",
      "The march on March 9, 2025 drew 10,000 people.",
    ].join("\n\n");
    expect(events(text, "2025-03-10")).toEqual([["2025-03-09", "day", false, ""]]);
  });

  it("never takes an agency caption that names the place after its yearless day (synthetic)", () => {
    const text = [
      "Police officers adjust a barricade as people wait along the route of the parade on Thursday, November 28, in New York.",
      "Protesters marched on Sunday, November 24, in Mexico City.",
    ].join("\n\n");
    expect(events(text, "2013-11-27")).toEqual([["2013-11-24", "day", true, "published"]]);
  });

  it("never takes update notes, reading times, multi-part credits, photo notes or promos for events (synthetic)", () => {
    const text = [
      "A view shows the border wall in Tijuana, Mexico, January 21, 2025. REUTERS/Jorge Duenes/File Photo",
      "This article was originally published on January 20, 2025.",
      "Updated at 2:30 p.m. ET on Jan. 21, 2025, with comment from the Pentagon.",
      "Editor's note: This story was updated on January 22, 2025, to correct a name.",
      "Also read: Mexico extradites 29 cartel figures in February 2025",
      "21 Jan 2025 · 4 min read",
      "Published 2 hours ago on January 21, 2025",
      "JANE DOE and JOHN ROE, Associated Press Jan 21, 2025",
      "(Photo by John Smith/Getty Images) January 21, 2025",
      "In this Jan. 21, 2025 file photo, soldiers patrol in Culiacan.",
      "Sign up for our newsletter, launched in 2021.",
      "Soldiers patrol a street in Culiacan on Tuesday.",
      "Soldiers patrolled a street in Culiacan on Monday.",
      "UPDATE: The foreign ministry said on Tuesday it would respond.",
      "The summit was Friday, Jan. 17.",
    ].join("\n\n");
    expect(events(text, "2025-01-21")).toEqual([
      ["2025-01-20", "day", true, "published"],
      ["2025-01-21", "day", true, "published"],
      ["2025-01-17", "day", true, "published"],
    ]);
  });

  it("never takes agency file captions, licensing credits, comment stamps or related headlines for events (synthetic)", () => {
    const text = [
      "Posted by John Smith on January 21, 2025 at 10:41 am",
      "FILE - Members of the National Guard arrive to Ciudad Juarez, Mexico, Feb. 5, 2025.",
      "Sheinbaum attends a press conference in Mexico City, Mexico January 20, 2025. REUTERS/Henry Romero/File Photo Purchase Licensing Rights, opens new tab",
      "Mexico extradites 29 cartel figures to the US — Feb. 27, 2025",
      "Mexico Extradites 29 Cartel Figures in February 2025",
      "The extraditions were agreed in talks with Washington.",
      // Prose that lost its full stop, alone among sentences (next to the headlines above it would be a rail's).
      "Sheinbaum took office in October 2024",
    ].join("\n\n");
    expect(events(text, "2025-03-01")).toEqual([["2024-10", "month", false, ""]]);
  });

  it("resolves a bare month against publication only where the paragraph tells of no other year", () => {
    const text = "In 2019 the treaty lapsed. In June, talks failed.\n\nIn June, nine people were killed.";
    expect(events(text, "2015-07-24")).toEqual([
      ["2019", "year", false, ""],
      ["2015-06", "month", true, "published"],
    ]);
  });

  it("frames a bare month by the years told before it, not by a year the sentence reaches later", () => {
    const text =
      "The governor said he was waiting for a commission he appointed in February to report by the end of 2020.";
    expect(events(text, "2019-11-19")).toEqual([
      ["2020", "year", false, ""],
      ["2019-02", "month", true, "published"],
    ]);
    expect(
      events("By the end of 2020, he said, the commission he appointed in February will report.", "2019-11-19"),
    ).toEqual([["2020", "year", false, ""]]);
  });

  it("keeps a paragraph in the publication's time past a span's start it states ('since May 2011') (synthetic)", () => {
    const text =
      "Rents are at their lowest since October 2011. Wages have risen since March and are above their level for the first time since May 2011. The survey stood at 71 in September, up 4 points since June.";
    expect(events(text, "2016-11-20")).toEqual([
      ["2011-10", "month", false, ""],
      ["2011-05", "month", false, ""],
      ["2016-03", "month", true, "published"],
      ["2016-09", "month", true, "published"],
      ["2016-06", "month", true, "published"],
    ]);
  });

  it("dates a clause by the time that opens it, not by the year of a thing it names, and leaves its bare month out (synthetic)", () => {
    expect(
      events("Last year, a small troupe staged the 1998 cult musical and sold out two nights in May.", "2016-11-20"),
    ).toEqual([["2015", "year", true, "published"]]);
    expect(events("In 2012, the band reissued its 1979 debut album.", "2016-11-20")).toEqual([
      ["2012", "year", false, ""],
    ]);
    // A year a figure is measured against, one that names a thing, or a forecast's horizon frames no month.
    expect(
      events("The fund forecast growth of 2.7% next year, down from the 2.9% it had estimated in July.", "2016-11-20"),
    ).toEqual([
      ["2017", "year", true, "published"],
      ["2016-07", "month", true, "published"],
    ]);
    expect(
      events("The county was hit by last year’s drought, according to a state report in April.", "2016-11-20"),
    ).toEqual([
      ["2015", "year", true, "published"],
      ["2016-04", "month", true, "published"],
    ]);
    expect(
      events(
        "Prices are down 6 percent compared to a year ago, and far below the peak reached in February.",
        "2016-11-20",
      ),
    ).toEqual([["2016-02", "month", true, "published"]]);
    // With no time opening the sentence, the year is all it says of when.
    expect(events("The band reissued its 1979 debut album.", "2016-11-20")).toEqual([["1979", "year", false, ""]]);
  });

  it("places a sentence at its finer date, not again at a coarser one that holds it", () => {
    const text = "The company, expected to cut jobs beginning this week, confirmed on Monday that it was contacted.";
    expect(events(text, "2019-11-18")).toEqual([["2019-11-18", "day", true, "published"]]);
    expect(events("In November 2019, it said on Nov. 3, 2019 that it had agreed.", "2019-11-18")).toEqual([
      ["2019-11-03", "day", false, ""],
    ]);
  });

  it("counts 'last July' from publication even where the paragraph tells of another year", () => {
    const text = "It had more than 100 brands as of last July, double the number in 2017.";
    expect(events(text, "2019-04-28")).toEqual([
      ["2017", "year", false, ""],
      ["2018-07", "month", true, "published"],
    ]);
  });

  it("reads a wire dateline's day as the filing day, not an event, and skips notes glued onto paragraphs (synthetic)", () => {
    const text = [
      "MEXICO CITY, Jan 5 (Reuters) - The army said it killed 12 gunmen on Saturday.",
      "More troops were sent to the city in October 2024, the army said. Reporting by Ana Castillo on Jan. 3; Editing by Tom Reyes",
      "Lemus, who turned 58 on Sunday, was charged under the 1986 Anti-Drug Abuse Act in March 2021.",
    ].join("\n\n");
    expect(events(text, "2025-01-05")).toEqual([
      ["2025-01-04", "day", true, "published"],
      ["2024-10", "month", false, ""],
      ["2021-03", "month", false, ""],
    ]);
  });
});

describe("findEvents and page leftovers an extractor let through (synthetic)", () => {
  const events = (markdown: string, options: { published?: string; byline?: string } = {}) =>
    findEvents("t", articleSentences(markdown), options).map((e) => e.date.iso);

  it("takes no date from a rail of headlines, whatever their tense, but keeps one line alone", () => {
    const rail = [
      "Marines took the port on Sunday.",
      "Ports chief resigns after audit on Friday",
      "Customs agents arrested in Veracruz on Thursday",
      "Navy to run customs at all ports from January 2026",
    ].join("\n\n");
    expect(events(rail, { published: "2025-11-03" })).toEqual(["2025-11-02"]);
    const glued =
      "Most read\nCustoms agents arrested in Veracruz on Thursday\nNavy to run customs at all ports from January 2026";
    expect(events(`Marines took the port on Sunday.\n\n${glued}`, { published: "2025-11-03" })).toEqual(["2025-11-02"]);
    // A hard-wrapped sentence goes on in lower case on its next line: prose, not a rail.
    expect(events("Trump, who on Sunday\\\nsaid he would not, changed his mind.", { published: "2025-12-05" })).toEqual(
      ["2025-11-30"],
    );
  });

  it("reads a chronology set as paragraphs without full stops, where a rail of teasers gives nothing", () => {
    const chronology = [
      "Here is how the dispute unfolded.",
      "Nov. 4 – The firm files suit in federal court",
      "Nov. 6 – A judge denies the injunction",
      "Nov. 12 — Talks collapse and the chief executive resigns",
    ].join("\n\n");
    expect(events(chronology, { published: "2019-11-20" })).toEqual(["2019-11-04", "2019-11-06", "2019-11-12"]);
    // Not: lines that do not open on their day, a rail of other stories' headlines.
    const rail = [
      "Here is how the dispute unfolded.",
      "Firm files suit in federal court on Nov. 4",
      "Judge denies the injunction on Nov. 6",
      "Talks collapse on Nov. 12",
    ].join("\n\n");
    expect(events(rail, { published: "2019-11-20" })).toEqual([]);
  });

  it("reads a chronology's entries under a heading that is their year alone, not the coming days", () => {
    const text = [
      "The dispute goes back more than a year.",
      "## 2018",
      "Dec. 5: The firm files suit in federal court.",
      "## 2019",
      "Jan. 8: The two sides meet for talks.",
    ].join("\n\n");
    expect(events(text, { published: "2019-11-20" })).toEqual(["2018-12-05", "2019-01-08"]);
  });

  it("takes no date from a caption that ends on its credit or points into its picture", () => {
    const text = [
      "Relatives of the victims waited outside the morgue in Irapuato on Sunday. Lucía Méndez for The Border Ledger",
      "Mourners carry a coffin in Irapuato, Mexico, March 3, 2025. Sergio Maldonado / The Border Ledger",
      "Opposition leader Morgan Tsvangirai, right, meets church leaders in 2006.",
      "The Snoopy balloon is partially inflated on Wednesday, November 27, in New York.",
      "Gunmen opened fire at the party on Saturday, the prosecutor's office said.",
    ].join("\n\n");
    expect(events(text, { published: "2025-03-04" })).toEqual(["2025-03-01"]);
  });

  it("takes no date from the author's bio, a stamp's label, a line to the reader or a comment thread", () => {
    const text = [
      "Troops arrived in Culiacán on Monday.",
      "The law was updated on March 3, 2025.",
      "By Pedro Lima, CNNUpdated 6:02 PM EST, Thu March 6, 2025",
      "You have reached your limit of free articles this month.",
      "You've read 4 of 5 free articles this month.",
      "Daniel Ortega Ríos covers crime in central Mexico. He left a newspaper in León in 2022.",
      "Topics: Border\nDaniel Ortega Ríos is a staff writer. He joined the Ledger in 2019.",
      "Comments (2)",
      "carlos_m · 3 hours ago",
      "The same thing happened in Salamanca in July 2020.",
    ].join("\n\n");
    expect(events(text, { published: "2025-03-06", byline: "Daniel Ortega Ríos" })).toEqual([
      "2025-03-03",
      "2025-03-03",
    ]);
  });

  it("takes no date from a bio or a caption an extractor glued onto the last paragraph's prose", () => {
    const text = [
      "Troops arrived in Culiacán on Monday. Daniel Ortega Ríos is a staff writer. He joined the Ledger in 2019.",
      "Officials said the talks would go on. Daniel Ortega Ríos has covered the border since 2021.",
      "Officials said the talks would go on. A drone image released by the navy shows a boat on Jan. 9. (Mexican Navy)",
      "Officials said the talks would go on. Teachers carry signs at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019, calling for higher pay.",
    ].join("\n\n");
    expect(events(text, { published: "2025-03-06", byline: "Daniel Ortega Ríos" })).toEqual(["2025-03-03"]);
    // The writer's name told in the past, or as a source's saying, is the telling: its date stays.
    const told = "Officials met on Monday. Daniel Ortega Ríos said the talks would go on in 2026.";
    expect(events(told, { published: "2025-03-06", byline: "Daniel Ortega Ríos" })).toEqual(["2025-03-03", "2026"]);
    // A bracket that names no credit ("(see below)") leaves the sentence before it.
    const aside = "Officials said the talks would go on. The navy seized a boat on Jan. 9. (It was the third.)";
    expect(events(aside, { published: "2025-03-06" })).toEqual(["2025-01-09"]);
  });

  it("reads a treaty or law named by its year in lower case as no event, and a year that dates a clause as one", () => {
    expect(events("Talks resumed over water owed under the 1944 water treaty.")).toEqual([]);
    expect(events("In 2019 the treaty lapsed.")).toEqual(["2019"]);
  });
});

describe("findEvents and a list of links", () => {
  const body = [
    "Guatemala sent 12 men north on Thursday, officials said.",
    "",
    "## Chronology",
    "",
    "- Feb. 1, 2025: Guatemala announced new border posts.",
    "- Feb. 27, 2025: Guatemala sends 12 suspects to the United States",
    "",
    "## More on this story",
    "",
    "- [March 3, 2025: Guatemala extradites 12 suspects to the United States](https://example.com/a)",
    "- [March 5, 2025: Why the gangs are on the move](https://example.com/b)",
  ].join("\n");

  it("keeps a chronology the article writes and leaves out the dates of linked pages", () => {
    const events = findEvents("t", articleSentences(body), { published: "2025-03-10" });
    expect(events.map((e) => e.date.iso)).toEqual(["2025-03-06", "2025-02-01", "2025-02-27"]);
  });

  it("keeps a written item whose words match a linked headline: it is the item's shape, not its text, that counts", () => {
    const same = "March 3, 2025: Guatemala extradites 12 suspects to the United States";
    const written = ["- " + same, "", "Related:", "", `- [${same}](https://example.com/a)`].join("\n");
    const events = findEvents("t", articleSentences(written), { published: "2025-03-10" });
    expect(events.map((e) => e.date.iso)).toEqual(["2025-03-03"]);
  });
});

describe("findEvents over headings", () => {
  const read = (markdown: string) => {
    const blocks = articleSentences(markdown);
    const events = findEvents("t", blocks, { published: "2025-11-20" });
    const headings = new Set(
      blocks.filter((b) => b.kind === "heading").flatMap((b) => b.sentences.map((s) => s.anchor)),
    );
    return events.map((e) => [e.date.iso, e.date.precision, headings.has(e.anchor), e.sentence]);
  };

  it("dates a live blog's or a chronology's entry heading by its own date, anchored to the heading", () => {
    const body = [
      "# Budget fight",
      "",
      "### Nov. 18: Senate voted down the budget",
      "",
      "Senators met behind closed doors.",
      "",
      "### March 3, 2025 — Mexico sends 29 cartel figures to the United States",
      "",
      "The transfer was the largest of its kind.",
    ].join("\n");
    expect(read(body)).toEqual([
      ["2025-11-18", "day", true, "Nov. 18: Senate voted down the budget"],
      ["2025-03-03", "day", true, "March 3, 2025 — Mexico sends 29 cartel figures to the United States"],
    ]);
  });

  it("leaves a heading that is only a date, a section label or a headline with a date inside", () => {
    const body = [
      "## Monday, March 3",
      "",
      "Senators met behind closed doors.",
      "",
      "## 2019: The year in review",
      "",
      "## Nov. 18: Ticket prices and venues",
      "",
      "## Stadia Is Essentially A Beta Version Until 2020",
      "",
      // A teaser's heading that is one link stands for another page.
      "### [March 3, 2025 — Mexico sends 29 cartel figures to the United States](https://example.com/a)",
    ].join("\n");
    expect(read(body)).toEqual([]);
  });
});

describe("findArticleEvents over table rows", () => {
  const read = (markdown: string) => {
    const { blocks, rows } = articleText(markdown);
    const anchors = new Set(rows.map((r) => r.sentences[0]?.anchor));
    return findArticleEvents("t", [], blocks, { published: "2025-11-20", tableRows: rows }).map((e) => [
      e.date.iso,
      anchors.has(e.anchor),
      e.sentence,
    ]);
  };

  it("dates a chronology's row as one sentence, anchored to the row", () => {
    const body = [
      "The budget went through several votes.",
      "",
      "| Date | What happened |",
      "| --- | --- |",
      "| Nov. 18, 2025 | The Senate returned to vote on the budget. |",
      "| March 3, 2025 | Mexico sent 29 cartel figures to the United States. |",
    ].join("\n");
    expect(read(body)).toEqual([
      ["2025-11-18", true, "Nov. 18, 2025; The Senate returned to vote on the budget."],
      ["2025-03-03", true, "March 3, 2025; Mexico sent 29 cartel figures to the United States."],
    ]);
  });

  it("takes no fact from a header row, a price table or a schedule without a verb", () => {
    const body = [
      "| Nov. 18, 2025: the Senate returned to vote | Outcome |",
      "| --- | --- |",
      "| 2019 MacBook Pro | $1,299 |",
      "| iPhone 11 (2019) | $699 |",
      "| Nov. 20, 2025 | Town hall on trade |",
    ].join("\n");
    expect(read(body)).toEqual([]);
  });
});

describe("an embedded post's relative dates", () => {
  const events = (markdown: string, published: string) =>
    findArticleEvents("a", [], articleText(markdown).blocks, { published }).map((e) => [e.date.iso, e.date.label]);
  const post = (signature: string) =>
    `Delhi is choking again.\n\n> Through schools, we have started distributing masks today\n>\n> ${signature}\n\nThe smog stayed on Monday.\n`;

  it("leaves a post's 'today' unresolved when its signature is dated before publication", () => {
    // 2019-11-08 is a Friday.
    expect(events(post("— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019"), "2019-11-08")).toEqual([
      ["2019-11-04", "on Monday"],
    ]);
  });

  it("keeps a post's relative date that its own day reads as publication does", () => {
    // 2019-11-03 is a Sunday, the post's day; published the Friday after.
    const sunday = `Delhi is choking again.\n\n> The air was horrific on Sunday, and predictable.\n>\n> — Josh Apte (@joshapte) November 3, 2019\n`;
    expect(events(sunday, "2019-11-08")).toEqual([["2019-11-03", "on Sunday"]]);
  });

  it("counts a post's 'today' from publication when the post is of that day, and a quotation without a signature too", () => {
    expect(events(post("— Arvind Kejriwal (@ArvindKejriwal) November 8, 2019"), "2019-11-08")).toEqual([
      ["2019-11-08", "today"],
      ["2019-11-04", "on Monday"],
    ]);
    expect(events(post("— Arvind Kejriwal, chief minister"), "2019-11-08")).toEqual([
      ["2019-11-08", "today"],
      ["2019-11-04", "on Monday"],
    ]);
  });
});

describe("comparisons and asides in a report's figures", () => {
  const events = (markdown: string, published: string) =>
    findArticleEvents("a", [], articleText(markdown).blocks, { published }).map((e) => [e.date.iso, e.date.label]);

  it("takes no base counted back for an event, and carries no dated base's year into the next paragraph", () => {
    const report = [
      "Dealers sold 3,100 boats in October, down 9 percent from a year ago.",
      "The average price in October was $41,000, up from $39,500 a year ago and from $35,200 in October 2015.",
      "The average price of a used boat sold in October was $18,400, the dealers said.",
    ].join("\n\n");
    expect(events(report, "2019-11-20")).toEqual([
      ["2019-10", "in October"],
      ["2015-10", "October 2015"],
      ["2019-10", "in October"],
      ["2019-10", "in October"],
    ]);
  });

  it("still carries a told moment's year into the next paragraph's later month", () => {
    const story = ["The mill closed in November 2016, the owners said.", "But by December, it had reopened."].join(
      "\n\n",
    );
    expect(events(story, "2019-11-20")).toEqual([
      ["2016-11", "November 2016"],
      ["2016-12", "by December"],
    ]);
  });

  it("carries no coming moment's year into a month told in the past: that month lies before publication", () => {
    const notice = [
      "The archive will close on March 31, 2021, the trust said.",
      "In September, we laid out how the records would be kept.",
    ].join("\n\n");
    // Written in January 2021: a September told in the past is not September 2021.
    expect(events(notice, "2021-01-12").map(([iso]) => iso)).not.toContain("2021-09");
    // A month that comes after the moment and before publication is still that year's.
    const story = ["The archive closed on March 31, 2021, the trust said.", "In September, we laid out the plan."].join(
      "\n\n",
    );
    expect(events(story, "2021-11-12")).toEqual([
      ["2021-03-31", "March 31, 2021"],
      ["2021-09", "In September"],
    ]);
  });

  it("carries a told moment's year one paragraph on, and a month read so fixes none of the paragraph after", () => {
    const story = [
      "The plant opened in March 2015, the company said.",
      "In June, workers voted to join the union.",
      "In October, the company announced layoffs.",
      "On Tuesday, the plant closed.",
    ].join("\n\n");
    // The October may be 2015's or the news's own: neither is fixed. The Tuesday counts from publication.
    expect(events(story, "2019-11-20")).toEqual([
      ["2015-03", "March 2015"],
      ["2015-06", "In June"],
      ["2019-11-19", "On Tuesday"],
    ]);
  });

  it("keeps the story where the last dated paragraph left it across paragraphs that date nothing", () => {
    const story = [
      "In a memo dated March 18 1998, the minister warned the cabinet.",
      "She had not been impressed by the plan.",
      "In early April she gave way.",
    ].join("\n\n");
    // No paragraph between moved the telling: April comes after March 1998, so it is 1998's.
    expect(events(story, "2019-11-20")).toEqual([
      ["1998-03-18", "March 18 1998"],
      ["1998-04", "early April"],
    ]);
    // A season of its year keeps a later month out of the publication's year, though it fixes none.
    const season = [
      "The minister raised her concerns in the spring of 1998.",
      "She had not been impressed by the plan.",
      "Implementing it in September was unrealistic, an aide said.",
    ].join("\n\n");
    expect(events(season, "2019-11-20")).toEqual([["1998", "spring of 1998"]]);
  });

  it("reads a paragraph wholly in brackets as telling, and a bracketed credit as none", () => {
    const text = [
      "The mayor spoke on Monday.",
      "(Ruiz, it is worth recalling, promised a new bridge during the 2016 campaign.)",
      "(AP Photo/Jane Roe, Nov. 18, 2019)",
    ].join("\n\n");
    expect(events(text, "2019-11-20")).toEqual([
      ["2019-11-18", "on Monday"],
      ["2016", "2016"],
    ]);
  });
});
