import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FRONT_ANCHORS } from "#lib/text/anchors.ts";
import { isReservedId, LAYOUT_IDS } from "./rehypeUniqueHeadingIds.ts";

/** Every `.astro` file under `dir`. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".astro"))
    .map((file) => join(dir, file));
}

describe("LAYOUT_IDS", () => {
  it("holds every literal id the layouts, components and pages emit", () => {
    const src = join(import.meta.dirname, "../..");
    const files = ["layouts", "components", "pages"].flatMap((dir) => astroFiles(join(src, dir)));
    expect(files.length).toBeGreaterThan(5);
    const ids = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bid="([^"{}$]+)"/g)].map((match) => match[1] ?? ""),
    );
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => !LAYOUT_IDS.has(id))).toEqual([]);
  });

  it("reserves the ids quotes in the standfirst and key points link to", () => {
    expect(isReservedId(FRONT_ANCHORS.dek)).toBe(true);
    expect(isReservedId(FRONT_ANCHORS.keyPoint(1))).toBe(true);
    expect(isReservedId(FRONT_ANCHORS.keyPoint(12))).toBe(true);
    expect(isReservedId("key-points-and-more")).toBe(false);
  });
});
