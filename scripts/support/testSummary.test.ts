import { describe, expect, it } from "vitest";
import { formatSummary, readSummary } from "./testSummary.ts";

describe("test summary lines", () => {
  it("reads the reporter's closing line, and nothing else", () => {
    expect(readSummary("tests: 12 passed, 1 failed, 3 skipped")).toEqual({ passed: 12, failed: 1, skipped: 3 });
    expect(readSummary("  tests: 0 passed, 0 failed, 0 skipped  ")).toEqual({ passed: 0, failed: 0, skipped: 0 });
    expect(readSummary("Tests  12 passed (12)")).toBeUndefined();
    expect(readSummary("✓ tests: 2 passed, 0 failed, 0 skipped")).toBeUndefined();
  });

  it("adds up several runs into one line of the same form", () => {
    const line = formatSummary([
      { passed: 40, failed: 0, skipped: 1 },
      { passed: 2, failed: 3, skipped: 0 },
    ]);
    expect(line).toBe("tests: 42 passed, 3 failed, 1 skipped");
    expect(readSummary(line)).toEqual({ passed: 42, failed: 3, skipped: 1 });
    expect(formatSummary([])).toBe("tests: 0 passed, 0 failed, 0 skipped");
  });
});
