/**
 * Which files in content/sources are raw sources, by name. Dependency-free, because both
 * ingest and the site's build (publishing the raw files) ask it.
 */

/** Extensions of the raw sources ingest accepts. */
export const SOURCE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** True for a raw source file name (not a sidecar, not a hidden file). */
export function isSourceFile(name: string): boolean {
  return !name.startsWith(".") && SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** True for a saved HTML page, by its file name. */
export const isHtmlFile = (name: string): boolean => /\.html?$/i.test(name);
