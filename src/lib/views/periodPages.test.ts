import { describe, expect, it } from "vitest";
import { grainFor, periodOf, periodPages, periodPosition, periodTitle } from "./periodPages.ts";

interface Entry {
  readonly id: string;
  readonly date?: string;
}

/** Entries newest first, as the archive lists them; `n` entries in each of the given months. */
function newestFirst(counts: Record<string, number>): Entry[] {
  return Object.entries(counts)
    .sort(([a], [b]) => b.localeCompare(a))
    .flatMap(([month, n]) => Array.from({ length: n }, (_, i) => ({ id: `${month}#${i}`, date: `${month}-10` })));
}

/** Pages of at most `size` entries; a year holding more than 4 × `size` entries pages by month. */
const pagesOf = (entries: readonly Entry[], size: number) =>
  periodPages(entries, (entry) => entry.date, size, "/archive/");

describe("periodOf", () => {
  it("reads a day, a month and a year at month grain, and a year for a date stated to the year only", () => {
    expect(periodOf("2024-03-05")).toEqual({ key: "2024-03", label: "March 2024" });
    expect(periodOf("2024-03")).toEqual({ key: "2024-03", label: "March 2024" });
    expect(periodOf("2024-03-05T10:00:00Z")).toEqual({ key: "2024-03", label: "March 2024" });
    expect(periodOf("2024")).toEqual({ key: "2024", label: "2024" });
  });

  it("reads the year at year grain", () => {
    expect(periodOf("2024-03-05", "year")).toEqual({ key: "2024", label: "2024" });
  });

  it("reads the decade at decade grain, from a day or from a year alone", () => {
    expect(periodOf("2019-12-31", "decade")).toEqual({ key: "2010s", label: "2010s" });
    expect(periodOf("2020", "decade")).toEqual({ key: "2020s", label: "2020s" });
    expect(periodOf(undefined, "decade").key).toBe("undated");
  });

  it("places nothing in a period it does not state", () => {
    expect(periodOf(undefined).key).toBe("undated");
    expect(periodOf("March 2024").key).toBe("undated");
    expect(periodOf("20240305").key).toBe("undated");
  });
});

describe("grainFor", () => {
  const inYear = (n: number, year: string) => Array.from({ length: n }, () => `${year}-05-01`);

  it("pages by month when the dated years hold more than four pages each on average", () => {
    expect(grainFor([...inYear(41, "2024"), ...inYear(40, "2023")], 10)).toBe("month");
    expect(grainFor([...inYear(41, "2024"), ...inYear(39, "2023")], 10)).toBe("year");
  });

  it("pages by decade when the dated years hold less than half a page each on average", () => {
    expect(grainFor([...inYear(4, "2024"), ...inYear(5, "2019")], 20)).toBe("decade");
    expect(grainFor([...inYear(10, "2024"), ...inYear(10, "2019")], 20)).toBe("year");
  });

  it("counts only dated entries, and pages a list with none by year", () => {
    expect(grainFor([...inYear(41, "2024"), ...Array.from({ length: 50 }, () => undefined)], 10)).toBe("month");
    expect(grainFor([undefined, undefined], 1)).toBe("year");
  });
});

describe("periodPages", () => {
  it("keeps a list that fits on one page on one page, with no pager links", () => {
    const pages = pagesOf(newestFirst({ "2024-03": 1, "2024-01": 2 }), 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.segment).toBeUndefined();
    expect(pages[0]?.page).toMatchObject({
      head: true,
      listTotal: 3,
      index: undefined,
      url: { prev: undefined, next: undefined },
    });
  });

  it("gives an empty list its first page, empty", () => {
    const pages = pagesOf([], 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.page).toMatchObject({ head: true, data: [], listTotal: 0 });
  });

  it("pages a busy list by month, splitting a month larger than a page, the first page at the root", () => {
    const pages = pagesOf([...newestFirst({ "2024-03": 4, "2024-01": 5 }), { id: "x" }], 2);
    expect(pages.map((p) => p.segment)).toEqual([
      undefined,
      "2024-03/2",
      "2024-01",
      "2024-01/2",
      "2024-01/3",
      "undated",
    ]);
    expect(pages.map((p) => p.page.url.current)).toEqual([
      "/archive/",
      "/archive/2024-03/2/",
      "/archive/2024-01/",
      "/archive/2024-01/2/",
      "/archive/2024-01/3/",
      "/archive/undated/",
    ]);
    expect(pages[1]?.page).toMatchObject({ start: 2, end: 3, periodTotal: 4, part: 2, parts: 2, head: false });
    expect(pages[1]?.page.url).toEqual({
      current: "/archive/2024-03/2/",
      prev: "/archive/",
      next: "/archive/2024-01/",
    });
    expect(pages.map((p) => p.page.listTotal)).toEqual([10, undefined, undefined, undefined, undefined, undefined]);
    const [head, second, january] = pages.map((p) => p.page);
    if (!head || !second || !january) throw new Error("pages missing");
    expect(periodTitle("All articles", second)).toBe("All articles: March 2024 (part 2)");
    expect(periodTitle("All articles", january)).toBe("All articles: January 2024");
    expect(periodTitle("All articles", head)).toBe("All articles");
    expect(periodPosition(second, "articles")).toBe("March 2024 · 3–4 of 4 articles");
    expect(pages[5]?.page.period.label).toBe("No date");
    expect(head.index).toEqual([
      { label: "March 2024", url: "/archive/", count: 4 },
      { label: "January 2024", url: "/archive/2024-01/", count: 5 },
      { label: "No date", url: "/archive/undated/", count: 1 },
    ]);
    expect(pages.slice(1).map((p) => p.page.index)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("pages a quiet list by year, a date stated to the year with its year", () => {
    const events = [
      { id: "a", date: "2019" },
      { id: "b", date: "2019-02-01" },
      { id: "c", date: "2021-05" },
    ];
    const pages = periodPages(events, (e) => e.date, 2, "/timeline/");
    expect(pages.map((p) => [p.segment, p.page.data.map((e) => e.id)])).toEqual([
      [undefined, ["a", "b"]],
      ["2021", ["c"]],
    ]);
  });

  it("pages a sparse list by decade, a date stated to the year with its decade", () => {
    const entries = [
      { id: "a", date: "2024-01-05" },
      { id: "b", date: "2019-06-01" },
      { id: "c", date: "2017" },
      { id: "d", date: "2008-02-01" },
    ];
    const pages = periodPages(entries, (e) => e.date, 3, "/entities/x/");
    expect(pages.map((p) => [p.page.url.current, p.page.data.map((e) => e.id)])).toEqual([
      ["/entities/x/", ["a"]],
      ["/entities/x/2010s/", ["b", "c"]],
      ["/entities/x/2000s/", ["d"]],
    ]);
    expect(pages[0]?.page.grain).toBe("decade");
  });

  it("changes only the first page and the arriving entry's month when an entry is added", () => {
    const before = pagesOf(newestFirst({ "2024-05": 4, "2024-03": 3, "2024-01": 2 }), 2);
    const after = pagesOf(newestFirst({ "2024-05": 4, "2024-03": 4, "2024-01": 2 }), 2);
    const bySegment = (pages: typeof before) => new Map(pages.map((p) => [p.segment ?? "", JSON.stringify(p.page)]));
    const old = bySegment(before);
    const changed = [...bySegment(after)].filter(([segment, page]) => old.get(segment) !== page).map(([s]) => s);
    // The head changes for its total, March's pages for the new entry; May's second part and
    // January not at all (a list paged by count would have moved every page after March's).
    expect(changed).toEqual(["", "2024-03", "2024-03/2"]);
  });

  it("refuses a list whose periods are not together rather than publish two pages under one URL", () => {
    const entries = [...newestFirst({ "2024-03": 4, "2024-01": 4 }), { id: "late", date: "2024-03-01" }];
    expect(() => pagesOf(entries, 2)).toThrow(/2024-03 are not together/);
  });
});
