import { describe, expect, it } from "vitest";
import { pageKeyChanges } from "./pageKeyChanges.ts";

const manifest = (dependencyHash: string, paths: Record<string, string>) => ({
  routes: {
    "src/pages/a.astro": {
      dependencyHash,
      paths: Object.fromEntries(Object.entries(paths).map(([path, cacheKey]) => [path, { cacheKey }])),
    },
  },
});

describe("pageKeyChanges", () => {
  it("counts a page as reused only when its route code and key are unchanged", () => {
    const before = manifest("d1", { "/x": "k1", "/y": "k2" });
    expect(pageKeyChanges(before, manifest("d1", { "/x": "k1", "/y": "k3", "/z": "k4" }))).toEqual({
      rendered: 2,
      reused: 1,
    });
  });

  it("counts every page as rendered when the route's code changed or there was no manifest", () => {
    const after = manifest("d2", { "/x": "k1" });
    expect(pageKeyChanges(manifest("d1", { "/x": "k1" }), after)).toEqual({ rendered: 1, reused: 0 });
    expect(pageKeyChanges({}, after)).toEqual({ rendered: 1, reused: 0 });
  });
});
