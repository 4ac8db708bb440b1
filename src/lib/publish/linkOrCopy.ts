/**
 * Publishing a file from a cache whose files are never rewritten in place: the output gets a
 * hard link to the cached file instead of a copy of its bytes. A link costs one directory
 * entry where a copy reads and writes the whole file (1,000 social cards, 25 MB, on every
 * build). Safe only for such a cache — the social cards' is content-addressed and written by
 * rename (src/lib/social/cardCache.ts), so a later build replaces a card's name, never its
 * bytes, and the published link keeps the bytes it was built with. Where a link cannot be made
 * (another file system, a file system without links) the file is copied as before.
 */
import { copyFile, link, rm } from "node:fs/promises";

/** Errors after which a copy still works: no links across file systems, or none at all here. */
const LINK_UNSUPPORTED = new Set(["EXDEV", "EPERM", "ENOTSUP", "EOPNOTSUPP", "EMLINK"]);

/**
 * Puts `from`'s bytes at `to` (replacing what is there): a hard link where it can, else a copy.
 * `makeLink` is the link call (a test hands one that fails as another file system would).
 */
export async function linkOrCopy(from: string, to: string, makeLink = link): Promise<void> {
  try {
    await makeLink(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "EEXIST") {
      // A link does not overwrite: the file of an earlier build goes first.
      await rm(to, { force: true });
      return linkOrCopy(from, to, makeLink);
    }
    if (!LINK_UNSUPPORTED.has(code)) throw error;
    await copyFile(from, to);
  }
}
