/**
 * The Markdown pipeline every article and topic page goes through, defined once for Astro
 * (astro.config.mjs) and for tests, which render through exactly the same plugins.
 *
 * Editors' Markdown may hold raw HTML. rehype-raw parses it into the tree and
 * rehype-sanitize keeps only an allow-list (GitHub's schema): no scripts, iframes, event
 * handlers, `javascript:`/`data:` URLs or inline styles reach a page. Control characters and
 * text-direction overrides are removed, literal autolinks that swallowed markup stay text, and
 * root-relative links are put under the base path. Heading ids and sentence anchors are added
 * after sanitizing, so they are ours and never an editor's, and no heading takes an id the
 * page already uses.
 *
 * It is its own Astro Markdown processor rather than Astro's `unified()`: that one ends every
 * document with an unconditional rehype-raw pass, a full HTML re-parse (about a fifth of the
 * render time) that a tree already sanitized has no use for. Images are not resolved through
 * Astro's asset pipeline: articles come from text, and an editor's image is a plain `<img>`.
 */
import { rehypeHeadingIds, type MarkdownHeading, type MarkdownProcessor } from "@astrojs/markdown-remark";
import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { normalizeBase } from "#lib/publish/headers.ts";
import rehypeBaseLinks from "./rehypeBaseLinks.ts";
import rehypeSentenceAnchors from "./rehypeSentenceAnchors.ts";
import rehypeStripUnsafeChars from "./rehypeStripUnsafeChars.ts";
import rehypeUniqueHeadingIds from "./rehypeUniqueHeadingIds.ts";
import remarkLiteralAutolinks from "./remarkLiteralAutolinks.ts";

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

/** Markdown to sanitized, anchored HTML: the plugins in the order the module comment gives. */
function createPipeline(base: string) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkLiteralAutolinks)
      // Raw HTML is kept as `raw` nodes here and parsed, then sanitized, by the next two steps.
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRawWhenPresent)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeStripUnsafeChars)
      .use(rehypeBaseLinks, { base })
      .use(rehypeSlug)
      .use(rehypeSentenceAnchors)
      .use(rehypeUniqueHeadingIds)
      // Collects the headings Astro's render() returns (the article's table of contents).
      .use(rehypeHeadingIds)
      .use(rehypeStringify)
  );
}

/**
 * The processor for `markdown.processor` in astro.config.mjs, for a site served under `base`
 * (Astro's `base`, "/" at a domain root). Text stays as written: no smart quotes.
 */
export function markdownProcessor(options: { readonly base?: string } = {}): MarkdownProcessor {
  return {
    name: "mexico-security",
    options: {},
    async createRenderer() {
      const pipeline = createPipeline(normalizeBase(options.base ?? "/"));
      return {
        async render(content, options) {
          const file = new VFile({
            value: content,
            ...(options?.fileURL ? { path: options.fileURL } : {}),
            data: { astro: { frontmatter: options?.frontmatter ?? {} } },
          });
          const result = await pipeline.process(file);
          const astro = result.data["astro"] as { headings?: MarkdownHeading[] } | undefined;
          return {
            code: String(result.value),
            metadata: {
              headings: astro?.headings ?? [],
              localImagePaths: [],
              remoteImagePaths: [],
              frontmatter: options?.frontmatter ?? {},
            },
          };
        },
      };
    },
  };
}
