import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { linkOrCopy } from "./linkOrCopy.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("linkOrCopy", () => {
  it("links the cached file: same bytes, same inode, nothing copied", async () => {
    dir = mkdtempSync(join(tmpdir(), "link-"));
    writeFileSync(join(dir, "card.png"), "drawn");
    await linkOrCopy(join(dir, "card.png"), join(dir, "out.png"));
    expect(readFileSync(join(dir, "out.png"), "utf8")).toBe("drawn");
    expect(statSync(join(dir, "out.png")).ino).toBe(statSync(join(dir, "card.png")).ino);
  });

  it("replaces what an earlier build left at the target, and leaves the source alone", async () => {
    dir = mkdtempSync(join(tmpdir(), "link-"));
    writeFileSync(join(dir, "card.png"), "new");
    writeFileSync(join(dir, "out.png"), "old");
    await linkOrCopy(join(dir, "card.png"), join(dir, "out.png"));
    expect(readFileSync(join(dir, "out.png"), "utf8")).toBe("new");
    expect(readFileSync(join(dir, "card.png"), "utf8")).toBe("new");
  });

  it("keeps the published bytes when the cache later replaces its file by rename", async () => {
    dir = mkdtempSync(join(tmpdir(), "link-"));
    writeFileSync(join(dir, "card.png"), "first");
    await linkOrCopy(join(dir, "card.png"), join(dir, "out.png"));
    // The card cache writes a temporary file and renames it over the name, as writeAtomic does.
    writeFileSync(join(dir, "tmp"), "second");
    renameSync(join(dir, "tmp"), join(dir, "card.png"));
    expect(readFileSync(join(dir, "out.png"), "utf8")).toBe("first");
  });

  it("copies when the output is on a file system the link cannot reach", async () => {
    dir = mkdtempSync(join(tmpdir(), "link-"));
    writeFileSync(join(dir, "card.png"), "drawn");
    const crossDevice = () => Promise.reject(Object.assign(new Error("EXDEV: cross-device link"), { code: "EXDEV" }));
    await linkOrCopy(join(dir, "card.png"), join(dir, "out.png"), crossDevice);
    expect(readFileSync(join(dir, "out.png"), "utf8")).toBe("drawn");
    expect(statSync(join(dir, "out.png")).ino).not.toBe(statSync(join(dir, "card.png")).ino);
  });

  it("fails when the source is missing, instead of publishing nothing", async () => {
    dir = mkdtempSync(join(tmpdir(), "link-"));
    await expect(linkOrCopy(join(dir, "none.png"), join(dir, "out.png"))).rejects.toThrow(/ENOENT/);
  });
});
