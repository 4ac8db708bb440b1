import { describe, expect, it } from "vitest";
import { findEventDates } from "./absoluteDates.ts";
import { spanishMonth } from "./spanishDates.ts";

const dates = (sentence: string) => findEventDates(sentence).map((f) => [f.date.iso, f.date.precision]);

describe("Spanish dates with their year", () => {
  it("reads a day, 'de' or 'del' before the year", () => {
    expect(dates("El puente se inauguró el 24 de mayo de 2025 en Villaseca.")).toEqual([["2025-05-24", "day"]]);
    expect(dates("La ley entró en vigor el 1 de enero del 2024.")).toEqual([["2024-01-01", "day"]]);
    expect(dates("Firmaron el acuerdo el 9 de setiembre de 2019.")).toEqual([["2019-09-09", "day"]]);
  });

  it("reads a month after a word that takes a time", () => {
    expect(dates("Las obras comenzaron en marzo de 2023 y siguen.")).toEqual([["2023-03", "month"]]);
    expect(dates("Vive allí desde octubre de 2021.")).toEqual([["2021-10", "month"]]);
  });

  it("reads no day that is not real, and no date without its year", () => {
    expect(dates("Se celebró el 31 de junio de 2024.")).toEqual([]);
    expect(dates("La conferencia será el 18 de junio en Nueva York.")).toEqual([]);
  });

  it("knows the months by name", () => {
    expect(spanishMonth("Diciembre")).toBe(12);
    expect(spanishMonth("setiembre")).toBe(9);
    expect(spanishMonth("march")).toBeUndefined();
  });
});
