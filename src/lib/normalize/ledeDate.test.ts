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
  it.each([
    ["By\n\nDavid Ehrlich\n\nNov 13, 2019 4:26 pm\n\n@davidehrlich\n\nShare This Article", "Nov 13, 2019 4:26 pm"],
    ["Bryan DeArdo\n\n@BryanDeArdo\n\nNov 18, 2019\n\nat", "Nov 18, 2019"],
    [
      "Oscar-winning actress Mary Steenburgen woke up a different person.\n\nBy\n\nChris Pokorny@DawgsByNature\n\nNov 18, 2019, 11:47am EST\n\nShare this story",
      "Nov 18, 2019, 11:47am EST",
    ],
  ])("reads the stamp under the article's author in %j, wherever the lede starts", (head, date) => {
    const u = units(`${head}\n\n${lede}`);
    expect(u[ledeDateIndex(u, 0, {}) ?? -1]?.text).toBe(date);
  });
  it("reads a credit with its date under a lone By as the byline and the publication date", () => {
    const u = units(`By\n\nJoseph Tsidulko November 19, 2019, 07:47 PM EST\n\nShare to LinkedIn\n\n${lede}`);
    const k = ledeDateIndex(u, 0, {});
    expect(k).toBe(1);
    const report: Report = { removed: [], warnings: [] };
    expect(withLedeDate(u[k ?? -1], {}, report)).toEqual({ byline: "Joseph Tsidulko", published: "2019-11-19" });
  });
  it.each([
    // Another story's headline and its date, over the author's line or not.
    "Sales open early this year\n\nJane Doe\n\n23 Nov 2017\n\nShare",
    // A short headline in title case is no author's name without a "By" or a handle by it.
    "Related\n\nBrexit Talks Stall\n\n23 Nov 2017\n\nShare",
    // Two sentences before the author: the body has begun.
    "The sales open early.\n\nThe shops are full.\n\nJane Doe\n\n23 Nov 2017\n\nShare",
    // An update under the author is not the publication date.
    "Jane Doe\n\nUpdated 23 Nov 2017\n\nShare",
    // A date under a sentence is no stamp.
    "The sales open early.\n\n23 Nov 2017\n\nShare",
  ])("reads no stamp in %j", (head) => {
    expect(ledeDateIndex(units(`${head}\n\n${lede}`), 0, {})).toBeUndefined();
  });
  it("leaves a date the header already stated", () => {
    expect(ledeDateIndex(units(`23 Nov 2017\n\n${lede}`), 0, { published: "2017-11-22" })).toBeUndefined();
    expect(ledeDateIndex(units(`23 Nov 2017\n\n${lede}`), 0, {})).toBe(0);
  });

  const standfirst = "The chain's sales begin early this year, a week before the holiday.";
  it.each([
    `${standfirst}\n\nAuthor:\n\nThe Morning Desk\n\nPublish date:\n\nNov 18, 2019`,
    `${standfirst}\n\nBy\n\nJane Doe\n\nPublished:\n\nNov 18, 2019`,
    `Author:\n\nThe Morning Desk\n\nPublish date:\n\nNov 18, 2019\n\nShare`,
  ])("reads the date a publication label names past a standfirst and the author in %j", (head) => {
    const u = units(`${head}\n\n${lede}`);
    expect(u[ledeDateIndex(u, 0, {}) ?? -1]?.text).toBe("Nov 18, 2019");
  });
  it.each([
    // An update label's date is an update date, never the publication date.
    `${standfirst}\n\nAuthor:\n\nThe Morning Desk\n\nUpdated:\n\nNov 18, 2019`,
    // A sentence under "By" is no author's name: the walk stops there.
    `${standfirst}\n\nBy\n\nThe way the sales run has changed.\n\nPublished:\n\nNov 18, 2019`,
    // Another story's headline between: its date is its own.
    `${standfirst}\n\nSales open early this year\n\nPublished:\n\nNov 18, 2019`,
  ])("reads no date in %j", (head) => {
    expect(ledeDateIndex(units(`${head}\n\n${lede}`), 0, {})).toBeUndefined();
  });
});
