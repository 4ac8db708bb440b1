import { describe, expect, it } from "vitest";
import { compareNewestFirst, formatIsoDate, formatIsoMonth, isRealIsoDate, monthNumber } from "./dates.ts";

describe("formatIsoDate", () => {
  it("writes the day the source states, whatever the time zone", () => {
    expect(formatIsoDate("2025-02-21")).toBe("21 February 2025");
    expect(formatIsoDate("2025-09-07")).toBe("7 September 2025");
  });
  it("returns other text unchanged", () => {
    expect(formatIsoDate("sometime")).toBe("sometime");
  });
  it("says every day of 1999–2031 as Intl's en-GB long date does", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const months = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
    for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2032, 0, 1); time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(formatIsoDate(iso)).toBe(intl.format(time));
      expect(formatIsoMonth(iso.slice(0, 7))).toBe(months.format(time));
    }
  });
});

describe("isRealIsoDate", () => {
  it.each(["2025-02-28", "2024-02-29", "2000-12-31"])("accepts %s", (date) => expect(isRealIsoDate(date)).toBe(true));
  it.each(["2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-1", "21-02-2025", ""])(
    "rejects %s",
    (date) => expect(isRealIsoDate(date)).toBe(false),
  );
});

describe("compareNewestFirst", () => {
  it("puts newest first and undated last, ties by title", () => {
    const items = [
      { title: "b", published: "2025-01-01" },
      { title: "z" },
      { title: "a", published: "2025-09-07" },
      { title: "a" },
      { title: "c", published: "2025-01-01" },
    ];
    expect(items.sort(compareNewestFirst).map((item) => item.title)).toEqual(["a", "b", "c", "a", "z"]);
  });
});

describe("monthNumber and formatIsoMonth", () => {
  it("reads month names and abbreviations", () => {
    expect(["January", "feb.", "Sept", "sep", "May", "Ma", "Janu"].map(monthNumber)).toEqual([
      1,
      2,
      9,
      9,
      5,
      undefined,
      undefined,
    ]);
  });
  it("writes a month the way a reader says it", () => {
    expect(formatIsoMonth("2025-08")).toBe("August 2025");
    expect(formatIsoMonth("2025-13")).toBe("2025-13");
  });
});
