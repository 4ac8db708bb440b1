/**
 * A digest of the site's code and packages: every file under `src/`, the Astro config, the
 * package manifest and lockfile. Build caches (page cache keys, the per-article analysis cache)
 * include it, so nothing cached by one version of the code is ever trusted by another — some
 * code (the Markdown pipeline in the config, the analysis behind a page's data) is outside
 * the module graph Astro hashes for a page. A code change makes the next build a cold one.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Files and folders, relative to the project root, that make up the code version. */
export const CODE_PATHS = ["src", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"] as const;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** SHA-256 (hex) over the paths and bytes of the code files under `root`, in a fixed order. */
export function codeVersion(root: string, paths: readonly string[] = CODE_PATHS): string {
  const hash = createHash("sha256");
  const files = paths.flatMap((path) => filesUnder(join(root, path))).map((file) => relative(root, file));
  for (const file of files.sort()) {
    hash.update(file.split(sep).join("/"));
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const loaded = new Map<string, string>();

/**
 * The code version of `root` as this process loaded it: hashed on first use, then the same for
 * the rest of the process. A build calls it from the content loader, the analysis and the page
 * keys; the code it runs is the code it loaded, so one hash serves them all.
 */
export function processCodeVersion(root: string): string {
  let version = loaded.get(root);
  if (version === undefined) loaded.set(root, (version = codeVersion(root)));
  return version;
}
