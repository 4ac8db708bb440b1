/** The project's commands at the edges of their command line: usage, one line, no stack. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function run(script: string, ...args: string[]) {
  const result = spawnSync(join(ROOT, "node_modules/.bin/node"), [join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("readCommandLine", () => {
  it("prints the usage for --help and exits 0", () => {
    const help = run("eval.ts", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run eval -- /);
  });

  it.each([
    ["eval.ts", ["--bogus"], "eval: Unknown option '--bogus'."],
    ["eval.ts", ["stray"], "eval: unexpected argument 'stray' (options start with --)"],
    ["ingest.ts", ["--out"], "ingest: Option '--out <value>' argument missing"],
    ["lighthouse.ts", ["--bogus"], "lighthouse: Unknown option '--bogus'."],
  ])("%s %j: one line saying what, then the usage; exit 2", (script, args, line) => {
    const result = run(script, ...args);
    expect(result.status).toBe(2);
    const [first, blank, usage] = result.stderr.split("\n");
    expect(first).toBe(line);
    expect(blank).toBe("");
    expect(usage).toMatch(/^usage: /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("says to build first when the site is not built", () => {
    const empty = mkdtempSync(join(tmpdir(), "no-site-"));
    try {
      const result = run("lighthouse.ts", "--dist", empty);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`lighthouse: no built site in ${empty}/: run npm run build first\n`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
