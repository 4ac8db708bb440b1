/**
 * crossCheck on small article HTML written here: what the declared articleBody lacks goes, what
 * the extraction lacks comes back in the declared order, and a short or cut-short declaration
 * changes nothing.
 */
import { describe, expect, it } from "vitest";
import { crossCheck } from "./declaredBody.ts";

const PARAGRAPHS = [
  "Officials in both countries said on Tuesday that the joint patrols would continue along the border through the end of next month.",
  "The army sent two more units to the northern state after a week of clashes between rival groups near the highway to the coast.",
  "Residents said the streets were calmer on Wednesday, although shops in the old centre kept their shutters down until well past noon.",
  "Prosecutors opened an inquiry into the deaths of four men found near a ranch outside the state capital late on Monday night last week.",
  "The governor asked for federal help in rebuilding two bridges and a police station that were damaged in the fighting over the weekend.",
  "Teachers in three towns kept schools closed for a second day, saying they could not guarantee the safety of children on the roads.",
  "A spokesman for the defence ministry said the new units would stay in the region for as long as the local authorities asked them to.",
  "Both governments are expected to review the arrangement at a meeting of their security cabinets in the capital early next month.",
];
const DECLARED = PARAGRAPHS.join("\n");
const PROMO = "Subscribe today to read every story from our reporters across the region for just one dollar a week.";
const html = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join("");

describe("crossCheck against the declared articleBody", () => {
  it("leaves out an extracted paragraph the declaration lacks", () => {
    const checked = crossCheck(html([...PARAGRAPHS.slice(0, 4), PROMO, ...PARAGRAPHS.slice(4)]), DECLARED);
    expect(checked.dropped).toEqual([PROMO]);
    expect(checked.html).not.toContain("Subscribe today");
    for (const p of PARAGRAPHS) expect(checked.html).toContain(p);
  });

  it("adds a declared paragraph the extraction lacks after the one before it", () => {
    const missing = PARAGRAPHS[2] ?? "";
    const checked = crossCheck(html(PARAGRAPHS.filter((p) => p !== missing)), DECLARED);
    expect(checked.recovered).toEqual([missing]);
    expect(checked.html.indexOf(missing)).toBeGreaterThan(checked.html.indexOf(PARAGRAPHS[1] ?? ""));
    expect(checked.html.indexOf(missing)).toBeLessThan(checked.html.indexOf(PARAGRAPHS[3] ?? ""));
  });

  it("judges nothing after where a declaration cut short ends", () => {
    const extracted = html([...PARAGRAPHS, PROMO]);
    expect(crossCheck(extracted, PARAGRAPHS.slice(0, 7).join("\n")).html).toBe(extracted);
  });

  it("changes nothing when the declaration is short or absent", () => {
    const extracted = html([...PARAGRAPHS, PROMO]);
    expect(crossCheck(extracted, PARAGRAPHS.slice(0, 2).join("\n")).html).toBe(extracted);
    expect(crossCheck(extracted, undefined).html).toBe(extracted);
  });
});
