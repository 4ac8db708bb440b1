import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchmarkBody, caseFileName } from "./benchmarkCase.ts";

describe("caseFileName", () => {
  it.each([
    ["html/abc123.html.gz", "abc123.html"],
    ["html/readability-ars-1/source.html", "source.html"],
    ["text/text-01.txt", "text-01.txt"],
  ])("%s is read as %s", (input, name) => {
    expect(caseFileName(input)).toBe(name);
  });
});

describe("benchmarkBody", () => {
  const dir = mkdtempSync(join(tmpdir(), "benchmark-"));
  mkdirSync(join(dir, "html"));
  writeFileSync(join(dir, "ground-truth.json"), JSON.stringify({ abc123: { articleBody: "The body.", url: "u" } }));

  it("is the ground truth's body of a page in the benchmark's layout", async () => {
    expect(await benchmarkBody(join(dir, "html", "abc123.html.gz"))).toBe("The body.");
  });
  it("is undefined for an id the ground truth lacks, or a file outside html/", async () => {
    expect(await benchmarkBody(join(dir, "html", "ffff.html.gz"))).toBeUndefined();
    expect(await benchmarkBody(join(dir, "abc123.html.gz"))).toBeUndefined();
  });
});
