/**
 * Reads the editable content from disk into the plain input `checkContent` takes. Kept
 * apart so the checks stay pure and testable on in-memory files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { listSourceFiles } from "#lib/sources/sourceFile.ts";
import type { ContentFile, ContentInput } from "./checkFile.ts";
import { NOT_ENTITIES_FILE } from "./notEntities.ts";

function readFiles(root: string, dir: string, extension: string): ContentFile[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ path: relative(root, join(full, name)), text: readFileSync(join(full, name), "utf8") }));
}

/** `root` is the project root; content is read from `root/content`. */
export function readContent(root: string): ContentInput {
  return {
    articles: readFiles(root, "content/articles", ".md"),
    topics: readFiles(root, "content/topics", ".md"),
    entities: readFiles(root, "content/entities", ".yaml"),
    corrections: readFiles(root, "content/corrections", ".yaml"),
    stories: readFiles(root, "content/stories", ".yaml"),
    reports: readFiles(root, "content/reports", ".json"),
    notEntities: readFiles(root, "content", ".yaml").find((file) => file.path === NOT_ENTITIES_FILE),
    // Only regular files: a link or a folder is no source (sourceFolderProblems says why).
    sourceFiles: new Set(listSourceFiles(join(root, "content/sources")).files),
  };
}
