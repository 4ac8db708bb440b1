import { describe, expect, it } from "vitest";
import { formatEventKinds, foundEventStatus, scoreEvents, sumEventScores } from "./eventScore.ts";
import { scoreStories } from "./storyScore.ts";
import { scoreTopics } from "./topicScore.ts";

describe("scoreEvents", () => {
  const gold = [
    { date: "2025-08-12", precision: "day", derived: true, text: "wanted by the United States on Tuesday" },
    { date: "2008", precision: "year", text: "who was killed in 2008" },
  ];
  it("counts found, wrong dates, furniture and extras", () => {
    const s = scoreEvents(
      gold,
      [
        {
          iso: "2025-08-12",
          precision: "day",
          sentence: "Mexico sent 26 people wanted by the United  States on Tuesday.",
        },
        { iso: "2009", precision: "year", sentence: "A guard who was killed in 2008 was named." },
        { iso: "2023-01-24", precision: "day", sentence: "The seal is seen in Washington, January 24, 2023." },
        { iso: "2019", precision: "year", sentence: "In 2019 nothing happened." },
      ],
      ["The seal is seen in Washington, January 24, 2023. (Reuters File)"],
    );
    expect([s.gold, s.found, s.wrongDates, s.furniture, s.extra]).toEqual([2, 1, 1, 1, 1]);
    expect(s.misses.filter((line) => line.startsWith("undated-in-gold"))).toEqual([
      'undated-in-gold 2019: "In 2019 nothing happened."',
    ]);
  });
});

describe("scoreEvents by kind", () => {
  const gold = [
    { date: "2025-08-12", precision: "day", derived: true, text: "arrived on Tuesday" },
    { date: "2025-08", precision: "month", text: "left in August 2025" },
    { date: "2008", precision: "year", text: "died in 2008" },
  ];
  const found = [{ iso: "2008", precision: "year", sentence: "She died in 2008." }];
  it("counts each kind's gold and found events, and derived ones of an undated article", () => {
    const dated = scoreEvents(gold, found, [], { dated: true, body: "He arrived on Tuesday. She died in 2008." });
    const undated = scoreEvents(gold, [], [], { dated: false });
    expect([dated.dayDerived, dated.dayDerivedFound, dated.monthStated, dated.yearStatedFound]).toEqual([1, 0, 1, 1]);
    expect([dated.derivedUndated, undated.derivedUndated]).toEqual([0, 1]);
    expect([dated.missedOutsideBody, undated.missedOutsideBody]).toEqual([1, 0]);
    expect(formatEventKinds(sumEventScores([dated, undated]))).toBe(
      "by kind: day derived 0/2, month stated 0/2, year stated 1/2; derived in undated articles 1; missed outside the body 1; missed naming a weekday 2, a month 2, in a quotation 0",
    );
  });
});

describe("scoreEvents and a range", () => {
  const sentence = "Ennahda, which held power from 2011 to 2013, lost the vote.";
  it("counts a range as carrying both its years, the gold's two events", () => {
    const gold = [
      { date: "2011", precision: "year", text: "held power from 2011 to 2013" },
      { date: "2013", precision: "year", text: "held power from 2011 to 2013" },
    ];
    const s = scoreEvents(gold, [{ iso: "2011", precision: "range", end: "2013", sentence }], []);
    expect([s.found, s.wrongDates]).toEqual([2, 0]);
  });

  it("counts a range whose years are neither gold date as wrong", () => {
    const gold = [{ date: "2012", precision: "year", text: "held power from 2011 to 2013" }];
    const s = scoreEvents(gold, [{ iso: "2011", precision: "range", end: "2013", sentence }], []);
    expect([s.found, s.wrongDates]).toEqual([0, 1]);
  });
});

describe("scoreEvents and a drop line glued onto a gold event's sentence", () => {
  it("counts the gold event found, and an event of its own date in the same sentence as furniture", () => {
    const gold = [{ date: "2016", precision: "year", derived: true, text: "shocked the world earlier this year" }];
    const sentence = "© Provided by Business Insider Inc Nintendo and Apple shocked the world earlier this year.";
    const s = scoreEvents(
      gold,
      [
        { iso: "2016", precision: "year", sentence },
        { iso: "2016-12-15", precision: "day", sentence: "© Provided by Business Insider Inc, December 15, 2016." },
      ],
      ["© Provided by Business Insider Inc"],
    );
    expect([s.found, s.furniture, s.wrongDates]).toEqual([1, 1, 0]);
  });
});

describe("scoreEvents and a sentence stating two dates", () => {
  const sentence = "The ferry sank on June 4, 1962, and its wreck was found in May 1990.";
  const gold = [{ date: "1962-06-04", precision: "day", text: "The ferry sank on June 4, 1962" }];
  const found = (iso: string, precision: string, label: string, derived = false) => ({
    iso,
    precision,
    sentence,
    label,
    ...(derived ? { derived: true } : {}),
  });
  it("counts the date the gold lists no event for as not in gold, not wrong, when the sentence writes it in full", () => {
    const s = scoreEvents(
      gold,
      [found("1962-06-04", "day", "June 4, 1962"), found("1990-05", "month", "May 1990")],
      [],
    );
    expect([s.found, s.wrongDates, s.notInGold, s.extra]).toEqual([1, 0, 1, 0]);
    expect(foundEventStatus(gold, found("1990-05", "month", "May 1990"), [])).toBe("not-in-gold");
  });

  it("still counts wrong a date the sentence does not write: misread, derived, or a part of the gold's date", () => {
    const wrong = [
      found("1990-06", "month", "May 1990"),
      found("1990-05", "month", "May 1990", true),
      found("1962", "year", "1962"),
      found("1962-04-06", "day", "June 4, 1962"),
      { iso: "1990-05", precision: "month", sentence },
    ];
    const s = scoreEvents(gold, wrong, []);
    expect([s.wrongDates, s.notInGold]).toEqual([5, 0]);
  });
});

describe("scoreEvents and a date counted from the publication in a sentence stating two dates", () => {
  const sentence = "Thursday night's vote, and the count set for May 12 in nine towns, may decide it.";
  const gold = [{ date: "2021-05-12", precision: "day", text: "the count set for May 12 in nine towns" }];
  const thursday = { iso: "2021-04-29", precision: "day", sentence, label: "Thursday night", derived: true };
  it("counts it wrong: a derived date is not stated in full, so nothing in the text checks it", () => {
    const s = scoreEvents(gold, [thursday], [], { dated: true });
    expect([s.wrongDates, s.notInGold]).toEqual([1, 0]);
    expect(foundEventStatus(gold, thursday, [])).toBe("wrong");
  });
});

describe("scoreStories", () => {
  it("scores pairs: null is a story of its own", () => {
    const gold = new Map<string, string | null>([
      ["a", "E1"],
      ["b", "E1"],
      ["c", "E2"],
      ["d", null],
      ["e", null],
    ]);
    const s = scoreStories(
      gold,
      new Map([
        ["a", "x"],
        ["b", "x"],
        ["c", "y"],
        ["d", "z"],
        ["e", "z"],
      ]),
    );
    expect([s.goldPairs, s.predictedPairs, s.rightPairs]).toEqual([1, 2, 1]);
    expect([s.precision, s.recall]).toEqual([0.5, 1]);
    expect(s.wrong).toEqual(["joined: d + e"]);
  });
});

describe("scoreTopics", () => {
  it("needs the exact set; none is an answer", () => {
    const s = scoreTopics([
      { id: "a", gold: [], assigned: [] },
      { id: "b", gold: ["x"], assigned: ["x", "y"] },
    ]);
    expect([s.right, s.accuracy, s.wrong]).toEqual([1, 0.5, ["b: got [x, y] want [x]"]]);
  });
});
