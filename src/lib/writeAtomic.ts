/**
 * Writing files so that no reader ever sees half of one: the bytes go to a temporary file in
 * the same directory, which is then renamed over the target (a rename within one file system
 * is atomic). Ingest, the article scaffold and the social-card cache all write this way.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A file to write: where, and what. */
export interface PendingFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

// `.<name>.<pid>.<uuid>.tmp`, the temporary name `stage` gives.
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/** The temporary file `path` is written through: beside it, hidden, named by process and a UUID. */
const temporaryFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);

/**
 * `writeAtomic` for callers that cannot wait (the content check runs synchronously while Astro
 * loads its config).
 */
export function writeAtomicSync(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = temporaryFor(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Writes `data` to `path` via a temporary file and a rename; on failure the temporary file goes. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeAllAtomic([{ path, data }]);
}

/**
 * Writes several files as one step, as far as a file system allows: every temporary file is
 * written first (this is where a full disk or a read-only folder fails), and only then are
 * they renamed into place. On a failure every temporary file is removed, so either all the
 * targets are new or, short of a rename failing midway, none is.
 */
export async function writeAllAtomic(files: readonly PendingFile[]): Promise<void> {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const { path, data } of files) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = temporaryFor(path);
      staged.push({ tmp, path });
      await writeFile(tmp, data, { flag: "wx" });
    }
    for (const { tmp, path } of staged) await rename(tmp, path);
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
    throw error;
  }
}

/** Whether a process with this id is running (signal 0 only checks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files a killed writer left in `dir` (a process that is gone cannot
 * rename them any more); those of running processes, such as a concurrent ingest, stay.
 * Returns the names removed. A missing folder has none.
 */
export async function removeStaleTemporaryFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    // No folder (or a file in its place) holds no temporary files; writing there reports it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
  const stale = names.filter((name) => {
    const pid = TEMP_NAME.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid));
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale;
}
