/**
 * A throwaway copy of the site in a temporary folder: the code (src/, config files, public/)
 * copied, node_modules linked, and content/ holding what the caller chooses. The benchmark
 * builds synthetic corpora in one; tests build broken or draft content in one, so the real
 * content/ and dist/ are never touched.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface SiteCopy {
  /** The copy's root: build it with `astro build` run in this folder. */
  readonly root: string;
  remove(): void;
}

/** `content` lists the content/ folders to copy from the real site (e.g. "topics", "entities"). */
export function copySite(projectRoot: string, content: readonly string[], prefix = "site-copy-"): SiteCopy {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const root = join(work, "site");
  for (const path of ["src", "astro.config.mjs", "tsconfig.json", "package.json", "public"]) {
    if (existsSync(join(projectRoot, path))) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  }
  symlinkSync(join(projectRoot, "node_modules"), join(root, "node_modules"), "dir");
  mkdirSync(join(root, "content"), { recursive: true });
  for (const dir of content) {
    if (existsSync(join(projectRoot, "content", dir))) {
      cpSync(join(projectRoot, "content", dir), join(root, "content", dir), { recursive: true });
    }
  }
  return { root, remove: () => rmSync(work, { recursive: true, force: true }) };
}
