import { describe, expect, it } from "vitest";
import { leadFigures, leadsAgree, leadsConflict } from "./storyLead.ts";

describe("leadFigures", () => {
  it("keeps counts, drops years, small numbers and days of dates in English and Spanish", () => {
    expect([...leadFigures("Aug. 12 (UPI) -- Mexico has transferred 26 people in 2025 to 2 cities")]).toEqual([26]);
    expect([...leadFigures("CIUDAD DE MÉXICO, 12 ago (Reuters) - México extraditó a 26 presos")]).toEqual([26]);
    expect([...leadFigures("el 3 de septiembre, 10,000 soldados")]).toEqual([10000]);
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
