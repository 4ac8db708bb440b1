import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { findEventDates, sentenceDates } from "./absoluteDates.ts";
import { laterStampDay } from "./laterStamp.ts";

const later = (lines: readonly string[], published?: string) =>
  laterStampDay(articleSentences(lines.join("\n\n")), published);

describe("laterStampDay", () => {
  it.each([
    [["Police said it on Monday.", "> — Rep. Jane Roe (@janeroe) November 19, 2019"], "2019-11-19"],
    [["Police said it on Monday.", "Updated Nov. 21, 2019, 4:05 p.m."], "2019-11-21"],
    [["Police said it on Monday.", "Updated Nov. 19, 2019", "Updated Nov. 21, 2019"], "2019-11-21"],
    // The telling's later day is a plan, not a stamp; a stamp of the publication day is no later one.
    [["The hearing is set for Nov. 25, 2019.", "Published Nov. 18, 2019"], undefined],
    // A fact box's run of an event ends on a later day, which dates the event, not the page.
    [["The fair opens on Nov. 29, 2019.", "Winter Fair 29 November 2019 | 20 January 2020"], undefined],
    // A stamp's own label after the separator keeps it a stamp.
    [["Police said it on Monday.", "Posted Nov 18, 2019 | Updated Nov 21, 2019"], "2019-11-21"],
  ])("%j → %s", (lines, expected) => {
    expect(later(lines, "2019-11-18")).toBe(expected);
  });

  it("finds none without a publication date", () => {
    expect(later(["Updated Nov. 21, 2019, 4:05 p.m."])).toBeUndefined();
  });
});

describe("sentenceDates", () => {
  it("reads each sentence once and answers as findEventDates", () => {
    const datesOf = sentenceDates();
    const sentence = { text: "Police said it on Nov. 19, 2019, and in March 2020." };
    const first = datesOf(sentence);
    expect(first).toEqual(findEventDates(sentence.text));
    expect(datesOf({ text: sentence.text })).toBe(first);
  });
});
