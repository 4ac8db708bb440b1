import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedCard, pruneCards } from "./cardCache.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the social card cache", () => {
  it("draws a card once and reuses the file after", async () => {
    dir = mkdtempSync(join(tmpdir(), "cards-"));
    let draws = 0;
    const draw = () => Promise.resolve(new Uint8Array([++draws]));
    const first = await cachedCard(dir, "abc", draw);
    const second = await cachedCard(dir, "abc", draw);
    expect(second).toBe(first);
    expect(draws).toBe(1);
    expect([...readFileSync(first)]).toEqual([1]);
    expect(readdirSync(dir)).toEqual(["abc.png"]);
  });

  it("prunes the cards a build did not use, and nothing else", async () => {
    dir = mkdtempSync(join(tmpdir(), "cards-"));
    for (const name of ["old-headline.png", "kept.png", "notes.txt"]) writeFileSync(join(dir, name), "x");
    expect(await pruneCards(dir, [join(dir, "kept.png")])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["kept.png", "notes.txt"]);
  });
});
