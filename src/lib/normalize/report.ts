/**
 * The ingest report the passes write to, the way unified plugins write messages to a vfile:
 * every raw line that does not reach the body is recorded with its line number and reason,
 * and every doubt becomes a warning. Passes append; nothing is ever taken back.
 */
import type { Removal, RemovalReason } from "./types.ts";
import type { RawUnit } from "./units.ts";

export interface Report {
  removed: Removal[];
  warnings: string[];
}

/** Records every line of `unit` as removed for `reason` (and, when lifted into a field, which). */
export function removeUnit(report: Report, unit: RawUnit, reason: RemovalReason, field?: string): void {
  for (const line of unit.lines)
    report.removed.push({ line: line.n, text: line.raw, reason, ...(field !== undefined ? { field } : {}) });
}
