/** `npm run new` as an editor runs it: mistakes give one line that says what to do, never a stack. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "new-article-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(join(ROOT, "node_modules/.bin/node"), [join(ROOT, "scripts/newArticle.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run new", () => {
  it("explains a title that starts with a dash in one line, and takes it after '='", () => {
    const refused = run("--title", "--flag", "--dir", dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain(
      'A value that starts with "-" goes after "=": npm run new -- --title="--Headline"',
    );
    expect(readdirSync(dir)).toEqual([]);
    const made = run("--title=--Flag Day on the Border", "--dir", dir);
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(["flag-day-on-the-border.md"]);
  });

  it("says it cannot write, in one line, when the folder is not a folder", () => {
    const notADir = join(dir, "file");
    writeFileSync(notADir, "");
    const result = run("--title", "Border Talks", "--dir", notADir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^npm run new: cannot write .*border-talks\.md \((EEXIST|ENOTDIR)\): check the disk/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
