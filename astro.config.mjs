// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import contentCheck from "./src/integrations/contentCheck.ts";
import pagefind from "./src/integrations/pagefind.ts";
import rawSources from "./src/integrations/rawSources.ts";
import securityHeaders from "./src/integrations/securityHeaders.ts";
import socialCards from "./src/integrations/socialCards.ts";
import { markdownProcessor } from "./src/lib/markdown/pipeline.ts";

// SITE_URL and BASE_PATH let the same build serve from a domain root or a subpath.
const site = process.env.SITE_URL ?? "http://localhost:4321";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    // Astro 7 defaults to the Sätteri processor; the site needs remark/rehype plugins.
    processor: markdownProcessor(),
  },
  integrations: [
    contentCheck(),
    // Starts the per-article and per-topic social cards on worker threads as the build starts.
    socialCards(),
    // Lists every page (SITE_URL + base) in sitemap-index.xml; robots.txt points to it. Only
    // pages: feeds, social cards and raw source files are not pages a search result should open.
    sitemap({ filter: (page) => page.endsWith("/") }),
    // Publishes content/sources/*.txt at sources/ (copied by a build, served by dev).
    rawSources(),
    pagefind(),
    securityHeaders(),
  ],
});
