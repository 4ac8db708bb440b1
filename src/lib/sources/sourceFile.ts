/**
 * What counts as a raw source: a regular file, never a symbolic link, directory or device.
 * A link in content/sources could point anywhere (`x.txt → /etc/passwd`) and would be
 * published as if it were a scraped article, so every reader of sources (ingest, the content
 * check, the build's copy and the dev server) asks this module first. It only looks at the
 * directory entry (`lstat`), never at the contents, so a refusal can never echo them.
 */
import { lstatSync, readdirSync, type Stats } from "node:fs";
import { join } from "node:path";
import type { ContentProblem } from "#lib/content/problems.ts";
import { isSourceFile } from "./fileName.ts";

/** Why `path` is not a usable raw source, or undefined when it is a regular file. */
export function sourceFileProblem(path: string): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? "file not found; check the path (sources live in content/sources/<name>.txt)"
      : `cannot read the file (${code ?? "unknown error"}); check its permissions`;
  }
  if (stats.isSymbolicLink())
    return "is a symbolic link; sources must be regular files inside content/sources: replace the link with a copy of the text, or remove it";
  if (stats.isDirectory())
    return "is a directory, not a source file; move it out of content/sources (only raw source files belong there)";
  if (!stats.isFile()) return "is not a regular file (a pipe, socket or device); remove it from content/sources";
  return undefined;
}

/** One refused entry of a sources folder: its name and why. */
export interface SourceFileRefusal {
  readonly name: string;
  readonly message: string;
}

/**
 * The raw-source entries (by name, see `isSourceFile`) of a sources folder, split into the regular files (sorted) and the
 * refused ones. Hidden names are skipped: editors' tools leave them, and they are never
 * published. A missing folder holds no sources.
 */
export function listSourceFiles(dir: string): { files: string[]; refused: SourceFileRefusal[] } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { files: [], refused: [] };
    throw error;
  }
  const files: string[] = [];
  const refused: SourceFileRefusal[] = [];
  for (const name of names.filter(isSourceFile).sort()) {
    const message = sourceFileProblem(join(dir, name));
    if (message === undefined) files.push(name);
    else refused.push({ name, message });
  }
  return { files, refused };
}

/**
 * The refused entries of `root/content/sources` as content-check problems (`file: message`),
 * so `npm run check` and the build stop on a link or a folder where a source should be.
 */
export function sourceFolderProblems(root: string): ContentProblem[] {
  return listSourceFiles(join(root, "content/sources")).refused.map(({ name, message }) => ({
    file: `content/sources/${name}`,
    field: "file",
    message,
  }));
}
