// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { setFlagsFromString } from "node:v8";
import pagefind from "./src/integrations/pagefind.ts";
import presortedSitemap from "./src/integrations/presortedSitemap.ts";
import rawSources from "./src/integrations/rawSources.ts";
import securityHeaders from "./src/integrations/securityHeaders.ts";
import socialCards from "./src/integrations/socialCards.ts";
import stagedOutput from "./src/integrations/stagedOutput.ts";
import { inlinePageScripts } from "./src/lib/publish/inlineScripts.ts";
import { markdownProcessor } from "./src/lib/markdown/pipeline.ts";

// V8 lets its heap grow to several times the live data between full collections, and a
// build makes garbage in proportion to its pages: at 5,000 articles the process peaked at
// 3.0 GB. Growing the heap by 20% at a time holds that peak near 2.3 GB for some 7% more
// time in the collector (`npm run bench -- --articles 5000`, README "Performance"). Unlike
// --max-old-space-size it sets no ceiling, so a larger archive still builds.
setFlagsFromString("--heap-growing-percent=20");

// SITE_URL and BASE_PATH let the same build serve from a domain root or a subpath.
const site = process.env.SITE_URL ?? "http://localhost:4321";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  // Pages whose getStaticPaths() key (src/data/pageKeys.ts) and code are unchanged since the
  // last build are copied from Astro's cache (node_modules/.astro/) instead of rendered again.
  experimental: { incrementalBuild: true },
  // Page scripts are always inlined, so the CSP's hashes cover them whatever their size
  // (src/lib/publish/inlineScripts.ts); other assets keep Vite's 4 KiB limit.
  vite: { build: { assetsInlineLimit: inlinePageScripts } },
  markdown: {
    // Astro 7 defaults to the Sätteri processor; the site needs remark/rehype plugins.
    processor: markdownProcessor({ base }),
  },
  integrations: [
    // Starts the per-article and per-topic social cards on worker threads as the build starts.
    socialCards(),
    // Lists every page (SITE_URL + base) in sitemap-index.xml; robots.txt points to it. Only
    // pages: feeds, social cards and raw source files are not pages a search result should open.
    // Handed its pages in the order it sorts them into, which saves its sort most of its time.
    presortedSitemap(sitemap({ filter: (page) => page.endsWith("/") })),
    // Publishes content/sources/*.txt at sources/ (copied by a build, served by dev).
    rawSources(),
    pagefind(),
    securityHeaders(),
    // Last: the build went into a staging folder; only now, every step done, it replaces dist/.
    stagedOutput(),
  ],
});
