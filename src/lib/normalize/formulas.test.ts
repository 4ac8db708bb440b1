/**
 * A formula in a page's plain text: its TeX source and the rendered pieces above it are markup;
 * the sentence around it stays whole; lone symbols with no TeX source beside them stay.
 */
import { describe, expect, it } from "vitest";
import { isTexSource, joinFormulaPieces, stripFormulas } from "./formulas.ts";
import { normalize } from "./index.ts";
import { toLines } from "./lines.ts";
import type { Report } from "./report.ts";

const ARTICLE = [
  "Why a square grid keeps its corners",
  "A grid of tiles is square when each side holds as many tiles as the other.",
  "If the number of tiles on a side is",
  "n",
  "{\\displaystyle n}",
  ", then the whole grid holds",
  "n",
  "2",
  "=",
  "n",
  "×",
  "n",
  "{\\displaystyle n^{2}=n\\times n}",
  "tiles, and the count grows faster than the side does.",
  "Builders use this to estimate how many tiles a floor of a given width will need before they order them.",
  "The same reasoning holds for cubes of blocks, where the count grows with the third power of the side.",
].join("\n");

describe("isTexSource", () => {
  it.each(["{\\displaystyle n}", "{\\textstyle \\sum _{i}a_{i}}", "{\\displaystyle A=A^{\\mathsf {H}}}"])(
    "reads %j as a formula's source",
    (text) => {
      expect(isTexSource(text)).toBe(true);
    },
  );

  it.each(["{n}", "The display style of the page is plain.", "\\displaystyle n", "{\\bf bold} text"])(
    "leaves %j alone",
    (text) => {
      expect(isTexSource(text)).toBe(false);
    },
  );
});

describe("stripFormulas", () => {
  it("removes each formula's source and the pieces above it, as markup", () => {
    const report: Report = { removed: [], warnings: [] };
    const kept = stripFormulas(toLines(ARTICLE), report);
    expect(kept.map((l) => l.text)).toEqual([
      "Why a square grid keeps its corners",
      "A grid of tiles is square when each side holds as many tiles as the other.",
      "If the number of tiles on a side is",
      ", then the whole grid holds",
      "tiles, and the count grows faster than the side does.",
      "Builders use this to estimate how many tiles a floor of a given width will need before they order them.",
      "The same reasoning holds for cubes of blocks, where the count grows with the third power of the side.",
    ]);
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([
      [4, "embed"],
      [5, "embed"],
      [7, "embed"],
      [8, "embed"],
      [9, "embed"],
      [10, "embed"],
      [11, "embed"],
      [12, "embed"],
      [13, "embed"],
    ]);
  });

  it("leaves lone symbol lines alone when no TeX source marks them as a formula", () => {
    const text = ["Scores by round", "A", "=", "7", "The judges met again after the break."].join("\n");
    const report: Report = { removed: [], warnings: [] };
    expect(stripFormulas(toLines(text), report).length).toBe(5);
    expect(report.removed).toEqual([]);
  });

  it("stops at a line of prose above the formula", () => {
    const text = ["The side measured", "Width", "{\\displaystyle w}", "in metres."].join("\n");
    const report: Report = { removed: [], warnings: [] };
    expect(stripFormulas(toLines(text), report).map((l) => l.text)).toEqual(["The side measured", "in metres."]);
  });
});

describe("a formula in an article's text", () => {
  it("keeps the sentence around the formula whole in the body", () => {
    const result = normalize(ARTICLE, { fileName: "grid.txt" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frontmatter.title).toBe("Why a square grid keeps its corners");
    expect(result.markdown).not.toContain("displaystyle");
    expect(result.markdown).toContain("If the number of tiles on a side is , then the whole grid holds tiles");
  });
});

describe("joinFormulaPieces: a formula rendered without its TeX source", () => {
  const texts = (lines: string[]) => joinFormulaPieces(toLines(lines.join("\n"))).map((l) => l.text);

  it("joins the pieces back into one line, in the sentence around them", () => {
    expect(texts(["The area of the plot is", "A", "=", "w", "×", "h", ", the surveyor wrote."])).toEqual([
      "The area of the plot is A = w × h",
      ", the surveyor wrote.",
    ]);
    expect(texts(["The areas:", "A", "=", "w", "×", "h", "Widths come first."])).toEqual([
      "The areas:",
      "A = w × h",
      "Widths come first.",
    ]);
  });

  it("keeps the sentence whole in the body", () => {
    const text = [
      "How the surveyors measured the harbour plots",
      "Each plot was measured by its width and its depth before the sale went ahead this spring.",
      "The area of each plot is",
      "A",
      "=",
      "w",
      "×",
      "h",
      ", which the council used to set the price of every plot on the harbour front.",
    ].join("\n");
    const result = normalize(text, { fileName: "plots.txt" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.markdown).toContain("The area of each plot is A = w × h , which the council");
  });

  it.each([
    ["a pager's numbers", ["1", "2", "3", "4", "5", "6", "Next"]],
    ["an index of letters", ["A", "B", "C", "D", "E", "F"]],
    ["four pieces only", ["x", "=", "y", "2"]],
  ])("leaves %s alone", (_, lines) => {
    expect(texts(lines)).toEqual(lines);
  });
});
