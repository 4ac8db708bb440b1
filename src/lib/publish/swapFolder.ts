/**
 * Puts a finished build in place of the last one in as few steps as a file system allows: the
 * old folder is renamed aside, the new one renamed into its place, and only then is the old
 * one deleted (by `discard`: at once by default; the build hands it to a background process,
 * see removeInBackground). Renames within one file system are atomic, so a reader (or `astro
 * preview`) sees the old site or the new one, never half of either; if the second rename fails
 * the old folder is put back. The build writes into a staging folder beside the target, so a
 * build that fails at any step before this leaves the last good site untouched.
 */
import { spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const removeNow = (path: string) => rmSync(path, { recursive: true, force: true });

/**
 * Removes `path` (a folder no one reads any more) in a detached process and returns at once:
 * deleting an old site of thousands of files took seconds of an incremental build that had
 * already published the new one. The process outlives the build; should it be stopped midway,
 * what is left is the old site, named `<target>.old-<pid>` beside the target, safe to delete.
 */
export function removeInBackground(path: string): void {
  const remover = spawn(
    process.execPath,
    ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", path],
    { detached: true, stdio: "ignore" },
  );
  remover.unref();
}

/**
 * Replaces `target` with `staged` (both folders on one file system); `staged` is gone after,
 * and the old target is handed to `discard`.
 */
export function swapFolder(staged: string, targetPath: string, discard: (old: string) => void = removeNow): void {
  // resolve() drops a trailing "/", which would put the aside name inside the target.
  const target = resolve(targetPath);
  const aside = `${target}.old-${process.pid}`;
  removeNow(aside);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, aside);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (hadTarget) renameSync(aside, target);
    throw error;
  }
  if (hadTarget) discard(aside);
}
