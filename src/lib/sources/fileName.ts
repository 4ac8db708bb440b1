/**
 * Which names in content/sources are raw sources, and which of them an article can record as
 * its `source:`. Kept free of Node imports: the normalizer, ingest and the build all ask it.
 */

/** Extensions of the raw sources ingest accepts: scraped text, markdown, saved HTML pages. */
export const SOURCE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/**
 * A source's file name as articles record it in `source:`: letters, digits, `_`, `.` and `-`,
 * with one of the accepted extensions. Names with spaces or other characters would lose that
 * provenance, so ingest refuses them with a suggested name.
 */
export const SOURCE_FILE_NAME = /^[\w.-]+\.(?:txt|md|html?)$/;

/** True for a raw source file name (not a sidecar, not a hidden file). */
export function isSourceFile(name: string): boolean {
  return !name.startsWith(".") && SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** True for a saved HTML page, by its file name. */
export const isHtmlFile = (name: string): boolean => /\.html?$/i.test(name);
