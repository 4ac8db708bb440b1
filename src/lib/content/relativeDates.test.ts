import { describe, expect, it } from "vitest";
import { easterSunday } from "#lib/dates/calendar.ts";
import { findRelativeDates, relativeDateSpans } from "./relativeDates.ts";

const resolve = (text: string, published: string | undefined) =>
  findRelativeDates(text, published).map((d) => [d.label, d.iso, d.precision]);

describe("findRelativeDates", () => {
  // 2025-08-12 is a Tuesday.
  it("leaves 'last' and the month just before publication's unresolved: a writer names that one 'last month'", () => {
    expect(resolve("The mayor changed her mind last October.", "2023-11-08")).toEqual([]);
    expect(resolve("The mayor changed her mind last December.", "2024-01-08")).toEqual([]);
    expect(resolve("The mayor changed her mind last September.", "2023-11-08")).toEqual([
      ["last September", "2023-09", "month"],
    ]);
    expect(resolve("The mayor changed her mind last November.", "2023-11-08")).toEqual([
      ["last November", "2022-11", "month"],
    ]);
  });

  it("counts a weekday back to the last such day on or before publication", () => {
    expect(resolve("Mexico sent 26 people to the United States on Tuesday, amid pressure.", "2025-08-12")).toEqual([
      ["on Tuesday", "2025-08-12", "day"],
    ]);
    expect(resolve("Trump, who on Sunday said he would not, changed his tune.", "2025-08-12")).toEqual([
      ["on Sunday", "2025-08-10", "day"],
    ]);
  });

  it("leaves a past weekday six days back unresolved unless 'last' says it is the week before", () => {
    // 2019-11-19 is a Tuesday: "Wednesday" told in the past is 2019-11-13, or the next day where the story stands.
    expect(resolve("The series ended close to 2 a.m. local time on Wednesday.", "2019-11-19")).toEqual([]);
    expect(resolve("The series ended last Wednesday.", "2019-11-19")).toEqual([
      ["last Wednesday", "2019-11-13", "day"],
    ]);
    expect(resolve("The series ended on Thursday.", "2019-11-19")).toEqual([["on Thursday", "2019-11-14", "day"]]);
    expect(resolve("Spain will be back in action on Wednesday.", "2019-11-19")).toEqual([
      ["on Wednesday", "2019-11-20", "day"],
    ]);
  });

  it("leaves 'last' and 'next' before a day of the publication's own week unresolved: that week's or the one beside it", () => {
    // 2019-11-21 is a Thursday: "last Tuesday" may be two days back or nine, "next Friday" tomorrow or eight days on.
    expect(resolve("The council voted last Tuesday to close the plant.", "2019-11-21")).toEqual([]);
    expect(resolve("The council voted last Wednesday to close the plant.", "2019-11-21")).toEqual([]);
    expect(resolve("The council will vote next Friday on the plan.", "2019-11-21")).toEqual([]);
    // A day outside the week is fixed: last week's Friday, next week's Tuesday; a bare weekday is read as before.
    expect(resolve("The council voted last Friday to close the plant.", "2019-11-21")).toEqual([
      ["last Friday", "2019-11-15", "day"],
    ]);
    expect(resolve("The council will vote next Tuesday on the plan.", "2019-11-21")).toEqual([
      ["next Tuesday", "2019-11-26", "day"],
    ]);
    expect(resolve("The council voted on Tuesday to close the plant.", "2019-11-21")).toEqual([
      ["on Tuesday", "2019-11-19", "day"],
    ]);
    // 2019-11-17 is a Sunday and 2019-11-18 a Monday: the week's first day is either, so neither holds another day of it.
    expect(resolve("The council voted last Monday.", "2019-11-17")).toEqual([["last Monday", "2019-11-11", "day"]]);
    expect(resolve("The council voted last Sunday.", "2019-11-18")).toEqual([["last Sunday", "2019-11-17", "day"]]);
  });

  it("reads no weekday of its own where a date in numbers follows it: the weekday is that date's", () => {
    // 2016-12-16 is a Friday; the last Tuesday before it is 2016-12-13, not the date the numbers state.
    expect(resolve("The email told of the happenings on Tuesday, 12/15/15, at the schools.", "2016-12-16")).toEqual([]);
    expect(resolve("The email told of the happenings on Tuesday, 6/8/15, at the schools.", "2016-12-16")).toEqual([]);
    expect(resolve("The email told of the happenings on Tuesday, at the schools.", "2016-12-16")).toEqual([
      ["on Tuesday", "2016-12-13", "day"],
    ]);
  });

  it("reads a weekday after a present perfect as the day of writing: publication's, or the next", () => {
    // 2016-12-06 is a Tuesday: a Wednesday six days back is the next day, where a present perfect stands.
    expect(resolve("That’s reversed Wednesday, as investors bought bonds.", "2016-12-06")).toEqual([
      ["Wednesday", "2016-12-07", "day"],
    ]);
    expect(resolve("Shares have climbed Tuesday in early trading.", "2016-12-06")).toEqual([
      ["Tuesday", "2016-12-06", "day"],
    ]);
    // Any other weekday is not the day of writing, and a present perfect cannot tell a week back.
    expect(resolve("Shares have climbed Friday in early trading.", "2016-12-06")).toEqual([]);
    expect(resolve("He has moved Wednesday’s meeting to the annex.", "2016-12-06")).toEqual([]);
  });

  it("counts back an exact count of years, months or days ago, not a loose one, a span or a round figure", () => {
    expect(resolve("I met the family three years ago in Leeds.", "2016-09-15")).toEqual([
      ["three years ago", "2013", "year"],
    ]);
    expect(resolve("I met the family 10 years ago in Leeds.", "2016-09-15")).toEqual([
      ["10 years ago", "2006", "year"],
    ]);
    expect(resolve("Sales fell 6 per cent compared to a year ago.", "2016-09-15")).toEqual([
      ["a year ago", "2015", "year"],
    ]);
    for (const text of [
      "I met the family two or three years ago in Leeds.",
      "I met the family about three years ago in Leeds.",
      "I met the family more than six months ago in Leeds.",
      "I met the family five-six years ago in Leeds.",
      "50 years ago, when the mill was open, the town had shelters.",
    ])
      expect(resolve(text, "2016-09-15"), text).toEqual([]);
  });

  it("reads no day in a bare plural's participle before a modal: a kind of thing, nowadays", () => {
    expect(resolve("Sealed letters sent today could still be opened in a century.", "2016-09-26")).toEqual([]);
    expect(resolve("Containers shipped today could still be held for weeks.", "2016-09-26")).toEqual([]);
    expect(resolve("The letter sent today could still be opened by the court.", "2016-09-26")).toEqual([
      ["today", "2016-09-26", "day"],
    ]);
    expect(resolve("Officials said today they would reopen the port.", "2016-09-26")).toEqual([
      ["today", "2016-09-26", "day"],
    ]);
  });

  it("reads a weekday after 'the' that names a happening's noun, not one counted from another day", () => {
    // 2016-09-19 is a Monday.
    expect(resolve("Used only for storms, the Monday alert asked residents to stay in.", "2016-09-19")).toEqual([
      ["Monday", "2016-09-19", "day"],
    ]);
    expect(resolve("He left on the Monday after the vote.", "2016-09-19")).toEqual([]);
    expect(resolve("They met on the Monday of Holy Week.", "2016-09-19")).toEqual([]);
    expect(resolve("She had met him the Monday before.", "2016-09-19")).toEqual([]);
  });

  it("reads a weekday after 'a' before the noun of one happening, not a kind of day or a habit", () => {
    // 2016-09-20 is a Tuesday.
    expect(resolve("The council said in a Monday filing that it would appeal.", "2016-09-20")).toEqual([
      ["Monday", "2016-09-19", "day"],
    ]);
    expect(resolve("The ferry stops on a Monday.", "2016-09-20")).toEqual([]);
    expect(resolve("It was a Monday when the dam broke.", "2016-09-20")).toEqual([]);
    expect(resolve("The staff got a Monday holiday.", "2016-09-20")).toEqual([]);
    expect(resolve("Every week the club held a Monday meeting.", "2016-09-20")).toEqual([]);
  });

  it("reads no day in a bare weekday that names the kind of a noun's thing, and reads one told or owned", () => {
    // 2019-11-19 is a Tuesday.
    expect(resolve("The ferry line plans to end Saturday crossings to the island.", "2019-11-19")).toEqual([]);
    expect(resolve("The bakery will cut Sunday deliveries.", "2019-11-19")).toEqual([]);
    expect(resolve("The harbour board said Tuesday tolls would rise.", "2019-11-19")).toEqual([
      ["Tuesday", "2019-11-19", "day"],
    ]);
    expect(resolve("The mayor's Saturday visit to the pier was unannounced.", "2019-11-19")).toEqual([
      ["Saturday", "2019-11-16", "day"],
    ]);
    expect(resolve("Fishermen rallied outside the harbour Monday demanding quotas.", "2019-11-19")).toEqual([
      ["Monday", "2019-11-18", "day"],
    ]);
    expect(resolve("The ferry sank Sunday night off the cape.", "2019-11-19")).toEqual([
      ["Sunday night", "2019-11-17", "day"],
    ]);
  });

  it("counts forward when the sentence speaks of the future", () => {
    expect(resolve("Rubio will travel to Mexico City on Friday.", "2025-08-12")).toEqual([
      ["on Friday", "2025-08-15", "day"],
    ]);
  });

  it("keeps a weekday after a past-tense verb in the past, though the sentence looks ahead", () => {
    // 2017-01-13 is a Friday.
    const text = "The government plans to lift sanctions, officials said late Thursday.";
    expect(resolve(text, "2017-01-13")).toEqual([["late Thursday", "2017-01-12", "day"]]);
    expect(resolve("Officials plans to meet on Thursday.", "2017-01-13")).toEqual([
      ["on Thursday", "2017-01-19", "day"],
    ]);
  });

  it("leaves a day supposed in a condition unresolved", () => {
    expect(resolve("This has been a dream and if I wake up tomorrow and find it so, thank you.", "2020-01-20")).toEqual(
      [],
    );
    expect(resolve("The vote fails unless they meet on Friday.", "2025-08-12")).toEqual([]);
    expect(resolve("If confirmed, he will travel on Friday.", "2025-08-12")).toEqual([
      ["on Friday", "2025-08-15", "day"],
    ]);
  });

  it("reads a day written with its month in a condition: the calendar's day, which the condition does not suppose", () => {
    // 2025-08-12 is a Tuesday; Friday 15 August is that week's Friday.
    expect(resolve("If you land after noon on Friday 15 August, you must register.", "2025-08-12")).toEqual([
      ["on Friday 15 August", "2025-08-15", "day"],
    ]);
    expect(resolve("If you land after noon on Friday, you must register.", "2025-08-12")).toEqual([]);
  });

  it("reads a weekday right after 'ahead of' in a clause told in the present as the coming one", () => {
    // 2025-08-11 is a Monday: the last Sunday is the day before, the coming one six days on.
    expect(resolve("Both camps are nervous ahead of Sunday's runoff.", "2025-08-11")).toEqual([
      ["Sunday's", "2025-08-17", "day"],
    ]);
    expect(resolve("Both camps grew nervous ahead of Sunday's runoff.", "2025-08-11")).toEqual([
      ["Sunday's", "2025-08-10", "day"],
    ]);
  });

  it("reads a weekday that a modal of the present governs as the coming one, not the last", () => {
    // 2025-08-12 is a Tuesday.
    expect(resolve("Visitors landing after noon on Saturday must register with the council.", "2025-08-12")).toEqual([
      ["on Saturday", "2025-08-16", "day"],
    ]);
    expect(resolve("Anyone driving on Sunday should allow extra time, the agency said.", "2025-08-12")).toEqual([
      ["on Sunday", "2025-08-17", "day"],
    ]);
    expect(resolve("Tenants can collect their keys on Friday.", "2025-08-12")).toEqual([
      ["on Friday", "2025-08-15", "day"],
    ]);
    // The day's own verb is in the past: the modal tells something else.
    expect(resolve("Anyone who saw the crash on Sunday should call the police.", "2025-08-12")).toEqual([
      ["on Sunday", "2025-08-10", "day"],
    ]);
    expect(resolve("The thieves must have left on Sunday.", "2025-08-12")).toEqual([
      ["on Sunday", "2025-08-10", "day"],
    ]);
  });

  it("leaves a year that something is counted or ranked in: a span, not a date", () => {
    expect(resolve("Aniston won, bringing the second award this year for the service.", "2020-01-20")).toEqual([]);
    expect(resolve("She spoke ahead of her first session at the council this year.", "2020-01-20")).toEqual([]);
    expect(resolve("They were named the best cast of this year.", "2020-01-20")).toEqual([]);
    expect(resolve("First, the award was given this year.", "2020-01-20")).toEqual([["this year", "2020", "year"]]);
  });

  it("leaves a past 'this year' unresolved in the first week of January (written in the old year)", () => {
    expect(resolve("Earlier this year, a mass stranding left the tribe scrambling.", "2019-01-03")).toEqual([]);
    expect(resolve("He left university this year to study carving.", "2019-01-03")).toEqual([]);
    expect(resolve("The fishery will be capped this year.", "2019-01-03")).toEqual([["this year", "2019", "year"]]);
    expect(resolve("Earlier this year, a mass stranding left the tribe scrambling.", "2019-03-03")).toEqual([
      ["Earlier this year", "2019", "year"],
    ]);
  });

  it("dates 'last fall' and 'last spring' to the year before only when published by May", () => {
    expect(resolve("Last fall, Tunisians elected a secular-minded president.", "2015-03-18")).toEqual([
      ["Last fall", "2014", "year"],
    ]);
    expect(resolve("Last fall, Tunisians elected a secular-minded president.", "2015-10-18")).toEqual([]);
    expect(resolve("Last summer, they voted.", "2015-03-18")).toEqual([]);
  });

  it("dates a holiday named as a day, Easter by the computus", () => {
    expect([2019, 2024, 2025].map(easterSunday)).toEqual(["2019-04-21", "2024-03-31", "2025-04-20"]);
    expect(resolve("The day after Easter, Bassi and his crew set out.", "2019-04-28")).toEqual([
      ["The day after Easter", "2019-04-22", "day"],
    ]);
    expect(resolve("The shop closed on Christmas Eve.", "2019-04-28")).toEqual([
      ["on Christmas Eve", "2018-12-24", "day"],
    ]);
    expect(resolve("The talks will resume on New Year’s Day.", "2019-04-28")).toEqual([
      ["on New Year’s Day", "2020-01-01", "day"],
    ]);
    expect(resolve("Easter eggs sold out over Easter.", "2019-04-28")).toEqual([]);
    // Easter Monday is the holiday's, not last Monday.
    expect(resolve("Shops shut on Easter Monday.", "2019-04-28")).toEqual([]);
  });

  it("dates Halloween, Christmas and Valentine's Day named as a day, not a season's goods or a deadline", () => {
    expect(resolve("A gunman opened fire at a party on Halloween night.", "2019-11-20")).toEqual([
      ["on Halloween", "2019-10-31", "day"],
    ]);
    expect(resolve("The day after Halloween, police arrested him.", "2019-11-20")).toEqual([
      ["The day after Halloween", "2019-11-01", "day"],
    ]);
    expect(resolve("The store will close on Christmas.", "2019-11-20")).toEqual([
      ["on Christmas", "2019-12-25", "day"],
    ]);
    expect(resolve("He proposed on Valentine’s Day.", "2019-11-20")).toEqual([
      ["on Valentine’s Day", "2019-02-14", "day"],
    ]);
    expect(resolve("Halloween costumes sold out.", "2019-11-20")).toEqual([]);
    expect(resolve("The law must pass before Christmas.", "2019-11-20")).toEqual([]);
    expect(resolve("Stores filled up on Christmas shopping.", "2019-11-20")).toEqual([]);
  });

  it("reads earlier today, yesterday, last year and a day without its year", () => {
    expect(resolve("They finally spoke earlier today, and yesterday too.", "2025-02-03")).toEqual([
      ["earlier today", "2025-02-03", "day"],
      ["yesterday", "2025-02-02", "day"],
    ]);
    expect(resolve("In a striking revelation last year, officials spoke.", "2024-07-01")).toEqual([
      ["last year", "2023", "year"],
    ]);
    expect(resolve("The strike on September 2 killed 11 people.", "2025-12-04")).toEqual([
      ["September 2", "2025-09-02", "day"],
    ]);
  });

  it("counts 'N years ago this month' back to that month, and a week's to its year, as one date", () => {
    expect(resolve("Two years ago this month, the plant closed.", "2019-11-20")).toEqual([
      ["Two years ago this month", "2017-11", "month"],
    ]);
    expect(resolve("The plant closed a year ago this week.", "2019-11-20")).toEqual([
      ["a year ago this week", "2018", "year"],
    ]);
    expect(resolve("Two years ago, the plant closed; this month it reopened.", "2019-11-20")).toEqual([
      ["Two years ago", "2017", "year"],
      ["this month", "2019-11", "month"],
    ]);
  });

  it("gives a month or a day told with 'last/this/next year' that year, as one date", () => {
    // Read apart, "in October" took the nearest October (2019) beside a "last year" of 2018.
    expect(resolve("The prize was awarded in October last year.", "2019-11-20")).toEqual([
      ["October last year", "2018-10", "month"],
    ]);
    expect(resolve("It was signed in late September of last year.", "2019-11-20")).toEqual([
      ["September of last year", "2018-09", "month"],
    ]);
    expect(resolve("The match was played on Oct. 3 last year and on 3 March this year.", "2019-11-20")).toEqual([
      ["Oct. 3 last year", "2018-10-03", "day"],
      ["3 March this year", "2019-03-03", "day"],
    ]);
    expect(resolve("The plant will open in January next year.", "2019-11-20")).toEqual([
      ["January next year", "2020-01", "month"],
    ]);
    // Not a month beside the year words, nor a day that the year has not.
    expect(resolve("In October, sales fell, and last year they rose.", "2019-11-20")).toEqual([
      ["In October", "2019-10", "month"],
      ["last year", "2018", "year"],
    ]);
    expect(resolve("It happened on Feb. 29 last year.", "2020-05-01")).toEqual([
      ["Feb. 29 last year", "2019-02", "month"],
    ]);
  });

  it("leaves a day without its year unresolved where it names a thing of any year, is a verb, or is a past act ahead", () => {
    // A day that names what outlived its happening, or one counted in years, may be of any year before.
    expect(resolve("Members of the Jan. 6 committee said they would hold more hearings.", "2022-07-15")).toEqual([]);
    expect(resolve("Two of the Jan. 6 defendants were sentenced.", "2022-07-15")).toEqual([]);
    expect(resolve("It marked the anniversary of the July 4 shooting.", "2022-07-15")).toEqual([]);
    expect(resolve("Ten years after the Oct. 7 flood, the town rebuilt.", "2022-11-15")).toEqual([]);
    // An act's noun after the day is the nearest such day's.
    expect(resolve("In the July 3 vote, the party lost.", "2022-07-15")).toEqual([["July 3", "2022-07-03", "day"]]);
    // Not a thing's attribute: a day told on its own keeps the nearest year.
    expect(resolve("On July 4, the town held a parade.", "2022-07-15")).toEqual([["July 4", "2022-07-04", "day"]]);
    // "may" and "march" in lower case are verbs.
    expect(resolve("Prices may 10 times rise.", "2022-07-15")).toEqual([]);
    // A past act on a day after publication: the page's date or the day's year is off, and which is not fixed.
    expect(resolve("The ceremony took place on July 25.", "2022-07-15")).toEqual([]);
    expect(resolve("Police detained him on July 25.", "2022-07-15")).toEqual([]);
    expect(resolve("He has been in custody since July 25.", "2022-07-15")).toEqual([]);
    expect(resolve("He has been in custody since July 5.", "2022-07-15")).toEqual([["July 5", "2022-07-05", "day"]]);
    expect(resolve("The hearing was postponed to July 25.", "2022-07-15")).toEqual([["July 25", "2022-07-25", "day"]]);
    expect(resolve("The vote was set for July 25.", "2022-07-15")).toEqual([["July 25", "2022-07-25", "day"]]);
  });

  it("reads a day without its year beside a part of the day, which chrono alone leaves unsure", () => {
    expect(resolve("The storm struck on the night of Nov. 12.", "2019-11-20")).toEqual([
      ["Nov. 12", "2019-11-12", "day"],
    ]);
    expect(resolve("He died March 3 in the afternoon.", "2019-11-20")).toEqual([["March 3", "2019-03-03", "day"]]);
    expect(resolve("It rained on the morning of Sept. 2 and the evening of Sept. 3.", "2019-11-20")).toEqual([
      ["Sept. 2", "2019-09-02", "day"],
      ["Sept. 3", "2019-09-03", "day"],
    ]);
    // The weekday between them is read with the day, as the words are written: one day, not two.
    expect(resolve("He spoke on Tuesday morning, Nov. 12, to reporters.", "2019-11-20")).toEqual([
      ["on Tuesday morning, Nov. 12", "2019-11-12", "day"],
    ]);
    // A part of the day with no month names no day of a month.
    expect(resolve("The storm struck on the night of the 12th.", "2019-11-20")).toEqual([]);
  });

  it("leaves alone what the words do not fix: nowadays-today, spans, a verb 'sat', a yearly month", () => {
    expect(resolve("It grew into a robust complex today.", "2024-07-01")).toEqual([]);
    expect(resolve("Both leaders faced a reversal of fortunes in the last year.", "2020-01-20")).toEqual([]);
    expect(resolve("I have played it over the past year.", "2017-11-03")).toEqual([]);
    expect(resolve("But the man sat before me was relaxed.", "2015-07-24")).toEqual([]);
    expect(resolve("416 motorists died during Thanksgiving weekend.", "2013-11-27")).toEqual([]);
    expect(resolve("The planting season ends in April.", "2024-07-01")).toEqual([]);
    expect(resolve("“Hong Kong today, Taiwan tomorrow” became her call.", "2020-01-20")).toEqual([]);
    expect(resolve("It had been a year since the war began.", "2020-01-20")).toEqual([]);
    expect(
      resolve("He was arrested on a Tuesday; that Friday and the following Monday he spoke.", "2020-01-20"),
    ).toEqual([]);
  });

  it("reads no 'today' after an infinitive's 'be' or past a present 'have': those are nowadays", () => {
    const day = "2019-11-18";
    expect(resolve("The old mill will always be remembered today.", day)).toEqual([]);
    expect(resolve("It met a need that has yet to be matched today.", day)).toEqual([]);
    expect(resolve("The club helped me find the friends I have today.", day)).toEqual([]);
    // A perfect's "been" still tells the day's happening.
    expect(resolve("The results have been released today.", day)).toEqual([["today", day, "day"]]);
  });

  it("reads no weekday placed in a month or a year of its own from publication", () => {
    // 2019-11-20 is a Wednesday.
    expect(resolve("On a cold Tuesday in December 1998, the mayor spoke.", "2019-11-20")).toEqual([]);
    expect(resolve("The mayor spoke on Tuesday in early March.", "2019-11-20")).toEqual([
      ["early March", "2019-03", "month"],
    ]);
    expect(resolve("The mayor spoke one Sunday of 2004.", "2019-11-20")).toEqual([]);
    // Not a month's or a year's: "in" a place still counts from publication.
    expect(resolve("The mayor spoke on Tuesday in Leeds.", "2019-11-20")).toEqual([
      ["on Tuesday", "2019-11-19", "day"],
    ]);
  });

  it("reads no relative unit written with a capital: a name or a label", () => {
    const day = "2019-11-20";
    expect(resolve("Move it into the “This Week” folder.", day)).toEqual([]);
    expect(resolve("Last Month: the replies that can wait.", day)).toEqual([]);
    expect(resolve("He hosted Next Year in Music on the radio.", day)).toEqual([]);
    // Prose writes the unit in lower case, even opening a sentence.
    expect(resolve("Last week the mill closed.", day)).toEqual([["Last week", "2019-11", "month"]]);
  });

  it("reads a bare 'today' told of a past happening in its clause as the publication day", () => {
    const day = "2019-11-18";
    for (const text of [
      "NASA announced today that it picked five firms.",
      "The findings were published today in Nature.",
      "Clarke said in a telecon with reporters today.",
      "The price of the Airpods 2 has dropped today to the lowest price we've seen.",
      "We bring you the best deals we've found today on video games.",
    ])
      expect(resolve(text, day), text).toEqual([["today", day, "day"]]);
    // Without a publication date nothing is resolved.
    expect(resolve("NASA announced today that it picked five firms.", undefined)).toEqual([]);
    // A bracketed day restates it: read once, as that day.
    expect(resolve("The paper was published today (Nov. 18) in Nature.", day)).toEqual([["Nov. 18", day, "day"]]);
  });

  it("reads a bare 'today' right after the noun of an act as the publication day, whatever the tense after it", () => {
    const day = "2019-11-19";
    for (const text of [
      "The agency’s report today claims that the mission slipped.",
      "In a statement today, the ministry rejected the offer.",
      "The court’s ruling today leaves the law in place.",
    ])
      expect(resolve(text, day), text).toEqual([["today", day, "day"]]);
    for (const text of [
      "The economy today is weaker.",
      "The report reaches today's readers.",
      "A report today than ever.",
    ])
      expect(resolve(text, day), text).toEqual([]);
    expect(resolve("The agency’s report today claims that the mission slipped.", undefined)).toEqual([]);
  });

  it("reads 'today's' before the noun of an act as the publication day, not before a thing's or a state's", () => {
    const day = "2019-11-18";
    expect(resolve("Swimmers were stunned by today's announcement of a cut in funds.", day)).toEqual([
      ["today's", day, "day"],
    ]);
    expect(resolve("Traders said the details of today's action were bolder than hoped.", day)).toEqual([
      ["today's", day, "day"],
    ]);
    expect(resolve("Today's vote split the party.", day)).toEqual([["Today's", day, "day"]]);
    expect(resolve("The captain chose to bat through today's morning session.", day)).toEqual([
      ["today's", day, "day"],
    ]);
    for (const text of [
      "Today's economy is weaker.",
      "The app suits today's readers.",
      "Today's world moves fast.",
      "Today's morning news is short.",
    ])
      expect(resolve(text, day), text).toEqual([]);
    expect(resolve("Today's vote split the party.", undefined)).toEqual([]);
  });

  it("reads a past 'today' across 'yet another' and up to seven words, but not a present passive's", () => {
    const day = "2019-11-18";
    expect(resolve("The cabinet agreed on yet another round of spending cuts today.", day)).toEqual([
      ["today", day, "day"],
    ]);
    expect(
      resolve("Born in 1856, the engineer invented the way most of the world's power is generated today.", day),
    ).toEqual([]);
    expect(resolve("She did not earn any of the scorn the rest of us see today.", day)).toEqual([]);
  });

  it("reads a bare 'today' of a happening foreseen with 'will'' as the publication day, not a state or a choice", () => {
    const day = "2018-08-08";
    for (const text of [
      "The goalkeeper will undergo a medical at the club's ground today ahead of the move.",
      "The board will vote on the merger today.",
      "The minister will travel to Lima today for talks.",
      "The driver is due to appear before a judge today.",
      "Both chambers are set to vote on the bill today.",
    ])
      expect(resolve(text, day), text).toEqual([["today", day, "day"]]);
    for (const text of [
      "These ideas will still be relevant today.",
      "The tool will be as useful today as it was then.",
      "He will remain in custody today.",
      "The fund is due to be larger today than it was.",
      "He is set to remain in custody today.",
      "Officials will decide what to do with the site today or tomorrow.",
      "Users will find that the app works differently today.",
      "The market will fall further today than it did last week.",
      "Children born today will live longer.",
    ])
      expect(resolve(text, day), text).toEqual([]);
    expect(resolve("The board will vote on the merger today.", undefined)).toEqual([]);
  });

  it("leaves a 'today' of nowadays, of a span, of a comparison or across a clause break unresolved", () => {
    for (const text of [
      "London continues to suffer air quality problems today.",
      "The universe we observe today arose from chaos.",
      "He said the economy is weaker today than before.",
      "He said the economy was stronger today than ever.",
      "The subscription only includes a single game as of today.",
      "The records, kept secret until today, were released.",
      "He said today's economy mattered.",
      "The way most steel is made today differs little.",
      "Mexico, which gained independence long ago, is today a democracy.",
      "The company was founded in 1990 and employs 500 people today.",
      "He said we're happy today.",
      "Sign up for the newsletter today.",
    ])
      expect(resolve(text, "2019-11-18"), text).toEqual([]);
  });

  it("takes a weekday that is part of a name for no day: a season's or a feast's, a paper's, a show's", () => {
    expect(resolve("The very best Black Friday deals and sales.", "2019-11-19")).toEqual([]);
    expect(resolve("Sanders won Super Tuesday, and Good Friday fell late.", "2020-03-20")).toEqual([]);
    expect(resolve("Home of the Daily and Sunday Express.", "2019-11-19")).toEqual([]);
    expect(resolve("Il black Friday incombe su di noi.", "2017-11-23")).toEqual([]);
    expect(resolve("Stocks had a good Monday, traders said.", "2019-11-19")).toEqual([["Monday", "2019-11-18", "day"]]);
    expect(resolve("He hosted Saturday Night Live, the Sunday Times reported Monday.", "2019-11-19")).toEqual([
      ["Monday", "2019-11-18", "day"],
    ]);
  });

  // 2013-11-27 is a Wednesday.
  it("reads a weekday with its part of the day, 'last night', and a weekday before a count", () => {
    expect(resolve("A decision will be made Thursday morning.", "2013-11-27")).toEqual([
      ["Thursday morning", "2013-11-28", "day"],
    ]);
    expect(resolve("I checked in last night.", "2013-11-27")).toEqual([["last night", "2013-11-26", "day"]]);
    expect(resolve("He wrote in a post published Thursday, 21 months after.", "2015-04-16")).toEqual([
      ["Thursday", "2015-04-16", "day"],
    ]);
    expect(resolve("They met last Wednesday and meet again next Wednesday.", "2013-11-27")).toEqual([
      ["last Wednesday", "2013-11-20", "day"],
      ["next Wednesday", "2013-12-04", "day"],
    ]);
  });

  it("reads a possessive weekday with its part of the day in a sentence told in the present, not a bare one", () => {
    // 2013-11-27 is a Wednesday.
    expect(resolve("Her role at Wednesday morning’s hearing is of concern to the board.", "2013-11-27")).toEqual([
      ["Wednesday morning", "2013-11-27", "day"],
    ]);
    expect(resolve("Her role at the hearing Wednesday morning is of concern to the board.", "2013-11-27")).toEqual([]);
  });

  it("takes a full date that opens with its weekday as that day", () => {
    expect(resolve("The parade is on Thursday, November 28, in New York.", "2013-11-27")).toEqual([
      ["on Thursday, November 28", "2013-11-28", "day"],
    ]);
  });

  it("gives a day and month without a year the year its weekday fixes, else the one its clause's tense points to", () => {
    // 2019-11-19 is a Tuesday; 2019-05-18 was a Saturday, 2020-05-18 a Monday.
    expect(resolve("She was taken on Saturday, May 18, from her home.", "2019-11-19")).toEqual([
      ["on Saturday, May 18", "2019-05-18", "day"],
    ]);
    // The next March 21 is nearer to a November article, but with no word of the future it is as
    // likely the last: left unresolved, unless the sentence tells the past, when it is the last. A
    // future word, or a day within a month, is the next.
    expect(resolve("The March 21 call is at the heart of the case.", "2019-11-19")).toEqual([]);
    expect(resolve("He was arrested in April for the March 21 call.", "2019-11-19")).toEqual([
      ["in April", "2019-04", "month"],
      ["March 21", "2019-03-21", "day"],
    ]);
    expect(resolve("I boarded a flight on May 15 and reached Mexico.", "2019-11-20")).toEqual([
      ["May 15", "2019-05-15", "day"],
    ]);
    expect(resolve("The hearing will be held March 21.", "2019-11-19")).toEqual([["March 21", "2020-03-21", "day"]]);
    expect(resolve("Nobody could say what might happen on Feb. 9.", "2020-01-19")).toEqual([
      ["Feb. 9", "2020-02-09", "day"],
    ]);
    // Told in the past, with the next Feb. 9 within a month: the page's date or the day's year is off, and which
    // is not fixed (the nearest day was a guess).
    expect(resolve("Several contenders at the Oscars on Feb. 9 were not nominated.", "2020-01-19")).toEqual([]);
    expect(resolve("The deal was signed on Sept. 2 in Ottawa.", "2019-11-19")).toEqual([
      ["Sept. 2", "2019-09-02", "day"],
    ]);
    // A weekday the day never fell on within a year of publication: nothing is taken over the other.
    expect(resolve("She was taken on Sunday, May 18, from her home.", "2019-11-19")).toEqual([]);
  });

  it("reads an opening 'Today' told of one happening: a foreseen act, an announcement, 'Today marks'", () => {
    const today = (text: string) => resolve(text, "2016-12-06");
    expect(today("Today, the agency's probe will engage its thrusters for a final maneuver.")).toEqual([
      ["Today", "2016-12-06", "day"],
    ]);
    expect(today("Today, we're excited to share a new way to build apps.")).toEqual([["Today", "2016-12-06", "day"]]);
    expect(today("Today, the company announced that it would cut 300 jobs.")).toEqual([["Today", "2016-12-06", "day"]]);
    expect(today("Today marks the end of a long campaign.")).toEqual([["Today", "2016-12-06", "day"]]);
    expect(today("Today, the fire service said it would review its drills.")).toEqual([["Today", "2016-12-06", "day"]]);
    expect(today("Today, the council voted to close the pool.")).toEqual([["Today", "2016-12-06", "day"]]);
    expect(today('The statement read: "Today marks the end of a long campaign."')).toEqual([]);
    expect(today("Today, we will vote to repeal the law,” the senator said.")).toEqual([]);
    // Not: "Today" as nowadays, a state, "will be", a habit, or a clause break before the verb.
    expect(today("Today, most homes have a phone.")).toEqual([]);
    expect(today("Today, the plant employs 300 people.")).toEqual([]);
    expect(today("Today, the law will still be relevant.")).toEqual([]);
    expect(today("Today, the average reader will spend four hours a day on a phone.")).toEqual([]);
    expect(today("Today, after the war, the town will rebuild.")).toEqual([]);
  });

  it("reads a weekday that opens its sentence as an anniversary's, a deadline's or a marking's subject as the day to come", () => {
    // 2019-11-22 is a Friday.
    const day = "2019-11-22";
    expect(resolve("Sunday is the 40th anniversary of the club's founding.", day)).toEqual([
      ["Sunday", "2019-11-24", "day"],
    ]);
    expect(resolve("Monday marks a year since the flood.", day)).toEqual([["Monday", "2019-11-25", "day"]]);
    expect(resolve("Friday is the last day of the fair.", day)).toEqual([["Friday", day, "day"]]);
    // Not any week's day: "Sunday is a day of rest", "Monday is the busiest day".
    expect(resolve("Sunday is a day of rest.", day)).toEqual([]);
    expect(resolve("Monday is the busiest day for doctors.", day)).toEqual([]);
  });

  it("reads 'by the end of the year' looked ahead to as the publication's year, inferred; not told in the past", () => {
    const day = "2019-08-14";
    expect(findRelativeDates("The app will reach all subscribers by the end of the year.", day)).toMatchObject([
      { label: "by the end of the year", iso: "2019", precision: "year", yearInferred: true },
    ]);
    expect(resolve("The plant closed at the end of the year.", day)).toEqual([]);
  });

  it("reads a holiday told with its year counted from publication as its day that year", () => {
    // 2014-11-27 was the fourth Thursday of November 2014.
    const day = "2015-11-20";
    expect(resolve("They were met with stares at last year’s Thanksgiving dinner.", day)).toEqual([
      ["last year’s Thanksgiving", "2014-11-27", "day"],
    ]);
    expect(resolve("Last year's Halloween was wet.", day)).toEqual([["Last year's Halloween", "2014-10-31", "day"]]);
    expect(resolve("Next year's Easter falls early.", day)).toEqual([["Next year's Easter", "2016-03-27", "day"]]);
    // Not a season's or another day's noun: only the year is fixed.
    expect(resolve("He recalled last year's Christmas party.", day)).toEqual([["last year", "2014", "year"]]);
    expect(resolve("Last year's Thanksgiving weekend sales fell.", day)).toEqual([["Last year", "2014", "year"]]);
  });

  it("reads 'the day before yesterday' and 'the day after tomorrow' as two days away, not one", () => {
    // 2019-11-20 is a Wednesday.
    expect(resolve("The council voted the day before yesterday to close the plant.", "2019-11-20")).toEqual([
      ["the day before yesterday", "2019-11-18", "day"],
    ]);
    expect(resolve("The council will vote the day after tomorrow.", "2019-11-20")).toEqual([
      ["the day after tomorrow", "2019-11-22", "day"],
    ]);
    // Not: a plain "yesterday" stays one day back, and "the leaders of tomorrow" is no day.
    expect(resolve("The council voted yesterday.", "2019-11-20")).toEqual([["yesterday", "2019-11-19", "day"]]);
    expect(resolve("They are the leaders of the day after tomorrow.", "2019-11-20")).toEqual([]);
    // "tomorrow's" before people by their role or the future itself is the time to come; before an event, its day.
    expect(resolve("The grants help train tomorrow's leaders.", "2019-11-20")).toEqual([]);
    expect(resolve("The lab shapes tomorrow's young engineers and tomorrow's workforce.", "2019-11-20")).toEqual([]);
    expect(resolve("Fans queued for tomorrow's match.", "2019-11-20")).toEqual([["tomorrow", "2019-11-21", "day"]]);
  });

  it("reads a weekday told with its week as that day of the week, counted from Monday", () => {
    // 2019-11-20 is a Wednesday: last week ran from Monday 11 to Sunday 17 November.
    expect(resolve("The council voted on Thursday last week to close the plant.", "2019-11-20")).toEqual([
      ["on Thursday last week", "2019-11-14", "day"],
    ]);
    expect(resolve("The council voted Monday of last week.", "2019-11-20")).toEqual([
      ["Monday of last week", "2019-11-11", "day"],
    ]);
    expect(resolve("The council will vote on Tuesday next week.", "2019-11-20")).toEqual([
      ["on Tuesday next week", "2019-11-26", "day"],
    ]);
    // Not: a possessive week is no day's ("last week's winner"), and a Sunday's week is not fixed.
    expect(resolve("On Friday, last week's winner was named.", "2019-11-20")).toEqual([
      ["On Friday", "2019-11-15", "day"],
      ["last week", "2019-11", "month"],
    ]);
    expect(resolve("The council voted on Sunday last week.", "2019-11-20").map(([label]) => label)).not.toContain(
      "on Sunday last week",
    );
  });

  it("names the month of last week or this week only when the week lies in one month", () => {
    expect(resolve("Last week, 12 people died.", "2013-11-27")).toEqual([["Last week", "2013-11", "month"]]);
    // 2024-08-05 is a Monday: last week ran from 29 July to 4 August.
    expect(resolve("Talks stalled last week.", "2024-08-05")).toEqual([]);
    expect(resolve("Traffic slowed earlier this week.", "2025-03-13")).toEqual([
      ["earlier this week", "2025-03", "month"],
    ]);
  });

  it("reads a bare month told in the past or stated for the future", () => {
    expect(resolve("Nine people were killed in South Carolina in June.", "2015-07-24")).toEqual([
      ["in June", "2015-06", "month"],
    ]);
    expect(resolve("November marked the beginning of the season.", "2019-01-03")).toEqual([
      ["November", "2018-11", "month"],
    ]);
    expect(resolve("He discussed the delay with them at the end of August.", "2019-11-20")).toEqual([
      ["end of August", "2019-08", "month"],
    ]);
    expect(resolve("An inquest has been adjourned until July.", "2015-04-21")).toEqual([
      ["until July", "2015-07", "month"],
    ]);
    expect(findRelativeDates("They were killed in June.", "2015-07-24")[0]?.yearInferred).toBe(true);
    // "since" counts back, though the sentence looks ahead; "as of" dates a state told in the past.
    expect(resolve("Troops will stay where routes have shifted since January.", "2025-03-03")).toEqual([
      ["since January", "2025-01", "month"],
    ]);
    // A span from a month up to now, or a base a figure is measured against, is a past month in any tense.
    expect(resolve("Fares have fallen by a third since April.", "2016-02-10")).toEqual([
      ["since April", "2015-04", "month"],
    ]);
    expect(resolve("Half of the members now back the plan, up from 25 percent in September.", "2016-02-10")).toEqual([
      ["in September", "2015-09", "month"],
    ]);
    expect(resolve("The harvest begins in September.", "2016-02-10")).toEqual([]);
    expect(resolve("As of October, Emirates had a fleet of 270 aircraft.", "2019-11-20")).toEqual([
      ["As of October", "2019-10", "month"],
    ]);
    // "May" opening a sentence is a verb; "June Carter" a name.
    expect(resolve("May the talks succeed, said June Carter.", "2015-07-24")).toEqual([]);
  });

  it("reads a month named as an attribute of a happening as a bare month", () => {
    expect(resolve("Norway’s October oil production beat forecasts.", "2019-11-19")).toEqual([
      ["October", "2019-10", "month"],
    ]);
    expect(resolve("A deal was expected within weeks of an October news conference.", "2019-11-20")).toEqual([
      ["October", "2019-10", "month"],
    ]);
    expect(resolve("I heard it at October’s Money 20/20 conference.", "2019-11-14")).toEqual([
      ["October’s", "2019-10", "month"],
    ]);
    expect(resolve("The firm will report its March sales.", "2019-11-14")).toEqual([["March", "2020-03", "month"]]);
    // Told in neither past nor future, a month is every year's; "May’s" may be a name's; "the October of …" is another year's.
    expect(resolve("The October harvest is the largest.", "2019-11-14")).toEqual([]);
    expect(resolve("He rejected Theresa May’s deal.", "2019-11-14")).toEqual([]);
    expect(resolve("It was the October of 1998.", "2019-11-14")).toEqual([]);
  });

  it("reads a month later in the year than publication, named as an attribute, as last year's only when a past verb tells it", () => {
    // Written in November: the December debate they have not yet reached is a coming one, not last year's.
    expect(resolve("Three rivals haven’t yet qualified for the December debate.", "2019-11-20")).toEqual([]);
    expect(resolve("Three rivals have not qualified for the December debate.", "2019-11-20")).toEqual([]);
    // Told in the past, it is last year's, as a bare month is.
    expect(resolve("Three rivals missed the December debate.", "2019-11-20")).toEqual([
      ["December", "2018-12", "month"],
    ]);
  });

  it("reads a month after one adjective of its happening, not a word that counts from another time or of a habit", () => {
    expect(resolve("He told investigators he witnessed a key September meeting in Warsaw.", "2019-11-20")).toEqual([
      ["September", "2019-09", "month"],
    ]);
    expect(resolve("She attended a tense October summit in Paris.", "2019-11-20")).toEqual([
      ["October", "2019-10", "month"],
    ]);
    expect(resolve("He recalled that the following September meeting was tense.", "2019-11-20")).toEqual([]);
    expect(resolve("They held the annual October meeting in Paris.", "2019-11-20")).toEqual([]);
    expect(resolve("Stocks rallied on the improved September quarter earnings.", "2019-11-20")).toEqual([]);
  });

  it("reads the second month of a span from the first, in order", () => {
    expect(resolve("He was in Paris from June to August.", "2019-11-20")).toEqual([
      ["from June", "2019-06", "month"],
      ["to August", "2019-08", "month"],
    ]);
    expect(resolve("He was in Paris from November to February.", "2020-04-20")).toEqual([
      ["from November", "2019-11", "month"],
      ["to February", "2020-02", "month"],
    ]);
    expect(resolve("He will be in Paris from June to August.", "2020-04-20").map((d) => d[1])).toEqual([
      "2020-06",
      "2020-08",
    ]);
    // Told in the past, a span that would end after publication is an earlier year's: the end is not fixed.
    expect(resolve("He was in Paris from March to May.", "2020-04-20").map((d) => d[0])).toEqual(["from March"]);
    // Not a span: "to" after a month that was not read as its start.
    expect(resolve("He moved the vote from March 3 to May 5.", "2020-04-20").map((d) => d[0])).not.toContain("to May");
  });

  it("reads the second month of a pair after “in”, in order, and not one joined by “or”", () => {
    expect(resolve("In May and June, the pumps failed twice.", "2021-07-02")).toEqual([
      ["In May", "2021-05", "month"],
      ["and June", "2021-06", "month"],
    ]);
    expect(resolve("During October and November the ferry ran late.", "2021-12-10").map((d) => d[1])).toEqual([
      "2021-10",
      "2021-11",
    ]);
    expect(resolve("The pumps failed in May or June.", "2021-07-02").map((d) => d[0])).toEqual(["in May"]);
    // Out of order: not a pair read forward.
    expect(resolve("The pumps failed in June and May.", "2021-07-02").map((d) => d[0])).toEqual(["in June"]);
  });

  it("leaves a weekday unresolved in a sentence told only in the present, unless a schedule's verb sets it ahead", () => {
    // 2019-11-20 is a Wednesday.
    expect(resolve("The Gophers play golf against the Wildcats on Saturday.", "2019-11-20")).toEqual([]);
    // A fixture's verb right before its day is a schedule's; after a past saying, the speaker's present.
    expect(resolve("The Gophers play Saturday against the Wildcats.", "2019-11-20")).toEqual([
      ["Saturday", "2019-11-23", "day"],
    ]);
    expect(resolve("The two sides face on Friday in Madrid.", "2019-11-20")).toEqual([
      ["on Friday", "2019-11-22", "day"],
    ]);
    expect(resolve("The coach said the Gophers play Saturday.", "2019-11-20")).toEqual([]);
    expect(resolve("He said the show opens to the public on Friday.", "2019-11-20")).toEqual([]);
    expect(resolve("The museum closes on Mondays.", "2019-11-20")).toEqual([]);
    expect(resolve("Stadia's launch day is Tuesday… sort of.", "2019-11-20")).toEqual([]);
    for (const [text, iso] of [
      ["The show opens to the public on Friday.", "2019-11-22"],
      ["The exhibition, which opens on Friday, holds 40 works.", "2019-11-22"],
      ["The store opens on Wednesday.", "2019-11-20"],
      ["The trial begins Jan. 6.", "2020-01-06"],
    ])
      expect(
        resolve(text ?? "", "2019-11-20").map((d) => d[1]),
        text,
      ).toEqual([iso]);
    // A day of a schedule already past is not one the present sets: which year's is not fixed.
    expect(resolve("The trial begins Nov. 6.", "2019-11-20")).toEqual([]);
    // A schedule's participle heading its clause sets the coming day in a sentence told in the present.
    expect(resolve("The host has ten guests on this winter's show, kicking off on January 5.", "2019-11-20")).toEqual([
      ["January 5", "2020-01-05", "day"],
    ]);
    expect(resolve("The ferry adds a route, starting Feb. 3.", "2019-11-20")).toEqual([
      ["Feb. 3", "2020-02-03", "day"],
    ]);
    // Without the participle the present leaves which January open.
    expect(resolve("The host has ten guests on this winter's show on January 5.", "2019-11-20")).toEqual([]);
    // 2015-07-24 is a Friday: "later on Friday" is the day the page was written.
    expect(resolve("Mr Obama lands in Kenya later on Friday for his first visit.", "2015-07-24")).toEqual([
      ["on Friday", "2015-07-24", "day"],
    ]);
    expect(resolve("The show opened to the public on Friday.", "2019-11-20")).toEqual([
      ["on Friday", "2019-11-15", "day"],
    ]);
    expect(resolve("Teachers didn’t see him at the Statehouse on Friday.", "2019-11-20")).toEqual([
      ["on Friday", "2019-11-15", "day"],
    ]);
    expect(resolve("The show will open to the public on Friday.", "2019-11-20")).toEqual([
      ["on Friday", "2019-11-22", "day"],
    ]);
    expect(resolve("Results are expected late on Thursday night.", "2019-11-20")).toEqual([
      ["on Thursday night", "2019-11-21", "day"],
    ]);
    expect(resolve("The minister says Monday's talks went well.", "2019-11-20")).toEqual([
      ["Monday's", "2019-11-18", "day"],
    ]);
  });

  it("leaves a weekday unresolved where 'this week' in its sentence puts it in a week the count leaves", () => {
    // 2019-11-08 is a Friday: the next Wednesday is in the week after.
    const text = "Smoke is set to descend this week, and pollution is likely to reach severe levels on Wednesday.";
    // The Wednesday ahead lies past the week, so the sentence's "this week" is a later day's: neither is dated.
    expect(resolve(text, "2019-11-08")).toEqual([]);
    expect(resolve(text, "2019-11-04")).toEqual([
      ["this week", "2019-11", "month"],
      ["on Wednesday", "2019-11-06", "day"],
    ]);
  });

  it("leaves 'this week' undated beside a weekday ahead past the week, not beside a past one or 'last week'", () => {
    // 2019-11-08 and 2019-11-15 are Fridays, 2019-11-18 a Monday.
    expect(resolve("Talks open later this week, and a vote will be held on Tuesday.", "2019-11-08")).toEqual([]);
    expect(resolve("Talks resumed this week, after they stalled on Friday.", "2019-11-18")).toEqual([
      ["this week", "2019-11", "month"],
    ]);
    expect(resolve("Smoke lingered last week and will return on Wednesday.", "2019-11-15")).toEqual([
      ["last week", "2019-11", "month"],
      ["on Wednesday", "2019-11-20", "day"],
    ]);
    expect(resolve("Talks open this week, and a vote will be held on Thursday.", "2019-11-05")).toEqual([
      ["this week", "2019-11", "month"],
      ["on Thursday", "2019-11-07", "day"],
    ]);
  });

  it("reads no day in a numeric month and day: its order differs by country, and it is as often a ratio", () => {
    expect(resolve("Smith seized on something with a 6/8 feel, and they stayed there.", "2019-11-13")).toEqual([]);
  });

  it("reads the first half of a year as that year, no rank", () => {
    expect(resolve("A jury will pick the design in the first half of next year.", "2019-11-20")).toEqual([
      ["next year", "2020", "year"],
    ]);
  });

  it("counts back 'ago', 'it's been a year since', and fixes the year of 'this fall'", () => {
    expect(resolve("Nine months ago, he seemed a spent force.", "2015-07-24")).toEqual([
      ["Nine months ago", "2014-10", "month"],
    ]);
    expect(resolve("These were the fixes I recommended 2 years ago.", "2015-04-16")).toEqual([
      ["2 years ago", "2013", "year"],
    ]);
    expect(resolve("It's now been a year since the console launched.", "2017-11-03")).toEqual([
      ["been a year since", "2016", "year"],
    ]);
    expect(resolve("Headsets launching this fall will work.", "2017-11-03")).toEqual([["this fall", "2017", "year"]]);
    expect(resolve("They shocked the world earlier this year.", "2016-11-15")).toEqual([
      ["earlier this year", "2016", "year"],
    ]);
  });

  it("resolves nothing without a publication date", () => {
    expect(resolve("They met on Tuesday and again yesterday.", undefined)).toEqual([]);
  });

  it("locates relative dates without a publication date when only their places are asked", () => {
    const text = "Schedule: April 22 — hearing; on Tuesday — vote.";
    expect(relativeDateSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(["April 22", "on Tuesday"]);
  });
});

describe("findRelativeDates: a part of a month joined by its hyphen", () => {
  it("reads 'late-September' as 'late September', before a capitalised word too", () => {
    expect(resolve("The mayor ended her late-September Danube cruise early.", "2025-11-19")).toEqual([
      ["late-September", "2025-09", "month"],
    ]);
    expect(resolve("The board held an early-March vote.", "2025-11-19")).toEqual([["early-March", "2025-03", "month"]]);
    // Without the hyphen, a month before a capitalised word may be a name's.
    expect(resolve("The band toured with June Carter.", "2025-11-19")).toEqual([]);
  });
});

describe("findRelativeDates: a month of a thing named by its year", () => {
  it("gives the month in the clause that tells of the thing its year", () => {
    expect(resolve("Legislators met ahead of their 2026 session that starts in early January.", "2025-11-19")).toEqual([
      ["early January", "2026-01", "month"],
    ]);
  });

  it("leaves a year of accounts alone, which may open the year before", () => {
    expect(resolve("Officials said the 2026 fiscal year that begins in October would be hard.", "2025-11-19")).toEqual(
      [],
    );
  });
});

describe("findRelativeDates: a count of years after a clause in the present", () => {
  it("counts back from publication after a clause in the present", () => {
    expect(
      resolve("Troops remain in Afghanistan, 18 years after Washington invaded the country.", "2019-11-20"),
    ).toEqual([["18 years after", "2001", "year"]]);
  });

  it("leaves a count after a clause in the past, or a loose one, unresolved", () => {
    expect(resolve("Troops stayed in Afghanistan, 18 years after the invasion.", "2019-11-20")).toEqual([]);
    expect(resolve("Troops remain in Afghanistan, nearly 18 years after the invasion.", "2019-11-20")).toEqual([]);
  });
});

describe("findRelativeDates: a day and month without a year", () => {
  it("reads a day the words give in digits", () => {
    expect(findRelativeDates("The hearing was held on Sept. 2 in Toluca.", "2024-09-10").map((d) => d.iso)).toEqual([
      "2024-09-02",
    ]);
    expect(findRelativeDates("He was arrested on 12 April.", "2024-04-20").map((d) => d.label)).toEqual([
      "on 12 April",
    ]);
  });

  it("reads none where the words hold no digit, the month's name or not", () => {
    expect(findRelativeDates("The hearing was held on the second of September.", "2024-09-10")).toEqual([]);
    const maybeMarket = findRelativeDates("The mayor may decide on the market by the end of March.", "2024-09-10");
    expect(maybeMarket.filter((d) => d.precision === "day")).toEqual([]);
  });
});

describe("findRelativeDates: a day more than a month ahead, its year unstated", () => {
  const days = (sentence: string, published: string) =>
    findRelativeDates(sentence, published)
      .filter((d) => d.precision === "day")
      .map((d) => d.iso);
  it("reads a passive infinitive's day as a coming one", () => {
    expect(
      days("The ministers met on Monday before the summit, to be held June 6 in Lima, officials said.", "2022-04-21"),
    ).toEqual(expect.arrayContaining(["2022-06-06"]));
    expect(
      days("The ministers met before the summit, to be held June 6 in Lima, officials said.", "2022-04-21"),
    ).not.toContain("2021-06-06");
  });
  it("takes no past verb of a clause joined after the day's for the day's", () => {
    expect(days("Her last day is April 1, and the studio has not named a successor.", "2020-02-24")).not.toContain(
      "2019-04-01",
    );
    // In the day's own clause a past verb still places it in the year before.
    expect(days("On April 1, the studio named a successor.", "2020-02-24")).toEqual(["2019-04-01"]);
  });
});

describe("findRelativeDates and the years a history counts", () => {
  it("counts decades back from publication", () => {
    expect(resolve("The mill closed a decade ago, and the town shrank.", "2018-09-25")).toEqual([
      ["a decade ago", "2008", "year"],
    ]);
    expect(resolve("Two decades ago the valley flooded.", "2018-09-25")).toEqual([["Two decades ago", "1998", "year"]]);
  });

  it("leaves a decade counted loosely", () => {
    for (const sentence of [
      "The mill closed more than a decade ago.",
      "The mill closed nearly two decades ago.",
      "The mill closed about a decade ago.",
    ])
      expect(resolve(sentence, "2018-09-25"), sentence).toEqual([]);
  });

  it("reads a year written with an apostrophe for its century as the last such year", () => {
    expect(resolve("The two leaders fell out in ’91 over the loans.", "2015-03-18")).toEqual([["’91", "1991", "year"]]);
    expect(resolve("The mayor has held the seat since '08.", "2015-03-18")).toEqual([["'08", "2008", "year"]]);
  });

  it("reads no decade and no quotation mark as such a year", () => {
    for (const sentence of ["Fashion of the ’90s came back.", "She sang hits of the '80s and ’90s."])
      expect(resolve(sentence, "2015-03-18"), sentence).toEqual([]);
  });

  it("takes no day from a holiday that modifies a thing", () => {
    for (const sentence of [
      "The shop sold out of Valentine’s Day candies.",
      "The family kept a Christmas Eve tradition of carols.",
      "Crowds filled the Easter Sunday service at the cathedral.",
    ])
      expect(resolve(sentence, "2019-03-01"), sentence).toEqual([]);
    expect(resolve("He proposed on Valentine’s Day in the park.", "2019-03-01")).toEqual([
      ["on Valentine’s Day", "2019-02-14", "day"],
    ]);
    expect(resolve("The storm hit on Christmas Eve night.", "2019-03-01")).toEqual([
      ["on Christmas Eve", "2018-12-24", "day"],
    ]);
  });
});

describe("findRelativeDates: labels and owners' years", () => {
  it("reads no month from an issue's or a cover's label", () => {
    expect(
      resolve("The actor, who fronts the magazine's March cover, said acting had changed him.", "2025-02-10"),
    ).toEqual([]);
    expect(resolve("The recipe ran in its June issue, which sold out.", "2025-05-06")).toEqual([]);
  });
  it("reads no year from an owner's last year, a final one", () => {
    expect(resolve("She studied abroad her whole last year of college.", "2025-05-06")).toEqual([]);
    expect(resolve("He spent his last year in office on trade.", "2025-05-06")).toEqual([]);
    expect(resolve("Her company grew last year.", "2025-05-06")).toEqual([["last year", "2024", "year"]]);
  });
  it("reads a weekday in a relative clause told in the present as a coming one", () => {
    // Published on a Tuesday: the list that "drops on Friday" is out this week, not last.
    expect(
      resolve("Ahead of our books of the year list, which drops on Friday, we picked ten covers.", "2025-05-06"),
    ).toEqual([["on Friday", "2025-05-09", "day"]]);
  });
});

describe("findRelativeDates: a title's day words", () => {
  it("reads no day from 'Yesterday' or 'Tonight' capitalised after a word", () => {
    expect(resolve("Her favourite film is Meet Me Yesterday, a comedy.", "2025-05-06")).toEqual([]);
    expect(resolve("He was a guest on The Tonight Show.", "2025-05-06")).toEqual([]);
    expect(resolve("Yesterday the council voted, and tonight it meets again.", "2025-05-06")).toEqual([
      ["Yesterday", "2025-05-05", "day"],
      ["tonight", "2025-05-06", "day"],
    ]);
  });
});

describe("findRelativeDates: a holiday with its year", () => {
  it("reads the holiday of the year the words give, not the last one", () => {
    expect(resolve("The mill burned on Christmas Eve in 1911.", "2025-05-06")).toEqual([
      ["on Christmas Eve in 1911", "1911-12-24", "day"],
    ]);
    expect(resolve("The mill burned on Christmas Eve.", "2025-05-06")).toEqual([
      ["on Christmas Eve", "2024-12-24", "day"],
    ]);
  });
});

describe("findRelativeDates: a day read only where its own clause's tense fixes the direction", () => {
  // 2024-03-13 is a Wednesday.
  const days = (text: string) =>
    findRelativeDates(text, "2024-03-13")
      .filter((d) => d.precision === "day")
      .map((d) => [d.label, d.iso]);

  it("reads a day and month without a year by its clause's tense, never against it", () => {
    // Future: the next such day, where it is the nearer; the last one nearer says the page's date or the day's year is off.
    expect(days("The council will vote on March 20.")).toEqual([["March 20", "2024-03-20"]]);
    expect(days("The council will vote on March 3.")).toEqual([]);
    // Past: the last such day, unless the next lies within a month.
    expect(days("The council voted on March 3.")).toEqual([["March 3", "2024-03-03"]]);
    expect(days("The council voted on March 20.")).toEqual([]);
    // A verb that sets the day tells when it was set, not which way the day lies: the nearer within a month.
    expect(days("The vote was moved to March 20.")).toEqual([["March 20", "2024-03-20"]]);
    expect(days("The mayor cancelled a rise in fees planned for March 3.")).toEqual([["March 3", "2024-03-03"]]);
    expect(days("The vote was moved to June 3.")).toEqual([]);
    // So does a participle that sets it before the infinitive governing the day.
    expect(days("The council had planned to reopen March 20 the pier it closed.")).toEqual([
      ["March 20", "2024-03-20"],
    ]);
    expect(days("The council had hoped to reopen March 20 the pier it closed.")).toEqual([]);
    // "could" in another clause does not make a past clause's day a coming one.
    expect(days("I objected when I learned of it on Feb. 18, and thought we could stop it.")).toEqual([
      ["Feb. 18", "2024-02-18"],
    ]);
    // Present: a coming day within a month, never one gone by, nor one far ahead (as likely last year's).
    expect(days("The new wing opens to visitors on March 20.")).toEqual([["March 20", "2024-03-20"]]);
    expect(days("The March 3 recount is at the centre of the dispute.")).toEqual([]);
    expect(days("The August 9 recount is at the centre of the dispute.")).toEqual([]);
  });

  it("reads a span of days told in the present that runs through publication as the one under way", () => {
    const span = (text: string) => findRelativeDates(text, "2024-12-28").map((d) => [d.label, d.iso]);
    expect(span("From December 20 through January 6 we are sharing our readers' letters.")).toEqual([
      ["December 20 through January 6", "2024-12-20"],
    ]);
    // A span wholly gone by, or longer than a season, is left as a lone day told in the present is.
    expect(span("From December 2 through December 10 we are sharing our readers' letters.")).toEqual([]);
    expect(span("From September 20 through January 6 we are sharing our readers' letters.")).toEqual([]);
  });

  it("reads an entry's day by the entry's own verb, after its separator", () => {
    expect(days("March 3 — The council voted down the plan")).toEqual([["March 3", "2024-03-03"]]);
    expect(days("March 3, 9:30 a.m. — The council voted down the plan").map(([, iso]) => iso)).toEqual(["2024-03-03"]);
    // A chronicle's present tells no direction: the day may be gone or to come.
    expect(days("March 3 — The council votes on the plan")).toEqual([]);
  });

  it("puts a weekday in the week gone only by a past verb of its own clause, not of a clause joined to it", () => {
    expect(days("The mayor resigned on Monday.")).toEqual([["on Monday", "2024-03-11"]]);
    expect(days("Two officers were hurt — the union holds a vigil on Monday.")).toEqual([]);
    expect(days("The storm flooded two roads; both are shut to traffic on Monday.")).toEqual([]);
    expect(days("The council said the budget is short, and the mayor speaks on Monday.")).toEqual([]);
    // An aside between two dashes is no clause of its own: the verb past it is the day's.
    expect(days("The raid on Monday — the third this year — closed the market.")).toEqual([
      ["on Monday", "2024-03-11"],
    ]);
    expect(days("Just after dawn on March 4 — hours before the vote — the aide posted photos.")).toEqual([
      ["March 4", "2024-03-04"],
    ]);
    // A past verb in the weekday's clause, however long, still dates it.
    expect(days("Her successor, who was named in January, started on Monday.")).toEqual([["on Monday", "2024-03-11"]]);
  });
});

describe("findRelativeDates: the future as a noun, a passive present, a comparison's base (stop 73)", () => {
  // 2024-03-13 is a Wednesday.
  it("reads no day in 'tomorrow' after a determiner and an adjective of hope or a comparative", () => {
    expect(resolve("These talks will not build a better tomorrow for the valley.", "2024-03-13")).toEqual([]);
    expect(resolve("Voters want a safe and prosperous tomorrow.", "2024-03-13")).toEqual([]);
    expect(resolve("She has a meeting tomorrow.", "2024-03-13")).toEqual([["tomorrow", "2024-03-14", "day"]]);
  });

  it("reads a weekday after a passive in the present as the coming one where the sentence looks ahead", () => {
    expect(resolve("More showers are expected Saturday, but the timing remains unclear.", "2024-03-13")).toEqual([
      ["Saturday", "2024-03-16", "day"],
    ]);
    // A past auxiliary still tells the day gone.
    expect(resolve("More showers were expected Saturday.", "2024-03-13")).toEqual([["Saturday", "2024-03-09", "day"]]);
  });

  it("leaves the month of a comparison's base unresolved where only the time compared with it is to come", () => {
    expect(resolve("He expects a smaller rate rise next week than in January.", "2024-03-13")).toEqual([
      ["next week", "2024-03", "month"],
    ]);
  });
});
