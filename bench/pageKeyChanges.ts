/**
 * How many pages an incremental build rendered again, read from Astro's incremental-build
 * manifest (`node_modules/.astro/incremental-build.json`) before and after the build: a page is
 * reused only when its route's code and its `cacheKey` are the same as last build, so a page
 * whose key changed, or that is new, was rendered. Pages without a key are not in the manifest
 * and are rendered every build; they are few (src/data/pageKeys.ts).
 */
import { readFileSync } from "node:fs";

interface Manifest {
  readonly routes?: Record<string, { dependencyHash?: string; paths?: Record<string, { cacheKey?: string }> }>;
}

/** The manifest in `file`, or an empty one when it is missing or broken (a cold build follows). */
export function readKeyManifest(file: string): Manifest {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch {
    return {};
  }
}

/** Keyed pages of `after` rendered again since `before` (key or route code changed, or new) and reused. */
export function pageKeyChanges(before: Manifest, after: Manifest): { rendered: number; reused: number } {
  let rendered = 0;
  let reused = 0;
  for (const [route, entry] of Object.entries(after.routes ?? {})) {
    const previous = before.routes?.[route];
    for (const [path, { cacheKey }] of Object.entries(entry.paths ?? {})) {
      const same =
        previous !== undefined &&
        previous.dependencyHash === entry.dependencyHash &&
        cacheKey !== undefined &&
        previous.paths?.[path]?.cacheKey === cacheKey;
      if (same) reused += 1;
      else rendered += 1;
    }
  }
  return { rendered, reused };
}
