/**
 * The bare comparison site for `npm run bench -- --baseline`: plain Astro and Pagefind with
 * one collection, an article page and a topic page, nothing else (no content checks, no
 * analysis, no sanitizing, no sentence anchors). Kept as file texts so it lives in no folder
 * that the project's own type check, lint or build would pick up.
 *
 * The same bare site is also built with the project's Markdown pipeline in place of Astro's
 * default processor (Sätteri, which runs no remark or rehype plugins), so the benchmark can
 * tell the cost of rendering through remark and rehype from the cost of everything else.
 */

/**
 * The bare site's astro.config.mjs. With `pipeline`, the path of a module exporting
 * `markdownProcessor` (the project's src/lib/markdown/pipeline.ts), articles render through it.
 */
export function baselineConfig(pipeline?: string): string {
  return pipeline
    ? `import { defineConfig } from "astro/config";
import { markdownProcessor } from ${JSON.stringify(pipeline)};
export default defineConfig({
  site: "http://localhost:4321",
  trailingSlash: "always",
  markdown: { processor: markdownProcessor() },
});
`
    : `import { defineConfig } from "astro/config";
export default defineConfig({ site: "http://localhost:4321", trailingSlash: "always" });
`;
}

export const BASELINE_FILES: Readonly<Record<string, string>> = {
  "package.json": `${JSON.stringify({ name: "bench-baseline", private: true, type: "module" }, null, 2)}\n`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: "*.md", base: "./content/articles" }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
  "src/pages/articles/[slug].astro": `---
import { getCollection, render } from "astro:content";
export async function getStaticPaths() {
  return (await getCollection("articles")).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  "src/pages/topics/[id].astro": `---
import { getCollection } from "astro:content";
export async function getStaticPaths() {
  return ["espionage", "drone", "sovereignty"].map((id) => ({ params: { id } }));
}
const { id } = Astro.params;
const articles = (await getCollection("articles")).filter((entry) => (entry.body ?? "").toLowerCase().includes(id));
---
<html lang="en"><head><meta charset="utf-8" /><title>{id}</title></head>
<body><h1>{id}</h1><ul>{articles.map((entry) => <li><a href={\`/articles/\${entry.id}/\`}>{entry.data.title}</a></li>)}</ul></body></html>
`,
};
