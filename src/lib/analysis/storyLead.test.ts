import { describe, expect, it } from "vitest";
import { leadFigures, leadsAgree, leadsConflict } from "./storyLead.ts";

describe("leadFigures", () => {
  it("keeps counts, drops years, small numbers and days of dates in English and Spanish", () => {
    expect([...leadFigures("Aug. 12 (UPI) -- Mexico has transferred 26 people in 2025 to 2 cities")]).toEqual([26]);
    expect([...leadFigures("CIUDAD DE MÉXICO, 12 ago (Reuters) - México extraditó a 26 presos")]).toEqual([26]);
    expect([...leadFigures("el 3 de septiembre, 10,000 soldados")]).toEqual([10000]);
  });

  it("drops measures: a number before a unit of length, weight, time or share measures a thing, it counts nothing", () => {
    expect([...leadFigures("a tunnel about 600 meters long, 600 metres from the fence, 600-metre passage")]).toEqual(
      [],
    );
    expect([...leadFigures("share data within 48 hours; the 16-inch MacBook Pro; a 13-Inch model")]).toEqual([]);
    expect([
      ...leadFigures("an 8-year-old girl, 30 days later, up 12 percent, 40%, 5 km, un túnel de 300 metros"),
    ]).toEqual([]);
  });

  it("keeps counts of people and things, also when a unit word follows later or starts a longer word", () => {
    expect([...leadFigures("Mexico sent 600 soldiers within hours")]).toEqual([600]);
    expect([...leadFigures("16 inmates, 48 homes, 8 minors, 30 dayworkers")].sort((a, b) => a - b)).toEqual([
      8, 16, 30, 48,
    ]);
    expect([...leadFigures("México extraditó a 26 presos en 2 horas")]).toEqual([26]);
  });

  it("reads “X and 28 others” as 29 too", () => {
    expect([...leadFigures("Caro Quintero and 28 other fugitive cartel members")].sort()).toEqual([28, 29]);
  });
});

describe("leadsConflict", () => {
  it("conflicts only when both leads state counts and share none", () => {
    expect(leadsConflict(new Set([26]), new Set([37]))).toBe(true);
    expect(leadsConflict(new Set([29]), new Set([28, 29]))).toBe(false);
    expect(leadsConflict(new Set(), new Set([37]))).toBe(false);
  });
});

describe("leadsAgree", () => {
  it("agrees only when both leads state a count they share", () => {
    expect(leadsAgree(new Set([26]), new Set([12, 26]))).toBe(true);
    expect(leadsAgree(new Set([26]), new Set([37]))).toBe(false);
    expect(leadsAgree(new Set(), new Set([26]))).toBe(false);
  });
});
