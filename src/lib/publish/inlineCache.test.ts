import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectInline } from "./headers.ts";
import { inlineCache } from "./inlineCache.ts";

const page = (style: string, script = "") =>
  Buffer.from(
    `<!doctype html><html><head><style>${style}</style></head><body><script>${script}</script></body></html>`,
  );

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "inline-cache-"));
  file = join(dir, "inline-blocks.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pages' blocks through a cache at `file`, saved; with the save's counts. */
async function collect(pages: readonly Buffer[], version = "code-1") {
  const cache = inlineCache(file, version);
  const blocks = pages.map((html) => cache.blocks(html));
  return { blocks, counts: await cache.save() };
}

describe("the inline-block cache", () => {
  it("gives what collectInline gives, parsing each distinct page once", async () => {
    const pages = [page("a{}"), page("b{}", "go()"), page("a{}")];
    const cold = await collect(pages);
    expect(cold.blocks).toEqual(pages.map((html) => collectInline(html.toString("utf8"))));
    expect(cold.counts).toEqual({ parsed: 2, reused: 1 });
  });

  it("parses only the pages whose bytes changed since the last save", async () => {
    const cold = await collect([page("a{}"), page("b{}")]);
    const warm = await collect([page("a{}"), page("c{}")]);
    expect(warm.counts).toEqual({ parsed: 1, reused: 1 });
    expect(warm.blocks[0]).toEqual(cold.blocks[0]);
    expect(warm.blocks[1]).toEqual(collectInline(page("c{}").toString("utf8")));
    // Only this build's pages are kept: the page dropped last time is parsed again.
    expect((await collect([page("b{}")])).counts).toEqual({ parsed: 1, reused: 0 });
  });

  it("parses everything again for another code version, or when the file is broken", async () => {
    await collect([page("a{}")]);
    expect((await collect([page("a{}")], "code-2")).counts.parsed).toBe(1);
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 20));
    expect((await collect([page("a{}")], "code-2")).counts.parsed).toBe(1);
    writeFileSync(file, JSON.stringify({ version: "code-2", sets: [{ scripts: 1 }], pages: {} }));
    expect((await collect([page("a{}")], "code-2")).counts.parsed).toBe(1);
    expect((await collect([page("a{}")], "code-2")).counts.parsed).toBe(0);
  });
});
