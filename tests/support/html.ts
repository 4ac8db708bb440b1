/** Reads built pages from dist/ as hast trees, with CSS selectors and text extraction. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";

export interface Page {
  readonly path: string;
  readonly tree: Root;
  readonly html: string;
}

/** The built page for a URL path such as `/articles/x/`. */
export function readPage(distDir: string, urlPath: string): Page {
  const file = join(distDir, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (looked for ${file})`);
  const html = readFileSync(file, "utf8");
  return { path: urlPath, tree: fromHtml(html), html };
}

export const one = (page: Page | Element, selector: string): Element | undefined =>
  select(selector, "tree" in page ? page.tree : page);
export const all = (page: Page | Element, selector: string): Element[] =>
  selectAll(selector, "tree" in page ? page.tree : page);

/** Text of the first match, whitespace collapsed; throws when nothing matches. */
export function text(page: Page | Element, selector: string): string {
  const node = one(page, selector);
  if (!node) throw new Error(`no element matches ${selector}`);
  return collapse(toText(node));
}

export function attr(page: Page | Element, selector: string, name: string): string | undefined {
  const value = one(page, selector)?.properties[name];
  return value === undefined || value === null ? undefined : String(value);
}

export const collapse = (value: string): string => value.replace(/\s+/g, " ").trim();
export { toText };
