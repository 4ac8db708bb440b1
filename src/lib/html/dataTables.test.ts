/**
 * A data table's rows in the markdown (through htmlToMarkdown, which calls tidyDataTables): a
 * repeated header row goes, a row that only looks like the header stays; a cell's blocks are
 * parted by a space, a cell of one block gains none.
 */
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./toMarkdown.ts";

const rows = (html: string): string[] =>
  htmlToMarkdown(html)
    .trim()
    .split("\n")
    .filter((line) => !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim())
        .join(" | "),
    );

const HEAD = `<thead><tr><th>Date</th><th>Event</th></tr></thead>`;
const BODY = `<tbody><tr><td>Nov. 18</td><td>Vote</td></tr></tbody>`;

describe("repeated header rows", () => {
  it.each([
    ["a tfoot copying the thead", `<table>${HEAD}<tfoot><tr><th>Date</th><th>Event</th></tr></tfoot>${BODY}</table>`],
    [
      "a tfoot copying it in another case",
      `<table>${HEAD}<tfoot><tr><th>DATE</th><th>EVENT</th></tr></tfoot>${BODY}</table>`,
    ],
    [
      "the header printed again between body rows",
      `<table>${HEAD}<tbody><tr><td>Nov. 18</td><td>Vote</td></tr><tr><th>Date</th><th>Event</th></tr></tbody></table>`,
    ],
    [
      "a first row of th cells repeated",
      `<table><tr><th>Date</th><th>Event</th></tr><tr><td>Nov. 18</td><td>Vote</td></tr><tr><th>Date</th><th>Event</th></tr></table>`,
    ],
  ])("dropped: %s", (_, html) => expect(rows(html)).toEqual(["Date | Event", "Nov. 18 | Vote"]));

  it.each([
    ["a tfoot of totals", `<table>${HEAD}<tfoot><tr><td>Total</td><td>1</td></tr></tfoot>${BODY}</table>`, "Total | 1"],
    [
      "a row like the first when the first is not a header (td cells)",
      `<table><tr><td>Nov. 18</td><td>Vote</td></tr><tr><td>Nov. 18</td><td>Vote</td></tr></table>`,
      "Nov. 18 | Vote",
    ],
  ])("kept: %s", (_, html, row) => expect(rows(html).filter((r) => r === row).length).toBeGreaterThan(0));

  it("keeps both of two equal body rows under a header", () => {
    const html = `<table>${HEAD}<tbody><tr><td>Nov. 18</td><td>Vote</td></tr><tr><td>Nov. 18</td><td>Vote</td></tr></tbody></table>`;
    expect(rows(html)).toEqual(["Date | Event", "Nov. 18 | Vote", "Nov. 18 | Vote"]);
  });
});

describe("blocks inside a cell", () => {
  it.each([
    ["paragraphs", `<td><p>Returns.</p><p>Votes.</p></td>`, "Returns. Votes."],
    ["divs in a div", `<td><div><div>Returns.</div><div>Votes.</div></div></td>`, "Returns. Votes."],
    ["list items", `<td><ul><li>Returns.</li><li>Votes.</li></ul></td>`, "Returns. Votes."],
  ])("parted by a space: %s", (_, cell, text) =>
    expect(rows(`<table>${HEAD}<tbody><tr><td>Nov. 18</td>${cell}</tr></tbody></table>`)[1]).toBe(`Nov. 18 | ${text}`),
  );

  it.each([
    ["one paragraph", `<td><p>Returns.</p></td>`, "Returns."],
    ["inline markup", `<td>Returns <b>today</b>.</td>`, "Returns **today**."],
    ["one block in a block", `<td><div><p>Returns.</p></div></td>`, "Returns."],
  ])("no space added: %s", (_, cell, text) =>
    expect(rows(`<table>${HEAD}<tbody><tr><td>Nov. 18</td>${cell}</tr></tbody></table>`)[1]).toBe(`Nov. 18 | ${text}`),
  );
});

describe("a table's caption", () => {
  it("stands as a paragraph before the table", () => {
    const md = htmlToMarkdown(`<p>Before.</p><table><caption>Key <b>dates</b></caption>${HEAD}${BODY}</table>`);
    expect(md.trim().split("\n\n").slice(0, 2)).toEqual(["Before.", "Key **dates**"]);
    expect(md).toContain("| Nov. 18 | Vote  |");
  });

  it.each([
    ["an empty caption", `<table><caption> </caption>${HEAD}${BODY}</table>`],
    ["no caption", `<table>${HEAD}${BODY}</table>`],
  ])("adds nothing: %s", (_, html) => expect(htmlToMarkdown(html).trim().startsWith("| Date")).toBe(true));
});
