/** The social card of every page without its own: the site name and what the site is. */
import type { APIRoute } from "astro";
import { SITE_NAME, SITE_TAGLINE } from "#data/site.ts";
import { pngResponse } from "#data/social.ts";
import { defaultCard, renderCard } from "#lib/social/card.ts";
import { loadCardFonts } from "#lib/social/fonts.ts";

// One card: drawn right here, not on the worker pool (this bundle would start a pool of its own).
export const GET: APIRoute = async () =>
  pngResponse(await renderCard(defaultCard(SITE_NAME, SITE_TAGLINE), loadCardFonts()));
