/**
 * The fixture convention of the unit tests: an expected file must exist and match exactly; a
 * missing one fails, and `UPDATE_FIXTURES=1` writes it for review instead.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

export function expectFixtureFile(path: string, actual: string): void {
  if (!existsSync(path)) {
    if (process.env["UPDATE_FIXTURES"] === "1") {
      writeFileSync(path, actual);
      return;
    }
    throw new Error(`missing ${path}; run the test with UPDATE_FIXTURES=1 to create it, then review it by hand`);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
