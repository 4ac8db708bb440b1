/**
 * Fixture-driven tests, one per folder in ./fixtures: `input.txt` (+ optional `meta.yaml`) must
 * give exactly `expected.md` and `expected-report.json`, or exactly `expected-error.json`.
 * A missing expected file fails the test; `UPDATE_FIXTURES=1` writes it for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { sourceMetaSchema } from "#schemas/sourceMeta.ts";
import { normalize } from "./index.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

function expectFile(path: string, actual: string): void {
  if (!existsSync(path)) {
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    throw new Error(
      `missing ${path}; run \`UPDATE_FIXTURES=1 npx vitest run src/lib/normalize\` to create it, then review it by hand`,
    );
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("fixtures", () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const raw = readFileSync(join(dir, "input.txt"), "utf8");
      const metaPath = join(dir, "meta.yaml");
      const meta = existsSync(metaPath) ? sourceMetaSchema.parse(parseYaml(readFileSync(metaPath, "utf8"))) : undefined;
      const result = normalize(raw, { fileName: `${name}.txt`, ...(meta !== undefined ? { meta } : {}) });
      const errorPath = join(dir, "expected-error.json");
      if (!result.ok || existsSync(errorPath)) {
        expectFile(errorPath, `${JSON.stringify(result.ok ? { ok: true } : result.error, null, 2)}\n`);
        return;
      }
      expectFile(join(dir, "expected.md"), result.markdown);
      expectFile(
        join(dir, "expected-report.json"),
        `${JSON.stringify({ slug: result.slug, ...result.report }, null, 2)}\n`,
      );
    });
  }
});
