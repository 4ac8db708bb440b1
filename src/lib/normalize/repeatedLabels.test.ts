/** A page's labels known by repetition: a short line set three times or more goes; the article's lines stay. */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { toLines } from "./lines.ts";
import { bodyText } from "#lib/eval/bodyText.ts";
import { normalize } from "./index.ts";
import { dropRepeatedLabels } from "./repeatedLabels.ts";
import type { Report } from "./report.ts";
import { buildUnits } from "./units.ts";

const unitsOf = (lines: readonly string[]) => classifyUnits(buildUnits(toLines(lines.join("\n"))).units);

describe("dropRepeatedLabels", () => {
  it("takes out a short line the page sets three times, and sets the line after it apart", () => {
    const units = unitsOf([
      "Ferry fares rise again on the northern route",
      "",
      "Article text",
      "The operator raised fares by a tenth on Monday, the second rise this year.",
      "Article text",
      "Islanders object",
      "Article text",
      "",
      "Residents of the outer islands said the new fares would cut them off from the mainland.",
    ]);
    const report: Report = { removed: [], warnings: [] };
    const kept = dropRepeatedLabels(units, 1, report);
    expect(kept.map((u) => u.text)).not.toContain("Article text");
    expect(report.removed.map((r) => r.text)).toEqual(["Article text", "Article text", "Article text"]);
    expect(kept.find((u) => u.text === "Islanders object")?.gapBefore).toBe(true);
  });

  it("takes out a long notice set again for each blocked embed", () => {
    const notice = "Your privacy settings prevent this external content from loading here.";
    const units = unitsOf([
      "Ferry fares rise again on the northern route",
      "",
      "The operator raised fares by a tenth on Monday, the second rise this year.",
      notice,
      "Islanders said they would take the matter to the regional council next month.",
      notice,
      "The council has not yet said whether it will hear the complaint this spring.",
      notice,
    ]);
    const report: Report = { removed: [], warnings: [] };
    expect(dropRepeatedLabels(units, 1, report).map((u) => u.text)).not.toContain(notice);
  });

  it("keeps a line said twice, a speaker's label over each answer, and everything before `from`", () => {
    const units = unitsOf([
      "Second thoughts",
      "Second thoughts",
      "Second thoughts",
      "",
      "Why now?",
      "MAYOR:",
      "Because the budget is due.",
      "Why now?",
      "MAYOR:",
      "Because the council asked.",
      "MAYOR:",
      "That is all.",
    ]);
    const report: Report = { removed: [], warnings: [] };
    expect(dropRepeatedLabels(units, 3, report)).toHaveLength(units.length);
    expect(report.removed).toEqual([]);
  });
});

describe("normalize: a label between every paragraph", () => {
  it("keeps every paragraph and subheading of an article whose page labels each of its blocks", () => {
    const text = [
      "Harbour cranes idle as dock strike enters second week",
      "",
      "By Ana Ruiz",
      "",
      "Dock workers at the eastern terminal stayed off the job for an eighth day on Tuesday, union officials said.",
      "",
      "Article text",
      "",
      "The union wants a new shift schedule and a pay rise that keeps pace with prices, its leader told reporters.",
      "",
      "Article text",
      "Shipping lines reroute cargo",
      "Article text",
      "",
      "Two shipping lines said they had sent vessels to a port further south until the dispute is settled.",
      "",
      "Article text",
      "",
      "Port managers said talks with the union would resume on Thursday morning at the town hall.",
    ].join("\n");
    const result = normalize(text, { fileName: "strike.txt" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = bodyText(result.body);
    expect(body).not.toContain("Article text");
    expect(body).toContain("Shipping lines reroute cargo");
    expect(body).toContain("Port managers said talks with the union would resume");
    expect(body).toContain("Two shipping lines said");
  });
});
