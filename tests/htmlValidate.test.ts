/**
 * Validates every built page with html-validate against .htmlvalidate.json
 * (html-validate:recommended) and fails on any error, listing each as file:line:column.
 *
 * .htmlvalidate.json is strict JSON (html-validate parses it with JSON.parse and rejects
 * unknown keys), so the reason for each rule it turns off lives here, in WHY_OFF; the first
 * test keeps the two lists in step.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";

const distDir = inject("distDir");

/** Every rule .htmlvalidate.json turns off, with why. */
const WHY_OFF: Record<string, string> = {
  "long-title":
    "an article's <title> is its headline as published, and news headlines often run past 70 characters; cutting them would misquote the outlet (the site name is already dropped when it would overflow)",
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe("html-validate", () => {
  it("turns off only rules whose reason is recorded here", () => {
    const config = JSON.parse(readFileSync(".htmlvalidate.json", "utf8")) as { rules?: Record<string, unknown> };
    const off = Object.entries(config.rules ?? {})
      .filter(([, setting]) => ["off", 0].includes((Array.isArray(setting) ? setting[0] : setting) as string | number))
      .map(([rule]) => rule)
      .sort();
    expect(off).toEqual(Object.keys(WHY_OFF).sort());
  });

  it("finds no error in any built page", { timeout: 120_000 }, async () => {
    const files = htmlFiles(distDir);
    expect(files.length).toBeGreaterThan(0);
    // The library API reads no config file by default (the CLI does): load .htmlvalidate.json.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity !== 2) continue;
          errors.push(
            `dist/${relative(distDir, file)}:${message.line}:${message.column}: ${message.message} [${message.ruleId}]` +
              (message.selector ? ` at ${message.selector}` : ""),
          );
        }
      }
    }
    if (errors.length > 0) console.error(`html-validate found ${errors.length} error(s):\n${errors.join("\n")}`);
    expect(errors).toEqual([]);
  });
});
