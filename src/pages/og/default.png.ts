/** The social card of every page without its own: the site name and what the site is. */
import type { APIRoute } from "astro";
import { SITE_NAME, SITE_TAGLINE } from "../../data/site.ts";
import { pngResponse } from "../../data/social.ts";
import { defaultCard } from "../../lib/social/card.ts";
import { renderCardOffThread } from "../../lib/social/cardPool.ts";

export const GET: APIRoute = async () => pngResponse(await renderCardOffThread(defaultCard(SITE_NAME, SITE_TAGLINE)));
