/** `/robots.txt`: crawl everything; the sitemap's absolute URL (SITE_URL + base). */
import type { APIRoute } from "astro";
import { href } from "#data/links.ts";
import { absoluteUrl } from "#data/social.ts";
import { robotsTxt } from "#lib/publish/robots.ts";

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(href.sitemap())), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
