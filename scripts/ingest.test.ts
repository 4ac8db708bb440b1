/**
 * End-to-end tests of `scripts/ingest.ts`, spawned the way `npm run ingest` runs it (Node 22's
 * type stripping), writing into a temporary --out directory.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestReportSchema } from "#schemas/ingestReport.ts";

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

function ingestInto(out: string, ...args: string[]) {
  const run = spawnSync(NODE, [join(ROOT, "scripts", "ingest.ts"), "--out", out, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const ingest = (...args: string[]) => ingestInto(join(dir, "out"), ...args);

/**
 * One run of SOURCE into a folder of its own, made once for the file: the first test checks
 * it, and the tests of a second run start from a copy of its output (an --out folder holds
 * nothing of its own path), rather than each spawning the same first run again.
 */
let first: { out: string; run: ReturnType<typeof ingest> } | undefined;
function firstRun() {
  if (!first) {
    const out = join(mkdtempSync(join(tmpdir(), "ingest-test-first-")), "out");
    first = { out, run: ingestInto(out, SOURCE) };
  }
  return first;
}
/** `dir/out` as SOURCE's first run left it. */
function afterFirstRun() {
  const { out, run } = firstRun();
  expect(run.status, run.stderr).toBe(0);
  cpSync(out, join(dir, "out"), { recursive: true });
}
afterAll(() => {
  if (first) rmSync(join(first.out, ".."), { recursive: true, force: true });
});

describe("scripts/ingest.ts", () => {
  it("writes the article and its report", () => {
    const { out, run } = firstRun();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^written .*003_c09525ba02f8f554\.txt/m);
    const article = readFileSync(join(out, `${SLUG}.md`), "utf8");
    expect(article).toMatch(/^---\ntitle: CIA Increases Covert Drone Operations in Mexico\n/);
    const report = JSON.parse(readFileSync(join(out, "reports", `${SLUG}.json`), "utf8")) as unknown;
    expect(ingestReportSchema.parse(report).source).toBe("003_c09525ba02f8f554.txt");
    // No temporary files are left behind.
    expect(readdirSync(out).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("reports unchanged on a second run", () => {
    afterFirstRun();
    const run = ingest(SOURCE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^unchanged /m);
  });

  it("keeps an article an editor changed, and exits 0", () => {
    afterFirstRun();
    const path = join(dir, "out", `${SLUG}.md`);
    const edited = readFileSync(path, "utf8").replace("The United States", "The U.S.");
    writeFileSync(path, edited);
    const run = ingest(SOURCE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^kept .*kept hand-edited article/m);
    expect(readFileSync(path, "utf8")).toBe(edited);
  });

  it("keeps a hand-written article at the source's slug, and fails naming both files", () => {
    afterFirstRun();
    const path = join(dir, "out", `${SLUG}.md`);
    writeFileSync(path, "---\ntitle: Hand written\n---\n\nBody.\n");
    const run = ingest(SOURCE);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `003_c09525ba02f8f554.txt: slug: "${SLUG}" already belongs to ${path}, written by hand`,
    );
    expect(run.stderr).toContain("set a different `slug:`");
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
    expect(run.stderr).toMatch(/a\.meta\.yaml:1: url: expected an http\(s\) URL/);
  });

  it("errors clearly on a missing file and on unusable text", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, " \n\n");
    const run = ingest(join(dir, "missing.txt"), empty, SOURCE);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.txt: file: file not found/);
    expect(run.stderr).toMatch(/empty\.txt: .*\[empty\]/);
    expect(run.stdout).toMatch(/^written .*003_c09525ba02f8f554\.txt/m);
  });
});

describe("scripts/ingest.ts on hostile files and faults", () => {
  it("refuses a symbolic link without reading what it points to", () => {
    const secret = join(dir, "secret.txt");
    writeFileSync(secret, "Top Secret Headline Line\n\nroot:x:0:0:root:/root:/bin/bash\n");
    const link = join(dir, "x.txt");
    symlinkSync(secret, link);
    const run = ingest(link);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${link}: file: is a symbolic link; sources must be regular files`);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Top Secret|root:x/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses a sidecar that is a symbolic link", () => {
    const a = join(dir, "a.txt");
    copyFileSync(SOURCE, a);
    writeFileSync(join(dir, "elsewhere.yaml"), "outlet: Secret Outlet\n");
    symlinkSync(join(dir, "elsewhere.yaml"), join(dir, "a.meta.yaml"));
    const run = ingest(a);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("a.meta.yaml: file: is a symbolic link");
    expect(run.stderr).not.toContain("Secret Outlet");
  });

  it("refuses a directory in the sources folder with one line", () => {
    mkdirSync(join(dir, "content/sources/folder.txt"), { recursive: true });
    mkdirSync(join(dir, "content/topics"));
    const run = spawnSync(NODE, [join(ROOT, "scripts", "ingest.ts"), "--content", join(dir, "content")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `error     ${relative(ROOT, join(dir, "content/sources/folder.txt"))}: file: is a directory, not a source file; move it out of content/sources (only raw source files belong there)`,
    ]);
  });

  it("refuses a file name that cannot be recorded as the article's source, suggesting one", () => {
    const spaced = join(dir, "Informe de Mérida.txt");
    copyFileSync(SOURCE, spaced);
    const run = ingest(spaced);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${spaced}: file name: has characters other than`);
    expect(run.stderr).toContain('rename the file (for example "Informe-de-Merida.txt")');
    expect(existsSync(join(dir, "out", `${SLUG}.md`))).toBe(false);
  });

  it("writes neither the article nor the report when the report cannot be written", () => {
    // The reports folder's place is taken by a file: the article is staged first, then the
    // report fails, and the staged article must go too. (Tests run as root, so a read-only
    // folder would not stop them.)
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "reports"), "not a folder");
    const run = ingest(SOURCE);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /003_c09525ba02f8f554\.txt: output: cannot write output \((EEXIST|ENOTDIR)\).*reports.*nothing was written$/m,
    );
    expect(readdirSync(join(dir, "out"))).toEqual(["reports"]);
  });

  it("removes the temporary files a killed run left, and keeps those of a running one", () => {
    mkdirSync(join(dir, "out", "reports"), { recursive: true });
    // A process id that has exited: a finished child's.
    const gone = spawnSync(NODE, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    const stale = `.${SLUG}.md.${gone}.0b0f3a58-8d1e-4a53-9f7c-3e1f4f0c2b11.tmp`;
    const live = `.${SLUG}.md.${process.pid}.0b0f3a58-8d1e-4a53-9f7c-3e1f4f0c2b12.tmp`;
    writeFileSync(join(dir, "out", stale), "half an art");
    writeFileSync(join(dir, "out", "reports", stale.replace(".md.", ".json.")), "{");
    writeFileSync(join(dir, "out", live), "being written");
    const run = ingest(SOURCE);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dir, "out")).filter((n) => n.endsWith(".tmp"))).toEqual([live]);
    expect(readdirSync(join(dir, "out", "reports")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
