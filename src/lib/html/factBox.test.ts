/** A fact box's values: a table cell its row labels with a header cell, a definition list's value. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { factBoxValue } from "./factBox.ts";

const page = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document;

describe("factBoxValue", () => {
  it("names a cell its row labels with a header cell, and a definition list's value", () => {
    const doc = page(
      `<table><tr><th>Opened</th><td id="a">May 2, 1931</td></tr><tr><td id="b">Harbor Post</td><td id="c">May 3, 2025</td></tr></table><dl><dt>Architect</dt><dd id="d">Ada Quill</dd></dl><p id="e">May 3, 2025</p>`,
    );
    const el = (id: string) => doc.getElementById(id) as Element;
    expect(factBoxValue(el("a"))).toBe(true);
    expect(factBoxValue(el("d"))).toBe(true);
    // A row of plain cells (a layout table's) labels nothing; nor does a paragraph.
    expect(factBoxValue(el("b"))).toBe(false);
    expect(factBoxValue(el("c"))).toBe(false);
    expect(factBoxValue(el("e"))).toBe(false);
  });
});
