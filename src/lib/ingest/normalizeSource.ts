/**
 * Which raw files ingest reads, and which normalizer reads each: saved HTML pages go through
 * Readability and then the markdown route (normalizeHtml); text and markdown go straight to
 * the normalizer, which tells frontmatter markdown from plain text by its content. A file named
 * as a page that holds no markup at all (an article's text saved under an .html name) is text,
 * and is read as text: a page reader would find no paragraph in it.
 */
import { normalizeHtml } from "#lib/html/normalizeHtml.ts";
import { normalize, type NormalizeOptions, type NormalizeResult } from "#lib/normalize/index.ts";
import { isHtmlFile } from "#lib/sources/fileName.ts";

/** An HTML tag, comment or doctype: "<p>", "</div>", "<!DOCTYPE html>", "<br/>". */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!(?:--|doctype)/iu;

/** Normalizes one raw file by what it holds; `opts.fileName` says which reader applies to a page. */
export function normalizeSource(raw: string, opts: NormalizeOptions): NormalizeResult {
  return isHtmlFile(opts.fileName) && MARKUP.test(raw) ? normalizeHtml(raw, opts) : normalize(raw, opts);
}
