/**
 * crossCheck on small article HTML written here: what the declared articleBody lacks goes, what
 * the extraction lacks comes back in the declared order, and a short or cut-short declaration
 * changes nothing.
 */
import { describe, expect, it } from "vitest";
import { crossCheck } from "./declaredBody.ts";
import { PARAGRAPHS } from "./testProse.ts";

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
