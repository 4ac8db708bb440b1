import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { ledeDateIndex, withLedeDate } from "./ledeDate.ts";
import { toLines } from "./lines.ts";
import type { Report } from "./report.ts";
import { buildUnits } from "./units.ts";

const units = (text: string) => classifyUnits(buildUnits(toLines(text)).units);
const lede = "The black Friday sales open on Thursday in every shop of the chain, the company announced.";

describe("the article's date over its lede", () => {
  it("reads a date alone over the first paragraph, past counters and a section label", () => {
    const u = units(`3.409\n\nFacebook\n\n0\n\nFilm\n\n23 Nov 2017\n\n${lede}`);
    const k = ledeDateIndex(u, 0, {});
    expect(u[k ?? -1]?.text).toBe("23 Nov 2017");
    const report: Report = { removed: [{ line: 9, text: "23 Nov 2017", reason: "navigation" }], warnings: [] };
    expect(withLedeDate(u[k ?? -1], {}, report)).toEqual({ published: "2017-11-23" });
    expect(report.removed).toEqual([{ line: 9, text: "23 Nov 2017", reason: "metadata", field: "published" }]);
  });
  it("never passes another story's headline to reach a date", () => {
    expect(ledeDateIndex(units(`Sales open early this year\n\n23 Nov 2017\n\n${lede}`), 0, {})).toBeUndefined();
  });
  it("never reads a date over a short line or a list as over the lede", () => {
    expect(ledeDateIndex(units("23 Nov 2017\n\nRead more."), 0, {})).toBeUndefined();
    expect(ledeDateIndex(units(`23 Nov 2017\n\n- ${lede}`), 0, {})).toBeUndefined();
  });
  it("leaves a date the header already stated", () => {
    expect(ledeDateIndex(units(`23 Nov 2017\n\n${lede}`), 0, { published: "2017-11-22" })).toBeUndefined();
    expect(ledeDateIndex(units(`23 Nov 2017\n\n${lede}`), 0, {})).toBe(0);
  });
});
