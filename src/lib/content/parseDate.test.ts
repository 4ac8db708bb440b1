import { describe, expect, it } from "vitest";
import { findDates, parseDate } from "./parseDate.ts";

describe("parseDate", () => {
  it.each([
    ["Wednesday, 19 Feb 2025", "2025-02-19"],
    ["Feb. 19, 2025", "2025-02-19"],
    ["3:45 PM EST, Wed February 19, 2025", "2025-02-19"],
    ["2025-02-19T14:05:00Z", "2025-02-19"],
    ["2025-12-10T12:03:33.291606+00:00", "2025-12-10"],
    ["2025-02-21T23:30:00-05:00", "2025-02-21"],
    ["Monday, September 8, 2025 10:30 AM", "2025-09-08"],
    ["8th of September 2025", "2025-09-08"],
    ["martes, 20 de enero de 2026", "2026-01-20"],
    ["11/19/19 06:56 AM EST", "2019-11-19"],
    ["18.11.19 21:17", "2019-11-18"],
    ["Maret 30, 2015", "2015-03-30"],
    ["27 Oktober 2015", "2015-10-27"],
    ["17 Agustus 2015", "2015-08-17"],
    // German and Dutch share "Juli", "Juni" and "Mei"'s spelling: read in their own language first.
    ["Donnerstag, 4. Juli 2019", "2019-07-04"],
    ["4. Juni 2019, 12:30 Uhr", "2019-06-04"],
    ["5 mei 2019", "2019-05-05"],
    ["7 марта 2021", "2021-03-07"],
    ["3 ноября 2020 г.", "2020-11-03"],
    // Dots are day-first, unless the second part cannot be a month.
    ["03.07.2024", "2024-07-03"],
    ["03.27.2024 10:15 AM", "2024-03-27"],
    // Year first, a dot after each part: year-month-day, whatever the parts.
    ["2021. 03. 09. 14:05", "2021-03-09"],
    ["2021. 3. 9.", "2021-03-09"],
    // Arabic month names, Egyptian, Levantine and Maghreb, in Western or Arabic-Indic digits.
    ["9 مارس 2021", "2021-03-09"],
    ["الثلاثاء، 9 آذار 2021", "2021-03-09"],
    ["٩ آذار / مارس ٢٠٢١", "2021-03-09"],
    ["1 تشرين الأول 2021", "2021-10-01"],
    ["5 غشت 2021", "2021-08-05"],
  ])("reads %s as the day the page states", (text, iso) => expect(parseDate(text)).toBe(iso));
  it.each([
    "Feb 30, 2025",
    "30 February 2025",
    "30 de febrero de 2025",
    "2025-02-30",
    "09/07/2025",
    "Sep 8",
    "By 2026, the plan",
    "tomorrow",
    "2 days ago",
    "14 hours ago",
    "3 hours ago | Politics",
    // A two-digit year only in a stamp with its clock, with the order certain and this century's.
    "11/19/19",
    "11/12/19 4:40 PM",
    "12/25/98 10:00 AM",
    "Meiji 5, 2019",
    "13.14.2024",
    "11:15 05.10.18",
    "7 марта",
    // Year first without the closing dot may be a sentence's year and counts ("in 2021. 3. 9 more").
    "2021. 3. 9",
    // Two month names that disagree, a Hijri month, no year.
    "9 آذار / أبريل 2021",
    "9 رمضان 1442",
    "9 مارس",
  ])("reads no date in %s (never rolled over, never guessed)", (text) => expect(parseDate(text)).toBeUndefined());
  it("reads only a whole-line date", () => {
    expect(parseDate("Feb. 19, 2025 troops arrived")).toBeUndefined();
  });
  it("answers a line asked again (kept) as the first time, a day or none", () => {
    for (const ask of [1, 2]) {
      expect(parseDate(" Tuesday, 4 March 2025 "), `ask ${ask}`).toBe("2025-03-04");
      expect(parseDate("Room 12, upstairs"), `ask ${ask}`).toBeUndefined();
    }
  });
});

describe("findDates", () => {
  it("gives an Indonesian month's date as the page wrote it", () => {
    expect(findDates("Posted on Agustus 17, 2015 by Rudi")).toEqual([
      { iso: "2015-08-17", index: 10, text: "Agustus 17, 2015" },
    ]);
  });
  it("finds no date in a time counted back from now", () => {
    expect(findDates("November 19, 2019 / 12:21 AM / Updated 14 hours ago").map((d) => d.iso)).toEqual(["2019-11-19"]);
  });
  it("reads a two-digit year only where a clock follows, never a score or a count", () => {
    expect(findDates("By Jane Doe - 11/19/19 at 06:56 AM").map((d) => d.iso)).toEqual(["2019-11-19"]);
    // A stamp's separator between the day and its clock; no clock, no date.
    expect(findDates("Fr 22.03.24 | 09:40 Uhr | Von").map((d) => d.iso)).toEqual(["2024-03-22"]);
    expect(findDates("Fr 22.03.24 | Von").map((d) => d.iso)).toEqual([]);
    expect(findDates("The vote went 11/19/19 in the end")).toEqual([]);
  });
  it("finds an Arabic date after its label, its weekday with it", () => {
    expect(findDates("نشر في الخميس 4 مارس 2021 10:30 صباحا")).toEqual([
      { iso: "2021-03-04", index: 7, text: "الخميس 4 مارس 2021" },
    ]);
  });
  it("finds a date inside a line, with its words", () => {
    expect(findDates("Updated 3:45 PM EST, Wed February 19, 2025")).toEqual([
      { iso: "2025-02-19", index: 8, text: "3:45 PM EST, Wed February 19, 2025" },
    ]);
  });
});
