/**
 * End-to-end tests of `scripts/ingest.ts`, spawned the way `npm run ingest` runs it (Node 22's
 * type stripping), writing into a temporary --out directory.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestReportSchema } from "../src/schemas/ingestReport.ts";

const ROOT = join(import.meta.dirname, "..");
const NODE = join(ROOT, "node_modules", ".bin", "node");
const SOURCE = join(ROOT, "content", "sources", "003_c09525ba02f8f554.txt");
const SLUG = "cia-increases-covert-drone-operations-in-mexico";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-test-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ingest(...args: string[]) {
  const run = spawnSync(NODE, [join(ROOT, "scripts", "ingest.ts"), "--out", join(dir, "out"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("scripts/ingest.ts", () => {
  it("writes the article and its report", () => {
    const run = ingest(SOURCE);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^written .*003_c09525ba02f8f554\.txt/m);
    const article = readFileSync(join(dir, "out", `${SLUG}.md`), "utf8");
    expect(article).toMatch(/^---\ntitle: CIA Increases Covert Drone Operations in Mexico\n/);
    const report = JSON.parse(readFileSync(join(dir, "out", "reports", `${SLUG}.json`), "utf8")) as unknown;
    expect(ingestReportSchema.parse(report).source).toBe("003_c09525ba02f8f554.txt");
    // No temporary files are left behind.
    expect(readdirSync(join(dir, "out")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("reports unchanged on a second run", () => {
    ingest(SOURCE);
    const run = ingest(SOURCE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^unchanged /m);
  });

  it("keeps an article an editor changed, and exits 0", () => {
    ingest(SOURCE);
    const path = join(dir, "out", `${SLUG}.md`);
    const edited = readFileSync(path, "utf8").replace("The United States", "The U.S.");
    writeFileSync(path, edited);
    const run = ingest(SOURCE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^kept .*kept hand-edited article/m);
    expect(readFileSync(path, "utf8")).toBe(edited);
  });

  it("keeps a hand-written article without a generated block", () => {
    ingest(SOURCE);
    const path = join(dir, "out", `${SLUG}.md`);
    writeFileSync(path, "---\ntitle: Hand written\n---\n\nBody.\n");
    const run = ingest(SOURCE);
    expect(run.stdout).toMatch(/^kept /m);
    expect(readFileSync(path, "utf8")).toBe("---\ntitle: Hand written\n---\n\nBody.\n");
  });

  it("refuses two sources with one slug, naming both, and still processes the others", () => {
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    copyFileSync(SOURCE, a);
    writeFileSync(
      b,
      "CIA Increases Covert Drone Operations in Mexico\n\nA different story with the same headline, officials said.\n",
    );
    const other = join(ROOT, "content", "sources", "000_be4cc2cbf2890c12.txt");
    const run = ingest(a, b, other);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${a} and ${b}`);
    expect(run.stderr).toContain("slug:");
    expect(existsSync(join(dir, "out", `${SLUG}.md`))).toBe(false);
    expect(run.stdout).toMatch(/^written .*000_be4cc2cbf2890c12\.txt/m);
  });

  it("uses a sidecar slug to resolve a clash", () => {
    const a = join(dir, "a.txt");
    copyFileSync(SOURCE, a);
    writeFileSync(join(dir, "a.meta.yaml"), "slug: drone-story\noutlet: Example Wire\n");
    const run = ingest(a);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "out", "drone-story.md"), "utf8")).toContain("outlet: Example Wire");
  });

  it("explains a bad sidecar", () => {
    const a = join(dir, "a.txt");
    copyFileSync(SOURCE, a);
    writeFileSync(join(dir, "a.meta.yaml"), "url: not-a-url\ncolour: red\n");
    const run = ingest(a);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a\.meta\.yaml.*field "url": expected an http\(s\) URL/);
  });

  it("errors clearly on a missing file and on unusable text", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, " \n\n");
    const run = ingest(join(dir, "missing.txt"), empty, SOURCE);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.txt: file not found/);
    expect(run.stderr).toMatch(/empty\.txt: .*\[empty\]/);
    expect(run.stdout).toMatch(/^written .*003_c09525ba02f8f554\.txt/m);
  });
});
