/**
 * A throwaway copy of the site in a temporary folder: the code (src/, config files, public/)
 * copied, the packages in node_modules linked, and content/ holding what the caller chooses.
 * The benchmark builds synthetic corpora in one; tests build broken or draft content in one, so
 * the real content/ and dist/ are never touched.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
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
  linkNodeModules(projectRoot, root);
  mkdirSync(join(root, "content"), { recursive: true });
  for (const dir of content) {
    if (existsSync(join(projectRoot, "content", dir))) {
      cpSync(join(projectRoot, "content", dir), join(root, "content", dir), { recursive: true });
    }
  }
  return { root, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * Gives `root` a node_modules folder of its own whose entries link to the project's packages.
 * Linking the folder itself would share Astro's build cache (`node_modules/.astro`): a copy's
 * build would write its content store into the real project's cache, and clearing the copy's
 * cache would clear the project's.
 */
export function linkNodeModules(projectRoot: string, root: string): void {
  const modules = join(projectRoot, "node_modules");
  mkdirSync(join(root, "node_modules"), { recursive: true });
  for (const name of readdirSync(modules)) {
    if (name !== ".astro") symlinkSync(join(modules, name), join(root, "node_modules", name));
  }
}
