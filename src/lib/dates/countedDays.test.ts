import { describe, expect, it } from "vitest";
import { findEvents } from "#lib/analysis/timeline.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import {
  countedDays,
  daysFromHappening,
  fallsOn,
  shiftsTime,
  weekdaysBesideCount,
  weekdaysBesideCounted,
} from "./countedDays.ts";

const events = (text: string, published: string | null = "2025-03-12") =>
  findEvents("t", articleSentences(text), { published: published ?? undefined }).map((e) => [e.date.iso, e.date.label]);

describe("countedDays", () => {
  it("reads a count of days or weeks later or earlier, and the next or previous day", () => {
    expect(countedDays("Two days later, officials closed the schools.")?.days).toBe(2);
    expect(countedDays("A week earlier, the mayor had resigned.")?.days).toBe(-7);
    expect(countedDays("The next day, he resigned.")?.days).toBe(1);
    expect(countedDays("He had met them the previous evening.")?.days).toBe(-1);
    expect(countedDays("Later that day, the army arrived.")?.days).toBe(0);
    expect(countedDays("She had left the day before.")?.days).toBe(-1);
  });

  it("reads no day in a count from a named happening, or one without a number", () => {
    expect(countedDays("Two days before the vote, he resigned.")).toBeUndefined();
    expect(countedDays("The day after the strike, he resigned.")).toBeUndefined();
    expect(countedDays("Days later, officials closed the schools.")).toBeUndefined();
    expect(countedDays("Two weeks later than planned, the bridge opened.")).toBeUndefined();
  });

  it("reads 'that evening' or 'that day' opening the sentence or its clause, and 'later that afternoon'", () => {
    expect(countedDays("That evening, the mayor fired back.")).toMatchObject({ days: 0, label: "That evening" });
    expect(countedDays("Also that day, the council met.")).toMatchObject({ days: 0 });
    expect(countedDays("Indeed, that night the gates were shut.")).toMatchObject({ days: 0 });
    expect(countedDays("The mayor told staff later that afternoon that she would stay.")).toMatchObject({ days: 0 });
  });

  it("reads no day in a day's possessive, a span or a purpose, a loose count, or 'that' as a conjunction", () => {
    expect(countedDays("The paper printed the next day’s front page early.")).toBeUndefined();
    expect(countedDays("Deliveries for the next day were never made.")).toBeUndefined();
    expect(countedDays("Less than a year later, the mayor resigned.")).toBeUndefined();
    expect(countedDays("Nearly two weeks later, the mayor resigned.")).toBeUndefined();
    expect(countedDays("She said that night falls early in winter.")).toBeUndefined();
  });

  it("dates 'that evening' from the day told before, not the day a possessive names", () => {
    const text =
      "The council voted on 3 June 2019 to close the depot. That evening, the mayor tweeted the next day’s headline.";
    expect(events(text)).toEqual([
      ["2019-06-03", "3 June 2019"],
      ["2019-06-03", "That evening"],
    ]);
  });

  it("counts from a day a count dated, and from no day after a lapse no rule could date", () => {
    const chained =
      "The roof fell in on 3 June 2019. Two days later, officials closed the schools. That evening, parents gathered.";
    expect(events(chained)).toEqual([
      ["2019-06-03", "3 June 2019"],
      ["2019-06-05", "Two days later"],
      ["2019-06-05", "That evening"],
    ]);
    // "the walkout" is no happening a dated sentence named: the telling stands at a day unknown.
    const lapse =
      "The union walked out on 3 June 2019. Three days after the walkout, the mayor called a court. That evening, parents gathered.";
    expect(events(lapse)).toEqual([["2019-06-03", "3 June 2019"]]);
  });

  it("dates the count from the day the last dated sentence told, in this paragraph or the one before", () => {
    const text =
      "The roof fell in on 3 June 2019, during morning classes.\n\n" +
      "Two days later, state officials closed eleven other schools.";
    expect(events(text)).toEqual([
      ["2019-06-03", "3 June 2019"],
      ["2019-06-05", "Two days later"],
    ]);
    // Also without a publication date: the count is from the text's own day.
    expect(events(text, null)).toEqual([
      ["2019-06-03", "3 June 2019"],
      ["2019-06-05", "Two days later"],
    ]);
  });

  it("counts years from the one year the last dated sentence told, not a span ahead", () => {
    expect(countedDays("The next year, Waite published a guide.")).toMatchObject({ days: 1, unit: "year" });
    expect(countedDays("Two years earlier, the mine had closed.")).toMatchObject({ days: -2, unit: "year" });
    expect(countedDays("Over the next year, prices will rise.")).toBeUndefined();
    expect(countedDays("The next year's budget was cut.")).toBeUndefined();
    expect(events("He moved to London in 1863.\n\nThe next year, Waite published a small guide.")).toEqual([
      ["1863", "1863"],
      ["1864", "The next year"],
    ]);
    // A state told in the present is no happening.
    expect(events("He moved to London in 1863.\n\nFour years later, the city has more trams.")).toEqual([
      ["1863", "1863"],
    ]);
    // A sentence that told two years says from which neither counts.
    expect(events("He lived in Paris in 1860 and in London in 1863. The next year, he published a guide.")).toEqual([
      ["1860", "1860"],
      ["1863", "1863"],
    ]);
  });

  it("reads no day where the last dated sentence tells a month, or an unread day, or lies paragraphs back", () => {
    expect(events("The roof fell in in June 2019.\n\nTwo days later, officials closed the schools.")).toEqual([
      ["2019-06", "June 2019"],
    ]);
    // "on Tuesday" in an undated article is no day read, and the count cannot reach past it.
    const undated =
      "The roof fell in on 3 June 2019.\n\nRescuers returned on Tuesday.\n\nThe next day, officials closed the schools.";
    expect(events(undated, null)).toEqual([["2019-06-03", "3 June 2019"]]);
    const far =
      "The roof fell in on 3 June 2019.\n\nParents were angry.\n\nTwo days later, officials closed the schools.";
    expect(events(far)).toEqual([["2019-06-03", "3 June 2019"]]);
  });
});

describe("daysFromHappening", () => {
  it("reads a count of days from a happening its noun names", () => {
    expect(daysFromHappening("The day after the strike, the port reopened.")).toMatchObject({
      days: 1,
      noun: "strike",
    });
    expect(daysFromHappening("Two days before the vote, she resigned.")).toMatchObject({ days: -2, noun: "vote" });
    expect(daysFromHappening("A week after Roe's suit was filed, he left.")).toMatchObject({ days: 7, noun: "suit" });
  });
  it("reads no count made loose, nor one before a name's clause", () => {
    expect(daysFromHappening("Some three days after the raid, police returned.")).toBeUndefined();
    expect(daysFromHappening("Two days after the Taliban swapped prisoners, talks resumed.")).toBeUndefined();
  });
});

describe("shiftsTime", () => {
  it("takes counts, named lapses and counts from a happening as moving the telling's time", () => {
    expect(shiftsTime("Days later, the mayor resigned.")).toBe(true);
    expect(shiftsTime("Three days after the walkout, talks resumed.")).toBe(true);
    expect(shiftsTime("The mayor resigned.")).toBe(false);
  });
});

describe("weekdaysBesideCount and fallsOn", () => {
  it("names the weekdays a sentence sets beside its count of days, and checks a day against them", () => {
    expect(weekdaysBesideCount("Two days later, on Tuesday, workers returned.")).toEqual(["Tuesday"]);
    expect(weekdaysBesideCount("The next day, Monday, the union met.")).toEqual(["Monday"]);
    // No count of days: a weekday alone is counted from publication, elsewhere; a count of years names no day.
    expect(weekdaysBesideCount("On Tuesday, workers returned.")).toEqual([]);
    expect(weekdaysBesideCount("Two years later, on a Tuesday, the mill reopened.")).toEqual([]);
    // A weekday apart from the count: the count is a comparison's, the weekday the publication's.
    expect(
      weekdaysBesideCount("A poll released on Friday showed his rating at 13%, down from 19% a week earlier."),
    ).toEqual([]);
    // The count read by the caller gives the same answer as the one read here.
    const sentence = "Three days later, on Friday, the ferry sailed.";
    expect(weekdaysBesideCounted(sentence, countedDays(sentence))).toEqual(["Friday"]);
    expect(weekdaysBesideCounted(sentence, undefined)).toEqual([]);
    // 2019-10-08 is a Tuesday.
    expect(fallsOn("2019-10-08", ["Tuesday"])).toBe(true);
    expect(fallsOn("2019-10-08", ["Friday"])).toBe(false);
    expect(fallsOn("2019-10-08", [])).toBe(true);
  });
});
