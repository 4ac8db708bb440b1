import { describe, expect, it } from "vitest";
import { findRelativeDates } from "./relativeDates.ts";

const resolve = (text: string, published: string | undefined) =>
  findRelativeDates(text, published).map((d) => [d.label, d.iso, d.precision]);

describe("findRelativeDates", () => {
  // 2025-08-12 is a Tuesday.
  it("counts a weekday back to the last such day on or before publication", () => {
    expect(resolve("Mexico sent 26 people to the United States on Tuesday, amid pressure.", "2025-08-12")).toEqual([
      ["on Tuesday", "2025-08-12", "day"],
    ]);
    expect(resolve("Trump, who on Sunday said he would not, changed his tune.", "2025-08-12")).toEqual([
      ["on Sunday", "2025-08-10", "day"],
    ]);
  });

  it("counts forward when the sentence speaks of the future", () => {
    expect(resolve("Rubio will travel to Mexico City on Friday.", "2025-08-12")).toEqual([
      ["on Friday", "2025-08-15", "day"],
    ]);
  });

  it("reads earlier today, yesterday, last year and a day without its year", () => {
    expect(resolve("They finally spoke earlier today, and yesterday too.", "2025-02-03")).toEqual([
      ["earlier today", "2025-02-03", "day"],
      ["yesterday", "2025-02-02", "day"],
    ]);
    expect(resolve("In a striking revelation last year, officials spoke.", "2024-07-01")).toEqual([
      ["last year", "2023", "year"],
    ]);
    expect(resolve("The strike on September 2 killed 11 people.", "2025-12-04")).toEqual([
      ["September 2", "2025-09-02", "day"],
    ]);
  });

  it("leaves alone what the words do not fix: nowadays-today, last week, a bare month", () => {
    expect(resolve("It grew into a robust complex today.", "2024-07-01")).toEqual([]);
    expect(resolve("Talks stalled last week and resumed in March.", "2024-07-01")).toEqual([]);
  });

  it("resolves nothing without a publication date", () => {
    expect(resolve("They met on Tuesday and again yesterday.", undefined)).toEqual([]);
  });
});
