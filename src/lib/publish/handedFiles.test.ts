import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeHandOver, openHandOver, writeHandedFile } from "./handedFiles.ts";

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), "handed-"));
  folders.push(made);
  return made;
};

afterEach(() => {
  closeHandOver();
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe("handedFiles", () => {
  it("writes nothing while no build has opened the hand-over: the endpoint answers itself", async () => {
    expect(await writeHandedFile("data/x.json", "{}\n")).toBe(false);
    expect(closeHandOver()).toEqual([]);
  });

  it("writes into the build's output folder while open, and lists what it wrote when closed", async () => {
    const out = folder();
    openHandOver(out);
    expect(await writeHandedFile("data/b.json", "b — ü\n")).toBe(true);
    expect(await writeHandedFile("a.json", "a")).toBe(true);
    expect(readFileSync(join(out, "data/b.json"), "utf8")).toBe("b — ü\n");
    expect(readFileSync(join(out, "a.json"), "utf8")).toBe("a");
    expect(closeHandOver()).toEqual(["data/b.json", "a.json"]);
    expect(await writeHandedFile("data/c.json", "c")).toBe(false);
  });

  it("refuses a path written twice in one build", async () => {
    openHandOver(folder());
    await writeHandedFile("data/a.json", "a");
    await expect(writeHandedFile("data/a.json", "a")).rejects.toThrow(/twice/u);
  });

  it("is shared by every copy of the module in the process (the config's and the pages' bundle)", () => {
    const out = folder();
    openHandOver(out);
    const open = (globalThis as { [key: symbol]: { outDir: string } | undefined })[
      Symbol.for("mexico-security/handed-files")
    ];
    expect(open?.outDir).toBe(out);
  });
});
