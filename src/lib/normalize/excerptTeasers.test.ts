/**
 * Other stories set after the article in the article's own shape, under a related-stories label:
 * headline, author, date, a few paragraphs of their opening and a "Continue reading" button
 * (body.ts, readRelated). Invented page; the article's own paragraphs stay.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "./index.ts";

const article = [
  "Harbour council approves new ferry timetable",
  "Mara Lindqvist",
  "March 4, 2025",
  "",
  "The Harbour council approved a new ferry timetable on Tuesday, adding two evening crossings to the island route.",
  "",
  "Councillor Ada Brook said the change would help shift workers who now wait an hour for the last boat.",
  "",
  "The new timetable starts in May.",
  "",
];

const teasers = [
  "Stories Chosen For You",
  "Dockworkers vote to accept pay offer",
  "Tomas Reyes",
  "August 9, 2025",
  "",
  "Dockworkers at the port voted on Monday to accept a three-year pay offer, ending a dispute that began in spring.",
  "",
  "The union said turnout was the highest in a decade.",
  "",
  "CONTINUE READING Show less",
  "Lighthouse museum to reopen after repairs",
  "Ines Moreau",
  "August 9, 2025",
  "",
  "The lighthouse museum will reopen next month after two years of repairs to its lantern room.",
  "",
  "CONTINUE READING Show less",
];

const body = (lines: readonly string[]): string => {
  const result = normalize(lines.join("\n"), { fileName: "page.txt" });
  return result.ok ? result.markdown : "";
};

describe("teasers in the article's shape under a related-stories label", () => {
  it("drops every teaser's head, excerpt and button, and keeps the article", () => {
    const kept = body([...article, ...teasers]);
    expect(kept).toContain("The new timetable starts in May.");
    expect(kept).not.toContain("Dockworkers");
    expect(kept).not.toContain("turnout");
    expect(kept).not.toContain("lantern room");
    expect(kept).not.toContain("CONTINUE READING");
  });

  it("keeps paragraphs after a dated block that no button closes: the article goes on", () => {
    const kept = body([
      ...article.slice(0, 6),
      "Related",
      "Ferry fares to rise in June",
      "March 1, 2025",
      "",
      "Councillor Brook added that the fares would be reviewed again in the autumn.",
      "",
      "The council meets again next week.",
    ]);
    expect(kept).toContain("Councillor Brook added that the fares would be reviewed again in the autumn.");
    expect(kept).toContain("The council meets again next week.");
  });
});
