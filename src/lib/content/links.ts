/**
 * Internal links in editors' Markdown: finds every link and image, Markdown or raw HTML
 * (`<a href>`, `<img src>`), with its line, and reports those that
 * point at a page the site does not build (a mistyped slug, a deleted article, a topic that
 * does not exist). External http(s) and mailto links are not checked here.
 */
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Image, Link } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { ContentProblem } from "./problems.ts";

export interface FoundLink {
  readonly url: string;
  /** 1-based line within the Markdown it was found in. */
  readonly line: number;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** The `href` of raw `<a>` and the `src` of raw `<img>` in one HTML fragment of the body. */
function rawUrls(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (element: Element) => {
    const value = element.properties[element.tagName === "a" ? "href" : element.tagName === "img" ? "src" : ""];
    if (typeof value === "string") urls.push(value);
  });
  return urls;
}

export function findLinks(markdown: string): FoundLink[] {
  // Most articles hold no link at all: skip the parse unless link syntax could be there.
  if (!/\]\(|\]:|\]\[|<https?:|<a\b|<img\b/i.test(markdown)) return [];
  const links: FoundLink[] = [];
  visit(parser.parse(markdown), ["link", "definition", "image", "html"], (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "html") links.push(...rawUrls(node.value).map((url) => ({ url, line })));
    else links.push({ url: (node as Link | Image).url, line });
  });
  return links;
}

/** True for links that leave the site or are not page links at all. */
function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

/**
 * Problems for the internal links of one file. `pagePath` is the page the Markdown renders on
 * (relative links resolve against it); `pages` holds every path the site builds, such as
 * "/articles/x/"; fragments and queries are ignored.
 */
export function checkLinks(
  file: string,
  markdown: string,
  bodyLine: number,
  pagePath: string,
  pages: ReadonlySet<string>,
): ContentProblem[] {
  return findLinks(markdown).flatMap((link) => {
    if (isExternal(link.url) || link.url.startsWith("#")) return [];
    const resolved = new URL(link.url, `https://site.invalid${pagePath}`).pathname;
    const withSlash = resolved.endsWith("/") || /\.[a-z0-9]+$/i.test(resolved) ? resolved : `${resolved}/`;
    if (pages.has(withSlash)) return [];
    return [
      {
        file,
        line: bodyLine + link.line - 1,
        field: "link",
        message: `"${link.url}" points to ${withSlash}, which the site does not have; link to an existing page such as /articles/<slug>/ or /topics/<id>/`,
      },
    ];
  });
}
