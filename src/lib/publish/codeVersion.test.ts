import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { codeVersion, processCodeVersion } from "./codeVersion.ts";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), "code-version-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("the code version", () => {
  it("changes when a source file, the config or the lockfile changes, and only then", () => {
    const dir = project({ "src/a.ts": "a", "src/lib/b.ts": "b", "astro.config.mjs": "c", "content/x.md": "x" });
    const before = codeVersion(dir);
    expect(codeVersion(dir)).toBe(before);
    writeFileSync(join(dir, "content/x.md"), "edited content is not code");
    expect(codeVersion(dir)).toBe(before);
    writeFileSync(join(dir, "src/lib/b.ts"), "b2");
    const edited = codeVersion(dir);
    expect(edited).not.toBe(before);
    writeFileSync(join(dir, "package-lock.json"), "{}");
    expect(codeVersion(dir)).not.toBe(edited);
  });

  it("tells a renamed file from the same bytes under its old name", () => {
    const dir = project({ "src/a.ts": "same" });
    const before = codeVersion(dir);
    rmSync(join(dir, "src/a.ts"));
    writeFileSync(join(dir, "src/b.ts"), "same");
    expect(codeVersion(dir)).not.toBe(before);
  });

  it("is hashed once per process for processCodeVersion: the code a process runs is the code it loaded", () => {
    const dir = project({ "src/a.ts": "a" });
    const first = processCodeVersion(dir);
    expect(first).toBe(codeVersion(dir));
    writeFileSync(join(dir, "src/a.ts"), "a2");
    expect(processCodeVersion(dir)).toBe(first);
    expect(codeVersion(dir)).not.toBe(first);
  });
});
