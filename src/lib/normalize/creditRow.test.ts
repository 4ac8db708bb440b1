import { describe, expect, it } from "vitest";
import { parseCreditRow } from "./creditRow.ts";

describe("parseCreditRow", () => {
  it.each([
    [
      "Jane Roe · Valley News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago",
      { byline: "Jane Roe", outlet: "Valley News", published: "2022-10-14" },
    ],
    ["Jane Roe / TNN / Updated: Oct 9, 2019, 11:05 IST", { byline: "Jane Roe", updated: "2019-10-09" }],
    ["Jane Roe | jroe@example.com", { byline: "Jane Roe" }],
    ["October 14, 2009|Jane Roe", { byline: "Jane Roe", published: "2009-10-14" }],
    ["Jane Roe@JaneRoe", { byline: "Jane Roe" }],
  ])("reads %j", (text, credit) => {
    expect(parseCreditRow(text)).toMatchObject(credit);
  });

  it.each([
    "Home | About Us | Contact",
    "Jane Roe | John Doe",
    "Sports | Jane Roe",
    "News · Politics",
    "Jane Roe",
    "The council met on Monday | Jane Roe",
  ])("reads no credit in %j", (text) => {
    expect(parseCreditRow(text)).toBeUndefined();
  });
});
