import { describe, expect, it } from "vitest";
import { coverageTable, figureLabel } from "./coverage.ts";
import { analysis, articleOf, byId, slugOf } from "./testCorpus.ts";

const story = analysis.stories.find((s) => s.slugs.includes(slugOf("001")));
const matrix = analysis.coverage[story?.id ?? ""];
const columns = [slugOf("004"), slugOf("001"), slugOf("003")];

describe("coverageTable", () => {
  if (!matrix) throw new Error("no coverage matrix for the drone story");
  const table = coverageTable(
    matrix,
    columns,
    (id) => byId.get(id)?.kind,
    (slug) => analysis.articles.find((a) => a.slug === slug)?.events ?? [],
  );
  const section = (id: string) => table.sections.find((s) => s.id === id);

  it("groups facts into sections with one cell per column", () => {
    expect(table.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(["people", "organisations", "figures", "aircraft", "quotes", "dates"]),
    );
    for (const s of table.sections) for (const row of s.rows) expect(row.cells).toHaveLength(3);
    const guillot = section("people")?.rows.find((r) => r.entityId === "gregory-m-guillot");
    expect(guillot?.cells[0]).toEqual([]);
    expect(guillot?.cells[1]?.length).toBeGreaterThan(0);
  });

  it("lists figures as written, with no flag of its own: disagreement is the claims' call", () => {
    const troops = section("figures")?.rows.filter((r) => r.key.startsWith("figure:troops"));
    expect(troops?.map((r) => r.label).sort()).toEqual(["10,000 troops", "thousands of troops"]);
    expect(Object.keys(table)).not.toContain("differences");
  });

  it("marks facts only one article reports, including dates", () => {
    expect(section("aircraft")?.rows.find((r) => r.label === "U-2")?.onlyIn).toBe(slugOf("001"));
    const dates = section("dates")?.rows ?? [];
    expect(dates.length).toBe(articleOf("004").events.length);
    expect(dates.every((r) => r.onlyIn === slugOf("004"))).toBe(true);
  });
});

describe("figureLabel", () => {
  it("reads numbers and words naturally", () => {
    expect(figureLabel("10,000", "troops")).toBe("10,000 troops");
    expect(figureLabel("thousands", "troops")).toBe("thousands of troops");
  });
});
