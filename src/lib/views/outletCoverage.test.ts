import { describe, expect, it } from "vitest";
import { acrossOutlets, coveragePhrase, outletCoverage } from "./outletCoverage.ts";

describe("outlet coverage", () => {
  it("says outlets are not stated when no article states one", () => {
    const coverage = outletCoverage([undefined, undefined, undefined, undefined, undefined]);
    expect(coveragePhrase(coverage)).toBe("5 articles, outlets not stated");
    expect(acrossOutlets(coverage)).toBe(false);
    expect(coveragePhrase(outletCoverage([undefined]))).toBe("1 article, outlet not stated");
  });

  it("counts distinct stated outlets and the articles without one", () => {
    const coverage = outletCoverage(["Reuters", "CNN", "Reuters", undefined]);
    expect(coverage.outlets).toEqual(["Reuters", "CNN"]);
    expect(coveragePhrase(coverage)).toBe("4 articles from 2 outlets, 1 with the outlet not stated");
    expect(acrossOutlets(coverage)).toBe(true);
    expect(coveragePhrase(outletCoverage(["Reuters", "Reuters"]))).toBe("2 articles from Reuters");
  });
});
