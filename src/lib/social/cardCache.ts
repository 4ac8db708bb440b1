/**
 * The social cards' cache in `.astro/social-cards/`: one PNG per card, named by the hash of
 * everything drawn on it, so an unchanged card is never drawn twice. Each build prunes the
 * cards it no longer uses (an edited headline leaves its old card behind), so the cache holds
 * one build's cards, not every card ever drawn.
 */
import { readdir, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { writeAtomic } from "#lib/writeAtomic.ts";

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The cache file for `key`, drawn with `draw` unless it is already there. Written atomically,
 * so an interrupted build never leaves half a PNG under a real key.
 */
export async function cachedCard(cacheDir: string, key: string, draw: () => Promise<Uint8Array>): Promise<string> {
  const file = join(cacheDir, `${key}.png`);
  if (!(await exists(file))) await writeAtomic(file, await draw());
  return file;
}

/** Deletes the cached cards that are not in `used`; returns how many went. */
export async function pruneCards(cacheDir: string, used: readonly string[]): Promise<number> {
  const keep = new Set(used.map((file) => basename(file)));
  const stale = (await readdir(cacheDir)).filter((name) => name.endsWith(".png") && !keep.has(name));
  await Promise.all(stale.map((name) => rm(join(cacheDir, name), { force: true })));
  return stale.length;
}
