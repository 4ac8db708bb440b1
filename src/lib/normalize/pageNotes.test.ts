/**
 * Page notes on the article: a paragraph made only of them is taken out; a paragraph with any
 * sentence of reporting stays whole.
 */
import { describe, expect, it } from "vitest";
import { pageNoteReason } from "./pageNotes.ts";

describe("pageNoteReason", () => {
  it.each([
    "This story was first published on March 4, 2025, and has been updated with the prosecutor's statement.",
    "This story was corrected on Nov. 13, 2025 to fix the name of the district.",
    "Originally published 2025-06-03T14:22:00Z",
    "This article is more than 1 year old",
    "(File photo, 2023)",
    "An earlier version of this article misstated the date of the vote.",
  ])("takes the stamp %j", (text) => {
    expect(pageNoteReason(text)).toBe("notice");
  });

  it.each([
    "The report, first published in 2019, said the cartel had moved its labs.",
    "This story was corrected on Nov. 13, 2025. The vote was 86 to 41.",
    "The story was first published by a local paper, the prosecutor said.",
    "File photos show the same ranch in 2019, officials said.",
  ])("leaves %j", (text) => {
    expect(pageNoteReason(text)).toBeUndefined();
  });
});
