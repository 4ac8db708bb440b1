/**
 * Writing a file so that no reader ever sees half of it: the bytes go to a temporary file in the
 * same directory, which is then renamed over the target (a rename within one file system is
 * atomic). Ingest, the article scaffold and the social-card cache all write this way.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes `data` to `path` via a temporary file and a rename; on failure the temporary file goes. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
