/**
 * Which raw files ingest reads, and which normalizer reads each: saved HTML pages go through
 * Readability and then the markdown route (normalizeHtml); text and markdown go straight to
 * the normalizer, which tells frontmatter markdown from plain text by its content.
 */
import { normalizeHtml } from "#lib/html/normalizeHtml.ts";
import { normalize, type NormalizeOptions, type NormalizeResult } from "#lib/normalize/index.ts";
import { isHtmlFile } from "#lib/sources/fileName.ts";

/** Normalizes one raw file by its type; `opts.fileName` decides which reader applies. */
export function normalizeSource(raw: string, opts: NormalizeOptions): NormalizeResult {
  return isHtmlFile(opts.fileName) ? normalizeHtml(raw, opts) : normalize(raw, opts);
}
