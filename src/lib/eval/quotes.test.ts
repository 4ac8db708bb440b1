import { describe, expect, it } from "vitest";
import { quoteFigures, sameQuotation, sameSpeaker, scoreQuotes, sumQuoteScores } from "./quotes.ts";

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
});
