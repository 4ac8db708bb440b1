// @ts-check
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import rehypeSlug from "rehype-slug";
import contentCheck from "./src/integrations/contentCheck.ts";
import pagefind from "./src/integrations/pagefind.ts";

// SITE_URL and BASE_PATH let the same build serve from a domain root or a subpath.
const site = process.env.SITE_URL ?? "http://localhost:4321";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    // Astro 7 defaults to the Sätteri processor; the design needs remark/rehype plugins.
    processor: unified({
      rehypePlugins: [rehypeSlug],
      // Straight quotes in sources stay as written: the normalizer keeps text word for word.
      smartypants: false,
    }),
  },
  integrations: [contentCheck(), pagefind()],
});
