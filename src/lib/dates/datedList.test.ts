import { describe, expect, it } from "vitest";
import type { Block } from "#lib/text/sentences.ts";
import { datedListItems, itemOpening, leadInDirection, leadInYear, runYears, yearHeading } from "./datedList.ts";

const block = (blockIndex: number, kind: Block["kind"], text: string): Block => ({
  blockIndex,
  kind,
  text,
  sentences: [{ text, start: 0, end: text.length, anchor: `s${blockIndex}` }],
});
const list = (lead: string, items: readonly string[]): Block[] => [
  block(0, "paragraph", lead),
  ...items.map((text, i) => block(i + 1, "listItem", text)),
];
const days = (blocks: readonly Block[], published?: string) =>
  datedListItems(blocks, published).map((item) => item.iso);

describe("itemOpening", () => {
  it("reads the day an item opens on, with its year when stated, and the separator after it", () => {
    expect(itemOpening("Oct. 6, 2025: Customs officers begin inspections")).toMatchObject({
      month: 10,
      day: 6,
      year: 2025,
    });
    expect(itemOpening("Saturday, April 18 – Dunmore vs. Leeds Rovers")).toMatchObject({
      month: 4,
      day: 18,
      label: "Saturday, April 18",
    });
  });
  it("reads no day from an item that does not open on one, or from an impossible day", () => {
    expect(itemOpening("The council met on April 18: a long night")).toBeUndefined();
    expect(itemOpening("April 31: Cup draw")).toBeUndefined();
    expect(itemOpening("April 18 was a long night")).toBeUndefined();
  });
});

describe("leadInDirection", () => {
  it.each([
    ["What comes next:", "ahead"],
    ["The band will play these dates:", "ahead"],
    ["Here is how the dispute unfolded.", "past"],
    ["Tour dates", undefined],
  ] as const)("%j looks %s", (text, direction) => {
    expect(leadInDirection(text)).toBe(direction);
  });
});

describe("leadInYear", () => {
  it("reads the one year a lead-in states, and none of two", () => {
    expect(leadInYear("Here are the band's 2019 tour dates:")).toBe(2019);
    expect(leadInYear("Tour dates for 2019 and 2020:")).toBeUndefined();
    expect(leadInYear("Tour dates:")).toBeUndefined();
  });
});

describe("runYears", () => {
  const o = (month: number, day: number, year?: number) => ({ month, day, label: "", ...(year ? { year } : {}) });
  it("carries a stated year forward through a list that runs forward, turning it at the new year", () => {
    expect(runYears([o(10, 6, 2025), o(11, 3), o(12, 15), o(1, 8), o(2, 19)], "2026-03-12", undefined)).toEqual([
      2025, 2025, 2025, 2026, 2026,
    ]);
  });
  it("carries a stated year through a list that runs back (newest first)", () => {
    expect(runYears([o(2, 19, 2026), o(1, 8), o(12, 15), o(11, 3)], "2026-03-12", undefined)).toEqual([
      2026, 2026, 2025, 2025,
    ]);
  });
  it("anchors a list with no stated year at publication by its lead-in's direction", () => {
    expect(runYears([o(4, 4), o(4, 18), o(5, 2)], "2026-03-12", "ahead")).toEqual([2026, 2026, 2026]);
    expect(runYears([o(1, 4), o(2, 18), o(3, 2)], "2026-03-12", "ahead")).toEqual([2027, 2027, 2027]);
    expect(runYears([o(10, 4), o(12, 18), o(2, 2)], "2026-03-12", "past")).toEqual([2025, 2025, 2026]);
  });
  it("takes the lead-in's year as the first item's and carries it", () => {
    expect(runYears([o(11, 3), o(12, 15), o(1, 8)], "2019-06-01", undefined, 2019)).toEqual([2019, 2019, 2020]);
  });
  it("fixes no year where nothing does: no lead-in's direction, no publication date, or no order", () => {
    expect(runYears([o(4, 4), o(4, 18), o(5, 2)], "2026-03-12", undefined)).toEqual([undefined, undefined, undefined]);
    expect(runYears([o(4, 4), o(4, 18), o(5, 2)], undefined, "ahead")).toEqual([undefined, undefined, undefined]);
    expect(runYears([o(4, 4), o(3, 18), o(5, 2)], "2026-03-12", "ahead")).toEqual([undefined, undefined, undefined]);
  });
});

describe("datedListItems", () => {
  it("dates each item of three or more dated items in a row, verbless or not", () => {
    const blocks = list("The league will open its season in April. The schedule:", [
      "April 4: Leeds Rovers at Harbor City",
      "April 11: Harbor City at Dunmore",
      "April 18: Dunmore vs. Leeds Rovers",
    ]);
    expect(days(blocks, "2026-03-12")).toEqual(["2026-04-04", "2026-04-11", "2026-04-18"]);
  });
  it("dates the lines of a paragraph set with line breaks, led in by the line before them", () => {
    const text =
      "The tour will visit three cities this spring:\nApril 4: Boston\nApril 6 – Chicago, the Vic\nApril 9: Denver";
    const items = datedListItems([block(0, "paragraph", text)], "2026-03-12");
    expect(items.map((item) => [item.iso, text.slice(item.start, item.start + 7)])).toEqual([
      ["2026-04-04", "April 4"],
      ["2026-04-06", "April 6"],
      ["2026-04-09", "April 9"],
    ]);
  });
  it("runs no list from list items into a paragraph", () => {
    const blocks = [
      block(0, "paragraph", "The dates will be:"),
      block(1, "listItem", "April 4: Boston"),
      block(2, "listItem", "April 6: Chicago"),
      block(3, "paragraph", "April 9: Denver"),
    ];
    expect(days(blocks, "2026-03-12")).toEqual([]);
  });
  it("dates a chronology set as paragraphs of one entry each, with or without their full stops", () => {
    const blocks = [
      block(0, "paragraph", "Here is how the dispute unfolded."),
      block(1, "paragraph", "Nov. 4 – The firm files suit in federal court"),
      block(2, "paragraph", "Nov. 6: A judge denies the injunction."),
      block(3, "paragraph", "Nov. 12 — Talks collapse"),
      block(4, "paragraph", "The chief executive resigned on Nov. 12."),
    ];
    expect(days(blocks, "2019-11-20")).toEqual(["2019-11-04", "2019-11-06", "2019-11-12"]);
    // Not: two such paragraphs, or paragraphs a sentence of prose comes between.
    expect(days(blocks.slice(0, 3), "2019-11-20")).toEqual([]);
    const broken = [
      ...blocks.slice(0, 2),
      block(2, "paragraph", "Lawyers for both sides declined to comment."),
      ...blocks.slice(2),
    ];
    expect(
      days(
        broken.map((b, i) => ({ ...b, blockIndex: i })),
        "2019-11-20",
      ),
    ).toEqual([]);
  });
  it("dates the entries under a heading that is a year alone with that year, one entry or more", () => {
    const blocks = [
      block(0, "paragraph", "The dispute goes back more than a year."),
      block(1, "heading", "2018"),
      block(2, "paragraph", "Dec. 5: The firm files suit in federal court."),
      block(3, "paragraph", "Dec. 19: A judge denies the injunction."),
      block(4, "heading", "2019"),
      block(5, "paragraph", "Jan. 8: The two sides meet for talks."),
    ];
    expect(days(blocks, "2019-11-20")).toEqual(["2018-12-05", "2018-12-19", "2019-01-08"]);
    // Not: a heading that says more than its year ("2019: The year in review") heads no year's entries.
    const titled = [
      block(0, "heading", "2018: a year of lawsuits"),
      block(1, "paragraph", "Dec. 5: The firm files suit."),
    ];
    expect(days(titled, "2019-11-20")).toEqual([]);
  });
  it("reads a year alone as a heading's year, and no other line", () => {
    expect(yearHeading("2018")).toBe(2018);
    expect(yearHeading(" 2019: ")).toBe(2019);
    expect(yearHeading("2019 in review")).toBeUndefined();
    expect(yearHeading("1,200")).toBeUndefined();
  });
  it("dates nothing in two dated items, in items of links, or in a list whose year nothing fixes", () => {
    expect(days(list("The schedule will be:", ["April 4: Cup draw", "April 11: Final"]), "2026-03-12")).toEqual([]);
    expect(
      days(list("Tour dates", ["April 4: Boston", "April 11: Chicago", "April 18: Denver"]), "2026-03-12"),
    ).toEqual([]);
    const links = list("The schedule will be:", ["April 4: Cup draw", "April 11: Final", "April 18: Replay"]).map(
      (b) => (b.kind === "listItem" ? { ...b, linkOnly: true as const } : b),
    );
    expect(days(links, "2026-03-12")).toEqual([]);
  });
});
