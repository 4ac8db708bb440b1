/**
 * The closing line each vitest run prints (tests/support/summaryReporter.ts:
 * `tests: N passed, N failed, N skipped`), read back and added up, so `npm test`, which runs
 * two vitest processes side by side (scripts/runTests.ts), still ends on one such line.
 */

export interface TestCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

const SUMMARY = /^tests: (\d+) passed, (\d+) failed, (\d+) skipped$/;

/** The counts of a summary line, or undefined when the line is not one. */
export function readSummary(line: string): TestCounts | undefined {
  const match = SUMMARY.exec(line.trim());
  if (!match) return undefined;
  return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) };
}

/** The summary line of several runs' counts together. */
export function formatSummary(counts: readonly TestCounts[]): string {
  const sum = (key: keyof TestCounts) => counts.reduce((total, each) => total + each[key], 0);
  return `tests: ${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`;
}
