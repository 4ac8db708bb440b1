/**
 * Wraps the `@astrojs/sitemap` integration so its `astro:build:done` hook gets the built pages
 * already in the order it sorts their URLs into (src/lib/publish/sitemapOrder.ts): its own sort
 * then passes over them once instead of building a collator per comparison. Everything else is
 * the integration's own; the sitemap's bytes are the same.
 */
import type { AstroIntegration } from "astro";
import { inSitemapOrder } from "#lib/publish/sitemapOrder.ts";

export default function presortedSitemap(sitemap: AstroIntegration): AstroIntegration {
  const { "astro:config:done": configDone, "astro:build:done": buildDone } = sitemap.hooks;
  let root: URL | undefined;
  return {
    ...sitemap,
    hooks: {
      ...sitemap.hooks,
      "astro:config:done": async (options) => {
        const { site, base } = options.config;
        root = site === undefined ? undefined : new URL(base, site);
        if (root && !root.pathname.endsWith("/")) root.pathname += "/";
        await configDone?.(options);
      },
      "astro:build:done": async (options) => {
        if (!buildDone) return;
        const from = root;
        // The URL the integration makes of a page: its pathname under the site and base.
        const pages = from
          ? inSitemapOrder(
              options.pages,
              (page) => new URL(from.pathname + page.pathname.replace(/^\//, ""), from).href,
            )
          : options.pages;
        await buildDone({ ...options, pages });
      },
    },
  };
}
