import { describe, expect, it } from "vitest";
import { dateDisplay, eventsByYear, isValidIsoDate, timelineAxis } from "./timeline.ts";
import { analysis } from "./testCorpus.ts";

describe("dateDisplay", () => {
  it("shows the precision the source gives", () => {
    expect(dateDisplay({ iso: "2025-09-03", precision: "day", label: "September 3, 2025" })).toEqual({
      datetime: "2025-09-03",
      label: "3 September 2025",
      precision: "day",
    });
    expect(dateDisplay({ iso: "2025-08", precision: "month", label: "mid-August 2025" }).label).toBe("August 2025");
    expect(dateDisplay({ iso: "2019", precision: "year", label: "2019" }).datetime).toBe("2019");
    expect(dateDisplay({ iso: "2018", precision: "range", label: "2018-2024", end: "2024" })).toMatchObject({
      datetime: "2018",
      endDatetime: "2024",
      precision: "years",
    });
  });

  it("produces valid ISO values for every event in the corpus", () => {
    for (const event of analysis.timeline) {
      const display = dateDisplay(event.date);
      expect(isValidIsoDate(display.datetime), display.datetime).toBe(true);
      if (display.endDatetime) expect(isValidIsoDate(display.endDatetime)).toBe(true);
    }
  });
});

describe("isValidIsoDate", () => {
  it("accepts year, month and real days only", () => {
    expect(["2025", "2025-09", "2024-02-29"].every(isValidIsoDate)).toBe(true);
    expect(["2025-13", "2025-02-29", "25-01-01", "2025-9-3", ""].some(isValidIsoDate)).toBe(false);
  });
});

describe("timeline grouping and axis", () => {
  it("groups chronological events by year", () => {
    const groups = eventsByYear(analysis.timeline);
    expect(groups.map((g) => g.year)).toEqual([...new Set(groups.map((g) => g.year))].sort());
  });

  it("places marks inside the axis, ranges as spans, derived dates flagged", () => {
    const axis = timelineAxis(analysis.timeline, 720);
    expect(axis.marks).toHaveLength(analysis.timeline.length);
    for (const mark of axis.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x2 ?? mark.x).toBeLessThanOrEqual(720);
    }
    expect(axis.marks.some((m) => m.x2 !== undefined)).toBe(true);
    expect(axis.marks.some((m) => m.derived)).toBe(true);
    expect(timelineAxis([]).marks).toEqual([]);
  });
});
