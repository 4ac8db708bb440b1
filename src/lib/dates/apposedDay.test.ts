import { describe, expect, it } from "vitest";
import { findEvents } from "#lib/analysis/timeline.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { dayStatedOtherwise } from "./apposedDay.ts";

const events = (text: string, published = "2021-03-09") =>
  findEvents("t", articleSentences(text), { published }).map((e) => e.date.iso);

describe("dayStatedOtherwise", () => {
  const sentence = "It went up (posted this morning, 8 Mar. 21) to little notice.";
  const relative = { end: sentence.indexOf(", 8"), precision: "day", iso: "2021-03-09" };

  it("is true when the day written beside a relative day is not read as the same day", () => {
    expect(dayStatedOtherwise(sentence, relative, [])).toBe(true);
    expect(dayStatedOtherwise(sentence, relative, [{ start: sentence.indexOf("8 Mar"), iso: "2021-03-08" }])).toBe(
      true,
    );
  });

  it("is false when it is read as the same day, or when no day is written beside it", () => {
    expect(dayStatedOtherwise(sentence, relative, [{ start: sentence.indexOf("8 Mar"), iso: "2021-03-09" }])).toBe(
      false,
    );
    expect(dayStatedOtherwise("It went up this morning to little notice.", { ...relative, end: 22 }, [])).toBe(false);
    expect(dayStatedOtherwise(sentence, { ...relative, precision: "month" }, [])).toBe(false);
  });
});

describe("a relative day with its day written beside it", () => {
  it("is not dated from the page when the written day says otherwise", () => {
    expect(events("Her reply (posted this morning, 8 Mar. 21) drew a crowd.")).toEqual([]);
    expect(events("The board voted yesterday, 7 March, to sell.")).toEqual(["2021-03-07"]);
  });

  it("stands where the written day agrees", () => {
    expect(events("The board voted yesterday, March 8, to sell.")).toEqual(["2021-03-08"]);
  });
});
