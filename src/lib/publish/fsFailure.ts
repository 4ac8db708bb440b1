/**
 * One line for a file-system failure while the build writes the site, in the editor's terms:
 * what could not be done, why (a full disk, a read-only folder), and that `dist/` still holds
 * the last good site, since the build writes into a staging folder first.
 */
export function buildWriteFailure(what: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOSPC"
      ? "the disk is full; free some space"
      : code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? `the folder is read-only or not yours (${code}); fix its permissions`
        : `${code ?? (error instanceof Error ? error.message : String(error))}; check the disk and the folder`;
  return new Error(`${what} failed: ${why}, then build again. dist/ still holds the last good site.`);
}
