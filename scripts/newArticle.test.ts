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
  // Options are read as every command reads them (scripts/support/commandLine.ts): exit 2, one
  // line naming the problem, then the usage, which says how to pass a value that starts with "-".
  it("explains a title that starts with a dash in one line and the usage, and takes it after '='", () => {
    const refused = run("--title", "--flag", "--dir", dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr.split("\n")[0]).toMatch(/^npm run new: .*--title/);
    expect(refused.stderr.split("\n")[1]).toBe("");
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
