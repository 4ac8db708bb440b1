/**
 * A saved page as a browser's DOM: always an `<html>` element with a `<head>` and a `<body>`.
 * linkedom builds the tree from the markup as written, so a page saved without `<html>` (a
 * redirect stub that is only scripts, a fragment of paragraphs) has no document element, or a
 * `<p>` as one, and every later read of `document.body` fails or finds nothing. Such markup is
 * parsed again inside the elements a browser would have supplied; a whole page is parsed as it is.
 */
import { parseHTML } from "linkedom";

export function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  // The DOM types promise a document element; linkedom gives none for some markup.
  const root = document.documentElement as Element | null;
  if (root?.tagName === "HTML") return document;
  const wrapped = /<body[\s>]/iu.test(html)
    ? `<html>${html}</html>`
    : `<html><head></head><body>${html.replace(/^\s*<!doctype[^>]*>/iu, "")}</body></html>`;
  return parseHTML(wrapped).document;
}
