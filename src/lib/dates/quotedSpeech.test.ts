import { describe, expect, it } from "vitest";
import { findEvents } from "#lib/analysis/timeline.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { quotedDate } from "./quotedSpeech.ts";

// 2025-01-02 is a Thursday.
const events = (text: string, published = "2025-01-02") =>
  findEvents("t", articleSentences(text), { published }).map((e) => [e.date.iso, e.date.label]);

describe("quotedDate", () => {
  const dayBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);

  it("keeps the date counted from publication where nothing outside the quotation says when", () => {
    expect(quotedDate("2025-01-01", [], false, dayBefore)).toBe("2025-01-01");
  });

  it("counts from the speech's day, or from a month or year where every day of it agrees", () => {
    expect(quotedDate("2025-01-01", [{ iso: "2024-12-30" }], false, dayBefore)).toBe("2024-12-29");
    expect(quotedDate("2025", [{ iso: "2019" }], false, (day) => String(Number(day.slice(0, 4)) - 1))).toBe("2018");
  });

  it("leaves it unresolved where the speech's days disagree, or a time outside is written but not read", () => {
    expect(quotedDate("2025-01-01", [{ iso: "2024-12" }], false, dayBefore)).toBeUndefined();
    expect(quotedDate("2025-01-01", [], true, dayBefore)).toBeUndefined();
  });

  it("dates a quotation's relative words from when the sentence says its speaker spoke", () => {
    expect(events("“Yesterday was the worst day of the strike,” she told reporters on Monday.")).toEqual([
      ["2024-12-29", "Yesterday"],
      ["2024-12-30", "on Monday"],
    ]);
    expect(events("“Last year they promised us a new law,” Solís said in a 2019 interview.")).toEqual([
      ["2019", "2019"],
      ["2018", "Last year"],
    ]);
    // Said in a week that runs over several days: which Monday is not fixed.
    expect(events("“We will strike on Monday,” Baeza said last week.")).toEqual([["2024-12", "last week"]]);
    // Said by publication: counted from it.
    expect(events("“We were not paid last month,” Baeza said.")).toEqual([["2024-12", "last month"]]);
  });
});
