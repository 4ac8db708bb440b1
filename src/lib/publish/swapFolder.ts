/**
 * Puts a finished build in place of the last one in as few steps as a file system allows: the
 * old folder is renamed aside, the new one renamed into its place, and only then is the old
 * one deleted. Renames within one file system are atomic, so a reader (or `astro preview`)
 * sees the old site or the new one, never half of either; if the second rename fails the old
 * folder is put back. The build writes into a staging folder beside the target, so a build
 * that fails at any step before this leaves the last good site untouched.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";

/** Replaces `target` with `staged` (both folders on one file system); `staged` is gone after. */
export function swapFolder(staged: string, targetPath: string): void {
  // resolve() drops a trailing "/", which would put the aside name inside the target.
  const target = resolve(targetPath);
  const aside = `${target}.old-${process.pid}`;
  rmSync(aside, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, aside);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (hadTarget) renameSync(aside, target);
    throw error;
  }
  rmSync(aside, { recursive: true, force: true });
}
