import { describe, expect, it } from "vitest";
import { findRelativeDates } from "#lib/content/relativeDates.ts";
import { opensPluperfect } from "./direction.ts";

/** Each relative date of the sentence as [words, ISO], published 2025-05-06 (a Tuesday). */
const resolve = (sentence: string) => findRelativeDates(sentence, "2025-05-06").map((d) => [d.label, d.iso]);

describe("looksAheadAt, through findRelativeDates", () => {
  it("dates the saying, not the future it reports, when the date stands before the reporting verb", () => {
    expect(resolve("In March, Mexico said it will deploy 10,000 troops.")).toEqual([["In March", "2025-03"]]);
    expect(resolve("On Monday, Sheinbaum said she will travel to Washington.")).toEqual([["On Monday", "2025-05-05"]]);
  });

  it("reads a day that a day's noun 'is' in the present as the coming one, not a habit's", () => {
    expect(resolve("Her last day at the mill is June 2.")).toEqual([["June 2", "2025-06-02"]]);
    expect(resolve("The ferry's launch day is Thursday.")).toEqual([["Thursday", "2025-05-08"]]);
    // Six days ahead is the day before publication's weekday, which a page dated late makes yesterday: not fixed.
    expect(resolve("The ferry's launch day is Monday.")).toEqual([]);
    expect(resolve("The filing deadline is on Friday, the clerk said.")).toEqual([["on Friday", "2025-05-09"]]);
    // Told in the past, the day is gone; a habit's day is any week's.
    expect(resolve("Her last day at the mill was April 2.")).toEqual([["April 2", "2025-04-02"]]);
    expect(resolve("His favourite day is Friday.")).toEqual([]);
  });

  it("reads 'is set to' as ahead with an adverb inside it, as 'is expected to' is", () => {
    expect(resolve("The permit, which is now set to lapse in February, covers two quarries.")).toEqual([
      ["in February", "2026-02"],
    ]);
    expect(resolve("The ferry route is currently set to reopen in March.")).toEqual([["in March", "2026-03"]]);
    // Told in the past, the month is the last one.
    expect(resolve("The ferry route was set to reopen in March.")).toEqual([["in March", "2025-03"]]);
  });

  it("dates a verb in the past right before the date in the past, whatever the sentence foresees", () => {
    expect(resolve("The law, approved in March, will take effect in July.")).toEqual([
      ["in March", "2025-03"],
      ["in July", "2025-07"],
    ]);
  });

  it("reads no future in a relative clause set off by commas before the date: it describes its noun", () => {
    expect(
      resolve("The harbourmaster, who will retire next year, told the board on Monday that the pier was unsafe."),
    ).toEqual([
      ["next year", "2026"],
      ["on Monday", "2025-05-05"],
    ]);
    // Outside commas the future governs the day.
    expect(resolve("The harbourmaster will tell the board on Friday that the pier is unsafe.")).toEqual([
      ["on Friday", "2025-05-09"],
    ]);
  });

  it("reads a reported future ('would') before the date as ahead, but not a narrative 'would' after it", () => {
    expect(resolve("The officials said the first joint report would be published in June.")).toEqual([
      ["in June", "2025-06"],
    ]);
    // Neither a told past nor a stated future: the month stays unresolved rather than the next June.
    expect(resolve("In June, police would find the bodies of the missing students.")).toEqual([]);
  });

  it("reads a less common irregular past ('drew', 'withdrew') as the past it is", () => {
    // 2025-05-06 is a Tuesday: the Monday told in the past is the day before.
    expect(resolve("The ad drew criticism across the region on Monday, but the governor defended it.")).toEqual([
      ["on Monday", "2025-05-05"],
    ]);
    expect(resolve("The bidder withdrew its offer on Friday.")).toEqual([["on Friday", "2025-05-02"]]);
    // "grew" is left out: a growth told with "today" is the state reached, nowadays.
    expect(resolve("The village grew into a busy port today.")).toEqual([]);
  });

  it("keeps a series' last item in its clause ('Mail, Maps, and Drive'), where ', and' joins no clause", () => {
    expect(
      resolve("An outage disrupted access to Mail, Maps, and Drive on Friday, leaving users without mail."),
    ).toEqual([["on Friday", "2025-05-02"]]);
    // An aside or a clause before ", and" ends the clause: the past verb there does not tell the Friday.
    expect(resolve("She resigned, reluctantly, and her successor starts on Friday.")).toEqual([]);
    expect(resolve("The board met, officials said, and the vote comes on Friday.")).toEqual([]);
  });

  it("dates a past verb's day, not the future of a clause after it, where the verb reaches past its object", () => {
    // 2025-05-06 is a Tuesday.
    expect(resolve("Residents approved a change to the town charter on Monday that will add two seats.")).toEqual([
      ["on Monday", "2025-05-05"],
    ]);
    expect(resolve("The budget passed on Friday will cut fees.")).toEqual([["on Friday", "2025-05-02"]]);
    // An infinitive between ("to open"), or a participle before its noun, leaves the day to the future word.
    expect(resolve("Officials backed the plan to open the bridge on Friday, which will ease traffic.")).toEqual([
      ["on Friday", "2025-05-09"],
    ]);
    expect(resolve("The long-awaited vote on Friday will settle it.")).toEqual([["on Friday", "2025-05-09"]]);
  });

  it("keeps a schedule's past participle looking ahead", () => {
    expect(resolve("The hearing was adjourned until July.")).toEqual([["until July", "2025-07"]]);
  });
});

describe("a verb in the past further back in the date's clause", () => {
  it("dates the month it governs in the past, though a future word comes before it", () => {
    expect(resolve("Firms are unsure whether a tariff imposed on consumer goods in September would remain.")).toEqual([
      ["in September", "2024-09"],
    ]);
    expect(resolve("Officials said the plant, which opened in March, would close.")).toEqual([["in March", "2025-03"]]);
  });

  it("does not date past a participle after 'be', nor past the clause's edge", () => {
    expect(resolve("The officials said the report would be finally published in June.")).toEqual([
      ["in June", "2025-06"],
    ]);
    expect(resolve("Officials said the tariffs will take effect in June.")).toEqual([["in June", "2025-06"]]);
  });
});

describe("a schedule told in the present", () => {
  it("leaves a month or a weekday after a verb of a schedule in the present unresolved, past a saying", () => {
    expect(resolve("Analysts said the tariffs take effect in June.")).toEqual([]);
    expect(resolve("The company said the store opens Friday.")).toEqual([]);
    expect(resolve("Noem said the campaign starts on Monday.")).toEqual([]);
  });

  it("still dates the same verbs in the past or the future", () => {
    expect(resolve("The tariffs took effect in June.")).toEqual([["in June", "2024-06"]]);
    expect(resolve("The company said the store opened Friday.")).toEqual([["Friday", "2025-05-02"]]);
    expect(resolve("The campaign will start on Monday.")).toEqual([["on Monday", "2025-05-12"]]);
  });
});

describe("a participle before its noun", () => {
  it("does not date the month as told: it describes the noun, and the future after it governs", () => {
    expect(resolve("The long-awaited vote in June will decide the question.")).toEqual([["in June", "2025-06"]]);
  });
});

describe("a relative clause told in the present", () => {
  it("never reads a day it names as the last one: a coming one, else unresolved", () => {
    // Published 2025-05-06: the last March 20 is nearest, but the clause tells a schedule.
    expect(resolve("The paper reported on the tour that stops in Leeds on March 20.")).toEqual([]);
    expect(resolve("The council named Ruiz, who joins the board on May 20.")).toEqual([["May 20", "2025-05-20"]]);
  });

  it("still reads a day the clause tells in the past, or a sentence with no such clause", () => {
    expect(resolve("The firm, which says the leak began on March 20, apologised.")).toEqual([
      ["March 20", "2025-03-20"],
    ]);
    expect(resolve("The paper reported that the tour stopped in Leeds on March 20.")).toEqual([
      ["March 20", "2025-03-20"],
    ]);
  });
});

describe("a schedule's verb right before a bare 'today'", () => {
  it("reads the day of publication", () => {
    for (const text of ["The new service launches today.", "The ban takes effect today across the region."])
      expect(resolve(text), text).toEqual([["today", "2025-05-06"]]);
  });

  it("reads it past 'starting' or 'beginning', which only say the schedule opens that day", () => {
    for (const text of [
      "The new drama, which airs starting today, has ten episodes.",
      "The sale opens beginning today.",
    ])
      expect(resolve(text), text).toEqual([["today", "2025-05-06"]]);
  });

  it("reads a schedule's participle before it ('coming into force today')", () => {
    for (const text of [
      "Fines of £500 apply under rules coming into force today, which also cap fares.",
      "The toll rise taking effect today adds a dollar.",
    ])
      expect(resolve(text), text).toEqual([["today", "2025-05-06"]]);
    // Not one that is a noun after its determiner.
    expect(resolve("The opening today drew a crowd.")).toEqual([]);
  });

  it("leaves a noun or an infinitive before 'today' alone", () => {
    for (const text of [
      "Residents breathe cleaner air today.",
      "The club's first starts today were rare.",
      "The shop hopes to open today.",
      "The offer stands as of today.",
      "Readers can sign up starting today.",
      "The club's first starts starting today were rare.",
    ])
      expect(resolve(text), text).toEqual([]);
  });
});

describe("a month a modal of the present governs", () => {
  it("leaves a deadline or a possibility unresolved, whatever participle the sentence holds elsewhere", () => {
    for (const text of [
      "It comes with an extended warranty (meaning you can return the kettle to any branch by January for a refund).",
      "Members who joined early must renew their cards at the office in March.",
      "Visitors may book guided tours for the restored hall in June, the trust announced.",
    ])
      expect(resolve(text), text).toEqual([]);
  });

  it("still reads a month told in the past, a past modal's, or one before the modal's clause", () => {
    expect(resolve("Police said they could not find the van in March.")).toEqual([["in March", "2025-03"]]);
    expect(resolve("Buyers can return goods they bought in March.")).toEqual([["in March", "2025-03"]]);
    expect(resolve("The council said in March that tenants can apply.")).toEqual([["in March", "2025-03"]]);
  });
});

describe("a clause of time told in the present", () => {
  it("reads the weekday after its schedule's verb as the coming one", () => {
    // 2025-05-06 is a Tuesday.
    expect(resolve("Bonds rallied, though doubts linger before the bank concludes its meeting Thursday.")).toEqual([
      ["Thursday", "2025-05-08"],
    ]);
    expect(resolve("Traders held back until the committee meets on Friday.")).toEqual([["on Friday", "2025-05-09"]]);
  });

  it("leaves the past tense in such a clause, and a saying's present, as they were", () => {
    expect(resolve("Bonds rallied before the bank concluded its meeting Thursday.")).toEqual([
      ["Thursday", "2025-05-01"],
    ]);
    expect(resolve("The bank said the meeting concludes Thursday.")).toEqual([]);
  });
});

describe("a month later in the year than publication, in a sentence told in the past (toldInClause)", () => {
  it("is last year's when a past verb tells it, before it or after it in its clause", () => {
    expect(resolve("The plant closed in November.")).toEqual([["in November", "2024-11"]]);
    expect(resolve("Sales fell 3% in November.")).toEqual([["in November", "2024-11"]]);
    expect(resolve("Sales in November rose 3%.")).toEqual([["in November", "2024-11"]]);
    expect(resolve("In November, voters rejected the measure.")).toEqual([["In November", "2024-11"]]);
    expect(resolve("The mine has been closed since November.")).toEqual([["since November", "2024-11"]]);
  });

  it("is not dated by a negated perfect, which tells that nothing has happened", () => {
    expect(resolve("The plant hasn’t yet closed in November.")).toEqual([]);
    expect(resolve("The plant has not closed in November.")).toEqual([]);
    // Past an adverb, a past verb still tells it.
    expect(resolve("The plant finally closed in November.")).toEqual([["in November", "2024-11"]]);
  });

  it("is not dated when it sits in a phrase with no verb of its own, hung on a past clause", () => {
    expect(resolve("The league published its schedule on Monday, with the first matches in August.")).toEqual([
      ["on Monday", "2025-05-05"],
    ]);
    expect(resolve("Organisers unveiled the route for the race in October.")).toEqual([]);
  });

  it("keeps an earlier month of the year as this year's, as before", () => {
    expect(resolve("The league published its schedule, with the first matches in March.")).toEqual([
      ["in March", "2025-03"],
    ]);
  });
});

describe("a fronted month after a linking word", () => {
  it("is told by the past verb after its comma", () => {
    expect(resolve("But by November, the talks collapsed.")).toEqual([["by November", "2024-11"]]);
    expect(resolve("Then in October, prices fell again.")).toEqual([["in October", "2024-10"]]);
  });
});

describe("a weekday after 'since' in its phrase", () => {
  it("is the last one, though 'would' stands before it", () => {
    expect(resolve("That would mean he crossed two borders since fleeing the capital Friday.")).toEqual([
      ["Friday", "2025-05-02"],
    ]);
  });
  it("still looks ahead when 'since' opened an earlier clause", () => {
    expect(resolve("Since the vote, the council said it will meet on Friday.")).toEqual([["on Friday", "2025-05-09"]]);
  });
});

describe("a weekday after a demonstrative and an adjective", () => {
  it("is a day the story counts from its own past, not from publication", () => {
    expect(resolve("Over the course of that long Monday night, the followers kept posting.")).toEqual([]);
    expect(resolve("They met one cold Sunday in the old town.")).toEqual([]);
    expect(resolve("The council met this past Monday.")).toEqual([["Monday", "2025-05-05"]]);
  });
});

describe("words that look like the future and are not, and ones that are", () => {
  it("reads 'next to' as a place, so a month told in the past stays last year's", () => {
    expect(resolve("Next to the mayor sat a baker who in November won the city's prize.")).toEqual([
      ["in November", "2024-11"],
    ]);
  });
  it("reads 'won't' and 'we'll' as the future", () => {
    expect(resolve("The lanterns won't be lit on Christmas Eve this time.")).toEqual([
      ["on Christmas Eve", "2025-12-24"],
    ]);
    expect(resolve("We'll open the new wing in June.")).toEqual([["in June", "2025-06"]]);
  });
});

describe("a date in a cited source's clause", () => {
  it("is a past one, whatever the quotation before it foresees", () => {
    expect(resolve("Tourism “will grow steadily,” according to a survey by the chamber in February.")).toEqual([
      ["in February", "2025-02"],
    ]);
  });
  it("still looks ahead when the future stands after 'according to'", () => {
    expect(resolve("According to the plan, the bridge will reopen in June.")).toEqual([["in June", "2025-06"]]);
  });
});

describe("an adjective in '-ed' after a word of degree", () => {
  it("tells no past, so a bare 'today' beside it is nowadays", () => {
    expect(resolve("Shoppers are more sophisticated today.")).toEqual([]);
    expect(resolve("The board published its report today.")).toEqual([["today", "2025-05-06"]]);
  });
});

describe("opensPluperfect", () => {
  const at = (sentence: string, words: string) => {
    const start = sentence.indexOf(words);
    return opensPluperfect(sentence, start, start + words.length);
  };
  it("reads a clause that opens on its date and goes on in the past perfect", () => {
    expect(at("In March, the adviser had become chairman.", "In March")).toBe(true);
    expect(at("By May the firm had already moved twice.", "By May")).toBe(true);
  });
  it("does not read a simple past, 'had to', a later 'had' after another verb, or a date inside the clause", () => {
    expect(at("In March, the adviser became chairman.", "In March")).toBe(false);
    expect(at("In March, the firm had to move.", "In March")).toBe(false);
    expect(at("In March, she said the firm had moved.", "In March")).toBe(false);
    expect(at("The adviser had become chairman in March.", "in March")).toBe(false);
  });
});

describe("a future word after a date that does not govern it", () => {
  it("leaves 'next' and 'upcoming' after the date to their own noun", () => {
    // Published 2025-05-06: March is the one just gone, whatever the next quarter holds.
    expect(resolve("Analysts said orders are likely to slump in March, and in the next quarter.")).toEqual([
      ["in March", "2025-03"],
    ]);
    // Before the date a future word still sets it ahead.
    expect(resolve("The next audit of the pier is in March.")).toEqual([["in March", "2026-03"]]);
  });

  it("does not set a weekday ahead for a future inside a clause that opens after it", () => {
    // The announcement's day is not fixed by what was announced: unresolved, not the coming Thursday.
    expect(
      resolve("The closure follows the ferry line's announcement on Thursday that it will cut night trips."),
    ).toEqual([]);
    expect(resolve("The ferry line will announce on Thursday how many trips it cuts.")).toEqual([
      ["on Thursday", "2025-05-08"],
    ]);
  });
});

describe("a day without its year told by no verb of its own", () => {
  it("is not read as last year's when the next such day is nearer", () => {
    // Published 2025-05-06 (findRelativeDates): "June 9" a year back is a guess when no verb tells it.
    expect(
      resolve("Washington has been consumed by the council-led push to pass the levy before the June 9 vote."),
    ).toEqual([]);
    expect(resolve("The poems, included in an anthology, coming in paperback June 9 from a small press.")).toEqual([]);
    // A past verb in the clause, with a preposition's noun between, still tells last year's.
    expect(resolve("He flew the crew to Lisbon on June 9, the captain said.")).toEqual([["June 9", "2024-06-09"]]);
    // The day's own past verb still tells last year's.
    expect(resolve("The mill closed on June 9, and the guild has grown since.")).toEqual([["June 9", "2024-06-09"]]);
  });
});

describe("a month named as a custom's slot", () => {
  it("reads no month from 'its traditional first Saturday in May'", () => {
    expect(resolve("The regatta was postponed from its traditional first Saturday in May.")).toEqual([]);
    expect(resolve("The regatta was postponed from the first Saturday in May to August.")).not.toEqual([]);
  });
});

describe("looksAheadAt: a deadline, and a past clause after the future (stop 73)", () => {
  it("reads a day after 'no later than' as the coming one, whatever the asking's tense", () => {
    expect(
      resolve("The council asked for the figures no later than May 20 and for a hearing no later than June 10."),
    ).toEqual([
      ["May 20", "2025-05-20"],
      ["June 10", "2025-06-10"],
    ]);
    // Without the deadline's words, a past clause keeps a day more than a month ahead last year's.
    expect(resolve("The council asked for a hearing on June 10.")).toEqual([["June 10", "2024-06-10"]]);
  });

  it("does not let 'would' set a day ahead once a clause of its own in the past opens after it", () => {
    expect(resolve("The driver shouted that he would “never stop” as he crashed into the gate on Sunday.")).toEqual([
      ["on Sunday", "2025-05-04"],
    ]);
    expect(resolve("The driver said that he would stop at the gate on Sunday.")).toEqual([["on Sunday", "2025-05-11"]]);
  });
});
