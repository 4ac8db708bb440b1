/**
 * Rehype plugin: puts root-relative links and images of a body under the site's base path.
 * Editors write `/articles/<slug>/`, `/sources/x.txt` or `![](/og/default.png)` as the content
 * check asks; when the site is served from a subpath (BASE_PATH=/mexico-security/) those must
 * become `/mexico-security/articles/<slug>/` … or they leave the site. Markdown links and raw
 * `<a href>` / `<img src>` are both elements here. Relative, fragment-only, protocol-relative
 * and external URLs are left as written.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { withBase } from "#lib/paths.ts";

/** The URL-valued properties of body elements, by tag name. */
const URL_PROPERTIES: Readonly<Record<string, string>> = { a: "href", img: "src" };

/** `url` under `base` when it is root-relative (one leading slash); anything else unchanged. */
export function rebase(base: string, url: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? withBase(base, url) : url;
}

export default function rehypeBaseLinks(options: { readonly base?: string } = {}) {
  const base = options.base ?? "/";
  return (tree: Root) => {
    if (base === "/") return;
    visit(tree, "element", (element: Element) => {
      const name = URL_PROPERTIES[element.tagName];
      const value = name === undefined ? undefined : element.properties[name];
      if (name !== undefined && typeof value === "string") element.properties[name] = rebase(base, value);
    });
  };
}
