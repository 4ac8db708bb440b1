/**
 * The Markdown pipeline every article and topic page goes through, defined once for Astro
 * (astro.config.mjs) and for tests, which render through exactly the same plugins.
 *
 * Editors' Markdown may hold raw HTML. rehype-raw parses it into the tree and
 * rehype-sanitize keeps only an allow-list (GitHub's schema): no scripts, iframes, event
 * handlers, `javascript:`/`data:` URLs or inline styles reach a page. Heading ids and
 * sentence anchors are added after sanitizing, so they are ours and never an editor's.
 */
import { unified } from "@astrojs/markdown-remark";
import type { Root } from "hast";
import type { VFile } from "vfile";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeSentenceAnchors from "./rehypeSentenceAnchors.ts";

/**
 * GitHub's allow-list, minus form controls (articles have no task lists), and dropping the
 * text inside <style> and friends as well as the element.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== "input"),
  strip: [...(defaultSchema.strip ?? []), "style", "noscript", "template"],
};

/**
 * rehype-raw re-parses the whole document through an HTML parser, the costliest step of the
 * pipeline; normalized articles never hold raw HTML, so it runs only when some is there.
 */
function rehypeRawWhenPresent() {
  const raw = rehypeRaw();
  return (tree: Root, file: VFile) => (hasRaw(tree) ? raw(tree, file) : tree);
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  return node.type === "raw" || (node.children ?? []).some((child) => hasRaw(child as { type: string }));
}

export function markdownProcessor() {
  return unified({
    rehypePlugins: [rehypeRawWhenPresent, [rehypeSanitize, sanitizeSchema], rehypeSlug, rehypeSentenceAnchors],
    // Text stays as the source wrote it: no smart-quote rewriting.
    smartypants: false,
  });
}
