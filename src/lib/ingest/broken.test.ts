/**
 * Broken raw inputs, one folder per case under fixtures/broken/ (`input.txt` or `input.html`, an optional
 * `input.meta.yaml` sidecar, and the reviewed `expected-error.txt`), plus a few made in code
 * (a 5 MB file, a 30 MB page, a missing file, two sources with one slug). Each runs through the real
 * `npm run ingest` CLI against a temporary content folder that already holds the five real
 * articles, and must: exit 1, print exactly the expected error naming the file, and leave
 * every existing file byte for byte as it was, with no temporary file left behind.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const FIXTURES = join(import.meta.dirname, "fixtures/broken");
let work = "";

/** A content folder with topics, the real articles and reports, and the given sources. */
function contentWith(sources: Record<string, string | Uint8Array>): string {
  work = mkdtempSync(join(tmpdir(), "ingest-broken-"));
  for (const dir of ["topics", "articles", "reports"]) {
    cpSync(join(ROOT, "content", dir), join(work, "content", dir), { recursive: true });
  }
  mkdirSync(join(work, "content/sources"), { recursive: true });
  for (const [name, data] of Object.entries(sources)) writeFileSync(join(work, "content/sources", name), data);
  return work;
}

/** Every file under a folder with its bytes, to prove nothing changed. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(full.slice(dir.length), readFileSync(full, "base64"));
    }
  };
  walk(dir);
  return files;
}

function ingest(cwd: string, files: string[]) {
  const result = spawnSync(
    join(ROOT, "node_modules/.bin/node"),
    [join(ROOT, "scripts/ingest.ts"), "--content", "content", ...files],
    { cwd, encoding: "utf8" },
  );
  return { status: result.status, stderr: result.stderr.trim() };
}

/** Runs ingest on `files` and checks it failed without touching articles or reports. */
function expectFailureWithoutWrites(cwd: string, files: string[]): string {
  const outputs = join(cwd, "content");
  const before = snapshot(join(outputs, "articles"));
  const reportsBefore = snapshot(join(outputs, "reports"));
  const { status, stderr } = ingest(cwd, files);
  expect(status, stderr).toBe(1);
  expect(snapshot(join(outputs, "articles"))).toEqual(before);
  expect(snapshot(join(outputs, "reports"))).toEqual(reportsBefore);
  return stderr;
}

afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = "";
});

describe("ingest refuses broken raw input with a clear error", () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      // The raw input is `input.txt`, or `input.html` for a saved page.
      const ext = existsSync(join(dir, "input.html")) ? "html" : "txt";
      const sources: Record<string, Uint8Array> = { [`${name}.${ext}`]: readFileSync(join(dir, `input.${ext}`)) };
      if (existsSync(join(dir, "input.meta.yaml"))) {
        sources[`${name}.meta.yaml`] = readFileSync(join(dir, "input.meta.yaml"));
      }
      const cwd = contentWith(sources);
      const stderr = expectFailureWithoutWrites(cwd, [`content/sources/${name}.${ext}`]);
      expect(stderr).toContain(`content/sources/${name}.${ext}`);

      const expectedFile = join(dir, "expected-error.txt");
      if (!existsSync(expectedFile)) {
        if (process.env["UPDATE_FIXTURES"] === "1") writeFileSync(expectedFile, `${stderr}\n`);
        throw new Error(`missing ${expectedFile}: review the error and save it (UPDATE_FIXTURES=1 writes it)`);
      }
      expect(stderr).toBe(readFileSync(expectedFile, "utf8").trimEnd());
    });
  }

  it("a 5 MB file", () => {
    const line = "The flights continued over the weekend, officials said, and more were planned. ";
    const cwd = contentWith({ "huge.txt": `A Title\n\n${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length))}\n` });
    const stderr = expectFailureWithoutWrites(cwd, ["content/sources/huge.txt"]);
    expect(stderr).toMatch(/^error +content\/sources\/huge\.txt: .*\[too-large\]$/);
  });

  it("a 30 MB saved page", () => {
    const para = "<p>The flights continued over the weekend, officials said, and more were planned.</p>\n";
    const page = `<html><head><title>A Title</title></head><body>${para.repeat(Math.ceil((30 * 1024 * 1024) / para.length))}</body></html>`;
    const cwd = contentWith({ "huge.html": page });
    const stderr = expectFailureWithoutWrites(cwd, ["content/sources/huge.html"]);
    expect(stderr).toMatch(/^error +content\/sources\/huge\.html: .*\[too-large\]$/);
  });

  it("a missing file", () => {
    const cwd = contentWith({});
    const stderr = expectFailureWithoutWrites(cwd, ["content/sources/nope.txt"]);
    expect(stderr).toBe(
      "error     content/sources/nope.txt: file: file not found; check the path (sources live in content/sources/<name>.txt)",
    );
  });

  it("two sources that would publish at one URL: neither is written, both are named", () => {
    const text = "CIA Drone Flights Continue\n\nThe flights continued over the weekend, officials said.\n";
    const cwd = contentWith({ "a.txt": text, "b.txt": text });
    const stderr = expectFailureWithoutWrites(cwd, ["content/sources/a.txt", "content/sources/b.txt"]);
    const lines = stderr.split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toContain('slug: "cia-drone-flights-continue" is produced by both');
      expect(line).toContain("content/sources/a.txt");
      expect(line).toContain("content/sources/b.txt");
      expect(line).toContain("set a different `slug:`");
    }
  });

  it("a source whose title takes the slug of an article generated from another source", () => {
    const existing = readdirSync(join(ROOT, "content/articles"))[0] ?? "";
    const title = readFileSync(join(ROOT, "content/articles", existing), "utf8").match(/^title: (.*)$/m)?.[1] ?? "";
    const cwd = contentWith({
      "copycat.txt": `${title.replace(/^"|"$/g, "")}\n\nA different body, from a different source.\n`,
    });
    const stderr = expectFailureWithoutWrites(cwd, ["content/sources/copycat.txt"]);
    expect(stderr).toContain(`/content/articles/${existing}, generated from 004_`);
  });
});
