import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildWriteFailure } from "./fsFailure.ts";
import { removeInBackground, swapFolder } from "./swapFolder.ts";

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "swap-folder-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe("swapFolder", () => {
  it("replaces an existing folder (given with a trailing slash, as Astro gives it) and leaves nothing aside", () => {
    folder("dist", { "index.html": "old", "gone.html": "old only" });
    const staged = folder(".dist-staging", { "index.html": "new", _headers: "new headers" });
    swapFolder(staged, `${join(root, "dist")}/`);
    expect(readdirSync(join(root, "dist")).sort()).toEqual(["_headers", "index.html"]);
    expect(readFileSync(join(root, "dist/index.html"), "utf8")).toBe("new");
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("can hand the old folder to a background process, which removes it", async () => {
    folder("dist", { "index.html": "old", "gone.html": "old only" });
    const staged = folder(".dist-staging", { "index.html": "new" });
    swapFolder(staged, join(root, "dist"), removeInBackground);
    expect(readFileSync(join(root, "dist/index.html"), "utf8")).toBe("new");
    await expect.poll(() => readdirSync(root), { timeout: 10_000 }).toEqual(["dist"]);
  });

  it("puts the staged folder in place when there was none", () => {
    const staged = folder(".dist-staging", { "index.html": "new" });
    swapFolder(staged, join(root, "dist"));
    expect(readFileSync(join(root, "dist/index.html"), "utf8")).toBe("new");
    expect(existsSync(staged)).toBe(false);
  });

  it("puts the old folder back when the staged one cannot be moved in", () => {
    folder("dist", { "index.html": "old" });
    expect(() => swapFolder(join(root, "missing-staging"), join(root, "dist"))).toThrow(/ENOENT/);
    expect(readFileSync(join(root, "dist/index.html"), "utf8")).toBe("old");
    expect(readdirSync(root)).toEqual(["dist"]);
  });
});

describe("buildWriteFailure", () => {
  it("says a full disk is full, what to do, and that dist/ is intact, in one line", () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const message = buildWriteFailure("Copying content/sources into the site", error).message;
    expect(message).toBe(
      "Copying content/sources into the site failed: the disk is full; free some space, then build again. dist/ still holds the last good site.",
    );
  });
});
