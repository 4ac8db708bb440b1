import { describe, expect, it } from "vitest";
import {
  foundStandings,
  matchQuotations,
  quotationOverlap,
  quoteFigures,
  sameQuotation,
  sameSpeaker,
  scoreQuotes,
  shownQuotation,
  sumQuoteScores,
} from "./quotes.ts";

const named = (name: string) => ({ name, kind: "named" as const });
const anonymous = (name: string) => ({ name, kind: "anonymous" as const });
const unattributed = { name: null, kind: "unattributed" as const };

describe("quotes scorer", () => {
  it("matches a quotation by its words, inside a longer one or covering most of it", () => {
    expect(sameQuotation("We are ready,", "“We are ready,” she said")).toBe(true);
    expect(sameQuotation("The bridge closed. It opened again in May.", "The bridge closed. It opened again")).toBe(
      true,
    );
    expect(sameQuotation("The bridge closed early this year in every month", "bridge closed")).toBe(false);
    expect(sameQuotation("Él llegó", "el llego")).toBe(true);
  });

  it("agrees on speakers by kind and name words, and on anonymous descriptions by head noun", () => {
    expect(sameSpeaker(named("Ines Calder"), named("Calder"))).toBe(true);
    expect(sameSpeaker(named("Ines Calder"), named("Jonas Pike"))).toBe(false);
    expect(sameSpeaker(anonymous("a senior port official"), anonymous("the official"))).toBe(true);
    expect(sameSpeaker(anonymous("a port official"), named("Port Authority"))).toBe(false);
    expect(sameSpeaker(unattributed, { name: "unattributed", kind: "unattributed" })).toBe(true);
  });

  it("counts found, right, wrong (a guess) and extra quotations; unattributed is not wrong", () => {
    const gold = [
      { text: "one two three", speaker: named("Ines Calder") },
      { text: "four five six", speaker: named("Jonas Pike") },
      { text: "seven eight nine", speaker: named("Ruth Adeyemi") },
      { text: "ten eleven twelve", speaker: named("Ruth Adeyemi") },
    ];
    const found = [
      { text: "one two three", speaker: named("Calder") },
      { text: "four five six", speaker: { name: "unattributed", kind: "unattributed" as const } },
      { text: "seven eight nine", speaker: named("Jonas Pike") },
      { text: "a scare quote", speaker: named("Jonas Pike") },
    ];
    const score = scoreQuotes(gold, found);
    expect(score).toMatchObject({ gold: 4, found: 3, rightSpeaker: 1, wrongSpeaker: 1, extra: 1 });
    expect(score.misses).toHaveLength(3);
    expect(quoteFigures(sumQuoteScores([score, score]))).toEqual({
      gold: 8,
      found: 6,
      foundShare: 0.75,
      rightSpeaker: 2,
      rightShare: 0.333,
      wrongSpeakers: 2,
      extra: 2,
    });
  });

  it("matches one-to-one, the closest pair first: one found quotation renders one gold quotation", () => {
    expect(quotationOverlap("patently false,", "patently false")).toBe(1);
    expect(quotationOverlap("is patently false,", "patently false")).toBeCloseTo(2 / 3);
    expect(quotationOverlap("is patently false,", "absolutely not true")).toBe(0);
    // The gold listing the longer rendering first still gives the found one to its exact match.
    expect(matchQuotations(["is patently false,", "patently false,"], ["patently false"])).toEqual(new Map([[1, 0]]));
    // Each found rendering present: each gold quotation has its own.
    expect(matchQuotations(["is patently false,", "patently false,"], ["patently false", "is patently false"])).toEqual(
      new Map([
        [0, 1],
        [1, 0],
      ]),
    );
    const gold = [
      { text: "is patently false,", speaker: named("Sean Robertson") },
      { text: "patently false,", speaker: named("Pentagon") },
    ];
    // One found quotation, the institution's: found once and right, the other gold quotation missed (not wrong).
    const one = scoreQuotes(gold, [{ text: "patently false", speaker: named("Pentagon") }]);
    expect(one).toMatchObject({ gold: 2, found: 1, rightSpeaker: 1, wrongSpeaker: 0, extra: 0 });
    expect(one.misses).toEqual(["missed “is patently false,”"]);
    // Both found, each with its speaker: both right.
    const both = scoreQuotes(gold, [
      { text: "patently false", speaker: named("Pentagon") },
      { text: "is patently false", speaker: named("Robertson") },
    ]);
    expect(both).toMatchObject({ gold: 2, found: 2, rightSpeaker: 2, wrongSpeaker: 0, extra: 0 });
  });

  it("gives a found quotation every gold quotation it holds whole, never one it holds only part of", () => {
    // A quotation over two paragraphs, listed by the gold paragraph by paragraph: both rendered.
    const paragraphs = [
      { text: "These rioters are criminals.", speaker: named("Cheuk Hau-yip") },
      { text: "Other than surrender, there is no option.", speaker: named("Cheuk Hau-yip") },
    ];
    const whole = {
      text: "These rioters are criminals. Other than surrender, there is no option.",
      speaker: named("Cheuk"),
    };
    expect(scoreQuotes(paragraphs, [whole])).toMatchObject({ found: 2, rightSpeaker: 2, wrongSpeaker: 0 });
    // Words a headline and the body both quote, listed once by the analysis: both rendered.
    const repeated = [
      { text: "My fears have been realized", speaker: named("Tim Morrison") },
      { text: "I feared how it would play. My fears have been realized.", speaker: named("Tim Morrison") },
    ];
    const once = { text: "I feared how it would play. My fears have been realized.", speaker: named("Morrison") };
    expect(scoreQuotes(repeated, [once])).toMatchObject({ found: 2, rightSpeaker: 2 });
    // Another speaker's words quoted inside a found quotation: not rendered by it.
    const nested = scoreQuotes(
      [
        { text: "They told us we will win, and we laughed.", speaker: named("Ruth Adeyemi") },
        { text: "we will win", speaker: named("Jonas Pike") },
      ],
      [{ text: "They told us we will win, and we laughed.", speaker: named("Adeyemi") }],
    );
    expect(nested).toMatchObject({ found: 1, rightSpeaker: 1, wrongSpeaker: 0 });
    // Part of a longer gold quotation, already another's match: not rendered.
    expect(matchQuotations(["is patently false,", "patently false,"], ["patently false"]).has(0)).toBe(false);
  });

  it("between pairs as close, prefers the one whose speakers agree; never over a closer pair", () => {
    const gold = [
      { text: "we will win", speaker: named("Ruth Adeyemi") },
      { text: "we will win", speaker: named("Jonas Pike") },
    ];
    // Two renderings of the same words: each found one goes to the gold quotation of its speaker.
    const both = scoreQuotes(gold, [
      { text: "we will win", speaker: named("Pike") },
      { text: "we will win", speaker: named("Adeyemi") },
    ]);
    expect(both).toMatchObject({ found: 2, rightSpeaker: 2, wrongSpeaker: 0 });
    // A closer pair wins over an agreeing one: the exact words are Pike's, the speaker given is not.
    const closer = scoreQuotes(
      [
        { text: "we will win", speaker: named("Jonas Pike") },
        { text: "we will win this year and next", speaker: named("Ruth Adeyemi") },
      ],
      [{ text: "we will win", speaker: named("Adeyemi") }],
    );
    expect(closer).toMatchObject({ found: 1, rightSpeaker: 0, wrongSpeaker: 1 });
  });

  it("counts a second rendering of a matched gold quotation neither as found again nor as extra", () => {
    const score = scoreQuotes(
      [{ text: "we are ready", speaker: named("Ines Calder") }],
      [
        { text: "we are ready", speaker: named("Calder") },
        { text: "we are ready", speaker: named("Calder") },
      ],
    );
    expect(score).toMatchObject({ gold: 1, found: 1, rightSpeaker: 1, extra: 0 });
  });

  it("cuts a long quotation in a miss line, never the speakers after it", () => {
    const long = `${"The new bridge will carry trams as well as cars and bicycles, ".repeat(3)}the engineers promised.`;
    const [miss] = scoreQuotes(
      [{ text: long, speaker: named("Ada Brook") }],
      [{ text: long, speaker: anonymous("engineers") }],
    ).misses;
    expect(miss).toMatch(/…”: anonymous engineers, gold named Ada Brook$/u);
    expect(shownQuotation(long).length).toBeLessThanOrEqual(91);
    expect(shownQuotation("Short words.")).toBe("Short words.");
  });
});

describe("found quotations' standings (the EVAL_QUOTE_ROUTES tally)", () => {
  it("tells right, wrong, abstained and not-in-gold apart, pairing as the scorer does", () => {
    const gold = [
      { text: "The pier will hold", speaker: named("Ines Calder") },
      { text: "We were never told", speaker: named("Jonas Pike") },
      { text: "Nobody asked us", speaker: anonymous("a fisherman") },
      { text: "It rained all week", speaker: named("Mara Oy") },
    ];
    const found = [
      { text: "The pier will hold", speaker: named("Calder") },
      { text: "We were never told", speaker: named("Ines Calder") },
      { text: "Nobody asked us", speaker: unattributed },
      { text: "It rained all week", speaker: unattributed },
      { text: "a scare quote", speaker: unattributed },
    ];
    expect(foundStandings(gold, found).map((s) => s.standing)).toEqual([
      "right",
      "wrong",
      "abstained-anonymous",
      "abstained-named",
      "not-in-gold",
    ]);
    expect(foundStandings(gold, found)[1]?.gold?.speaker).toEqual(named("Jonas Pike"));
  });
});
