/**
 * An article's body as the HTML its page shows, with the headings of its table of contents,
 * rendered when the page renders: through the site's one pipeline (./pipeline.ts), on the body
 * the content model holds (`Article.body`, src/data/corpus.ts). Articles are not rendered in the
 * content sync, because Astro keeps whatever the sync renders in its content store, which the
 * build bundles into one module held in memory for the whole build: every article's HTML, most
 * of that module (docs/performance.md). A page's HTML follows from its body, the code and the
 * base path, all in its page key, so an incremental build renders only changed articles.
 */
import type { MarkdownHeading, MarkdownRenderer } from "@astrojs/markdown-remark";
import { markdownProcessor } from "./pipeline.ts";

/** What `render(entry)` gave the article page: the body's HTML and its headings. */
export interface RenderedArticle {
  readonly html: string;
  readonly headings: readonly MarkdownHeading[];
}

/** One renderer per base path (there is one per build), made on first use. */
const renderers = new Map<string, Promise<MarkdownRenderer>>();

function rendererFor(base: string): Promise<MarkdownRenderer> {
  let renderer = renderers.get(base);
  if (!renderer) {
    renderer = markdownProcessor({ base }).createRenderer({ syntaxHighlight: false });
    renderers.set(base, renderer);
  }
  return renderer;
}

/** `body` rendered for a site served under `base` (Astro's `import.meta.env.BASE_URL`). */
export async function renderArticle(body: string, base: string): Promise<RenderedArticle> {
  const { code, metadata } = await (await rendererFor(base)).render(body);
  return { html: code, headings: metadata.headings };
}
