/**
 * Which tables lay out a page (unwrapped to their cells' content) and which hold data (kept
 * as tables), each on the smallest table that shows it.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { isLayoutTable, unwrapLayoutTables } from "./layoutTables.ts";

const first = (html: string): Element => {
  const table = parseHTML(`<html><body>${html}</body></html>`).document.querySelector("table");
  if (table === null) throw new Error("no table");
  return table;
};

describe("isLayoutTable", () => {
  it.each([
    ["a column of one cell per row", `<table><tr><td>Header</td></tr><tr><td><p>Story.</p></td></tr></table>`],
    ["a single cell", `<table><tr><td><p>Story.</p><p>More.</p></td></tr></table>`],
    [
      "role presentation",
      `<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`,
    ],
    [
      "role none",
      `<table role="none"><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td><td>f</td></tr></table>`,
    ],
    ["one row of columns", `<table><tr><td><p>Left story.</p></td><td><p>Right story.</p></td></tr></table>`],
    ["one row of links", `<table><tr><td><a href="/f">Facebook</a></td><td><a href="/t">Twitter</a></td></tr></table>`],
    ["a cell holding a heading", `<table><tr><td>menu</td><td><h1>Title</h1><p>Story.</p></td></tr></table>`],
    [
      "a cell holding a table",
      `<table><tr><td>menu</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>`,
    ],
    ["a cell holding navigation", `<table><tr><td><nav>Home</nav></td><td>Story.</td></tr></table>`],
  ])("layout: %s", (_, html) => expect(isLayoutTable(first(html))).toBe(true));

  it.each([
    [
      "a grid with a header",
      `<table><tr><th>Date</th><th>Event</th></tr><tr><td>Nov. 18</td><td>Vote</td></tr></table>`,
    ],
    [
      "a grid without a header",
      `<table><tr><td>Nov. 18</td><td>Vote</td></tr><tr><td>Nov. 20</td><td>Recess</td></tr></table>`,
    ],
    [
      "cells holding paragraphs",
      `<table><tr><td><p>Nov. 18</p></td><td><p>Vote.</p><p>Recess.</p></td></tr><tr><td><p>Nov. 20</p></td><td><p>Debate.</p></td></tr></table>`,
    ],
    [
      "a title row over a grid",
      `<table><tr><th colspan="2">2025</th></tr><tr><td>Nov. 18</td><td>Vote</td></tr></table>`,
    ],
    [
      "a header and one row",
      `<table><tr><th>Department</th><th>2026</th></tr><tr><td>Schools</td><td>4.6</td></tr></table>`,
    ],
    [
      "a thead and a tbody row",
      `<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>`,
    ],
  ])("data: %s", (_, html) => expect(isLayoutTable(first(html))).toBe(false));
});

describe("unwrapLayoutTables", () => {
  it("puts each cell's content in a block of its own, in reading order", () => {
    const { document } = parseHTML(
      `<html><body><table><tr><td><h1>Title</h1></td></tr><tr><td><p>One.</p></td></tr><tr><td><p>Two.</p></td></tr></table></body></html>`,
    );
    expect(unwrapLayoutTables(document)).toBe(1);
    expect(document.querySelector("table")).toBeNull();
    expect([...document.querySelectorAll("body > div > div")].map((d) => d.textContent)).toEqual([
      "Title",
      "One.",
      "Two.",
    ]);
  });

  it("unwraps a layout table around a data table and keeps the data table", () => {
    const { document } = parseHTML(
      `<html><body><table><tr><td><h2>Dates</h2><table><tr><th>Date</th><th>Event</th></tr><tr><td>Nov. 18</td><td>Vote</td></tr></table></td></tr></table></body></html>`,
    );
    expect(unwrapLayoutTables(document)).toBe(1);
    const tables = document.querySelectorAll("table");
    expect(tables.length).toBe(1);
    expect(tables[0]?.querySelectorAll("td").length).toBe(2);
    expect(document.querySelector("h2")?.textContent).toBe("Dates");
  });

  it("unwraps nested layout tables, inner and outer", () => {
    const { document } = parseHTML(
      `<html><body><table><tr><td><table><tr><td><p>Story.</p></td></tr></table></td></tr></table></body></html>`,
    );
    expect(unwrapLayoutTables(document)).toBe(2);
    expect(document.querySelector("table")).toBeNull();
    expect(document.querySelector("p")?.textContent).toBe("Story.");
  });

  it("leaves a page of data tables alone", () => {
    const { document } = parseHTML(
      `<html><body><table><tr><th>Date</th><th>Event</th></tr><tr><td>Nov. 18</td><td>Vote</td></tr></table></body></html>`,
    );
    expect(unwrapLayoutTables(document)).toBe(0);
    expect(document.querySelectorAll("td").length).toBe(2);
  });
});
