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

export function markdownProcessor() {
  return unified({
    rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeSlug, rehypeSentenceAnchors],
    // Text stays as the source wrote it: no smart-quote rewriting.
    smartypants: false,
  });
}
