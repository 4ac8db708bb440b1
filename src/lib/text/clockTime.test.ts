import { describe, expect, it } from "vitest";
import { ANY_CLOCK, CLOCK_TIME, clockMinutes, HALF_OF_DAY, HOUR_CLOCK, TIME_AGO } from "./clockTime.ts";

const whole = (pattern: string) => new RegExp(`^${pattern}$`, "iu");

describe("CLOCK_TIME", () => {
  it.each(["10:31", "17:19:05", "8:19 PM", "10:28am", "8:19 p.m."])("is a colon clock: %s", (text) => {
    expect(whole(CLOCK_TIME).test(text)).toBe(true);
  });
  it.each(["14h20", "10.21", "1031", "8 pm"])("is not: %s", (text) => {
    expect(whole(CLOCK_TIME).test(text)).toBe(false);
  });
});

describe("ANY_CLOCK", () => {
  it.each(["14:20", "14h20", "10.21", "12:55:10"])("takes other separators beside a date: %s", (text) => {
    expect(whole(ANY_CLOCK).test(text)).toBe(true);
  });
  it.each(["1420", "14-20", "14 h 20"])("is not: %s", (text) => {
    expect(whole(ANY_CLOCK).test(text)).toBe(false);
  });
});

describe("HOUR_CLOCK with HALF_OF_DAY", () => {
  const hour = new RegExp(`^${HOUR_CLOCK}\\s*${HALF_OF_DAY}$`, "u");
  it.each(["6 p.m.", "9:30 PM", "9.30 pm", "11 a. m.", "7AM"])("is an hour of the day: %s", (text) => {
    expect(hour.test(text)).toBe(true);
  });
  it.each(["6", "9:30", "130 pm", "9:3 pm", "6 pn"])("is not: %s", (text) => {
    expect(hour.test(text)).toBe(false);
  });
});

describe("clockMinutes", () => {
  it.each([
    ["Monday, November 18, 2019, 08:19 PM", 20 * 60 + 19],
    ["20:19", 20 * 60 + 19],
    ["8:19 p.m.", 20 * 60 + 19],
    ["12:05 am", 5],
    ["12:05 pm", 12 * 60 + 5],
    ["9:30 a.m. ET", 9 * 60 + 30],
  ])("reads %s", (text, minutes) => {
    expect(clockMinutes(text)).toBe(minutes);
  });
  it.each([
    ["no clock", "November 18, 2019"],
    ["an hour past the day", "25:10"],
    ["a minute past the hour", "10:75"],
  ])("is undefined for %s", (_, text) => {
    expect(clockMinutes(text)).toBeUndefined();
  });
  // A lone letter after the clock is a word, not half of the day: the old reader took the "a" of
  // "8:19 a day later" as "am" and would have read a lone "p" as "pm".
  it("reads a lone letter after the clock as a word", () => {
    expect(clockMinutes("8:19 p the next")).toBe(8 * 60 + 19);
  });
});

describe("TIME_AGO", () => {
  const ago = whole(TIME_AGO);
  it.each(["2 hours ago", "32M ago", "1 hr 4 mins ago", "5 mins. ago", "3 weeks ago", "1 year ago"])(
    "is: %s",
    (text) => {
      expect(ago.test(text)).toBe(true);
    },
  );
  // A count with no unit, a unit with no count, or "ago" glued to its unit is no stamp.
  it.each(["2 ago", "hours ago", "2 hoursago", "ago", "2 hours later"])("is not: %s", (text) => {
    expect(ago.test(text)).toBe(false);
  });
});
