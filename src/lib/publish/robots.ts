/**
 * `robots.txt`: every crawler may read everything (the site is public, and Pagefind's index
 * is no secret), and the `Sitemap:` line gives the sitemap's absolute URL — SITE_URL plus the
 * base path, since robots.txt must name a full URL and a project site lives under a subpath.
 */

/** The robots.txt text for a site whose sitemap index is at `sitemapUrl` (absolute). */
export function robotsTxt(sitemapUrl: string): string {
  const url = new URL(sitemapUrl);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`the sitemap URL must be http(s): ${sitemapUrl}`);
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${url.href}`, ""].join("\n");
}
